// Tracking as pure functions of a hand-built AuthorityHistory (no database):
// status from counts, the timeline, quotes' sources, which areas each visit
// reviewed, the next inspection's verdict, and hand links.
#include "track/progress.h"

#include <catch2/catch.hpp>

#include "tests/track/history_fixture.h"

using namespace oftrack;
using oftrack::testing::HistoryBuilder;

namespace {

// neutral, strength, weakness, mixed, progress
JudgementCounts Counts(int n, int s, int w, int m, int p) { return {n, s, w, m, p}; }

const std::string kHelp = "The experiences and progress of children who need help and protection";
const std::string kCare = "The experiences and progress of children in care";

// An inadequate inspection with three areas, two monitoring visits (the first
// covers supervision and mentions the front door in passing; the second lists
// no areas), then the next inspection, which raises supervision again.
AuthorityHistory Testshire() {
  HistoryBuilder b(900001, "Testshire");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "testshire-2022.pdf");
  b.Grade(ins, GradeDomain::kHelpProtection, GradeValue::kInadequate);
  b.Grade(ins, GradeDomain::kInCare, GradeValue::kRequiresImprovement);
  b.Area(ins, AreaKind::kImprove, 1, "The quality and frequency of supervision.", {{"supervision", "supervision"}});
  b.Area(ins, AreaKind::kImprove, 2, "The timeliness of decisions in the MASH.", {{"front_door", "MASH"}});
  b.Area(ins, AreaKind::kImprove, 3, "Pathway plans for care leavers.", {{"care_leavers", "care leavers"}});
  b.Finding(ins, Judgement::kWeakness, "Supervision is irregular and does not help social workers to reflect.",
            {"supervision"}, kHelp);
  b.Finding(ins, Judgement::kWeakness, "Decisions in the MASH are delayed for too many children.", {"front_door"},
            kHelp);
  b.Finding(ins, Judgement::kWeakness, "Care leavers do not have pathway plans that help them prepare.",
            {"care_leavers"}, kCare);

  int64_t mv1 = b.Doc(DocType::kMonitoringVisit, "2023-02-28", "testshire-mv1.pdf", 1);
  b.Area(mv1, AreaKind::kCovered, 1, "Supervision and management oversight of social work practice.",
         {{"supervision", "supervision"}, {"management_oversight", "management oversight"}});
  b.Finding(mv1, Judgement::kProgress, "Supervision is now more regular for most social workers in the teams.",
            {"supervision"});
  b.Finding(mv1, Judgement::kStrength, "Managers record clear reflective supervision that sets out next steps.",
            {"supervision"});
  b.Finding(mv1, Judgement::kWeakness, "Some children wait too long in the MASH before a decision is made about them.",
            {"front_door"});
  int64_t copy = b.CopyOf(mv1, "committee-packs/testshire-pack.txt");
  (void)copy;

  int64_t fv = b.Doc(DocType::kFocusedVisit, "2023-11-22", "testshire-fv.pdf");
  b.Finding(fv, Judgement::kWeakness, "Too many care leavers live in unsuitable accommodation and lack support.",
            {"care_leavers"});

  int64_t next = b.Doc(DocType::kIlacs, "2025-03-03", "testshire-2025.pdf");
  b.Grade(next, GradeDomain::kHelpProtection, GradeValue::kRequiresImprovement);
  b.Grade(next, GradeDomain::kInCare, GradeValue::kRequiresImprovement);
  b.Area(next, AreaKind::kImprove, 1, "The consistency of supervision for social workers.",
         {{"supervision", "supervision"}});
  b.Area(next, AreaKind::kImprove, 2, "Sufficiency of homes for children in care.", {{"placements", "homes"}});
  return b.Build();
}

}  // namespace

