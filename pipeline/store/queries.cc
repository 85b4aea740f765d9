#include "store/queries.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace oftrack {
namespace {

// The items of a comma-separated list (group_concat of theme ids, a
// statistical-neighbour list "308, 821"), spaces trimmed, empty items dropped.
std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> out;
  for (size_t start = 0; start < list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(std::move(item));
    start = comma + 1;
  }
  return out;
}

const char kFindingColumns[] =
    "SELECT f.id, f.document_id, coalesce(f.section, ''), coalesce(f.para, ''), f.block_no, f.sentence_no, "
    "coalesce(f.page, 0), coalesce(f.line, 0), f.judgement, coalesce(f.quantifier, ''), f.text, "
    "coalesce((SELECT group_concat(theme, ',') FROM finding_themes t WHERE t.finding_id = f.id), ''), "
    "coalesce((SELECT group_concat(subject, ',') FROM finding_subjects t WHERE t.finding_id = f.id), '') "
    "FROM findings f ";

StoredFinding ReadFinding(const Statement& s) {
  StoredFinding f;
  f.id = s.Int(0);
  f.document_id = s.Int(1);
  f.section = s.Text(2);
  f.para = s.Text(3);
  f.block_no = static_cast<int>(s.Int(4));
  f.sentence_no = static_cast<int>(s.Int(5));
  f.page = static_cast<int>(s.Int(6));
  f.line = static_cast<int>(s.Int(7));
  f.judgement = JudgementFromId(s.Text(8));
  f.quantifier = s.Text(9);
  f.text = s.Text(10);
  f.themes = SplitList(s.Text(11));
  f.subjects = SplitList(s.Text(12));
  return f;
}

// (id, label) rows of a small table (themes, subjects), in the rule files' order.
Result<std::vector<std::pair<std::string, std::string>>> Labels(Database* db, const char* table) {
  auto stmt = db->Prepare(std::string("SELECT id, label FROM ") + table + " ORDER BY rowid");
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<std::string, std::string>> out;
  Status st;
  while ((*stmt)->Step(&st)) out.emplace_back((*stmt)->Text(0), (*stmt)->Text(1));
  if (!st.ok()) return st;
  return out;
}

}  // namespace

