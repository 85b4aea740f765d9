// Bad input as a user meets it: a folder of broken files beside good ones.
// Each bad file gets one line naming it and the reason, one row in
// ingest_errors, and the batch goes on; `inspect` shows how a file was read.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "e2e_support.h"

using namespace oftrack::e2e;

namespace {

int CountLines(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("every bad file is named with its reason, recorded, and the good ones stored", "[e2e][bad]") {
  auto dir = TempDir("bad-folder");
  std::filesystem::copy(std::string(OFTRACK_TEST_DATA) + "/bad", dir / "bad");
  // A symlink loop inside the folder.
  std::filesystem::create_directory_symlink(dir / "bad", dir / "bad" / "loop");
  std::string db = (dir / "oftrack.db").string();
  auto r = RunCommand(Oftrack() + " ingest --db " + db + " " + (dir / "bad").string() + " " + OFTRACK_SOURCE_DIR +
                      "/corpora/ofsted-reports/salford-80548-published-2024-01-12.pdf");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  for (const char* name : {"binary-renamed.txt", "birmingham-80429-published-2012-10-19.pdf", "empty.txt",
                           "encrypted-user-password.pdf", "scanned-no-text-layer.pdf", "truncated.pdf",
                           "undecodable.txt", "loop"}) {
    INFO(name);
    CHECK(CountLines(r.output, name) >= 1);
  }
  CHECK(CountLines("\n" + r.output, "\nerror: ") == 8);  // one line per bad file
  CHECK(r.output.find("1 new") != std::string::npos);
  auto rows = RunCommand("sqlite3 " + db + " 'select code from ingest_errors order by code; select count(*) from documents;'");
  CHECK(rows.output ==
        "bad_input\nbad_input\nbad_pdf\nbad_pdf\ndecode\nencrypted\nio_error\nno_text\n1\n");
  // The same batch again: still one row per problem, nothing duplicated.
  RunCommand(Oftrack() + " ingest --db " + db + " " + (dir / "bad").string());
  auto again = RunCommand("sqlite3 " + db + " 'select count(*) from ingest_errors; select count(*) from documents;'");
  CHECK(again.output == "8\n1\n");
}

TEST_CASE("inspect shows type, metadata, grades, areas and sections of a report", "[e2e][inspect]") {
  auto r = RunCommand(Oftrack() + " inspect " + OFTRACK_SOURCE_DIR +
                      "/corpora/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("document 1: ilacs") != std::string::npos);
  CHECK(r.output.find("Nottingham City (URN 80533)") != std::string::npos);
  CHECK(r.output.find("visit:      2022-07-11 to 2022-07-22") != std::string::npos);
  CHECK(r.output.find("lead:       Andy Waugh") != std::string::npos);
  CHECK(r.output.find("overall          inadequate") != std::string::npos);
  CHECK(CountLines(r.output, "area improve ") == 8);
  CHECK(r.output.find("[findings: inadequate] The experiences and progress of children who need help and protection") !=
        std::string::npos);
  CHECK(r.output.find("\"Weaknesses in the MASH are significant, widespread and systemic.\"") != std::string::npos);
}

TEST_CASE("inspect names a broken file and exits 1", "[e2e][inspect]") {
  auto r = RunCommand(Oftrack() + " inspect " + OFTRACK_TEST_DATA + "/bad/birmingham-80429-published-2012-10-19.pdf");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("birmingham-80429-published-2012-10-19.pdf: ") != std::string::npos);
}