TEST_CASE("a cell's status follows the balance of judgements", "[track]") {
  CHECK(StatusFromCounts(Counts(4, 0, 0, 0, 0)) == AreaStatus::kNotReviewed);  // neutral findings do not vote
  CHECK(StatusFromCounts(Counts(0, 0, 5, 1, 0)) == AreaStatus::kWeaknessPersists);
  CHECK(StatusFromCounts(Counts(0, 4, 1, 0, 0)) == AreaStatus::kStrength);
  CHECK(StatusFromCounts(Counts(0, 2, 1, 0, 2)) == AreaStatus::kImproving);
  CHECK(StatusFromCounts(Counts(0, 2, 2, 2, 0)) == AreaStatus::kMixed);
  CHECK(StatusFromCounts(Counts(0, 3, 2, 0, 0)) == AreaStatus::kImproving);  // 60% strength but 40% weakness
}

TEST_CASE("documents of one visit are one timeline entry, the published PDF first", "[track]") {
  HistoryBuilder b(1, "Testshire");
  int64_t pack_copy = b.Doc(DocType::kIlacs, "2022-07-11", "committee-packs/pack.txt");
  b.Get(pack_copy).source_kind = SourceKind::kText;
  int64_t pdf = b.Doc(DocType::kIlacs, "2022-07-11", "ofsted-reports/testshire-2022.pdf");
  b.Get(pdf).visit_id = b.Get(pack_copy).visit_id;
  b.Doc(DocType::kCommitteePack, "2023-01-01", "committee-packs/minutes.txt");
  b.Doc(DocType::kSif, "2014-03-03", "ofsted-reports/testshire-2014.pdf");
  AuthorityHistory h = b.Build();
  std::vector<Visit> t = BuildTimeline(h);
  REQUIRE(t.size() == 2);
  CHECK(t[0].type == DocType::kSif);
  CHECK(t[1].type == DocType::kIlacs);
  CHECK(t[1].documents.size() == 2);
  CHECK(t[1].primary().file == "ofsted-reports/testshire-2022.pdf");
  CHECK(t[1].Title() == "ILACS inspection (11 July 2022)");
}

TEST_CASE("a quote names its document, date, page or line, and paragraph", "[track]") {
  StoredDocument pdf;
  pdf.file = "ofsted-reports/nottingham-80533-published-2022-09-05.pdf";
  pdf.published = Date::FromIso("2022-09-05");
  StoredFinding f;
  f.page = 4;
  f.para = "13";
  CHECK(Quote{&f, &pdf}.Source() ==
        "ofsted-reports/nottingham-80533-published-2022-09-05.pdf, 5 September 2022, page 4, para 13");
  StoredDocument txt;
  txt.file = "committee-packs/pack.txt";
  txt.source_kind = SourceKind::kText;
  txt.visit_start = Date::FromIso("2023-11-22");
  StoredFinding g;
  g.line = 771;
  g.block_no = 12;
  CHECK(Quote{&g, &txt}.Source() == "committee-packs/pack.txt, 22 November 2023, line 771, paragraph 12 of the text");
}

