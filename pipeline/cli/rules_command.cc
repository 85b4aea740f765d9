// `oftrack rules check [--rules DIR]`: validate every rule file and name the
// file and line of each problem.
#include <iostream>

#include "analysis/rulebook.h"
#include "cli/common.h"
#include "text/sentence_splitter.h"

namespace oftrack {
namespace {

int Check(const CommonOptions& common) {
  std::string dir = RulesDir(common);
  std::vector<Status> problems;
  auto rules = Rulebook::Load(dir, &problems);
  if (!rules.ok() && problems.empty()) problems.push_back(rules.status());
  auto splitter = SentenceSplitter::FromFile(dir + "/abbreviations.txt");
  if (!splitter.ok()) problems.push_back(splitter.status());
  for (const Status& p : problems) std::cerr << "error: " << p.ToString() << "\n";
  if (!problems.empty()) {
    std::cerr << problems.size() << " problem(s) in " << dir << "\n";
    return 1;
  }
  std::cout << "rules OK: " << rules.value()->themes().size() << " themes, " << rules.value()->subjects().size()
            << " subjects, " << rules.value()->area_links().size() << " links by hand in " << dir << "\n";
  return 0;
}

}  // namespace

void AddRulesCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("rules", "Work with the rule files");
  cmd->require_subcommand(1);
  cmd->footer("Example:\n  oftrack rules check --rules my-rules/");
  auto* check = cmd->add_subcommand("check", "Validate the rule files");
  check->footer("Example (after editing rules/themes.toml):\n  oftrack rules check --rules rules");
  check->add_option("--rules", common.rules, "Rules folder (default: rules/ in the data folder, see oftrack --help)");
  check->callback([&common, exit_code] { *exit_code = Check(common); });
}

}  // namespace oftrack
