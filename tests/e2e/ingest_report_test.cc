// End to end, as a user runs it: the bundled corpus in, Nottingham City's
// timeline and progress report out.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "e2e_support.h"
#include "store/queries.h"
#include "store/store.h"
#include "track/progress.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

AuthorityHistory Nottingham(Database* db) {
  auto history = LoadHistory(db, 80533);
  REQUIRE(history.ok());
  return std::move(history).value();
}

}  // namespace

TEST_CASE("the bundled corpus ingests cleanly and says what it found", "[e2e]") {
  CommandResult run;
  CorpusDb(&run);
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("ingested 28 files (28 new, 0 unchanged)") != std::string::npos);
  CHECK(run.output.find("0 errors") != std::string::npos);
}

TEST_CASE("ingesting the same corpus again changes nothing", "[e2e]") {
  const std::string& db = CorpusDb();
  auto before = RunCommand("sqlite3 " + db + " 'select count(*) from findings; select count(*) from documents;'");
  auto again = RunCommand(Oftrack() + " ingest --db " + db + " " + OFTRACK_SOURCE_DIR + "/corpora/ofsted-reports " + OFTRACK_SOURCE_DIR + "/corpora/committee-packs");
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(again.output.find("(0 new, 28 unchanged)") != std::string::npos);
  auto after = RunCommand("sqlite3 " + db + " 'select count(*) from findings; select count(*) from documents;'");
  CHECK(before.output == after.output);
}

TEST_CASE("inspect --sentence says which words and cues gave a sentence its labels", "[e2e]") {
  auto r = RunCommand(Oftrack() + " inspect --sentence 'However, not all return home interviews are timely.'");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("missing_exploitation (\"return home interviews\")") != std::string::npos);
  CHECK(r.output.find("judgement: weakness") != std::string::npos);
  auto neither = RunCommand(Oftrack() + " inspect");
  CHECK(neither.exit_code == 2);
  CHECK(neither.output.find("inspect needs a FILE, or --sentence TEXT") != std::string::npos);
}

TEST_CASE("Nottingham City's timeline: three inspections, then three monitoring visits, in date order", "[e2e]") {
  const std::string& db = CorpusDb();
  auto by_name = RunCommand(Oftrack() + " timeline --la 'Nottingham City' --db " + db);
  auto by_ons = RunCommand(Oftrack() + " timeline --la Nottingham --db " + db);
  auto by_urn = RunCommand(Oftrack() + " timeline --la 80533 --db " + db);
  INFO(by_name.output);
  REQUIRE(by_name.exit_code == 0);
  CHECK(by_name.output == by_ons.output);
  CHECK(by_name.output == by_urn.output);

  auto store = Store::OpenReadOnly(db);
  REQUIRE(store.ok());
  AuthorityHistory history = Nottingham(&store.value()->db());
  std::vector<Visit> timeline = BuildTimeline(history);
  std::vector<std::string> kinds, starts;
  for (const Visit& v : timeline) {
    kinds.push_back(DocTypeId(v.type));
    starts.push_back(v.start.Iso());
  }
  CHECK(kinds == std::vector<std::string>{"sif", "ilacs", "ilacs", "monitoring_visit", "monitoring_visit",
                                          "monitoring_visit"});
  REQUIRE(starts.size() == 6);
  CHECK(starts[2] == "2022-07-11");
  CHECK(starts[3] == "2023-02-28");
  CHECK(starts[4] == "2023-07-25");
  CHECK(starts[5] == "2023-11-22");
  CHECK(std::is_sorted(starts.begin(), starts.end()));
  // The 2022 inspection is both a PDF and a copy in the committee pack: one visit, PDF first.
  REQUIRE(timeline[2].documents.size() == 2);
  CHECK(timeline[2].primary().source_kind == SourceKind::kPdf);
}

