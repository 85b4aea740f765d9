// Every shared report and letter (../shared/corpora: 137 reports, 102
// focused-visit letters of 45 authorities), ingested by the real binary and
// compared field by field with what a person read in each
// (ofsted-reports/expected.csv, ofsted-letters/expected.md), every row, read
// or filled by script. Any difference must be on the allow-list
// (tests/corpus/allow.tsv) with its reason, and every allowance must still
// match a difference.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "documents/expected_readings.h"
#include "e2e_support.h"
#include "store/queries.h"
#include "store/store.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

std::string BaseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

TEST_CASE("every shared report and letter reads as a person read it, apart from the allow-list", "[e2e][shared]") {
  INFO("shared corpora looked for in " << SharedCorpora() << " (set OFTRACK_SHARED to the folder holding corpora/)");
  REQUIRE(std::filesystem::is_directory(SharedCorpora() + "/ofsted-reports"));
  const SharedSample& run = SharedSampleDb();
  INFO(run.ingest.output.substr(run.ingest.output.size() > 3000 ? run.ingest.output.size() - 3000 : 0));
  // Three of the files are web pages saved as .pdf: named, recorded, the batch goes on (exit 1).
  REQUIRE(run.ingest.exit_code == 1);

  auto store = Store::OpenReadOnly(run.db);
  REQUIRE(store.ok());
  auto docs = LoadDocuments(&(*store)->db());
  auto errors = IngestErrors(&(*store)->db());
  REQUIRE(docs.ok());
  REQUIRE(errors.ok());
  CHECK(errors->size() == 3);
  std::map<std::string, std::vector<const StoredDocument*>> stored;
  for (const StoredDocument& d : docs.value()) stored[BaseName(d.file)].push_back(&d);
  std::set<std::string> unread;
  for (const ErrorRecord& e : errors.value()) unread.insert(BaseName(e.display_path));

  SECTION("every field of every document, every row of the expected readings") {
    std::vector<ExpectedReading> expected;
    for (const char* file : {"/ofsted-reports/expected.csv", "/ofsted-letters/expected.md"}) {
      auto part = LoadExpectedReadings(SharedCorpora() + file);
      REQUIRE(part.ok());
      expected.insert(expected.end(), part->begin(), part->end());
    }
    CHECK(expected.size() == 113 + 102);
    auto allowances = LoadAllowances(std::string(OFTRACK_SOURCE_DIR) + "/tests/corpus/allow.tsv");
    REQUIRE(allowances.ok());
    ComparisonOptions options;
    options.include_unverified = true;
    ReadingComparison c = CompareReadings(expected, stored, unread, allowances.value(), options);
    INFO(FormatComparison(c, true));
    CHECK(c.files_compared.size() == 215);
    CHECK(c.NotAllowed() == 0);
    CHECK(c.unused_allowances.empty());
    // The fields the issue names were all compared, for letters and reports alike.
    for (const char* field : {"doc_type", "urn", "visit_start", "visit_end", "lead_inspector", "inspectors", "overall",
                              "in_care", "improve_count", "priority_count", "covered_count", "covered_themes"}) {
      CHECK(c.fields[field].compared > 30);
    }
  }

  SECTION("oftrack check lists the documents to look at, and only a few") {
    auto check = RunCommand(Oftrack() + " check --db " + run.db);
    CHECK(check.exit_code == 1);  // the three web pages at least
    CHECK(check.output.find("birmingham-80429-published-2012-10-19.pdf: not read: not a PDF") != std::string::npos);
    // An ILACS report published without a "What needs to improve" list is flagged, as it should be.
    CHECK(check.output.find("thurrock-80571-published-2024-10-29.pdf: ilacs_short 2024-09-16: no areas for improvement") !=
          std::string::npos);
    int flagged = 0;
    for (const StoredDocument& d : docs.value()) flagged += !d.warnings.empty();
    INFO(check.output);
    CHECK(flagged <= 12);  // of 240 documents: few false alarms
  }

  SECTION("export documents: one row per report and letter, the issue's columns") {
    auto csv = RunCommand(Oftrack() + " export documents --db " + run.db);
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.output.rfind(
              "file,urn,la,doc_type,visit_start,visit_end,published,lead_inspector,inspectors,visit_number,"
              "improve_count,priority_count,covered_count,covered_themes,warnings\n",
              0) == 0);
    CHECK(csv.output.find("ofsted-letters/stockton-on-tees-80563-focused-visit-published-2022-10-26.pdf,80563,"
                          "Stockton-on-Tees,focused_visit,2022-09-21,2022-09-22,2022-10-26,Jo Warburton,"
                          "\"Jo Warburton, Victoria Horsefield\",,5,3,1,\"assessments,child_protection_enquiries,"
                          "early_help,front_door,management_oversight\",\n") != std::string::npos);
    size_t rows = 0;
    for (char ch : csv.output) rows += ch == '\n';
    // Header + every Ofsted document: 236 of the shared sample (the expected.md
    // file itself is not one) and the 4 letters and report inside the committee packs.
    CHECK(rows == 1 + 240);
  }
}
