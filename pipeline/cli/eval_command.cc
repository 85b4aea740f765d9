// `oftrack eval --gold FILE [--rules DIR] [--misses N]`: how well the rules
// label a hand-labelled gold set (analysis/eval.h): per-theme precision,
// recall and F1, micro-F1, judgement accuracy and the confusion matrix.
#include <iostream>

#include "analysis/eval.h"
#include "cli/common.h"

namespace oftrack {
namespace {

struct EvalArgs {
  std::string gold;
  int misses = 0;
};

int Eval(const CommonOptions& common, const EvalArgs& args) {
  std::string dir = common.rules.empty() ? DefaultRulesDir() : common.rules;
  std::vector<Status> problems;
  auto rules = Rulebook::Load(dir, &problems);
  if (!rules.ok()) {
    if (problems.empty()) problems.push_back(rules.status());
    for (const Status& p : problems) PrintError(p.ToString());
    return 2;
  }
  auto gold = ReadGold(args.gold);
  if (!gold.ok()) {
    PrintError(gold.status().ToString());
    return 2;
  }
  EvalReport report = Evaluate(gold.value(), *rules.value());
  std::cout << FormatEvalReport(report, args.misses);
  return 0;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("eval", "Measure themes and judgements against a labelled gold file");
  static EvalArgs args;
  cmd->add_option("--gold", args.gold, "Gold file: TSV id, source, text, themes, judgement (tests/gold/*.tsv)")
      ->required();
  cmd->add_option("--misses", args.misses, "Also list up to N mislabelled sentences (default 0)");
  cmd->add_option("--rules", common.rules, "Rules folder (default: the project's rules/)");
  cmd->callback([&common, exit_code] { *exit_code = Eval(common, args); });
}

}  // namespace oftrack
