// ProgressRows and RenderProgressCsv: the cells of the progress report
// unrolled, each row carrying the source of its best quote so a spreadsheet
// user can go back to the text.
#include "reports/progress_detail.h"

#include <sstream>

#include "reports/progress_report.h"

namespace oftrack {

bool IsNumericDetailColumn(size_t column) { return column == 4 || (column >= 11 && column <= 15); }

void AppendProgressRows(const ProgressModel& m, Table* t) {
  if (!m.history) return;
  const AuthorityHistory& h = *m.history;
  for (const InspectionProgress& ins : m.inspections) {
    const std::string inspection_start = m.visits[ins.baseline].start.Iso();
    for (const AreaProgress& row : ins.areas) {
      const AreaForImprovement& a = *row.area;
      for (size_t c = 0; c < row.cells.size(); ++c) {
        const ProgressCell& cell = row.cells[c];
        const Visit& v = m.visits[ins.columns[c]];
        std::string matched_on = cell.match ? cell.match->Explain(a, h) : "";
        std::vector<std::string> r = {std::to_string(h.urn), h.name.empty() ? h.DisplayName() : h.name,
                                      inspection_start, AreaKindId(a.kind), std::to_string(a.ordinal), a.text,
                                      v.start.Iso(), DocTypeId(v.type), ReviewKindId(cell.review), matched_on,
                                      AreaStatusId(cell.status)};
        for (int j : {1, 2, 3, 4, 0}) r.push_back(std::to_string(cell.counts[j]));
        if (cell.quotes.empty()) {
          r.insert(r.end(), {"", ""});
        } else {
          r.insert(r.end(), {cell.quotes.front().finding->text, cell.quotes.front().Source()});
        }
        t->rows.push_back(std::move(r));
      }
    }
  }
}

Table EmptyProgressTable() {
  Table t;
  t.columns = {"urn",         "la",         "inspection_start", "kind",     "area",     "area_text",
               "visit_start", "visit_kind", "reviewed",         "matched_on", "status", "strength",
               "weakness",    "mixed",      "progress",         "neutral",  "quote",    "quote_source"};
  return t;
}

Table ProgressRows(const ProgressModel& m) {
  Table t = EmptyProgressTable();
  AppendProgressRows(m, &t);
  return t;
}

std::string RenderProgressCsv(const ProgressModel& m) {
  std::ostringstream out;
  WriteTable(ProgressRows(m), TableFormat::kCsv, out);
  return out.str();
}

}  // namespace oftrack
