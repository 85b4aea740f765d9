// End to end, as a user runs it: the bundled corpus in, Nottingham City's
// timeline and progress report out.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "e2e_support.h"
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

AuthoritySummary Nottingham(Database* db) {
  auto list = ListAuthorities(db);
  REQUIRE(list.ok());
  for (const auto& a : list.value()) {
    if (a.urn == 80533) return a;
  }
  FAIL("Nottingham (80533) not in the database");
  return {};
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
  auto docs = DocumentsForAuthority(&store.value()->db(), 80533);
  REQUIRE(docs.ok());
  std::vector<Visit> timeline = BuildTimeline(docs.value());
  std::vector<std::string> kinds, starts;
  for (const Visit& v : timeline) {
    kinds.push_back(v.kind);
    starts.push_back(v.start);
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
  CHECK(timeline[2].primary().source_kind == "pdf");
}

TEST_CASE("the progress report follows the eight areas across the three letters, with quotes", "[e2e]") {
  const std::string& db = CorpusDb();
  auto store = Store::OpenReadOnly(db);
  REQUIRE(store.ok());
  auto model = BuildProgress(&store.value()->db(), Nottingham(&store.value()->db()));
  REQUIRE(model.ok());
  const ProgressModel& m = model.value();
  REQUIRE(m.areas.size() == 8);
  CHECK(m.areas[0].area.text.rfind("Effectiveness and timeliness of responses", 0) == 0);
  CHECK(m.areas[7].area.text.rfind("Oversight of children missing from education", 0) == 0);
  REQUIRE(m.columns.size() == 4);  // the July 2022 inspection, then three monitoring visits
  for (size_t c = 1; c < m.columns.size(); ++c) {
    int reviewed = 0;
    for (const AreaProgress& a : m.areas) {
      if (a.cells[c].status == AreaStatus::kNotReviewed) continue;
      ++reviewed;
      REQUIRE_FALSE(a.cells[c].quotes.empty());
      const Quote& q = a.cells[c].quotes.front();
      CHECK_FALSE(q.finding.text.empty());
      CHECK(q.Source().find(q.document->file) == 0);
    }
    INFO("visit column " << c);
    CHECK(reviewed >= 1);
  }
  for (const AreaProgress& a : m.areas) {
    for (const auto& t : a.area.themes) CHECK_FALSE(t.empty());
    CHECK_FALSE(a.area.themes.empty());
  }

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
