#include "reports/exports.h"

#include <map>

#include "model/document.h"
#include "reports/escape.h"
#include "reports/progress_report.h"
#include "store/queries.h"

namespace oftrack {
namespace {

void WriteRow(const std::vector<std::string>& cells, TableFormat format, std::ostream& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out << (format == TableFormat::kCsv ? ',' : '\t');
    out << (format == TableFormat::kCsv ? CsvField(cells[i]) : TsvField(cells[i]));
  }
  out << '\n';
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string Number(int n) { return n ? std::to_string(n) : ""; }

// ONS name by URN, for the `la` column.
Result<std::map<int, std::string>> Names(Database* db) {
  auto list = ListAuthorities(db);
  if (!list.ok()) return list.status();
  std::map<int, std::string> out;
  for (const auto& a : list.value()) out[a.urn] = a.name;
  return out;
}

std::string LaName(const std::map<int, std::string>& names, const DocumentRecord& d) {
  auto it = names.find(d.urn);
  return it != names.end() ? it->second : d.authority_as_written;
}

}  // namespace

void WriteTable(const Table& table, TableFormat format, std::ostream& out) {
  WriteRow(table.columns, format, out);
  for (const auto& row : table.rows) WriteRow(row, format, out);
}

Result<Table> GradesTable(Database* db) {
  auto docs = AllDocuments(db);
  auto names = Names(db);
  if (!docs.ok()) return docs.status();
  if (!names.ok()) return names.status();
  Table t;
  t.columns = {"file", "la", "urn", "doc_type", "inspection_start", "inspection_end", "published", "lead_inspector",
               "overall", "leaders", "help_protection", "in_care", "care_leavers", "combined_care", "afi_count"};
  for (const DocumentRecord& d : docs.value()) {
    if (!IsFullInspection(DocTypeFromId(d.doc_type))) continue;
    auto grades = GradesForDocument(db, d.id);
    auto areas = AreasForDocument(db, d.id);
    if (!grades.ok()) return grades.status();
    if (!areas.ok()) return areas.status();
    int afi = 0;
    for (const auto& a : areas.value()) afi += a.kind == "improve";
    bool combined = false;
    for (const auto& g : grades.value()) combined = combined || (g.domain == "in_care" && g.combined_care);
    const auto& g = grades.value();
    t.rows.push_back({d.file, LaName(names.value(), d), Number(d.urn), d.doc_type, d.visit_start, d.visit_end,
                      d.published, d.lead_inspector, GradeFor(g, "overall"), GradeFor(g, "leaders"),
                      GradeFor(g, "help_protection"), GradeFor(g, "in_care"), GradeFor(g, "care_leavers"),
                      combined ? "1" : "0", std::to_string(afi)});
  }
  return t;
}

Result<Table> AreasTable(Database* db) {
  auto docs = AllDocuments(db);
  auto names = Names(db);
  if (!docs.ok()) return docs.status();
  if (!names.ok()) return names.status();
  Table t;
  t.columns = {"file", "la", "urn", "doc_type", "visit_start", "kind", "ordinal", "text", "themes"};
  for (const DocumentRecord& d : docs.value()) {
    auto areas = AreasForDocument(db, d.id);
    if (!areas.ok()) return areas.status();
    for (const AreaRecord& a : areas.value()) {
      t.rows.push_back({d.file, LaName(names.value(), d), Number(d.urn), d.doc_type, d.visit_start, a.kind,
                        std::to_string(a.ordinal), a.text, Join(a.themes)});
    }
  }
  return t;
}

Status WriteFindings(Database* db, TableFormat format, std::ostream& out) {
  auto docs = AllDocuments(db);
  auto names = Names(db);
  if (!docs.ok()) return docs.status();
  if (!names.ok()) return names.status();
  WriteRow({"file", "doc_index", "doc_type", "la", "urn", "visit_start", "section", "para", "sentence_no", "page",
            "line", "themes", "judgement", "quantifier", "text"},
           format, out);
  for (const DocumentRecord& d : docs.value()) {
    auto findings = FindingsForDocument(db, d.id);
    if (!findings.ok()) return findings.status();
    for (const FindingRecord& f : findings.value()) {
      WriteRow({d.file, std::to_string(d.doc_index), d.doc_type, LaName(names.value(), d), Number(d.urn),
                d.visit_start, f.section, f.para, std::to_string(f.sentence_no), Number(f.page), Number(f.line),
                Join(f.themes), f.judgement, f.quantifier, f.text},
               format, out);
    }
  }
  return Status::OK();
}

}  // namespace oftrack
