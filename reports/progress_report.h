// The progress report for one authority: its areas for improvement followed
// from the latest full inspection through every visit since, with quotes and
// their sources. Rendered from a ProgressModel (track/progress.h) as one
// self-contained HTML file (no external assets, prints in grey), Markdown,
// CSV (one row per area or theme and visit) or an Excel workbook.
#ifndef OFTRACK_REPORTS_PROGRESS_REPORT_H_
#define OFTRACK_REPORTS_PROGRESS_REPORT_H_

#include <string>

#include "model/status.h"
#include "track/progress.h"

namespace oftrack {

struct ReportInfo {
  std::string generated_on;  // ISO date of the run
  std::string database;      // path of the database read
};

std::string RenderProgressHtml(const ProgressModel& model, const ReportInfo& info);
std::string RenderProgressMarkdown(const ProgressModel& model, const ReportInfo& info);
// Long form for analysts: one row per (area or theme, visit) with the status,
// counts by judgement, the top quote, its source and finding id. Themes appear
// when they have at least one finding. Every cell is formula-safe.
std::string RenderProgressCsv(const ProgressModel& model);
// Writes a workbook to path: sheets "Areas" (status by visit, coloured, the
// top quote as a cell comment), "Themes", "Detail" (as the CSV), "Quotes"
// (every quote the HTML report lists, with its source) and "Grades".
// Text is written as strings (never formulas) and formula-safe.
Status WriteProgressXlsx(const ProgressModel& model, const ReportInfo& info, const std::string& path);
// The themes-by-visits heat map as an inline <svg>: rows are themes with at
// least one finding in the columns shown, each cell a status shade with its
// symbol, label and number of evaluative findings, and a <title> tooltip with
// the top quote. Empty string when no theme has findings.
std::string ThemeHeatmapSvg(const ProgressModel& model);
// The themes ThemeHeatmapSvg and the CSV show: at least one finding in some column.
std::vector<const ThemeProgress*> ThemesWithFindings(const ProgressModel& model);

// Shared wording: "S 2 · W 5 · M 1 · P 0", the grade ids as Ofsted writes them.
std::string CountsText(const JudgementCounts& counts);
// A symbol per status that survives grey print: – ✖ ◐ ▲ ✔.
const char* StatusSymbol(AreaStatus status);
// CSS for the status classes (not_reviewed, weakness_persists, ...) and the legend, shared by HTML reports.
const char* StatusCss();
// "Nov 2023" style label and date of a column, for table heads.
std::string ColumnLabel(const ProgressModel& model, size_t column);
std::string GradeLabel(const std::string& grade_id);
// The grade of one domain in a list of grades ("" when absent); table grades win over headings.
std::string GradeFor(const std::vector<GradeRecord>& grades, const std::string& domain);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_PROGRESS_REPORT_H_
