// The progress report for one authority: the areas for improvement of its
// latest full inspection followed through every visit since (and earlier
// inspections' areas to the inspection after them), with quotes and their
// sources. Rendered from a ProgressModel (track/progress.h) as one
// self-contained HTML file (no external assets, prints in grey), Markdown,
// CSV (the rows of `export progress`) or an Excel workbook.
#ifndef OFTRACK_REPORTS_PROGRESS_REPORT_H_
#define OFTRACK_REPORTS_PROGRESS_REPORT_H_

#include <string>
#include <vector>

#include "model/status.h"
#include "track/progress.h"

namespace oftrack {

struct ReportInfo {
  std::string generated_on;  // ISO date of the run
  std::string database;      // path of the database read
};

std::string RenderProgressHtml(const ProgressModel& model, const ReportInfo& info);
std::string RenderProgressMarkdown(const ProgressModel& model, const ReportInfo& info);
// The authority's rows of `oftrack export progress` (progress_detail.h) as CSV.
std::string RenderProgressCsv(const ProgressModel& model);
// Writes a workbook to path: sheets "Areas" (the latest inspection's areas by
// column, coloured, the top quote as a cell comment), "Themes", "Detail" (the
// rows of `export progress`), "Quotes" (every quote the HTML report lists,
// with its source) and "Grades". Text is written as strings (never formulas)
// and formula-safe.
Status WriteProgressXlsx(const ProgressModel& model, const ReportInfo& info, const std::string& path);
// The themes-by-visits heat map as an inline <svg>: rows are themes with at
// least one finding in the columns shown, each cell a status shade with its
// symbol, label and number of evaluative findings, and a <title> tooltip with
// the top quote. Empty string when no theme has findings.
std::string ThemeHeatmapSvg(const ProgressModel& model);
// The themes ThemeHeatmapSvg shows: at least one finding in some column.
std::vector<const ThemeProgress*> ThemesWithFindings(const ProgressModel& model);

// Shared wording: "S 2 · W 5 · M 1 · P 0".
std::string CountsText(const JudgementCounts& counts);
// A symbol per status that survives grey print: – ✖ ◐ ▲ ✔, ● baseline, ↻ raised again, ○ not raised.
const char* StatusSymbol(AreaStatus status);
// CSS for the status classes (not_reviewed, weakness_persists, ...) and the legend, shared by HTML reports.
const char* StatusCss();
// One line for a cell in a table: "✖ weakness persists", "– mentioned in passing", "↻ raised again", ...
std::string CellHeadline(const ProgressCell& cell);
// The CSS class of a cell: its status id, or "mentioned" / "not_covered" for a visit that did not review it.
std::string CellClass(const ProgressCell& cell);
// What the cell rests on, for the detail under a table: which covered area it
// was matched on, the grade movement at the next inspection, or why there is no status.
std::string CellBasis(const ProgressCell& cell, const AreaForImprovement& area, const AuthorityHistory& history);
// The grade a document gives a domain, as Ofsted writes it ("" when none).
std::string GradeText(const StoredDocument& document, GradeDomain domain);
// "Requires improvement to be good → Good" for the graded judgement an area belongs to; "" when unknown.
std::string GradeMovementText(const AreaProgress& row, const ProgressCell& cell);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_PROGRESS_REPORT_H_
