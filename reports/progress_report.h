// The progress report for one authority: its areas for improvement followed
// from the latest full inspection through every visit since, with quotes and
// their sources. Rendered from a ProgressModel (track/progress.h) as one
// self-contained HTML file (no external assets, prints in grey) or Markdown.
#ifndef OFTRACK_REPORTS_PROGRESS_REPORT_H_
#define OFTRACK_REPORTS_PROGRESS_REPORT_H_

#include <string>

#include "track/progress.h"

namespace oftrack {

struct ReportInfo {
  std::string generated_on;  // ISO date of the run
  std::string database;      // path of the database read
};

std::string RenderProgressHtml(const ProgressModel& model, const ReportInfo& info);
std::string RenderProgressMarkdown(const ProgressModel& model, const ReportInfo& info);

// Shared wording: "S 2 · W 5 · M 1 · P 0", the grade ids as Ofsted writes them.
std::string CountsText(const JudgementCounts& counts);
std::string GradeLabel(const std::string& grade_id);
// The grade of one domain in a list of grades ("" when absent); table grades win over headings.
std::string GradeFor(const std::vector<GradeRecord>& grades, const std::string& domain);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_PROGRESS_REPORT_H_
