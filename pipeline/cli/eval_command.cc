// `oftrack eval --gold FILE... [--rules DIR] [--misses N]`: how well the rules
// label a hand-labelled gold set (analysis/eval.h): per-theme precision,
// recall and F1, micro-F1, judgement accuracy and the confusion matrix.
// `oftrack eval --expected FILE... [--db FILE] [--allow FILE] [--authorities FILE]
// [--except FILE] [--unverified] [--differences]`: what was stored against what a
// person read in each document (documents/expected_readings.h), field by field.
#include <fstream>
#include <iostream>
#include <set>

#include "analysis/eval.h"
#include "cli/common.h"
#include "documents/expected_readings.h"

namespace oftrack {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;  // one or more gold files, scored together
  int misses = 0;
  std::string second;  // a second labeller's file: agreement with --gold instead of scoring the rules
  std::vector<std::string> expected;
  std::string allow, authorities, except;
  bool unverified = false, differences = false;
};

// Authority names, one per line ('#' comments), as in tests/corpus/holdout.txt.
bool ReadNames(const std::string& path, std::set<std::string>* out) {
  if (path.empty()) return true;
  std::ifstream in(path);
  if (!in) {
    PrintError(path + ": cannot open the list of authorities");
    return false;
  }
  for (std::string line; std::getline(in, line);) {
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t\r") + 1);
    if (!line.empty() && line[0] != '#') out->insert(line);
  }
  return true;
}

int EvalExpected(const CommonOptions& common, const EvalArgs& args) {
  std::vector<ExpectedReading> expected;
  for (const std::string& path : args.expected) {
    auto part = LoadExpectedReadings(path);
    if (!part.ok()) {
      PrintError(part.status().ToString());
      return 2;
    }
    expected.insert(expected.end(), part->begin(), part->end());
  }
  Allowances allowances;
  if (!args.allow.empty()) {
    auto loaded = LoadAllowances(args.allow);
    if (!loaded.ok()) {
      PrintError(loaded.status().ToString());
      return 2;
    }
    allowances = std::move(loaded).value();
  }
  ComparisonOptions options;
  options.include_unverified = args.unverified;
  if (!ReadNames(args.authorities, &options.only_authorities) || !ReadNames(args.except, &options.except_authorities)) {
    return 2;
  }
  auto store = OpenForReading(common);
  if (!store) return 2;
  auto docs = LoadDocuments(&store->db());
  auto errors = IngestErrors(&store->db());
  if (!docs.ok() || !errors.ok()) {
    PrintError((docs.ok() ? errors.status() : docs.status()).ToString());
    return 2;
  }
  std::map<std::string, std::vector<const StoredDocument*>> stored;
  for (const StoredDocument& d : docs.value()) stored[d.file.substr(d.file.find_last_of('/') + 1)].push_back(&d);
  std::set<std::string> unread;
  for (const ErrorRecord& e : errors.value()) unread.insert(e.display_path.substr(e.display_path.find_last_of('/') + 1));
  ReadingComparison c = CompareReadings(expected, stored, unread, allowances, options);
  std::cout << FormatComparison(c, args.differences);
  return c.NotAllowed() == 0 && c.unused_allowances.empty() ? 0 : 1;
}

int Eval(const CommonOptions& common, const EvalArgs& args) {
  if (!args.expected.empty()) return EvalExpected(common, args);
  if (args.gold.empty()) {
    PrintError("eval needs --gold FILE (labels) or --expected FILE (document fields)");
    return 2;
  }
  std::vector<GoldItem> items;
  for (const std::string& path : args.gold) {
    auto gold = ReadGold(path);
    if (!gold.ok()) {
      PrintError(gold.status().ToString());
      return 2;
    }
    items.insert(items.end(), gold->begin(), gold->end());
  }
  if (!args.second.empty()) {
    auto second = ReadGold(args.second);
    if (!second.ok()) {
      PrintError(second.status().ToString());
      return 2;
    }
    std::cout << FormatAgreement(CompareLabellers(items, second.value()));
    return 0;  // two labellers compared: no rules needed
  }
  auto rules = LoadRulesOrPrint(common);
  if (!rules) return 2;
  EvalReport report = Evaluate(items, *rules);
  std::cout << FormatEvalReport(report, args.misses);
  return 0;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "eval",
      "Measure oftrack against what a person read. With --gold: themes and judgements of labelled sentences "
      "(example: oftrack eval --gold tests/gold/heldout.tsv --misses 20). With --expected: every field of every "
      "stored document against expected.csv / expected.md (example: oftrack eval --db all.db --expected "
      "../shared/corpora/ofsted-reports/expected.csv --expected ../shared/corpora/ofsted-letters/expected.md "
      "--authorities tests/corpus/holdout.txt --differences)");
  cmd->footer("Examples:\n  oftrack eval --gold tests/gold/sample-measure.tsv --misses 10\n  oftrack eval --gold tests/gold/agreement/first.tsv --second tests/gold/agreement/second.tsv");
  static EvalArgs args;
  cmd->add_option("--gold", args.gold, "Gold file: TSV id, source, text, themes, judgement (tests/gold/*.tsv); repeatable, scored together");
  cmd->add_option("--misses", args.misses, "With --gold: also list the disagreeing sentences by theme and by confusion, up to N per group (default 0)");
  cmd->add_option("--second", args.second,
                  "With --gold: a second labeller's file (same format); prints the agreement (kappa, theme F1) on the ids both labelled");
  cmd->add_option("--rules", common.rules, "Rules folder (default: rules/ in the data folder, see oftrack --help)");
  cmd->add_option("--expected", args.expected, "expected.csv (reports) or expected.md (letters); repeatable");
  cmd->add_option("--db", common.db, "With --expected: the database to check (default ./oftrack.db)");
  cmd->add_option("--allow", args.allow, "With --expected: differences accepted, with reasons (tests/corpus/allow.tsv)");
  cmd->add_option("--authorities", args.authorities, "With --expected: compare only these authorities (a file, one per line)");
  cmd->add_option("--except", args.except, "With --expected: leave these authorities out (a file, one per line)");
  cmd->add_flag("--unverified", args.unverified, "With --expected: also rows nobody checked by hand (verified = auto)");
  cmd->add_flag("--differences", args.differences, "With --expected: list every difference");
  cmd->callback([&common, exit_code] { *exit_code = Eval(common, args); });
}

}  // namespace oftrack
