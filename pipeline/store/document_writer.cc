// Store::InsertDocument: one document's rows (visit, document, grades, areas
// with their themes and subjects, sections, findings with their themes and subjects). Called inside WriteSource's
// transaction; every value is a bound parameter.
#include <string>

#include "store/store.h"

namespace oftrack {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

// The visit a document belongs to: found or created by (urn, kind, start).
Result<int64_t> UpsertVisit(Database* db, const Document& doc) {
  if (doc.urn == 0 || !doc.visit_start.valid()) return int64_t{0};
  auto ins = db->Prepare(
      "INSERT INTO visits(urn, kind, visit_start, visit_end) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT(urn, kind, visit_start) DO NOTHING");
  if (!ins.ok()) return ins.status();
  Status st = (*ins)->Bind(1, int64_t{doc.urn}).Bind(2, DocTypeId(doc.type)).Bind(3, doc.visit_start.Iso())
                  .BindNullable(4, doc.visit_end.Iso()).Run();
  if (!st.ok()) return st;
  auto sel = db->Prepare("SELECT id FROM visits WHERE urn = ?1 AND kind = ?2 AND visit_start = ?3");
  if (!sel.ok()) return sel.status();
  (*sel)->Bind(1, int64_t{doc.urn}).Bind(2, DocTypeId(doc.type)).Bind(3, doc.visit_start.Iso());
  if (!(*sel)->Step(&st)) return st.ok() ? Status::Database(db->path(), "visit not found after insert") : st;
  int64_t id = (*sel)->Int(0);
  // A statement left on its row keeps a read snapshot open past COMMIT, and
  // the write-ahead log can then never start over: it grew by every page of
  // the run (87 MB for 200 files) and closing had to copy it all.
  (*sel)->Reset();
  return id;
}

Status InsertGrades(Database* db, int64_t doc_id, const Document& doc) {
  auto stmt = db->Prepare(
      "INSERT INTO grades(document_id, domain, grade, combined_care, source, raw, page, line) "
      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  if (!stmt.ok()) return stmt.status();
  for (const Grade& g : doc.grades) {
    if (g.value == GradeValue::kNone) continue;
    Status st = (*stmt)->Bind(1, doc_id).Bind(2, GradeDomainId(g.domain)).Bind(3, GradeId(g.value))
                    .Bind(4, int64_t{g.combined_care ? 1 : 0}).Bind(5, g.source).BindNullable(6, g.raw)
                    .BindNullable(7, int64_t{g.page}).BindNullable(8, int64_t{g.line}).Run();
    if (!st.ok()) return st;
  }
  return Status::OK();
}

Status InsertAreas(Database* db, int64_t doc_id, const Document& doc) {
  auto area = db->Prepare("INSERT INTO areas(document_id, kind, ordinal, text, page, line) VALUES (?1,?2,?3,?4,?5,?6)");
  auto theme = db->Prepare("INSERT OR IGNORE INTO area_themes(area_id, theme) VALUES (?1, ?2)");
  auto subject = db->Prepare("INSERT OR IGNORE INTO area_subjects(area_id, subject, words) VALUES (?1, ?2, ?3)");
  if (!area.ok()) return area.status();
  if (!theme.ok()) return theme.status();
  if (!subject.ok()) return subject.status();
  for (const AreaForImprovement& a : doc.areas) {
    Status st = (*area)->Bind(1, doc_id).Bind(2, AreaKindId(a.kind)).Bind(3, int64_t{a.ordinal}).Bind(4, a.text)
                    .BindNullable(5, int64_t{a.page}).BindNullable(6, int64_t{a.line}).Run();
    if (!st.ok()) return st;
    int64_t area_id = db->LastInsertId();
    for (const auto& t : a.themes) {
      if (Status s = (*theme)->Bind(1, area_id).Bind(2, t).Run(); !s.ok()) return s;
    }
    for (size_t k = 0; k < a.subjects.size(); ++k) {
      const std::string& words = k < a.subject_words.size() ? a.subject_words[k] : std::string();
      if (Status s = (*subject)->Bind(1, area_id).Bind(2, a.subjects[k]).BindNullable(3, words).Run(); !s.ok()) {
        return s;
      }
    }
  }
  return Status::OK();
}

Status InsertSections(Database* db, int64_t doc_id, const Document& doc) {
  auto stmt = db->Prepare(
      "INSERT INTO sections(document_id, idx, heading, kind, heading_grade, blocks, page, line) "
      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  if (!stmt.ok()) return stmt.status();
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    Status st = (*stmt)->Bind(1, doc_id).Bind(2, static_cast<int64_t>(i)).BindNullable(3, s.heading)
                    .Bind(4, SectionKindId(s.kind)).BindNullable(5, GradeId(s.heading_grade))
                    .Bind(6, int64_t{s.block_count}).BindNullable(7, int64_t{s.page})
                    .BindNullable(8, int64_t{s.line}).Run();
    if (!st.ok()) return st;
  }
  return Status::OK();
}

Status InsertFindings(Database* db, int64_t doc_id, const Analysis& analysis) {
  const Document& doc = analysis.document;
  auto stmt = db->Prepare(
      "INSERT INTO findings(document_id, section, para, block_no, sentence_no, page, line, byte_begin, byte_end, "
      "judgement, quantifier, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  auto theme = db->Prepare("INSERT OR IGNORE INTO finding_themes(finding_id, theme) VALUES (?1, ?2)");
  auto subject = db->Prepare("INSERT OR IGNORE INTO finding_subjects(finding_id, subject) VALUES (?1, ?2)");
  if (!stmt.ok()) return stmt.status();
  if (!theme.ok()) return theme.status();
  if (!subject.ok()) return subject.status();
  for (const Finding& f : analysis.findings) {
    const Sentence& s = doc.sentences[f.sentence];
    const Block& b = doc.blocks[s.block];
    const std::string& heading = doc.sections[b.section].heading;
    Status st = (*stmt)->Bind(1, doc_id).BindNullable(2, heading).BindNullable(3, b.para_id)
                    .Bind(4, int64_t{s.block + 1}).Bind(5, int64_t{s.number}).BindNullable(6, int64_t{s.page})
                    .BindNullable(7, int64_t{s.line}).Bind(8, static_cast<int64_t>(s.begin))
                    .Bind(9, static_cast<int64_t>(s.end)).Bind(10, JudgementId(f.judgement))
                    .BindNullable(11, f.quantifier).Bind(12, doc.SentenceText(s)).Run();
    if (!st.ok()) return st;
    int64_t finding_id = db->LastInsertId();
    for (const auto& t : f.themes) {
      if (Status s2 = (*theme)->Bind(1, finding_id).Bind(2, t).Run(); !s2.ok()) return s2;
    }
    for (const auto& t : f.subjects) {
      if (Status s2 = (*subject)->Bind(1, finding_id).Bind(2, t).Run(); !s2.ok()) return s2;
    }
  }
  return Status::OK();
}

}  // namespace

Status Store::InsertDocument(int64_t source_id, const Analysis& analysis) {
  const Document& doc = analysis.document;
  auto visit = UpsertVisit(db_.get(), doc);
  if (!visit.ok()) return visit.status();
  auto stmt = db_->Prepare(
      "INSERT INTO documents(source_id, doc_index, doc_type, type_reason, urn, authority_as_written, visit_id, "
      "visit_start, visit_end, published, lead_inspector, inspectors, visit_number, judged_inadequate_in, "
      "first_page, first_line, text, warnings) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)");
  if (!stmt.ok()) return stmt.status();
  std::string warnings;
  for (const auto& w : doc.warnings) warnings += (warnings.empty() ? "" : "\n") + w;
  Statement& s = **stmt;
  s.Bind(1, source_id).Bind(2, int64_t{doc.index}).Bind(3, DocTypeId(doc.type)).BindNullable(4, doc.type_reason);
  s.BindNullable(5, int64_t{doc.urn}).BindNullable(6, doc.authority_as_written).BindNullable(7, visit.value());
  s.BindNullable(8, doc.visit_start.Iso()).BindNullable(9, doc.visit_end.Iso()).BindNullable(10, doc.published.Iso());
  s.BindNullable(11, doc.lead_inspector).BindNullable(12, Join(doc.inspectors));
  s.BindNullable(13, int64_t{doc.visit_number}).BindNullable(14, doc.judged_inadequate_in);
  s.Bind(15, int64_t{doc.first_page}).Bind(16, int64_t{doc.first_line}).Bind(17, doc.text);
  s.BindNullable(18, warnings);
  if (Status st = s.Run(); !st.ok()) return st;
  int64_t doc_id = db_->LastInsertId();
  if (Status st = InsertGrades(db_.get(), doc_id, doc); !st.ok()) return st;
  if (Status st = InsertAreas(db_.get(), doc_id, doc); !st.ok()) return st;
  if (Status st = InsertSections(db_.get(), doc_id, doc); !st.ok()) return st;
  return InsertFindings(db_.get(), doc_id, analysis);
}

}  // namespace oftrack
