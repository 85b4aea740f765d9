// The store on its own: schema, one transaction (or savepoint in a group) per file, re-ingest is a no-op,
// errors recorded once, hostile text stored verbatim through bound parameters.
#include "store/store.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "store/migrations.h"
#include "store/queries.h"

using namespace oftrack;

namespace {

std::string TempDb(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / "oftrack-store-test";
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

// A monitoring letter's opening as recognised, with one finding of real text.
Analysis Letter(const std::string& sentence) {
  Analysis a;
  Document& d = a.document;
  d.type = DocType::kMonitoringVisit;
  d.urn = 80533;
  d.authority_as_written = "Nottingham City";
  d.visit_start = {2023, 11, 22};
  d.visit_end = {2023, 11, 23};
  d.published = {2024, 1, 12};
  d.visit_number = 3;
  d.text = sentence;
  d.sections.push_back({"Findings and evaluation of progress", SectionKind::kFindings, GradeValue::kNone, 0, 1, 3, 40});
  d.blocks.push_back({BlockKind::kParagraph, sentence, "", 0, 0, 3, 41});
  d.sentences.push_back({0, 1, 0, sentence.size(), 3, 41});
  AreaForImprovement area;
  area.kind = AreaKind::kCovered;
  area.ordinal = 1;
  area.text = "Employment, education and training for care leavers.";
  area.themes = {"care_leavers"};
  area.subjects = {"care_leavers", "education"};
  area.subject_words = {"care leavers", "Employment, education and training"};
  area.page = 3;
  area.line = 20;
  d.areas.push_back(area);
  a.findings.push_back({0, {"supervision"}, {"supervision", "care_leavers"}, Judgement::kWeakness, ""});
  return a;
}

// The one finding of a database holding one document with one finding.
StoredFinding OnlyFinding(Database& db) {
  std::vector<StoredFinding> all;
  REQUIRE(ForEachFinding(&db, [&](const StoredFinding& f) { all.push_back(f); }).ok());
  REQUIRE(all.size() == 1);
  return all.front();
}

int Count(Database& db, const std::string& table) {
  auto s = db.Prepare("SELECT count(*) FROM " + table);
  Status st;
  REQUIRE(s.ok());
  REQUIRE((*s)->Step(&st));
  return static_cast<int>((*s)->Int(0));
}

}  // namespace

TEST_CASE("a file's documents are stored once; the same bytes again change nothing", "[store]") {
  auto store = Store::Open(TempDb("once.db"));
  REQUIRE(store.ok());
  SourceRecord src{"/x/letter.txt", "letters/letter.txt", "0123456789abcdef0123456789abcdef", 100, SourceKind::kText,
                   "UTF-8", 1, {}};
  std::vector<Analysis> docs{Letter("PAs do not receive regular supervision.")};
  REQUIRE(store.value()->WriteSource(src, docs).ok());
  REQUIRE(store.value()->WriteSource(src, docs).ok());
  Database& db = store.value()->db();
  CHECK(Count(db, "sources") == 1);
  CHECK(Count(db, "documents") == 1);
  CHECK(Count(db, "findings") == 1);
  CHECK(Count(db, "visits") == 1);
  auto hashes = store.value()->KnownHashes("");
  REQUIRE(hashes.ok());
  CHECK(hashes->count(src.content_hash) == 1);
  auto version = SchemaVersion(&db);
  REQUIRE(version.ok());
  CHECK(version.value() == Store::kSchemaVersion);
}

TEST_CASE("the same bytes read by another oftrack or other rules are read again and replace the old reading",
          "[store]") {
  auto store = Store::Open(TempDb("reader.db"));
  REQUIRE(store.ok());
  SourceRecord old_reading{"/x/letter.txt", "letters/letter.txt", "0123456789abcdef0123456789abcdef", 100,
                           SourceKind::kText, "UTF-8", 1, {}, "oftrack 0.1.0; rules aaaa"};
  REQUIRE(store.value()->WriteSource(old_reading, {Letter("PAs do not receive regular supervision.")}).ok());
  SourceRecord new_reading = old_reading;
  new_reading.reader = "oftrack 0.2.0; rules bbbb";
  auto known = store.value()->KnownHashes(new_reading.reader);
  REQUIRE(known.ok());
  CHECK(known->empty());  // the new reader must read the file again
  CHECK(store.value()->StaleSources(new_reading.reader).value() == 1);
  REQUIRE(store.value()->WriteSource(new_reading, {Letter("Supervision is regular and reflective.")}).ok());
  Database& db = store.value()->db();
  CHECK(Count(db, "sources") == 1);
  CHECK(Count(db, "findings") == 1);
  CHECK(store.value()->KnownHashes(new_reading.reader)->count(new_reading.content_hash) == 1);
  CHECK(store.value()->StaleSources(new_reading.reader).value() == 0);
}

TEST_CASE("a changed file replaces its earlier version", "[store]") {
  auto store = Store::Open(TempDb("replace.db"));
  REQUIRE(store.ok());
  SourceRecord v1{"/x/a.txt", "a.txt", "11111111111111111111111111111111", 10, SourceKind::kText, "UTF-8", 1, {}};
  SourceRecord v2 = v1;
  v2.content_hash = "22222222222222222222222222222222";
  REQUIRE(store.value()->WriteSource(v1, {Letter("Supervision records lack detail, reflection and analysis.")}).ok());
  REQUIRE(store.value()->WriteSource(v2, {Letter("PAs do not receive regular supervision.")}).ok());
  CHECK(Count(store.value()->db(), "sources") == 1);
  CHECK(Count(store.value()->db(), "findings") == 1);
}

TEST_CASE("hostile text is stored verbatim through bound parameters", "[store]") {
  auto store = Store::Open(TempDb("hostile.db"));
  REQUIRE(store.ok());
  std::string nasty = "Children's '); DROP TABLE findings; -- \"quoted\" <script>alert(1)</script>";
  nasty += std::string(1, '\0') + "after NUL";
  SourceRecord src{"/x/n.txt", "n.txt", "33333333333333333333333333333333", 10, SourceKind::kText, "UTF-8", 1, {}};
  REQUIRE(store.value()->WriteSource(src, {Letter(nasty)}).ok());
  StoredFinding finding = OnlyFinding(store.value()->db());
  CHECK(finding.text == nasty);
  CHECK(finding.themes == std::vector<std::string>{"supervision"});
}

TEST_CASE("a 1 MB sentence of hostile text is stored verbatim, in full", "[store]") {
  auto store = Store::Open(TempDb("hostile-long.db"));
  REQUIRE(store.ok());
  std::string piece = "'); DROP TABLE findings; -- \"x\" <b>' OR '1'='1 ";
  piece += std::string(1, '\0');
  std::string huge;
  while (huge.size() < (1u << 20)) huge += piece;
  huge += "and PAs do not receive regular supervision.";
  SourceRecord src{"/x/long.txt", "long'; DROP TABLE sources; --.txt", "55555555555555555555555555555555", 10,
                   SourceKind::kText, "UTF-8", 1, {"warning with '); DELETE FROM documents; --"}};
  REQUIRE(store.value()->WriteSource(src, {Letter(huge)}).ok());
  CHECK(Count(store.value()->db(), "sources") == 1);
  CHECK(Count(store.value()->db(), "documents") == 1);
  StoredFinding finding = OnlyFinding(store.value()->db());
  CHECK(finding.text.size() == huge.size());
  CHECK(finding.text == huge);
  auto path = store.value()->db().Prepare("SELECT display_path FROM sources");
  REQUIRE(path.ok());
  Status st;
  REQUIRE((*path)->Step(&st));
  CHECK((*path)->Text(0) == src.display_path);
}

TEST_CASE("an authority's history holds its documents' areas and findings with what each is about", "[store]") {
  auto store = Store::Open(TempDb("history.db"));
  REQUIRE(store.ok());
  SourceRecord src{"/x/letter.txt", "letters/letter.txt", "66666666666666666666666666666666", 100, SourceKind::kText,
                   "UTF-8", 1, {}};
  REQUIRE(store.value()->WriteSource(src, {Letter("PAs do not receive regular supervision.")}).ok());
  Database& db = store.value()->db();
  auto history = LoadHistory(&db, 80533);
  REQUIRE(history.ok());
  REQUIRE(history->documents.size() == 1);
  const StoredDocument& doc = history->documents.front();
  CHECK(doc.type == DocType::kMonitoringVisit);
  CHECK(doc.visit_start == Date{2023, 11, 22});
  CHECK(doc.visit_number == 3);
  REQUIRE(doc.areas.size() == 1);
  CHECK(doc.areas[0].subjects == std::vector<std::string>{"care_leavers", "education"});
  CHECK(doc.areas[0].subject_words == std::vector<std::string>{"care leavers", "Employment, education and training"});
  const std::vector<StoredFinding>& findings = history->FindingsOf(doc);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "PAs do not receive regular supervision.");
  CHECK(findings[0].judgement == Judgement::kWeakness);
  CHECK(findings[0].subjects == std::vector<std::string>{"care_leavers", "supervision"});
  CHECK(findings[0].section == "Findings and evaluation of progress");
  CHECK(findings[0].line == 41);
  auto missing = LoadHistory(&db, 999999);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
}

