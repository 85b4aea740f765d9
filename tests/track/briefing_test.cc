// The briefing from a hand-built authority history: movement per area, new
// themes, and questions drawn from persisting weaknesses, each quoting its
// finding.
#include "track/briefing.h"

#include <catch2/catch.hpp>

#include "tests/track/history_fixture.h"

using namespace oftrack;
using oftrack::testing::HistoryBuilder;

namespace {

// An inspection with four areas, then two monitoring visits that cover the
// first three; the fourth (return home interviews) is only mentioned in passing.
AuthorityHistory Testshire() {
  HistoryBuilder b(900001, "Testshire");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "testshire-2022.pdf");
  b.Area(ins, AreaKind::kImprove, 1, "The quality of supervision.", {{"supervision", "supervision"}});
  b.Area(ins, AreaKind::kImprove, 2, "Timeliness of assessments.", {{"assessments", "assessments"}});
  b.Area(ins, AreaKind::kImprove, 3, "Placement sufficiency.", {{"placements", "placement sufficiency"}});
  b.Area(ins, AreaKind::kImprove, 4, "Return home interviews.", {{"missing", "return home interviews"}});
  b.Finding(ins, Judgement::kWeakness, "Supervision is irregular and rarely reflective.", {"supervision"}, "Findings",
            {"supervision"});
  b.Finding(ins, Judgement::kWeakness, "Assessments are delayed for many children.", {"assessments"});
  b.Finding(ins, Judgement::kWeakness, "There are too few placements for children in care.", {"placements"});
  b.Finding(ins, Judgement::kWeakness, "Return home interviews are not timely.", {"missing"});

  int64_t mv1 = b.Doc(DocType::kMonitoringVisit, "2023-02-28", "testshire-mv1.pdf", 1);
  b.Area(mv1, AreaKind::kCovered, 1, "Supervision.", {{"supervision", "supervision"}});
  b.Area(mv1, AreaKind::kCovered, 2, "Assessments and placements.",
         {{"assessments", "assessments"}, {"placements", "placements"}});
  for (int i = 0; i < 3; ++i) {
    b.Finding(mv1, Judgement::kWeakness, "Supervision remains irregular in team " + std::to_string(i) + ".",
              {"supervision"});
  }
  b.Finding(mv1, Judgement::kStrength, "Assessments are completed within timescales.", {"assessments"});
  b.Finding(mv1, Judgement::kProgress, "Assessments are more often timely than at the inspection.", {"assessments"});
  for (int i = 0; i < 4; ++i) {
    b.Finding(mv1, Judgement::kStrength, "Children live in homes that meet their needs, " + std::to_string(i) + ".",
              {"placements"});
  }

  int64_t mv2 = b.Doc(DocType::kMonitoringVisit, "2023-11-22", "testshire-mv2.pdf", 2);
  b.Area(mv2, AreaKind::kCovered, 1, "Supervision, assessments and placements.",
         {{"supervision", "supervision"}, {"assessments", "assessments"}, {"placements", "placements"}});
  b.Finding(mv2, Judgement::kWeakness, "Supervision is still not regular and lacks reflection.", {"supervision"});
  for (int i = 0; i < 3; ++i) {
    b.Finding(mv2, Judgement::kWeakness, "Supervision records are thin, " + std::to_string(i) + ".", {"supervision"});
  }
  for (int i = 0; i < 5; ++i) {
    b.Finding(mv2, Judgement::kStrength, "Assessments are timely and thorough, " + std::to_string(i) + ".",
              {"assessments"});
  }
  b.Finding(mv2, Judgement::kWeakness, "Sufficiency of placements has worsened since the last visit.", {"placements"});
  for (int i = 0; i < 3; ++i) {
    b.Finding(mv2, Judgement::kWeakness, "Too many children move placement, " + std::to_string(i) + ".",
              {"placements"});
  }
  b.Finding(mv2, Judgement::kMixed, "Some children's placements are stable, others are not.", {"placements"});
  b.Finding(mv2, Judgement::kProgress, "Return home interviews are now offered to most children who go missing.",
            {"missing"});
  b.Finding(mv2, Judgement::kWeakness, "Care leavers lack pathway plans.", {}, "Findings", {"care_leavers"});
  return b.Build();
}

}  // namespace