Result<std::vector<StoredDocument>> LoadDocuments(Database* db, int urn) {
  std::string where = urn != 0 ? "WHERE d.urn = ?1 " : "";
  auto docs = db->Prepare(
      "SELECT d.id, coalesce(d.visit_id, 0), s.display_path, s.kind, d.doc_index, d.doc_type, "
      "coalesce(d.type_reason, ''), coalesce(d.urn, 0), coalesce(d.authority_as_written, ''), "
      "coalesce(d.visit_start, ''), coalesce(d.visit_end, ''), coalesce(d.published, ''), "
      "coalesce(d.lead_inspector, ''), coalesce(d.inspectors, ''), coalesce(d.visit_number, 0), "
      "coalesce(d.judged_inadequate_in, ''), coalesce(d.warnings, ''), coalesce(d.first_page, 1), "
      "coalesce(d.first_line, 1) FROM documents d JOIN sources s ON s.id = d.source_id " +
      where + "ORDER BY s.display_path, d.doc_index");
  if (!docs.ok()) return docs.status();
  if (urn != 0) (*docs)->Bind(1, int64_t{urn});
  std::vector<StoredDocument> out;
  std::unordered_map<int64_t, size_t> at;  // documents.id -> index in out
  Status st;
  while ((*docs)->Step(&st)) {
    const Statement& s = **docs;
    StoredDocument d;
    d.id = s.Int(0);
    d.visit_id = s.Int(1);
    d.file = s.Text(2);
    d.source_kind = s.Text(3) == "pdf" ? SourceKind::kPdf : SourceKind::kText;
    d.index = static_cast<int>(s.Int(4));
    d.type = DocTypeFromId(s.Text(5));
    d.type_reason = s.Text(6);
    d.urn = static_cast<int>(s.Int(7));
    d.authority_as_written = s.Text(8);
    d.visit_start = Date::FromIso(s.Text(9));
    d.visit_end = Date::FromIso(s.Text(10));
    d.published = Date::FromIso(s.Text(11));
    d.lead_inspector = s.Text(12);
    d.inspectors = SplitList(s.Text(13));
    d.visit_number = static_cast<int>(s.Int(14));
    d.judged_inadequate_in = s.Text(15);
    std::string warnings = s.Text(16);
    for (size_t start = 0; start < warnings.size();) {
      size_t nl = warnings.find('\n', start);
      if (nl == std::string::npos) nl = warnings.size();
      if (nl > start) d.warnings.push_back(warnings.substr(start, nl - start));
      start = nl + 1;
    }
    d.first_page = static_cast<int>(s.Int(17));
    d.first_line = static_cast<int>(s.Int(18));
    at[d.id] = out.size();
    out.push_back(std::move(d));
  }
  if (!st.ok()) return st;
  std::string of_urn = urn != 0 ? "JOIN documents d ON d.id = x.document_id WHERE d.urn = ?1 " : "";
  auto grades = db->Prepare(
      "SELECT x.document_id, x.domain, x.grade, x.combined_care, x.source, coalesce(x.raw, ''), "
      "coalesce(x.page, 0), coalesce(x.line, 0) FROM grades x " + of_urn +
      "ORDER BY x.document_id, x.source = 'heading', x.rowid");
  if (!grades.ok()) return grades.status();
  if (urn != 0) (*grades)->Bind(1, int64_t{urn});
  while ((*grades)->Step(&st)) {
    const Statement& s = **grades;
    auto it = at.find(s.Int(0));
    Grade g;
    if (it == at.end() || !GradeDomainFromId(s.Text(1), &g.domain)) continue;
    g.value = GradeFromId(s.Text(2));
    g.combined_care = s.Int(3) != 0;
    g.source = s.Text(4);
    g.raw = s.Text(5);
    g.page = static_cast<int>(s.Int(6));
    g.line = static_cast<int>(s.Int(7));
    out[it->second].grades.push_back(std::move(g));
  }
  if (!st.ok()) return st;
  auto areas = db->Prepare(
      "SELECT x.document_id, x.kind, x.ordinal, x.text, coalesce(x.page, 0), coalesce(x.line, 0), "
      "coalesce((SELECT group_concat(theme, ',') FROM area_themes t WHERE t.area_id = x.id), ''), "
      "coalesce((SELECT group_concat(subject || char(31) || coalesce(words, ''), char(30)) FROM area_subjects t "
      "WHERE t.area_id = x.id), '') "
      "FROM areas x " + of_urn + "ORDER BY x.document_id, x.kind, x.ordinal");
  if (!areas.ok()) return areas.status();
  if (urn != 0) (*areas)->Bind(1, int64_t{urn});
  while ((*areas)->Step(&st)) {
    const Statement& s = **areas;
    auto it = at.find(s.Int(0));
    if (it == at.end()) continue;
    AreaForImprovement a;
    a.kind = AreaKindFromId(s.Text(1));
    a.ordinal = static_cast<int>(s.Int(2));
    a.text = s.Text(3);
    a.page = static_cast<int>(s.Int(4));
    a.line = static_cast<int>(s.Int(5));
    a.themes = SplitList(s.Text(6));
    // subject US words RS subject US words ...
    std::string subjects = s.Text(7);
    for (size_t start = 0; start < subjects.size();) {
      size_t rs = subjects.find('\x1e', start);
      if (rs == std::string::npos) rs = subjects.size();
      std::string item = subjects.substr(start, rs - start);
      size_t us = item.find('\x1f');
      a.subjects.push_back(item.substr(0, us));
      a.subject_words.push_back(us == std::string::npos ? "" : item.substr(us + 1));
      start = rs + 1;
    }
    out[it->second].areas.push_back(std::move(a));
  }
  if (!st.ok()) return st;
  return out;
}

