// Crash safety (issue 7.1): `oftrack ingest` on the bundled corpus is killed
// with SIGKILL at random moments (early, middle and late in the run, drawn
// from a seeded RNG), sometimes several times in a row, then run again to
// completion. After every kill and at the end: PRAGMA integrity_check is ok,
// no source is stored without its documents, and every stored document has
// exactly the findings, themes, grades, areas and sections of a clean run. At
// the end every input file is stored exactly once.
//
// Time budget: OFTRACK_CRASH_SECONDS (default 60); seed: OFTRACK_CRASH_SEED
// (default fixed, printed, so a failure can be replayed).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "fault_support.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

long EnvLong(const char* name, long fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atol(v) : fallback;
}

// Checks that hold after any kill, complete or not.
void CheckConsistent(const DbSummary& got, const DbSummary& ref, const std::string& when) {
  INFO(when);
  REQUIRE(got.opened);
  CHECK(got.integrity == "ok");
  if (got.tables == 0) return;  // killed before the schema was committed: an empty file
  CHECK(got.schema_version == Store::kSchemaVersion);
  CHECK(got.sources == got.distinct_hashes);
  CHECK(got.sources == got.distinct_paths);
  CHECK(got.sources_without_documents == 0);
  CHECK(got.orphans == 0);
  std::vector<std::string> partial = PartialDocuments(got, ref);
  INFO(Join(partial));
  CHECK(partial.empty());
}

}  // namespace

TEST_CASE("ingest killed with SIGKILL at random moments, then run again, loses and doubles nothing", "[e2e][crash]") {
  const DbSummary& ref = Reference();
  REQUIRE(ref.opened);
  REQUIRE(ref.integrity == "ok");
  REQUIRE(ref.sources == 28);
  REQUIRE(ref.documents == 31);  // 23 reports + 5 files whose packs hold 8 documents

  // How long a clean run takes here, now (the machine may be busy).
  auto dir = TempDir("crash");
  auto t0 = Clock::now();
  {
    Child timing(IngestArgs((dir / "timing.db").string()), (dir / "timing.log").string());
    REQUIRE(timing.Wait() == 0);
  }
  const double run_seconds = Seconds(Clock::now() - t0);

  const unsigned seed = static_cast<unsigned>(EnvLong("OFTRACK_CRASH_SEED", 20261125));
  const double budget = static_cast<double>(EnvLong("OFTRACK_CRASH_SECONDS", 60));
  std::mt19937 rng(seed);
  // Phases of a run: early (opening, migrating, first files), middle, late
  // (last files, the final checkpoint as the connection closes).
  const double phases[3][2] = {{0.0, 0.2}, {0.3, 0.7}, {0.75, 1.05}};
  const char* phase_names[3] = {"early", "middle", "late"};

  int iterations = 0, kills = 0, kills_landed = 0;
  int landed_by_phase[3] = {0, 0, 0};
  std::string stored_at_kill;  // sources stored when each kill landed, for the log
  auto start = Clock::now();
  while (iterations < 3 || Seconds(Clock::now() - start) + run_seconds * 2 < budget) {
    iterations++;
    std::string db = (dir / ("crash-" + std::to_string(iterations) + ".db")).string();
    int kills_this_time = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < kills_this_time; ++k) {
      int phase = kills % 3;  // early, middle, late in turn: every phase is hit
      std::uniform_real_distribution<double> when(phases[phase][0], phases[phase][1]);
      auto delay = std::chrono::duration<double>(when(rng) * run_seconds);
      Child run(IngestArgs(db), (dir / "run.log").string());
      std::this_thread::sleep_for(delay);
      kills++;
      if (run.Kill9()) {
        kills_landed++;
        landed_by_phase[phase]++;
      } else {
        // It finished first: must have finished well.
        INFO(ReadAll((dir / "run.log").string()));
        CHECK(run.Wait() == 0);
      }
      if (std::filesystem::exists(db)) {
        DbSummary after_kill = Summarise(db);
        stored_at_kill += std::to_string(after_kill.sources) + " ";
        CheckConsistent(after_kill, ref,
                        "seed " + std::to_string(seed) + ", iteration " + std::to_string(iterations) + ", kill " +
                            std::to_string(k + 1) + " (" + phase_names[phase] + ", after " +
                            std::to_string(delay.count()) + " s)");
      } else {
        stored_at_kill += "- ";
      }
    }
    // Run again to completion.
    Child finish(IngestArgs(db), (dir / "finish.log").string());
    int code = finish.Wait();
    std::string log = ReadAll((dir / "finish.log").string());
    INFO("seed " << seed << ", iteration " << iterations << ": " << log);
    REQUIRE(code == 0);
    CHECK(log.find("ingested 28 files") != std::string::npos);
    DbSummary done = Summarise(db);
    CheckConsistent(done, ref, "after the run to completion");
    CHECK(done.sources == 28);
    CHECK(done.distinct_hashes == 28);
    CHECK(done.documents == ref.documents);
    CHECK(done.findings == ref.findings);
    CHECK(done.per_document == ref.per_document);
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
  }
  WARN("crash test: seed " << seed << ", " << iterations << " iterations, " << kills << " SIGKILLs (" << kills_landed
                           << " landed mid-run: " << landed_by_phase[0] << " early, " << landed_by_phase[1]
                           << " middle, " << landed_by_phase[2] << " late), clean run " << run_seconds
                           << " s; sources stored at each kill: " << stored_at_kill);
  CHECK(kills_landed > 0);
}