TEST_CASE("each area is followed from its inspection through the visits to the next inspection", "[track]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  REQUIRE(m.visits.size() == 4);
  CHECK(m.full_inspections == std::vector<int>{0, 3});
  REQUIRE(m.inspections.size() == 2);  // both inspections raised areas
  const InspectionProgress& ins = m.inspections[0];
  CHECK(ins.columns == std::vector<int>{0, 1, 2, 3});
  CHECK(ins.next_inspection == 3);
  REQUIRE(ins.areas.size() == 3);

  const AreaProgress& supervision = ins.areas[0];
  CHECK(supervision.domain_known);
  CHECK(supervision.domain == GradeDomain::kHelpProtection);
  CHECK(supervision.cells[0].review == ReviewKind::kBaseline);
  CHECK(supervision.cells[0].status == AreaStatus::kBaseline);
  CHECK(supervision.cells[0].counts == Counts(0, 0, 1, 0, 0));
  CHECK(supervision.cells[1].review == ReviewKind::kCovered);
  CHECK(supervision.cells[1].status == AreaStatus::kImproving);
  REQUIRE(supervision.cells[1].match.has_value());
  CHECK(supervision.cells[1].match->other->text == "Supervision and management oversight of social work practice.");
  CHECK(supervision.cells[1].match->subjects == std::vector<std::string>{"supervision"});
  REQUIRE(supervision.cells[1].quotes.size() == 2);
  CHECK(supervision.cells[1].quotes[0].document->file == "testshire-mv1.pdf");  // the PDF, not the pack's copy
  CHECK(supervision.cells[2].review == ReviewKind::kNoList);  // the focused visit lists no areas covered
  CHECK(supervision.cells[2].status == AreaStatus::kNotReviewed);
  CHECK(supervision.cells[3].review == ReviewKind::kNextInspection);
  CHECK(supervision.cells[3].status == AreaStatus::kRaisedAgain);
  REQUIRE(supervision.cells[3].match.has_value());
  CHECK(supervision.cells[3].match->other->ordinal == 1);
  CHECK(supervision.cells[3].grade_before == GradeValue::kInadequate);
  CHECK(supervision.cells[3].grade_after == GradeValue::kRequiresImprovement);

  const AreaProgress& mash = ins.areas[1];
  CHECK(mash.cells[1].review == ReviewKind::kMentioned);  // named in passing, not covered
  CHECK(mash.cells[1].status == AreaStatus::kNotReviewed);
  CHECK(mash.cells[1].counts == Counts(0, 0, 1, 0, 0));
  CHECK(mash.cells[1].quotes.size() == 1);
  CHECK(mash.cells[3].status == AreaStatus::kNotRaised);

  const AreaProgress& leavers = ins.areas[2];
  CHECK(leavers.domain == GradeDomain::kInCare);
  CHECK(leavers.cells[1].review == ReviewKind::kNotCovered);
  CHECK(leavers.cells[1].quotes.empty());
  CHECK(leavers.cells[2].review == ReviewKind::kNoList);
  CHECK(leavers.cells[2].status == AreaStatus::kWeaknessPersists);  // a letter with no list: its findings decide
  CHECK(leavers.cells[3].status == AreaStatus::kNotRaised);
  CHECK(leavers.cells[3].grade_before == GradeValue::kRequiresImprovement);
  CHECK(leavers.cells[3].grade_after == GradeValue::kRequiresImprovement);

  // The latest inspection has no visit yet: only its own column.
  REQUIRE(m.latest() == &m.inspections[1]);
  CHECK(m.latest()->columns == std::vector<int>{3});
  CHECK(m.latest()->next_inspection == -1);
  CHECK(m.latest()->areas.size() == 2);
}

TEST_CASE("the heat map runs from the inspection before when the latest has no visit yet", "[track]") {
  AuthorityHistory h = Testshire();
  ProgressModel m = BuildProgress(h, {});
  CHECK(m.theme_columns == std::vector<int>{0, 1, 2, 3});
  REQUIRE(m.themes.size() == h.themes.size());
  CHECK(m.themes[0].theme == "supervision");
}

TEST_CASE("a link by hand joins or keeps apart two areas of one authority", "[track]") {
  AuthorityHistory h = Testshire();
  std::vector<AreaLink> links = {
      {h.urn, "timeliness of decisions in the mash", "sufficiency of homes", true, "the panel sits in the front door"},
      {h.urn, "quality and frequency of supervision", "consistency of supervision", false, "a different concern"},
      {h.urn + 1, "pathway plans", "sufficiency", true, "another authority's link"},
  };
  ProgressModel m = BuildProgress(h, links);
  const InspectionProgress& ins = m.inspections[0];
  CHECK(ins.areas[0].cells[3].status == AreaStatus::kNotRaised);
  REQUIRE(ins.areas[1].cells[3].match.has_value());
  CHECK(ins.areas[1].cells[3].status == AreaStatus::kRaisedAgain);
  CHECK(ins.areas[1].cells[3].match->link == &links[0]);
  CHECK(ins.areas[1].cells[3].match->Explain(*ins.areas[1].area, h) ==
        "area improve 2 \"Sufficiency of homes for children in care.\" (linked by hand: the panel sits in the front "
        "door)");
  CHECK(ins.areas[2].cells[3].status == AreaStatus::kNotRaised);  // the other authority's link is not used
}