TEST_CASE("each area is set against the last visit that reviewed it", "[track][briefing]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->column == 2);
  REQUIRE(b->areas.size() == 4);
  CHECK(b->areas[0].movement == Movement::kPersists);
  CHECK(b->areas[1].before == AreaStatus::kImproving);
  CHECK(b->areas[1].now == AreaStatus::kStrength);
  CHECK(b->areas[1].movement == Movement::kImproved);
  CHECK(b->areas[2].before == AreaStatus::kStrength);
  CHECK(b->areas[2].movement == Movement::kNew);  // weakness now, strength before
  CHECK(b->areas[3].movement == Movement::kNotReviewed);
  CHECK(b->areas[3].mentioned);  // named in passing: listed apart, with no movement
  CHECK(b->areas[3].before_column == 0);
  REQUIRE(b->areas[0].quote != nullptr);
  CHECK(b->areas[0].quote->finding->text == "Supervision is still not regular and lacks reflection.");
}

TEST_CASE("a theme with findings for the first time is new", "[track][briefing]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->new_themes.size() == 1);
  CHECK(b->new_themes[0].theme->theme == "care_leavers");
  CHECK(b->new_themes[0].reason == "first findings on this theme since the inspection");
}

TEST_CASE("questions come from persisting weaknesses first and quote their finding", "[track][briefing]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->questions.size() >= static_cast<size_t>(kMinQuestions));
  REQUIRE(b->questions.size() <= static_cast<size_t>(kMaxQuestions));
  CHECK(b->questions[0].area_ordinal == 1);
  CHECK(b->questions[0].text ==
        "Inspectors found in November 2023 that \u201cSupervision is still not regular and lacks reflection\u201d. "
        "What is the plan and timescale to improve the quality of supervision?");
  CHECK(b->questions[1].area_ordinal == 3);  // the new concern
  CHECK(b->questions[1].text.rfind("Inspectors found in November 2023 that \u201cSufficiency of placements has "
                                   "worsened since the last visit\u201d, where earlier visits had seen progress.",
                                   0) == 0);
  CHECK(b->questions[2].area_ordinal == 0);  // the care leavers theme
  CHECK(b->questions[2].text ==
        "Inspectors found in November 2023 that \u201cCare leavers lack pathway plans\u201d (Care leavers), a concern "
        "not raised at the visits before. What is the plan and timescale to address this?");
  REQUIRE(b->questions.size() == 4);  // and the area no visit has reviewed since the inspection
  CHECK(b->questions[3].area_ordinal == 4);
  CHECK(b->questions[3].text.rfind("Inspectors last reported on this area in July 2022, finding that "
                                   "\u201cReturn home interviews are not timely\u201d.",
                                   0) == 0);
  for (const BriefingQuestion& q : b->questions) CHECK(q.quote != nullptr);
}

TEST_CASE("a briefing on an earlier visit compares only with the visits before it", "[track][briefing]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  auto column = FindBriefingColumn(m, "2023-02-28");
  REQUIRE(column.ok());
  CHECK(column.value() == 1);
  auto b = BuildBriefing(m, column.value());
  REQUIRE(b.ok());
  CHECK(b->areas[2].movement == Movement::kImproved);  // strength, against the inspection's weakness
  CHECK(b->areas[3].movement == Movement::kNotReviewed);
  CHECK_FALSE(b->areas[3].mentioned);
  CHECK_FALSE(FindBriefingColumn(m, "2021-01-01").ok());
  CHECK(FindBriefingColumn(m, "latest").value() == 2);
}

TEST_CASE("an authority without areas, or without a visit since, has no briefing", "[track][briefing]") {
  HistoryBuilder b(900009, "Nowhere");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "nowhere-2022.pdf");
  AuthorityHistory none = b.Build();
  ProgressModel m = BuildProgress(none, {});
  auto r = BuildBriefing(m);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().reason() == "no areas for improvement on record for Nowhere: ingest its latest inspection report first");
  b.Area(ins, AreaKind::kImprove, 1, "Supervision.", {{"supervision", "supervision"}});
  AuthorityHistory no_visit = b.Build();
  ProgressModel n = BuildProgress(no_visit, {});
  auto s = BuildBriefing(n);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().reason() == "no visit to Nowhere since its latest inspection to brief on");
}

TEST_CASE("quotes are shortened at a word boundary", "[track][briefing]") {
  CHECK(ShortenQuote("short", 10) == "short");
  CHECK(ShortenQuote("one two three four", 10) == "one two\u2026");
}