TEST_CASE("a database with tables but no schema version is refused and left unchanged", "[store]") {
  std::string path = TempDb("pre-version.db");
  {
    auto db = Database::Open(path, Database::Mode::kReadWrite);
    REQUIRE(db.ok());
    REQUIRE(db.value()->Exec("CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT UNIQUE, hash TEXT)").ok());
  }
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().file() == path);
  CHECK(store.status().reason().find("no oftrack schema version") != std::string::npos);
  auto db = Database::Open(path, Database::Mode::kReadOnly);
  REQUIRE(db.ok());
  auto version = SchemaVersion(db.value().get());
  REQUIRE(version.ok());
  CHECK(version.value() == 0);
  CHECK(Count(*db.value(), "sqlite_master WHERE name = 'findings'") == 0);
}

TEST_CASE("an unreadable file is recorded once, and cleared when it later reads", "[store]") {
  auto store = Store::Open(TempDb("errors.db"));
  REQUIRE(store.ok());
  Status bad = Status::BadPdf("x/broken.pdf", "not a PDF: the file starts with '<html>'");
  REQUIRE(store.value()->RecordError("/abs/x/broken.pdf", "x/broken.pdf", "", bad).ok());
  REQUIRE(store.value()->RecordError("/abs/x/broken.pdf", "x/broken.pdf", "", bad).ok());
  auto errors = IngestErrors(&store.value()->db());
  REQUIRE(errors.ok());
  REQUIRE(errors->size() == 1);
  CHECK(errors->front().code == "bad_pdf");
  SourceRecord fixed{"/abs/x/broken.pdf", "x/broken.pdf", "44444444444444444444444444444444", 10, SourceKind::kPdf,
                     "pdf", 1, {}};
  REQUIRE(store.value()->WriteSource(fixed, {Letter("Most care leavers are well supported by PAs.")}).ok());
  CHECK(IngestErrors(&store.value()->db())->empty());
}

