// Resource faults and bad rules (issue 7.3, 7.7): a full disk, a read-only
// database file, a missing rules folder, a database from before schema
// versions or from a newer oftrack, and rule folders with an invalid regex,
// an unknown theme id, a duplicate id or a missing field. Each ends with a
// clear message naming the file, a non-zero exit, and nothing half-written.
//
// The disk is really full: a small tmpfs is mounted (the tests run as root in
// CI). The read-only file is really read-only for root: `chattr +i`. Where
// either is not permitted the test says so (WARN) and checks nothing else.
#include <catch2/catch.hpp>

#include <sys/mount.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fault_support.h"

using namespace oftrack;
using namespace oftrack::e2e;
namespace fs = std::filesystem;

namespace {

int Lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

// A tmpfs of `bytes` at dir, unmounted when this goes.
class SmallDisk {
 public:
  SmallDisk(const fs::path& dir, long bytes) : dir_(dir) {
    fs::create_directories(dir);
    std::string opts = "size=" + std::to_string(bytes);
    mounted_ = mount("tmpfs", dir.c_str(), "tmpfs", 0, opts.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }

 private:
  fs::path dir_;
  bool mounted_ = false;
};

// `chattr +i` on a file (root cannot write it either), undone when this goes.
class Immutable {
 public:
  explicit Immutable(const std::string& path) : path_(path) {
    ok_ = RunCommand("chattr +i '" + path + "'").exit_code == 0;
  }
  ~Immutable() {
    if (ok_) RunCommand("chattr -i '" + path_ + "'");
  }
  bool ok() const { return ok_; }