Result<AuthorityHistory> LoadHistory(Database* db, int urn) {
  AuthorityHistory h;
  h.urn = urn;
  auto docs = LoadDocuments(db, urn);
  if (!docs.ok()) return docs.status();
  for (StoredDocument& d : docs.value()) {
    if (d.type != DocType::kCommitteePack && d.type != DocType::kOther) h.documents.push_back(std::move(d));
  }
  if (h.documents.empty()) return Status::NotFound(std::to_string(urn), "no Ofsted documents on record for this authority");
  // By visit start (a document without one by its publication), then publication, then as stored.
  std::stable_sort(h.documents.begin(), h.documents.end(), [](const StoredDocument& a, const StoredDocument& b) {
    const Date& da = a.visit_start.valid() ? a.visit_start : a.published;
    const Date& db = b.visit_start.valid() ? b.visit_start : b.published;
    if (!(da == db)) return da < db;
    return a.published < b.published;
  });
  for (auto it = h.documents.rbegin(); it != h.documents.rend() && h.ofsted_name.empty(); ++it) {
    h.ofsted_name = it->authority_as_written;
  }
  auto names = db->Prepare("SELECT name, coalesce(region, '') FROM authorities WHERE urn = ?1");
  if (!names.ok()) return names.status();
  (*names)->Bind(1, int64_t{urn});
  Status st;
  if ((*names)->Step(&st)) {
    h.name = (*names)->Text(0);
    h.region = (*names)->Text(1);
  }
  (*names)->Reset();
  if (!st.ok()) return st;
  auto findings = db->Prepare(std::string(kFindingColumns) +
                              "JOIN documents d ON d.id = f.document_id WHERE d.urn = ?1 ORDER BY f.document_id, f.id");
  if (!findings.ok()) return findings.status();
  (*findings)->Bind(1, int64_t{urn});
  while ((*findings)->Step(&st)) {
    StoredFinding f = ReadFinding(**findings);
    h.findings[f.document_id].push_back(std::move(f));
  }
  if (!st.ok()) return st;
  auto themes = Labels(db, "themes");
  if (!themes.ok()) return themes.status();
  h.themes = std::move(themes).value();
  auto subjects = Labels(db, "subjects");
  if (!subjects.ok()) return subjects.status();
  h.subjects = std::move(subjects).value();
  auto practice = db->Prepare("SELECT id FROM subjects WHERE practice = 1 ORDER BY rowid");
  if (!practice.ok()) return practice.status();
  while ((*practice)->Step(&st)) h.practice_subjects.push_back((*practice)->Text(0));
  if (!st.ok()) return st;
  return h;
}

Status ForEachFinding(Database* db, const std::function<void(const StoredFinding&)>& visit) {
  auto stmt = db->Prepare(std::string(kFindingColumns) + "ORDER BY f.document_id, f.id");
  if (!stmt.ok()) return stmt.status();
  Status st;
  while ((*stmt)->Step(&st)) visit(ReadFinding(**stmt));
  return st;
}

Result<std::vector<AuthoritySummary>> ListAuthorities(Database* db) {
  auto stmt = db->Prepare(
      "SELECT a.urn, a.name, coalesce(a.region, ''), count(d.id), coalesce(min(d.visit_start), ''), "
      "coalesce(max(d.visit_start), ''), coalesce((SELECT o.authority_as_written FROM documents o WHERE o.urn = a.urn "
      "AND o.doc_type NOT IN ('committee_pack', 'other') AND o.authority_as_written IS NOT NULL "
      "ORDER BY o.visit_start DESC LIMIT 1), '') FROM authorities a JOIN documents d ON d.urn = a.urn "
      "AND d.doc_type NOT IN ('committee_pack', 'other') GROUP BY a.urn ORDER BY a.name");
  if (!stmt.ok()) return stmt.status();
  std::vector<AuthoritySummary> out;
  Status st;
  while ((*stmt)->Step(&st)) {
    const Statement& s = **stmt;
    AuthoritySummary a;
    a.urn = static_cast<int>(s.Int(0));
    a.name = s.Text(1);
    a.region = s.Text(2);
    a.ofsted_name = s.Text(6);
    a.documents = static_cast<int>(s.Int(3));
    a.first_visit = s.Text(4);
    a.last_visit = s.Text(5);
    out.push_back(std::move(a));
  }
  if (!st.ok()) return st;
  return out;
}







Result<std::vector<ErrorRecord>> IngestErrors(Database* db) {
  auto stmt = db->Prepare("SELECT display_path, code, reason, last_seen FROM ingest_errors ORDER BY display_path");
  if (!stmt.ok()) return stmt.status();
  std::vector<ErrorRecord> out;
  Status st;
  while ((*stmt)->Step(&st)) {
    const Statement& s = **stmt;
    out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3)});
  }
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<AuthorityReference>> AuthorityReferences(Database* db) {
  auto stmt = db->Prepare(
      "SELECT urn, name, coalesce(la_code, ''), coalesce(region, ''), coalesce(stat_neighbours, '') "
      "FROM authorities ORDER BY name");
  if (!stmt.ok()) return stmt.status();
  std::vector<AuthorityReference> out;
  Status st;
  while ((*stmt)->Step(&st)) {
    const Statement& s = **stmt;
    AuthorityReference a{static_cast<int>(s.Int(0)), s.Text(1), s.Text(2), s.Text(3), {}};
    a.stat_neighbours = SplitList(s.Text(4));
    out.push_back(std::move(a));
  }
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<std::pair<std::string, std::string>>> ThemeLabels(Database* db) { return Labels(db, "themes"); }

}  // namespace oftrack