TEST_CASE("a version-1 database is migrated to the current layout and keeps every finding's themes", "[store]") {
  std::string path = TempDb("v1.db");
  {
    auto store = Store::Open(path);
    REQUIRE(store.ok());
    SourceRecord src{"/x/letter.txt", "letters/letter.txt", "55555555555555555555555555555555", 100,
                     SourceKind::kText, "UTF-8", 1, {}};
    REQUIRE(store.value()->WriteSource(src, {Letter("PAs do not receive regular supervision.")}).ok());
    // Back to version 1's layout: finding_themes a rowid table with a (theme, finding_id) index.
    REQUIRE(store.value()->db().Exec(
        "CREATE TABLE old_themes (finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE, "
        "theme TEXT NOT NULL, PRIMARY KEY (finding_id, theme));"
        "INSERT INTO old_themes SELECT finding_id, theme FROM finding_themes;"
        "INSERT INTO old_themes SELECT finding_id, 'care_leavers' FROM finding_themes;"
        "DROP TABLE finding_themes; ALTER TABLE old_themes RENAME TO finding_themes;"
        "CREATE INDEX finding_themes_theme ON finding_themes(theme, finding_id);"
        "ALTER TABLE sources DROP COLUMN reader;"  // version 3 added it, and the tables of subjects
        "DROP TABLE area_subjects; DROP TABLE finding_subjects; DROP TABLE subjects;"
        "DELETE FROM schema_version; INSERT INTO schema_version VALUES (1);").ok());
  }
  auto store = Store::Open(path);
  REQUIRE(store.ok());
  Database& db = store.value()->db();
  CHECK(SchemaVersion(&db).value() == Store::kSchemaVersion);
  CHECK(Count(db, "sqlite_master WHERE name = 'finding_themes' AND sql LIKE '%WITHOUT ROWID%'") == 1);
  CHECK(Count(db, "sqlite_master WHERE name = 'finding_themes_theme'") == 0);
  // Read by an oftrack that did not say which: the next ingest reads it again.
  CHECK(store.value()->StaleSources("oftrack 0.2.0").value() == 1);
  CHECK(OnlyFinding(db).themes == std::vector<std::string>{"care_leavers", "supervision"});
  CHECK(OnlyFinding(db).subjects.empty());  // filled when the stale source is read again
  CHECK(Count(db, "area_subjects") == 0);
  CHECK(Count(db, "pragma_foreign_key_check") == 0);
  // Deleting the document still takes its findings' themes with it.
  REQUIRE(db.Exec("DELETE FROM sources").ok());
  CHECK(Count(db, "finding_themes") == 0);
}