TEST_CASE("a covered area in the letter's own words counts the findings about it", "[track]") {
  HistoryBuilder b(900002, "Otherton");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "otherton-2022.pdf");
  b.Area(ins, AreaKind::kImprove, 1, "The quality of supervision and workforce stability.",
         {{"supervision", "supervision"}, {"workforce", "workforce stability"}});
  int64_t mv = b.Doc(DocType::kMonitoringVisit, "2023-02-28", "otherton-mv1.pdf", 1);
  b.Area(mv, AreaKind::kCovered, 1, "Workforce stability and management oversight.",
         {{"workforce", "workforce stability"}, {"management_oversight", "management oversight"}});
  b.Finding(mv, Judgement::kWeakness, "Managers' oversight of children's plans is not consistently effective.",
            {"management_oversight"});
  AuthorityHistory h = b.Build();
  ProgressModel m = BuildProgress(h, {});
  const ProgressCell& cell = m.inspections[0].areas[0].cells[1];
  CHECK(cell.review == ReviewKind::kCovered);
  CHECK(cell.match->subjects == std::vector<std::string>{"workforce"});
  CHECK(cell.counts == Counts(0, 0, 1, 0, 0));  // no finding names supervision or the workforce
  CHECK(cell.status == AreaStatus::kWeaknessPersists);
  CHECK(cell.match->Explain(*m.inspections[0].areas[0].area, h) ==
        "covered area 1 \"Workforce stability and management oversight.\" (both name the workforce: "
        "\"workforce stability\" / \"workforce stability\")");
}

TEST_CASE("quotes about an area put findings about it alone before those about other subjects too", "[track]") {
  HistoryBuilder b(900003, "Quoteham");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "quoteham-2022.pdf");
  b.Area(ins, AreaKind::kImprove, 1, "The timeliness of decisions in the MASH.", {{"front_door", "MASH"}});
  b.Finding(ins, Judgement::kWeakness, "Homeless 16- and 17-year-olds are referred through the MASH and wait too long.",
            {"front_door", "homeless_16_17"});
  b.Finding(ins, Judgement::kNeutral, "The MASH is staffed by the police, health and children's social care.",
            {"front_door"});
  b.Finding(ins, Judgement::kWeakness, "Decisions in the MASH are delayed for too many children referred.",
            {"front_door"});
  AuthorityHistory h = b.Build();
  ProgressModel m = BuildProgress(h, {});
  const ProgressCell& cell = m.inspections[0].areas[0].cells[0];
  CHECK(cell.counts == Counts(1, 0, 2, 0, 0));
  REQUIRE(cell.quotes.size() == 2);  // a neutral finding is not quoted beside evaluative ones
  CHECK(cell.quotes[0].finding->text == "Decisions in the MASH are delayed for too many children referred.");
  CHECK(cell.quotes[1].finding->text.rfind("Homeless", 0) == 0);
}

TEST_CASE("the baseline quotes the criticism that raised the area before its praise", "[track]") {
  HistoryBuilder b(900005, "Baselineham");
  int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "baselineham-2022.pdf");
  b.Area(ins, AreaKind::kImprove, 1, "Placement sufficiency for children in care.", {{"placements", "placement sufficiency"}});
  b.Finding(ins, Judgement::kStrength, "Most children in care live in stable placements that meet their needs.", {"placements"});
  b.Finding(ins, Judgement::kStrength, "Children's placements are matched carefully to their needs.", {"placements"});
  b.Finding(ins, Judgement::kWeakness, "There is a shortfall in the number of foster carers being recruited to meet demand.",
            {"placements"});
  AuthorityHistory h = b.Build();
  ProgressModel m = BuildProgress(h, {});
  const ProgressCell& cell = m.inspections[0].areas[0].cells[0];
  CHECK(cell.status == AreaStatus::kBaseline);
  REQUIRE(cell.quotes.size() == 3);
  CHECK(cell.quotes[0].finding->judgement == Judgement::kWeakness);
}

