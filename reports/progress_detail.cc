// ProgressDetail and RenderProgressCsv: the cells of the progress report
// unrolled, each row carrying the finding id and source of its top quote so a
// spreadsheet user can go back to the text.
#include "reports/progress_detail.h"

#include <sstream>

#include "reports/progress_report.h"

namespace oftrack {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

void AddRows(const ProgressModel& m, const std::string& kind, const std::string& ordinal, const std::string& name,
             const std::string& themes, const std::vector<ProgressCell>& cells, Table* t) {
  for (size_t c = 0; c < cells.size(); ++c) {
    const ProgressCell& cell = cells[c];
    const Visit& v = m.visits[m.columns[c]];
    std::vector<std::string> row = {m.authority.DisplayName(), std::to_string(m.authority.urn), kind, ordinal, name,
                                    themes, v.Title(), v.start, AreaStatusLabel(cell.status)};
    for (int j : {1, 2, 3, 4, 0}) row.push_back(std::to_string(cell.counts[j]));
    if (cell.quotes.empty()) {
      row.insert(row.end(), {"", "", ""});
    } else {
      const Quote& q = cell.quotes.front();
      row.insert(row.end(), {q.finding.text, q.Source(), std::to_string(q.finding.id)});
    }
    t->rows.push_back(std::move(row));
  }
}

}  // namespace

bool IsNumericDetailColumn(size_t column) { return (column >= 9 && column <= 13) || column == 16; }

Table ProgressDetail(const ProgressModel& m) {
  Table t;
  t.columns = {"la",       "urn",    "row",   "ordinal",  "name",    "themes", "visit",        "visit_start", "status",
               "strength", "weakness", "mixed", "progress", "neutral", "quote",  "quote_source", "finding_id"};
  for (const AreaProgress& a : m.areas) {
    AddRows(m, "area", std::to_string(a.area.ordinal), a.area.text, Join(a.area.themes), a.cells, &t);
  }
  for (const ThemeProgress* th : ThemesWithFindings(m)) AddRows(m, "theme", "", th->label, th->theme, th->cells, &t);
  return t;
}

std::string RenderProgressCsv(const ProgressModel& m) {
  std::ostringstream out;
  WriteTable(ProgressDetail(m), TableFormat::kCsv, out);
  return out.str();
}

}  // namespace oftrack