TEST_CASE("a database from a newer oftrack is refused, not overwritten", "[store]") {
  std::string path = TempDb("newer.db");
  {
    auto store = Store::Open(path);
    REQUIRE(store.ok());
    REQUIRE(store.value()->db().Exec("INSERT INTO schema_version(version) VALUES (99)").ok());
  }
  auto again = Store::Open(path);
  REQUIRE_FALSE(again.ok());
  CHECK(again.status().reason().find("newer") != std::string::npos);
}

TEST_CASE("a file that is not a database gets a clear error", "[store]") {
  std::string path = TempDb("junk.db");
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("this is not an SQLite file at all, it is plain text that goes on for a while......", f);
    std::fclose(f);
  }
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().file() == path);
}

// A long run must not grow the write-ahead log without bound: each commit's
// pages are copied back into the file (by SQLite inside the writer's commits,
// or by the background checkpointer) and the log starts over. A statement left
// on a row kept a read snapshot open and the log grew by every page written
// (87 MB for 200 files), all copied at close.
TEST_CASE("the write-ahead log stays bounded over a long run", "[store]") {
  for (bool background : {false, true}) {
    CAPTURE(background);
    std::string path = TempDb(background ? "wal-background.db" : "wal-inline.db");
    auto store = Store::Open(path);
    REQUIRE(store.ok());
    if (background) store.value()->db().CheckpointInBackground();
    const std::string sentence(256 * 1024, 'x');  // stored twice: document text and finding
    const int sources = 160;                       // 80 MB written in all
    uintmax_t largest_wal = 0;
    for (int i = 0; i < sources; ++i) {
      std::string hash = std::to_string(1000000 + i) + "0123456789abcdef0123456789";
      SourceRecord src{"/x/l" + std::to_string(i) + ".txt", "l" + std::to_string(i) + ".txt", hash, 100,
                       SourceKind::kText, "UTF-8", 1, {}};
      REQUIRE(store.value()->WriteSource(src, {Letter(sentence)}).ok());
      std::error_code ec;
      largest_wal = std::max(largest_wal, std::filesystem::file_size(path + "-wal", ec));
    }
    CHECK(Count(store.value()->db(), "findings") == sources);
    CHECK(largest_wal > 0);
    CHECK(largest_wal < 32u * 1024 * 1024);  // the leak grew it to all 80 MB
    if (background) CHECK(store.value()->db().background_checkpoints() > 0);
    store.value().reset();
    auto reopened = Store::OpenReadOnly(path);
    REQUIRE(reopened.ok());
    CHECK(Count(reopened.value()->db(), "findings") == sources);
  }
}

TEST_CASE("files written in a group are committed together; a file that fails undoes only itself", "[store]") {
  const std::string path = TempDb("group.db");
  auto store = Store::Open(path);
  REQUIRE(store.ok());
  auto source = [](const std::string& name, char hash) {
    return SourceRecord{"/x/" + name, "letters/" + name, std::string(32, hash), 100, SourceKind::kText, "UTF-8", 1, {}, ""};
  };
  REQUIRE(store.value()->BeginGroup().ok());
  CHECK(store.value()->InGroup());
  REQUIRE(store.value()->WriteSource(source("a.txt", 'a'), {Letter("PAs do not receive regular supervision.")}).ok());
  // Two documents at the same place in one file break a UNIQUE constraint
  // half-way through the file: its rows so far are undone, the group's are not.
  std::vector<Analysis> clash{Letter("Caseloads are high."), Letter("Caseloads are still high.")};
  Status failed = store.value()->WriteSource(source("b.txt", 'b'), clash);
  CHECK_FALSE(failed.ok());
  REQUIRE(store.value()->RecordError("/x/b.txt", "letters/b.txt", std::string(32, 'b'), failed).ok());
  {
    // Another connection sees nothing of the open group.
    auto reader = Database::Open(path, Database::Mode::kReadOnly);
    REQUIRE(reader.ok());
    CHECK(Count(*reader.value(), "sources") == 0);
  }
  REQUIRE(store.value()->CommitGroup().ok());
  CHECK_FALSE(store.value()->InGroup());
  Database& db = store.value()->db();
  CHECK(Count(db, "sources") == 1);
  CHECK(Count(db, "documents") == 1);
  CHECK(Count(db, "findings") == 1);
  CHECK(Count(db, "ingest_errors") == 1);

  // A group still open when the store closes (as in a crash) is lost whole.
  REQUIRE(store.value()->BeginGroup().ok());
  REQUIRE(store.value()->WriteSource(source("c.txt", 'c'), {Letter("Plans are clear.")}).ok());
  store.value().reset();
  auto reopened = Store::Open(path);
  REQUIRE(reopened.ok());
  CHECK(Count(reopened.value()->db(), "sources") == 1);
  CHECK(Count(reopened.value()->db(), "findings") == 1);
}
