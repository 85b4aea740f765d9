// Concurrency (issue 7.2): reports are read while an ingest writes (WAL), and
// two ingests on one database queue on the busy timeout; a writer that keeps
// the database past the timeout gets a clear "in use" message. Nothing is
// corrupted or stored twice.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

#include "fault_support.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

void CheckComplete(const std::string& db) {
  const DbSummary& ref = Reference();
  DbSummary got = Summarise(db);
  REQUIRE(got.opened);
  CHECK(got.integrity == "ok");
  CHECK(got.sources == 28);
  CHECK(got.distinct_hashes == 28);
  CHECK(got.documents == ref.documents);
  CHECK(got.findings == ref.findings);
  CHECK(got.orphans == 0);
  CHECK(got.per_document == ref.per_document);
}

}  // namespace

TEST_CASE("reports and exports read the database while an ingest is writing it", "[e2e][concurrency]") {
  auto dir = TempDir("read-while-writing");
  std::string db = (dir / "oftrack.db").string();
  // A first file, so that readers have a database from the start.
  auto first = RunCommand(Oftrack() + " ingest --db " + db + " " + OFTRACK_SOURCE_DIR +
                          "/corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt");
  REQUIRE(first.exit_code == 0);

  Child ingest(IngestArgs(db), (dir / "ingest.log").string());
  int reads_during_ingest = 0, reads = 0;
  while (ingest.Running() || reads < 2) {
    bool was_running = ingest.Running();
    auto authorities = RunCommand(Oftrack() + " authorities --db " + db);
    auto grades = RunCommand(Oftrack() + " export grades --db " + db);
    bool still_running = ingest.Running();
    INFO(authorities.output << grades.output);
    REQUIRE(authorities.exit_code == 0);
    REQUIRE(grades.exit_code == 0);
    CHECK(authorities.output.find("Nottingham") != std::string::npos);
    CHECK(grades.output.find("file,la,urn") != std::string::npos);  // the CSV header at least
    reads++;
    if (was_running && still_running) reads_during_ingest++;
  }
  INFO(ReadAll((dir / "ingest.log").string()));
  REQUIRE(ingest.Wait() == 0);
  WARN(reads_during_ingest << " of " << reads << " authorities+export reads ran wholly during the ingest");
  CHECK(reads_during_ingest > 0);
  CheckComplete(db);
}

TEST_CASE("two ingests on one database queue for the lock and store each file once", "[e2e][concurrency]") {
  auto dir = TempDir("two-writers");
  std::string db = (dir / "oftrack.db").string();
  Child a(IngestArgs(db), (dir / "a.log").string());
  Child b(IngestArgs(db), (dir / "b.log").string());
  int code_a = a.Wait();
  int code_b = b.Wait();
  std::string log_a = ReadAll((dir / "a.log").string()), log_b = ReadAll((dir / "b.log").string());
  INFO("first: " << log_a << "\nsecond: " << log_b);
  // Each either finished or said clearly that the database was in use.
  for (auto [code, log] : {std::pair{code_a, log_a}, std::pair{code_b, log_b}}) {
    if (code != 0) {
      CHECK(code == 2);
      CHECK(log.find("in use") != std::string::npos);
    }
  }
  CHECK((code_a == 0 || code_b == 0));
  CheckComplete(db);
}

TEST_CASE("an ingest blocked past the busy timeout says the database is in use and writes nothing",
          "[e2e][concurrency]") {
  auto dir = TempDir("held-lock");
  std::string db = (dir / "oftrack.db").string();
  auto first = RunCommand(Oftrack() + " ingest --db " + db + " " + OFTRACK_SOURCE_DIR +
                          "/corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt");
  REQUIRE(first.exit_code == 0);
  long sources_before = Summarise(db).sources;
  {
    // Another writer holds the write lock for longer than the 10 s busy timeout.
    auto holder = Database::Open(db, Database::Mode::kReadWrite);
    REQUIRE(holder.ok());
    REQUIRE(holder.value()->Exec("BEGIN IMMEDIATE").ok());
    auto blocked = RunCommand(Oftrack() + " ingest --db " + db + " " + OFTRACK_SOURCE_DIR + "/corpora/committee-packs");
    INFO(blocked.output);
    CHECK(blocked.exit_code == 2);
    CHECK(blocked.output.find(db) != std::string::npos);
    CHECK(blocked.output.find("in use") != std::string::npos);
    // One line, not one per file.
    CHECK(std::count(blocked.output.begin(), blocked.output.end(), '\n') == 1);
    // Readers are not blocked by a writer.
    auto read = RunCommand(Oftrack() + " authorities --db " + db);
    CHECK(read.exit_code == 0);
    REQUIRE(holder.value()->Exec("ROLLBACK").ok());
  }
  DbSummary after = Summarise(db);
  CHECK(after.integrity == "ok");
  CHECK(after.sources == sources_before);
}
