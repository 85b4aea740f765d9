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
  CHECK(r.JudgementAccuracy() >= 0.85);
}

TEST_CASE("held-out gold set: theme micro-F1 and judgement accuracy hold", "[eval]") {
  std::vector<GoldItem> items;
  EvalReport r = Score("heldout.tsv", &items);
  CHECK(r.sentences >= 150);
  CHECK(r.micro.F1() >= 0.88);
  CHECK(r.JudgementAccuracy() >= 0.86);
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