 private:
  std::string path_;
  bool ok_ = false;
};

std::string Pack() {
  return std::string(OFTRACK_SOURCE_DIR) + "/corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt";
}

std::string Corpus() {
  std::string out;
  for (const std::string& p : CorpusPaths()) out += " " + p;
  return out;
}

}  // namespace

TEST_CASE("a full disk stops the run with one clear line; every file stored before it is whole", "[e2e][faults]") {
  const DbSummary& ref = Reference();
  auto dir = TempDir("disk-full");
  long db_bytes = static_cast<long>(fs::file_size(CorpusDb()));
  // Room for the schema and a few files, not for the corpus (WAL included).
  long disk = std::max(256L * 1024, db_bytes / 3) / 4096 * 4096;
  std::string db;
  CommandResult run;
  {
    SmallDisk small(dir / "small", disk);
    if (!small.mounted()) {
      WARN("cannot mount a tmpfs here (not root?): the full-disk test did not run");
      return;
    }
    db = (dir / "small" / "oftrack.db").string();
    run = RunCommand(Oftrack() + " ingest --db " + db + Corpus());
    // Keep what is on the small disk for the checks below.
    for (const char* suffix : {"", "-wal", "-shm"}) {
      if (fs::exists(db + suffix)) fs::copy_file(db + suffix, (dir / "kept.db").string() + suffix);
    }
  }
  INFO("tmpfs of " << disk << " bytes; " << run.output);
  CHECK(run.exit_code == 2);
  CHECK(Lines(run.output) == 1);
  CHECK(run.output.find(db) != std::string::npos);
  CHECK(run.output.find("full") != std::string::npos);

  std::string kept = (dir / "kept.db").string();
  DbSummary got = Summarise(kept);
  REQUIRE(got.opened);
  CHECK(got.integrity == "ok");
  CHECK(got.sources < 28);
  CHECK(got.sources_without_documents == 0);
  CHECK(got.orphans == 0);
  CHECK(PartialDocuments(got, ref).empty());

  // With room again, the same command goes on where it stopped.
  auto again = RunCommand(Oftrack() + " ingest --db " + kept + Corpus());
  INFO(again.output);
  CHECK(again.exit_code == 0);
  DbSummary done = Summarise(kept);
  CHECK(done.integrity == "ok");
  CHECK(done.sources == 28);
  CHECK(done.per_document == ref.per_document);
}

TEST_CASE("a read-only database file is refused before the run starts, and left as it was", "[e2e][faults]") {
  auto dir = TempDir("read-only");
  std::string db = (dir / "oftrack.db").string();
  REQUIRE(RunCommand(Oftrack() + " ingest --db " + db + " " + Pack()).exit_code == 0);
  std::string before = ReadAll(db);
  CommandResult run, read;
  {
    Immutable frozen(db);
    if (!frozen.ok()) {
      WARN("chattr +i is not available here: the read-only database test did not run");
      return;
    }
    run = RunCommand(Oftrack() + " ingest --db " + db + Corpus());
    read = RunCommand(Oftrack() + " authorities --db " + db);
  }
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(Lines(run.output) == 1);
  CHECK(run.output.find(db) != std::string::npos);
  CHECK(run.output.find("read-only") != std::string::npos);
  CHECK(ReadAll(db) == before);
  // Reports still read it.
  INFO(read.output);
  CHECK(read.exit_code == 0);
}

TEST_CASE("a missing rules folder: one line naming it, exit 2, no database created", "[e2e][faults]") {
  auto dir = TempDir("no-rules");
  std::string db = (dir / "oftrack.db").string();
  std::string rules = (dir / "no-such-rules").string();
  auto run = RunCommand(Oftrack() + " ingest --rules " + rules + " --db " + db + Corpus());
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(Lines(run.output) == 1);
  CHECK(run.output.find(rules) != std::string::npos);
  CHECK_FALSE(fs::exists(db));
}

TEST_CASE("bad rules stop the run before it starts: file and line named, nothing written", "[e2e][faults][rules]") {
  auto dir = TempDir("bad-rules");
  // An existing database must come out byte for byte the same.
  std::string existing = (dir / "existing.db").string();
  REQUIRE(RunCommand(Oftrack() + " ingest --db " + existing + " " + Pack()).exit_code == 0);
  const std::string before = ReadAll(existing);
  struct Case {
    const char* folder;
    const char* where;  // file:line, as the comment atop each bad file says
    const char* says;
  };
  for (Case c : {Case{"bad-regex", "themes.toml:10", "invalid pattern"},
                 Case{"duplicate-id", "themes.toml:8", "duplicate theme id"},
                 Case{"unknown-theme", "areas.toml:4", "unknown theme id"},
                 Case{"missing-field", "themes.toml:7", "missing field"}}) {
    std::string rules = std::string(OFTRACK_TEST_DATA) + "/rules-bad/" + c.folder;
    std::string fresh = (dir / (std::string(c.folder) + ".db")).string();
    auto run = RunCommand(Oftrack() + " ingest --rules " + rules + " --db " + fresh + Corpus());
    INFO(c.folder << ": " << run.output);
    CHECK(run.exit_code == 2);
    // "DIR/themes.toml:12: ..." : the file and the line.
    CHECK(run.output.find(rules + "/" + c.where) != std::string::npos);
    CHECK(run.output.find(c.says) != std::string::npos);
    CHECK_FALSE(fs::exists(fresh));

    auto into_existing = RunCommand(Oftrack() + " ingest --rules " + rules + " --db " + existing + Corpus());
    CHECK(into_existing.exit_code == 2);
    CHECK(ReadAll(existing) == before);
  }
}

TEST_CASE("an empty file and a version-0 file are migrated; tables without a version are refused", "[e2e][faults]") {
  auto dir = TempDir("old-schema");
  SECTION("an empty file becomes a database of the current version") {
    std::string db = (dir / "empty.db").string();
    std::ofstream(db).close();
    auto run = RunCommand(Oftrack() + " ingest --db " + db + " " + Pack());
    INFO(run.output);
    CHECK(run.exit_code == 0);
    DbSummary got = Summarise(db);
    CHECK(got.schema_version == Store::kSchemaVersion);
    CHECK(got.sources == 1);
  }
  SECTION("a schema_version table saying 0 is migrated") {
    std::string db = (dir / "v0.db").string();
    {
      auto d = Database::Open(db, Database::Mode::kReadWrite);
      REQUIRE(d.ok());
      REQUIRE(d.value()->Exec("CREATE TABLE schema_version(version INTEGER NOT NULL); "
                              "INSERT INTO schema_version VALUES (0);").ok());
    }
    auto run = RunCommand(Oftrack() + " ingest --db " + db + " " + Pack());
    INFO(run.output);
    CHECK(run.exit_code == 0);
    DbSummary got = Summarise(db);
    CHECK(got.integrity == "ok");
    CHECK(got.schema_version == Store::kSchemaVersion);
    CHECK(got.sources == 1);
  }
  SECTION("tables from before schema versions are refused and left unchanged") {
    std::string db = (dir / "pre-version.db").string();
    {
      // The shape of an early oftrack file: no version table, sources keyed by path.
      auto d = Database::Open(db, Database::Mode::kReadWrite);
      REQUIRE(d.ok());
      REQUIRE(d.value()->Exec("PRAGMA journal_mode = DELETE; "
                              "CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT UNIQUE, hash TEXT); "
                              "CREATE TABLE findings(id INTEGER PRIMARY KEY, source_id INTEGER, text TEXT); "
                              "INSERT INTO sources VALUES (1, 'old.pdf', 'abc'); "
                              "INSERT INTO findings VALUES (1, 1, 'An old finding.');").ok());
    }
    std::string before = ReadAll(db);
    auto run = RunCommand(Oftrack() + " ingest --db " + db + " " + Pack());
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(Lines(run.output) == 1);
    CHECK(run.output.find(db) != std::string::npos);
    CHECK(run.output.find("no oftrack schema version") != std::string::npos);
    CHECK(ReadAll(db) == before);
    auto read = RunCommand(Oftrack() + " authorities --db " + db);
    CHECK(read.exit_code != 0);
    CHECK(read.output.find(db) != std::string::npos);
  }
  SECTION("a database from a newer oftrack is refused by ingest and by reports") {
    std::string db = (dir / "newer.db").string();
    REQUIRE(RunCommand(Oftrack() + " ingest --db " + db + " " + Pack()).exit_code == 0);
    {
      auto d = Database::Open(db, Database::Mode::kReadWrite);
      REQUIRE(d.ok());
      REQUIRE(d.value()->Exec("INSERT INTO schema_version VALUES (" + std::to_string(Store::kSchemaVersion + 1) + ")").ok());
    }
    long sources = Summarise(db).sources;
    auto run = RunCommand(Oftrack() + " ingest --db " + db + Corpus());
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("newer") != std::string::npos);
    CHECK(run.output.find(db) != std::string::npos);
    CHECK(Summarise(db).sources == sources);
    auto read = RunCommand(Oftrack() + " authorities --db " + db);
    CHECK(read.exit_code != 0);
  }
}
