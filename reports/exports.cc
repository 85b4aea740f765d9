#include "reports/exports.h"

#include <algorithm>
#include <map>

#include "model/document.h"
#include "reports/escape.h"
#include "model/finding.h"

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



std::string LaName(const std::map<int, std::string>& names, const StoredDocument& d) {
  auto it = names.find(d.urn);
  return it != names.end() ? it->second : d.authority_as_written;
}

bool IsOfstedDocument(DocType t) { return t != DocType::kCommitteePack && t != DocType::kOther; }

std::string ThemesOf(const std::vector<const AreaForImprovement*>& areas) {
  std::vector<std::string> themes;
  for (const AreaForImprovement* a : areas) {
    for (const std::string& t : a->themes) {
      if (std::find(themes.begin(), themes.end(), t) == themes.end()) themes.push_back(t);
    }
  }
  std::sort(themes.begin(), themes.end());
  return Join(themes);
}

}  // namespace

Table GradesTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names) {
  Table t;
  t.columns = {"file", "la", "urn", "doc_type", "inspection_start", "inspection_end", "published", "lead_inspector",
               "overall", "leaders", "help_protection", "in_care", "care_leavers", "combined_care", "afi_count"};
  auto grade = [](const StoredDocument& d, GradeDomain domain) {
    const Grade* g = d.GradeOf(domain);
    return std::string(g ? GradeId(g->value) : "");
  };
  for (const StoredDocument& d : docs) {
    if (!IsFullInspection(d.type)) continue;
    const Grade* in_care = d.GradeOf(GradeDomain::kInCare);
    t.rows.push_back({d.file, LaName(la_names, d), Number(d.urn), DocTypeId(d.type), d.visit_start.Iso(),
                      d.visit_end.Iso(), d.published.Iso(), d.lead_inspector, grade(d, GradeDomain::kOverall),
                      grade(d, GradeDomain::kLeaders), grade(d, GradeDomain::kHelpProtection),
                      grade(d, GradeDomain::kInCare), grade(d, GradeDomain::kCareLeavers),
                      in_care && in_care->combined_care ? "1" : "0",
                      std::to_string(d.AreasOf(AreaKind::kImprove).size())});
  }
  return t;
}

Table AreasTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names) {
  Table t;
  t.columns = {"file", "la", "urn", "doc_type", "visit_start", "kind", "ordinal", "text", "themes"};
  for (const StoredDocument& d : docs) {
    for (const AreaForImprovement& a : d.areas) {
      t.rows.push_back({d.file, LaName(la_names, d), Number(d.urn), DocTypeId(d.type), d.visit_start.Iso(),
                        AreaKindId(a.kind), std::to_string(a.ordinal), a.text, Join(a.themes)});
    }
  }
  return t;
}

Table DocumentsTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names) {
  Table t;
  t.columns = {"file",           "urn",         "la",          "doc_type",       "visit_start",
               "visit_end",      "published",   "lead_inspector", "inspectors",  "visit_number",
               "improve_count",  "priority_count", "covered_count", "covered_themes", "warnings"};
  for (const StoredDocument& d : docs) {
    if (!IsOfstedDocument(d.type)) continue;
    std::string warnings;
    for (const std::string& w : d.warnings) warnings += (warnings.empty() ? "" : "; ") + w;
    std::string inspectors;
    for (const std::string& i : d.inspectors) inspectors += (inspectors.empty() ? "" : ", ") + i;
    std::vector<const AreaForImprovement*> covered = d.AreasOf(AreaKind::kCovered);
    t.rows.push_back({d.file, Number(d.urn), LaName(la_names, d), DocTypeId(d.type), d.visit_start.Iso(),
                      d.visit_end.Iso(), d.published.Iso(), d.lead_inspector, inspectors, Number(d.visit_number),
                      std::to_string(d.AreasOf(AreaKind::kImprove).size()),
                      std::to_string(d.AreasOf(AreaKind::kPriority).size()), std::to_string(covered.size()),
                      ThemesOf(covered), warnings});
  }
  return t;
}

void WriteTable(const Table& table, TableFormat format, std::ostream& out) {
  WriteRow(table.columns, format, out);
  for (const auto& row : table.rows) WriteRow(row, format, out);
}

void WriteFindingsHeader(TableFormat format, std::ostream& out) {
  WriteRow({"file", "doc_index", "doc_type", "la", "urn", "visit_start", "section", "para", "sentence_no", "page",
            "line", "themes", "judgement", "quantifier", "text"},
           format, out);
}

void WriteFindingRow(const StoredDocument& d, const StoredFinding& f, const std::map<int, std::string>& la_names,
                     TableFormat format, std::ostream& out) {
  WriteRow({d.file, std::to_string(d.index), DocTypeId(d.type), LaName(la_names, d), Number(d.urn),
            d.visit_start.Iso(), f.section, f.para, std::to_string(f.sentence_no), Number(f.page), Number(f.line),
            Join(f.themes), JudgementId(f.judgement), f.quantifier, f.text},
           format, out);
}

}  // namespace oftrack
