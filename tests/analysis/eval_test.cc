// Eval: the gold sets (tests/gold/) scored against the shipped rules. The
// thresholds sit just under the figures measured when the rules were last
// tuned (see tests/gold/GUIDE.md); a rule change that lowers them fails here.
#include "analysis/eval.h"

#include <catch2/catch.hpp>

namespace oftrack {
namespace {

const std::string kSource = OFTRACK_SOURCE_DIR;

EvalReport Score(const std::string& gold_file, std::vector<GoldItem>* items) {
  auto rules = Rulebook::Load(kSource + "/rules");
  REQUIRE(rules.ok());
  auto gold = ReadGold(kSource + "/tests/gold/" + gold_file);
  REQUIRE(gold.ok());
  *items = std::move(gold.value());
  EvalReport report = Evaluate(*items, *rules.value());
  UNSCOPED_INFO(FormatEvalReport(report));
  return report;
}

TEST_CASE("development gold set: theme micro-F1 and judgement accuracy hold", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("dev.tsv", &items);
  CHECK(r.sentences >= 450);
  CHECK(r.micro.F1() >= 0.92);
  CHECK(r.JudgementAccuracy() >= 0.88);
}

TEST_CASE("held-out gold set: theme micro-F1 and judgement accuracy hold", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("heldout.tsv", &items);
  CHECK(r.sentences >= 150);
  CHECK(r.micro.F1() >= 0.88);
  CHECK(r.JudgementAccuracy() >= 0.89);
}

// Issue 15: 1,623 sentences of 40 shared documents from 26 authorities, split by
// authority before any rule was run on them (tests/gold/GUIDE.md). The
// measure-only part is never tuned on; its floors sit just under the figures
// reached, so a rule change that loses ground on unseen text fails here.
TEST_CASE("measure-only labelled sample: theme micro-F1 and judgement accuracy hold", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("sample-measure.tsv", &items);
  CHECK(r.sentences >= 800);
  CHECK(r.micro.F1() >= 0.82);
  CHECK(r.JudgementAccuracy() >= 0.755);
}

TEST_CASE("tune labelled sample: theme micro-F1 and judgement accuracy hold", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("sample-tune.tsv", &items);
  CHECK(r.sentences >= 800);
  CHECK(r.micro.F1() >= 0.87);
  CHECK(r.JudgementAccuracy() >= 0.865);
}

TEST_CASE("the report gives support, judgement recall and misses grouped by theme and by confusion", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("heldout.tsv", &items);
  std::string text = FormatEvalReport(r, 2);
  CHECK(text.find("support") != std::string::npos);
  CHECK(text.find("recall") != std::string::npos);
  CHECK(text.find("misses by theme") != std::string::npos);
  CHECK(text.find("misses by judgement") != std::string::npos);
  // Recall of a judgement is its diagonal over its row.
  int row = 0;
  for (int n : r.confusion[static_cast<int>(Judgement::kStrength)]) row += n;
  CHECK(r.JudgementRecall(Judgement::kStrength) ==
        Approx(double(r.confusion[1][1]) / row));
}

TEST_CASE("agreement between two labellers: Cohen's kappa and theme F1 on the ids both labelled", "[eval]") {
  auto item = [](std::string id, std::vector<std::string> themes, Judgement j) {
    GoldItem g;
    g.id = std::move(id);
    g.themes = std::move(themes);
    g.judgement = j;
    return g;
  };
  std::vector<GoldItem> first = {item("a", {"caseloads"}, Judgement::kWeakness), item("b", {"supervision"}, Judgement::kStrength),
                                 item("c", {}, Judgement::kNeutral), item("d", {"records", "supervision"}, Judgement::kStrength)};
  std::vector<GoldItem> second = {item("a", {"caseloads"}, Judgement::kWeakness), item("b", {"supervision", "workforce"}, Judgement::kStrength),
                                  item("c", {}, Judgement::kStrength), item("d", {"records"}, Judgement::kStrength),
                                  item("z", {"lado"}, Judgement::kWeakness)};
  Agreement a = CompareLabellers(first, second);
  CHECK(a.sentences == 4);  // "z" only in the second
  CHECK(a.judgement_same == 3);
  // p_o = 3/4; first: W1 S2 N1, second: W1 S3 -> p_e = (1*1 + 2*3 + 1*0) / 16 = 7/16.
  CHECK(a.kappa == Approx((0.75 - 7.0 / 16) / (1 - 7.0 / 16)));
  CHECK(a.themes.tp == 3);  // caseloads, supervision, records
  CHECK(a.themes.fp == 1);  // workforce: second only
  CHECK(a.themes.fn == 1);  // supervision of d: first only
  CHECK(a.theme_sets_same == 2);  // a and c
}

TEST_CASE("gold reader rejects a bad judgement with file and line", "[eval]") {
  auto gold = ReadGold(std::string(OFTRACK_TEST_DATA) + "/rules-bad/bad-gold.tsv");
  REQUIRE_FALSE(gold.ok());
  CHECK(gold.status().file().find("bad-gold.tsv:3") != std::string::npos);
}

TEST_CASE("CheckRules lists every problem", "[eval]") {
  std::vector<Status> problems;
  CHECK(CheckRules(kSource + "/rules", &problems).ok());
  CHECK(problems.empty());
  CHECK_FALSE(CheckRules(std::string(OFTRACK_TEST_DATA) + "/rules-bad/bad-regex", &problems).ok());
  CHECK(problems.size() == 1);
}

}  // namespace
}  // namespace oftrack