// Issue 14's Nottingham City: areas 1, 2, 3 and 6 reviewed at the first
// visit, 2 and 3 at the second, 5 at the third, every other cell not reviewed;
// no area "improving" at its own inspection; every quote about its area.
TEST_CASE("the progress report follows the eight areas through the letters that covered them", "[e2e]") {
  const std::string& db = CorpusDb();
  auto store = Store::OpenReadOnly(db);
  REQUIRE(store.ok());
  AuthorityHistory history = Nottingham(&store.value()->db());
  ProgressModel m = BuildProgress(history, {});
  const InspectionProgress* ins = m.latest();
  REQUIRE(ins != nullptr);
  REQUIRE(ins->areas.size() == 8);
  CHECK(ins->areas[0].area->text.rfind("Effectiveness and timeliness of responses", 0) == 0);
  CHECK(ins->areas[7].area->text.rfind("Oversight of children missing from education", 0) == 0);
  REQUIRE(ins->columns.size() == 4);  // the July 2022 inspection, then three monitoring visits
  const std::vector<std::set<int>> covered = {{}, {1, 2, 3, 6}, {2, 3}, {5}};
  for (const AreaProgress& a : ins->areas) {
    CAPTURE(a.area->ordinal);
    CHECK(a.cells[0].review == ReviewKind::kBaseline);
    CHECK(a.cells[0].status == AreaStatus::kBaseline);
    for (size_t c = 1; c < ins->columns.size(); ++c) {
      CAPTURE(c);
      const ProgressCell& cell = a.cells[c];
      if (covered[c].count(a.area->ordinal)) {
        CHECK(cell.review == ReviewKind::kCovered);
        REQUIRE(cell.match.has_value());
        CHECK(cell.status != AreaStatus::kNotReviewed);
      } else {
        CHECK(cell.review != ReviewKind::kCovered);
        CHECK(cell.status == AreaStatus::kNotReviewed);
      }
      // A quote shown for an area names one of the area's subjects.
      for (const Quote& q : cell.quotes) {
        CAPTURE(q.finding->text);
        CHECK(NamesAnyOf(*q.finding, a.area->subjects));
        CHECK(q.Source().find(q.document->file) == 0);
      }
    }
  }
  // The MASH area's quotes at the first visit are about the front door, not the 16-17 homeless panel.
  for (const Quote& q : ins->areas[0].cells[1].quotes) CHECK(q.finding->text.find("homeless") == std::string::npos);

  auto out = TempDir("report") / "progress.html";
  auto r = RunCommand(Oftrack() + " report progress --la 'Nottingham City' --db " + db + " --out " + out.string());
  REQUIRE(r.exit_code == 0);
  std::string html = ReadFile(out.string());
  CHECK(html.find("Nottingham City children") != std::string::npos);
  CHECK(html.find("Effectiveness and timeliness of responses to children") != std::string::npos);
  CHECK(html.find("class=\"area-row\"") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("a broken file is named, recorded, and the rest of the batch is stored", "[e2e]") {
  auto dir = TempDir("bad");
  std::string db = (dir / "oftrack.db").string();
  auto r = RunCommand(Oftrack() + " ingest --db " + db + " " + OFTRACK_TEST_DATA +
                      "/bad/birmingham-80429-published-2012-10-19.pdf " + OFTRACK_SOURCE_DIR +
                      "/corpora/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("birmingham-80429-published-2012-10-19.pdf: ") != std::string::npos);
  CHECK(r.output.find("(1 new, 0 unchanged)") != std::string::npos);
  auto rows = RunCommand("sqlite3 " + db + " 'select code from ingest_errors; select count(*) from documents;'");
  CHECK(rows.output == "bad_pdf\n1\n");
}

TEST_CASE("usage errors exit with 2", "[e2e]") {
  CHECK(RunCommand(Oftrack() + " ingest").exit_code == 2);
  CHECK(RunCommand(Oftrack() + " frobnicate").exit_code == 2);
  auto dir = TempDir("usage");
  CHECK(RunCommand(Oftrack() + " timeline --la Nowhere --db " + (dir / "none.db").string()).exit_code == 2);
}
