// `oftrack_bench floors`: the simplest program that does each text stage's
// job, on the same real text, so each stage's time can be set against the
// least any tool would spend on it:
//   segment  -> ICU's sentence BreakIterator alone over each file's whole text
//               (no cleaning, no headings, no paragraphs);
//   classify -> one pass of the theme RE2::Set over each finding's sentence
//               (no subjects, no judgement, no quantifier);
//   write    -> SQLite inserts alone: the rows an ingest stored (documents'
//               text, findings, their themes and subjects) read back into
//               memory, then inserted into a fresh database of the same schema
//               with prepared statements, one transaction per document, as
//               plain rows (no analysis, no files, no checks).
// Files are read into memory before any clock starts.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "analysis/rulebook.h"
#include "bench/bench.h"
#include "store/database.h"
#include "store/store.h"

namespace oftrack::bench {
namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Sentence boundaries ICU finds in texts (one BreakIterator, reused); -1 on failure.
int64_t IcuSentences(const std::vector<std::string>& texts) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createSentenceInstance(icu::Locale::getUK(), status));
  if (U_FAILURE(status)) return -1;
  int64_t sentences = 0;
  UText* ut = nullptr;
  for (const std::string& t : texts) {
    ut = utext_openUTF8(ut, t.data(), static_cast<int64_t>(t.size()), &status);
    breaker->setText(ut, status);
    if (U_FAILURE(status)) return -1;
    for (int32_t b = breaker->first(); b != icu::BreakIterator::DONE; b = breaker->next()) ++sentences;
  }
  utext_close(ut);
  return sentences;
}

struct StoredRows {
  struct Document {
    int64_t id = 0;
    std::string text;
  };
  struct Finding {
    int64_t id = 0, document = 0, block = 0, sentence = 0, page = 0, line = 0, begin = 0, end = 0;
    std::string section, para, judgement, quantifier, text;
  };
  std::vector<Document> documents;
  std::vector<Finding> findings;  // by document, in id order
  std::vector<std::pair<int64_t, std::string>> themes, subjects;  // (finding id, id), in finding order
  int64_t bytes = 0;  // of the documents' text and the findings' text
};

Status ReadRows(const std::string& path, StoredRows* rows) {
  auto db = Database::Open(path, Database::Mode::kReadOnly);
  if (!db.ok()) return db.status();
  Status st;
  auto docs = db.value()->Prepare("SELECT id, text FROM documents ORDER BY id");
  if (!docs.ok()) return docs.status();
  while ((*docs)->Step(&st)) {
    rows->documents.push_back({(*docs)->Int(0), (*docs)->Text(1)});
    rows->bytes += static_cast<int64_t>(rows->documents.back().text.size());
  }
  auto findings = db.value()->Prepare(
      "SELECT id, document_id, coalesce(section, ''), coalesce(para, ''), block_no, sentence_no, coalesce(page, 0), "
      "coalesce(line, 0), byte_begin, byte_end, judgement, coalesce(quantifier, ''), text FROM findings ORDER BY id");
  if (!findings.ok()) return findings.status();
  Statement& f = **findings;
  while (f.Step(&st)) {
    rows->findings.push_back({f.Int(0), f.Int(1), f.Int(4), f.Int(5), f.Int(6), f.Int(7), f.Int(8), f.Int(9),
                              f.Text(2), f.Text(3), f.Text(10), f.Text(11), f.Text(12)});
    rows->bytes += static_cast<int64_t>(rows->findings.back().text.size());
  }
  for (auto [table, column, out] : {std::make_tuple("finding_themes", "theme", &rows->themes),
                                    std::make_tuple("finding_subjects", "subject", &rows->subjects)}) {
    auto stmt = db.value()->Prepare(std::string("SELECT finding_id, ") + column + " FROM " + table + " ORDER BY finding_id");
    if (!stmt.ok()) return stmt.status();
    while ((*stmt)->Step(&st)) out->emplace_back((*stmt)->Int(0), (*stmt)->Text(1));
  }
  return st;
}

