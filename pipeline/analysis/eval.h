// Eval: how well the rulebook labels a hand-labelled gold set
// (tests/gold/*.tsv), for `oftrack eval --gold FILE` and `oftrack rules check`.
// Gold format: UTF-8 TSV with the header line
//   id <TAB> source <TAB> text <TAB> themes <TAB> judgement
// themes comma-separated theme ids (empty for none), judgement one of
// strength / weakness / mixed / progress / neutral. Lines starting with '#'
// and blank lines are skipped.
#ifndef OFTRACK_ANALYSIS_EVAL_H_
#define OFTRACK_ANALYSIS_EVAL_H_

#include <array>
#include <string>
#include <vector>

#include "analysis/rulebook.h"
#include "model/finding.h"
#include "model/status.h"

namespace oftrack {

struct GoldItem {
  std::string id, source, text;
  std::vector<std::string> themes;
  Judgement judgement = Judgement::kNeutral;
  int line = 0;  // line in the gold file
};

// Reads a gold file. Fails (BadInput, naming file:line) on a missing header,
// a row without 5 fields or an unknown judgement. Unknown theme ids are not
// checked here: Evaluate counts them as missed labels.
Result<std::vector<GoldItem>> ReadGold(const std::string& path);

struct ThemeScore {
  std::string theme;
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F1() const { double p = Precision(), r = Recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// One sentence the rules got wrong (themes or judgement).
struct EvalMiss {
  const GoldItem* gold = nullptr;  // points into the items given to Evaluate
  std::vector<std::string> themes;
  Judgement judgement = Judgement::kNeutral;
};

struct EvalReport {
  int sentences = 0;
  std::vector<ThemeScore> themes;  // rulebook order
  ThemeScore micro;                // summed over all theme labels; theme = "micro"
  int judgement_correct = 0;
  // confusion[gold][predicted], indexed by Judgement's enum value
  // (neutral, strength, weakness, mixed, progress).
  std::array<std::array<int, 5>, 5> confusion{};
  std::vector<EvalMiss> misses;
  double JudgementAccuracy() const { return sentences ? double(judgement_correct) / sentences : 0; }
};

// Labels every gold sentence with LabelSentence and scores the result.
// REQUIRES: items outlive the report (misses point into them).
EvalReport Evaluate(const std::vector<GoldItem>& items, const Rulebook& rules);

// A plain-text report: micro P/R/F1, judgement accuracy, the confusion
// matrix, per-theme P/R/F1 (worst F1 first), then up to max_misses wrong
// sentences with gold and predicted labels.
std::string FormatEvalReport(const EvalReport& report, int max_misses = 0);

// `oftrack rules check`: loads dir and puts every problem in *problems
// (file:line: what). Returns OK when the rulebook builds.
Status CheckRules(const std::string& dir, std::vector<Status>* problems);

}  // namespace oftrack

#endif  // OFTRACK_ANALYSIS_EVAL_H_
