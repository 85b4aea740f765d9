// `oftrack eval --gold FILE [--rules DIR]`: how well the rules label a
// hand-labelled set (wired to analysis/eval.h).
#include <iostream>

#include "cli/common.h"

namespace oftrack {

void AddEvalCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("eval", "Measure themes and judgements against a labelled gold file");
  static std::string gold;
  cmd->add_option("--gold", gold, "Gold file (tests/gold/...)")->required();
  cmd->add_option("--rules", common.rules, "Rules folder (default: the project's rules/)");
  cmd->callback([exit_code] {
    PrintError("eval is not wired yet");
    *exit_code = 2;
  });
}

}  // namespace oftrack