// Inserts rows into a fresh database at path; the seconds it took, or -1.
double InsertRows(const std::string& path, const StoredRows& rows) {
  std::filesystem::remove(path);
  auto store = Store::Open(path);  // the schema, as an ingest creates it
  if (!store.ok()) return -1;
  Database& db = store.value()->db();
  auto start = Clock::now();
  auto source = db.Prepare(
      "INSERT INTO sources(path, display_path, content_hash, bytes, kind) VALUES ('floor', 'floor', 'floor', 0, 'text')");
  auto doc = db.Prepare("INSERT INTO documents(id, source_id, doc_index, doc_type, text) VALUES (?1, 1, ?2, 'other', ?3)");
  auto finding = db.Prepare(
      "INSERT INTO findings(id, document_id, section, para, block_no, sentence_no, page, line, byte_begin, byte_end, "
      "judgement, quantifier, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)");
  auto theme = db.Prepare("INSERT INTO finding_themes(finding_id, theme) VALUES (?1, ?2)");
  auto subject = db.Prepare("INSERT INTO finding_subjects(finding_id, subject) VALUES (?1, ?2)");
  if (!source.ok() || !doc.ok() || !finding.ok() || !theme.ok() || !subject.ok()) return -1;
  if (!(*source)->Run().ok()) return -1;
  size_t f = 0, t = 0, s = 0;
  for (size_t d = 0; d < rows.documents.size(); ++d) {
    Transaction txn(&db);
    const StoredRows::Document& document = rows.documents[d];
    if (!(*doc)->Bind(1, document.id).Bind(2, static_cast<int64_t>(d)).Bind(3, document.text).Run().ok()) return -1;
    for (; f < rows.findings.size() && rows.findings[f].document == document.id; ++f) {
      const StoredRows::Finding& r = rows.findings[f];
      Status st = (*finding)->Bind(1, r.id).Bind(2, r.document).BindNullable(3, r.section).BindNullable(4, r.para)
                      .Bind(5, r.block).Bind(6, r.sentence).BindNullable(7, r.page).BindNullable(8, r.line)
                      .Bind(9, r.begin).Bind(10, r.end).Bind(11, r.judgement).BindNullable(12, r.quantifier)
                      .Bind(13, r.text).Run();
      if (!st.ok()) return -1;
      for (; t < rows.themes.size() && rows.themes[t].first == r.id; ++t) {
        if (!(*theme)->Bind(1, r.id).Bind(2, rows.themes[t].second).Run().ok()) return -1;
      }
      for (; s < rows.subjects.size() && rows.subjects[s].first == r.id; ++s) {
        if (!(*subject)->Bind(1, r.id).Bind(2, rows.subjects[s].second).Run().ok()) return -1;
      }
    }
    if (!txn.Commit().ok()) return -1;
  }
  store.value().reset();  // closing checkpoints the log, as an ingest's close does
  return Seconds(start);
}

}  // namespace

int StageFloors(const std::string& rules, const std::string& folder, const std::string& db, const std::string& scratch) {
  auto rulebook = Rulebook::Load(rules);
  if (!rulebook.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", rulebook.status().ToString().c_str());
    return 2;
  }
  std::vector<std::string> texts = ReadTextFiles(folder);
  int64_t text_bytes = 0;
  for (const auto& t : texts) text_bytes += static_cast<int64_t>(t.size());
  StoredRows rows;
  if (Status st = ReadRows(db, &rows); !st.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", st.ToString().c_str());
    return 2;
  }

  auto start = Clock::now();
  int64_t sentences = IcuSentences(texts);
  double icu_s = Seconds(start);

  std::vector<int> hits;
  int64_t finding_bytes = 0, with_theme = 0;
  start = Clock::now();
  for (const StoredRows::Finding& f : rows.findings) {
    finding_bytes += static_cast<int64_t>(f.text.size());
    if (rulebook.value()->ScanThemePhrases(f.text, &hits).theme) ++with_theme;
  }
  double set_s = Seconds(start);

  double insert_s = InsertRows(scratch, rows);
  std::filesystem::remove(scratch);
  std::filesystem::remove(scratch + "-wal");
  std::filesystem::remove(scratch + "-shm");
  if (sentences < 0 || insert_s < 0) {
    std::fprintf(stderr, "oftrack_bench: a floor failed (ICU sentences %lld, inserts %.3f s)\n",
                 static_cast<long long>(sentences), insert_s);
    return 2;
  }
  auto mbs = [](int64_t bytes, double s) { return s > 0 ? bytes / 1e6 / s : 0.0; };
  std::printf("segment floor: ICU sentence breaking alone, %zu files, %.1f MB: %.3f s (%.1f MB/s, %lld boundaries)\n",
              texts.size(), text_bytes / 1e6, icu_s, mbs(text_bytes, icu_s), static_cast<long long>(sentences));
  std::printf("classify floor: one theme RE2::Set pass over %zu findings, %.1f MB: %.3f s (%.1f MB/s, %lld with a theme)\n",
              rows.findings.size(), finding_bytes / 1e6, set_s, mbs(finding_bytes, set_s), static_cast<long long>(with_theme));
  std::printf("write floor: SQLite inserts alone, %zu documents, %zu findings, %zu themes, %zu subjects: %.3f s "
              "(%.2f us per finding)\n",
              rows.documents.size(), rows.findings.size(), rows.themes.size(), rows.subjects.size(), insert_s,
              rows.findings.empty() ? 0 : insert_s * 1e6 / static_cast<double>(rows.findings.size()));
  std::printf("text_bytes=%lld icu_s=%.4f finding_bytes=%lld set_s=%.4f findings=%zu insert_s=%.4f\n",
              static_cast<long long>(text_bytes), icu_s, static_cast<long long>(finding_bytes), set_s,
              rows.findings.size(), insert_s);
  return 0;
}

}  // namespace oftrack::bench
