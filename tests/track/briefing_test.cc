// The briefing from a hand-built ProgressModel: movement per area, new themes,
// and questions drawn from persisting weaknesses, each quoting its finding.
#include "track/briefing.h"

#include <catch2/catch.hpp>

using namespace oftrack;

namespace {

// neutral, strength, weakness, mixed, progress
ProgressCell Cell(AreaStatus status, JudgementCounts counts, const DocumentRecord* doc, const std::string& quote) {
  ProgressCell c;
  c.status = status;
  c.counts = counts;
  if (!quote.empty()) {
    FindingRecord f;
    static int64_t next_id = 1;
    f.id = next_id++;
    f.text = quote;
    f.para = "7";
    c.quotes.push_back(Quote{f, doc});
  }
  return c;
}

Visit MakeVisit(const std::string& kind, const std::string& start, int64_t id) {
  DocumentRecord d;
  d.id = id;
  d.doc_type = kind;
  d.visit_start = start;
  d.published = start;
  d.source_kind = "pdf";
  d.file = "letter-" + start + ".pdf";
  Visit v;
  v.kind = kind;
  v.start = start;
  v.documents.push_back(d);
  return v;
}

AreaProgress Area(int ordinal, const std::string& text, std::vector<ProgressCell> cells) {
  AreaProgress a;
  a.area.ordinal = ordinal;
  a.area.kind = "improve";
  a.area.text = text;
  a.area.themes = {"supervision"};
  a.cells = std::move(cells);
  return a;
}

// Inspection, then two monitoring visits; four areas with different fortunes.
ProgressModel Model() {
  ProgressModel m;
  m.authority.name = "Testshire";
  m.visits = {MakeVisit("ilacs", "2022-07-11", 1), MakeVisit("monitoring_visit", "2023-02-28", 2),
              MakeVisit("monitoring_visit", "2023-11-22", 3)};
  m.baseline = 0;
  m.columns = {0, 1, 2};
  const DocumentRecord* d0 = &m.visits[0].primary();
  const DocumentRecord* d2 = &m.visits[2].primary();
  const auto W = AreaStatus::kWeaknessPersists, I = AreaStatus::kImproving, N = AreaStatus::kNotReviewed,
             S = AreaStatus::kStrength;
  m.areas.push_back(Area(1, "The quality of supervision.",
                         {Cell(W, {0, 0, 5, 0, 0}, d0, "Supervision is irregular."), Cell(W, {0, 0, 3, 0, 0}, d0, "x"),
                          Cell(W, {0, 0, 4, 0, 0}, d2, "Supervision is still not regular and lacks reflection.")}));
  m.areas.push_back(Area(2, "Timeliness of assessments.",
                         {Cell(W, {0, 0, 4, 0, 0}, d0, "Delays."), Cell(I, {0, 2, 0, 0, 2}, d0, "Better."),
                          Cell(S, {0, 5, 0, 0, 0}, d2, "Assessments are timely.")}));
  m.areas.push_back(Area(3, "Placement sufficiency.",
                         {Cell(W, {0, 0, 3, 0, 0}, d0, "Too few placements."), Cell(S, {0, 4, 0, 0, 0}, d0, "Good."),
                          Cell(W, {0, 0, 4, 1, 0}, d2, "Sufficiency has worsened.")}));
  m.areas.push_back(Area(4, "Return home interviews.",
                         {Cell(W, {0, 0, 2, 0, 0}, d0, "Return home interviews are not timely."), Cell(N, {}, d0, ""),
                          Cell(N, {}, d2, "")}));
  ThemeProgress t{"care_leavers", "Care leavers", {Cell(N, {}, d0, ""), Cell(N, {}, d0, ""),
                                                   Cell(W, {0, 0, 3, 0, 0}, d2, "Care leavers lack pathway plans.")}};
  m.themes.push_back(t);
  return m;
}

}  // namespace

TEST_CASE("each area is set against the last visit that reviewed it", "[track][briefing]") {
  ProgressModel m = Model();
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->column == 2);
  REQUIRE(b->areas.size() == 4);
  CHECK(b->areas[0].movement == Movement::kPersists);
  CHECK(b->areas[1].movement == Movement::kImproved);
  CHECK(b->areas[1].before == AreaStatus::kImproving);
  CHECK(b->areas[2].movement == Movement::kNew);  // weakness now, strength before
  CHECK(b->areas[3].movement == Movement::kNotReviewed);
  CHECK(b->areas[3].before_column == 0);
  REQUIRE(b->areas[0].quote != nullptr);
  CHECK(b->areas[0].quote->finding.text == "Supervision is still not regular and lacks reflection.");
}

TEST_CASE("a theme with findings for the first time is new", "[track][briefing]") {
  ProgressModel m = Model();
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->new_themes.size() == 1);
  CHECK(b->new_themes[0].theme->theme == "care_leavers");
  CHECK(b->new_themes[0].reason == "first findings on this theme since the inspection");
}

TEST_CASE("questions come from persisting weaknesses first and quote their finding", "[track][briefing]") {
  ProgressModel m = Model();
  auto b = BuildBriefing(m);
  REQUIRE(b.ok());
  REQUIRE(b->questions.size() >= static_cast<size_t>(kMinQuestions));
  REQUIRE(b->questions.size() <= static_cast<size_t>(kMaxQuestions));
  CHECK(b->questions[0].area_ordinal == 1);
  CHECK(b->questions[0].text ==
        "Inspectors found in November 2023 that \u201cSupervision is still not regular and lacks reflection\u201d. "
        "What is the plan and timescale to improve the quality of supervision?");
  CHECK(b->questions[1].area_ordinal == 3);  // the new concern
  CHECK(b->questions[2].area_ordinal == 0);  // the care leavers theme
  CHECK(b->questions[2].text ==
        "Inspectors found in November 2023 that \u201cCare leavers lack pathway plans\u201d (Care leavers), a concern "
        "not raised at the visits before. What is the plan and timescale to address this?");
  REQUIRE(b->questions.size() == 4);  // and the area no visit has looked at since the inspection
  CHECK(b->questions[3].area_ordinal == 4);
  CHECK(b->questions[3].text.rfind("Inspectors last reported on this area in July 2022, finding that "
                                   "\u201cReturn home interviews are not timely\u201d.", 0) == 0);
  for (const BriefingQuestion& q : b->questions) CHECK(q.quote != nullptr);
}

TEST_CASE("a briefing on an earlier visit compares only with the visits before it", "[track][briefing]") {
  ProgressModel m = Model();
  auto column = FindBriefingColumn(m, "2023-02-28");
  REQUIRE(column.ok());
  CHECK(column.value() == 1);
  auto b = BuildBriefing(m, column.value());
  REQUIRE(b.ok());
  CHECK(b->areas[2].movement == Movement::kImproved);
  CHECK(b->areas[3].movement == Movement::kNotReviewed);
  CHECK_FALSE(FindBriefingColumn(m, "2021-01-01").ok());
  CHECK(FindBriefingColumn(m, "latest").value() == 2);
}

TEST_CASE("an authority without areas has no briefing", "[track][briefing]") {
  ProgressModel m;
  m.authority.name = "Nowhere";
  CHECK_FALSE(BuildBriefing(m).ok());
}

TEST_CASE("quotes are shortened at a word boundary", "[track][briefing]") {
  CHECK(ShortenQuote("short", 10) == "short");
  CHECK(ShortenQuote("one two three four", 10) == "one two\u2026");
}