TEST_CASE("areas are matched on the subjects they share, most first", "[track]") {
  AreaForImprovement area{AreaKind::kImprove, 1, "Supervision and workforce capacity.", {}, {"supervision", "workforce"},
                          {"supervision", "workforce capacity"}};
  AreaForImprovement one{AreaKind::kCovered, 1, "Workforce.", {}, {"workforce"}, {"workforce"}};
  AreaForImprovement both{AreaKind::kCovered, 2, "Supervision of a stable workforce.", {}, {"supervision", "workforce"},
                          {"supervision", "stable workforce"}};
  AreaForImprovement none{AreaKind::kCovered, 3, "Care leavers.", {}, {"care_leavers"}, {"care leavers"}};
  auto m = MatchArea(area, {&one, &both, &none}, 1, {});
  REQUIRE(m.has_value());
  CHECK(m->other == &both);
  CHECK(m->subjects == std::vector<std::string>{"supervision", "workforce"});
  CHECK_FALSE(MatchArea(area, {&none}, 1, {}).has_value());
  CHECK(MatchArea(area, {&one, &none}, 1, {})->other == &one);
}

TEST_CASE("parts of practice alone do not join areas about different services", "[track]") {
  const std::vector<std::string> practice = {"assessments", "supervision", "management_oversight"};
  AreaForImprovement cse{AreaKind::kImprove, 4, "Improve the response to children at risk of sexual exploitation, and their assessments.",
                         {}, {"exploitation", "assessments"}, {"sexual exploitation", "assessments"}};
  AreaForImprovement homeless{AreaKind::kImprove, 3, "The response and the quality of assessment of need for young people aged 16 and 17 years who present as homeless.",
                              {}, {"homeless_16_17", "assessments"}, {"16 and 17 years who present as homeless", "assessment"}};
  CHECK_FALSE(MatchArea(cse, {&homeless}, 1, {}, practice).has_value());
  CHECK(MatchArea(cse, {&homeless}, 1, {}).has_value());  // without the practice list, any shared subject joins
  // An area about practice across the service matches a later one that names that practice.
  AreaForImprovement oversight{AreaKind::kImprove, 2, "Management oversight and direction of front-line work and the LADO.",
                               {}, {"lado", "management_oversight"}, {"LADO", "Management oversight"}};
  AreaForImprovement covered{AreaKind::kCovered, 3, "Workforce capacity, and the quality of supervision and management oversight.",
                             {}, {"management_oversight", "supervision"}, {"management oversight", "supervision"}};
  REQUIRE(MatchArea(oversight, {&covered}, 1, {}, practice).has_value());
}

TEST_CASE("the findings about an area name its first subject or a service it names", "[track]") {
  const std::vector<std::string> practice = {"assessments", "supervision", "management_oversight"};
  AreaForImprovement fostering{AreaKind::kImprove, 6,
                               "Ensure that statutory requirements are met in relation to private fostering and that "
                               "training underpins prompt identification and assessment.",
                               {}, {"assessments", "private_fostering"}, {"assessment", "private fostering"}};
  CHECK(KeySubjects(fostering, practice) == std::vector<std::string>{"private_fostering"});
  AreaForImprovement oversight{AreaKind::kImprove, 2, "Management oversight and direction of front-line work and the LADO.",
                               {}, {"lado", "management_oversight"}, {"LADO", "Management oversight"}};
  CHECK(KeySubjects(oversight, practice) == std::vector<std::string>{"lado", "management_oversight"});
  AreaForImprovement practice_only{AreaKind::kImprove, 4, "The quality of supervision and management oversight.", {},
                                   {"management_oversight", "supervision"}, {"management oversight", "supervision"}};
  CHECK(KeySubjects(practice_only, practice) == std::vector<std::string>{"management_oversight", "supervision"});
}
