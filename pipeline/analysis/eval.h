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
  int Support() const { return tp + fn; }  // gold sentences with this theme
};

// One sentence the rules got wrong (themes or judgement).
struct EvalMiss {
  const GoldItem* gold = nullptr;  // points into the items given to Evaluate
  std::vector<std::string> themes;
  Judgement judgement = Judgement::kNeutral;
  std::string why;  // FormatExplanation: the words and cues behind the rules' labels
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
  // Of the gold sentences with judgement j, the share the rules gave j (0 when none).
  double JudgementRecall(Judgement j) const;
  // Of the sentences the rules gave j, the share whose gold is j (0 when none).
  double JudgementPrecision(Judgement j) const;
};

// Labels every gold sentence with LabelSentence and scores the result.
// REQUIRES: items outlive the report (misses point into them).
EvalReport Evaluate(const std::vector<GoldItem>& items, const Rulebook& rules);

// A plain-text report: micro P/R/F1, judgement accuracy, the confusion
// matrix with each judgement's recall and precision, per-theme P/R/F1 with
// support (worst F1 first). With max_misses > 0, the disagreeing sentences
// grouped twice: by theme (up to max_misses the rules missed and up to
// max_misses they added, per theme) and by confusion (up to max_misses per
// gold -> predicted pair, largest pair first), each with both labellings.
std::string FormatEvalReport(const EvalReport& report, int max_misses = 0);

// Agreement between two labellers over the sentences both labelled (matched
// by id): judgement agreement and Cohen's kappa, and theme F1 taking the
// first labeller as reference (symmetric: swapping the two swaps FP and FN).
struct Agreement {
  int sentences = 0;            // ids present in both
  int judgement_same = 0;
  double kappa = 0;
  ThemeScore themes;            // tp: both gave it; fp: second only; fn: first only
  int theme_sets_same = 0;      // sentences with exactly the same themes
  std::array<std::array<int, 5>, 5> confusion{};  // [first][second]
};
Agreement CompareLabellers(const std::vector<GoldItem>& first, const std::vector<GoldItem>& second);
std::string FormatAgreement(const Agreement& a);

// `oftrack rules check`: loads dir and puts every problem in *problems
// (file:line: what). Returns OK when the rulebook builds.
Status CheckRules(const std::string& dir, std::vector<Status>* problems);

}  // namespace oftrack

#endif  // OFTRACK_ANALYSIS_EVAL_H_
