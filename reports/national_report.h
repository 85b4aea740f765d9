// The national view: how often each theme appears among areas for
// improvement, by year and by overall grade, over every authority in the
// database; with an authority, it beside its statistical neighbours. Rendered
// from a NationalModel (track/national.h) as self-contained HTML or Markdown;
// the inspections counted are listed at the end, each with its file.
#ifndef OFTRACK_REPORTS_NATIONAL_REPORT_H_
#define OFTRACK_REPORTS_NATIONAL_REPORT_H_

#include <string>

#include "reports/progress_report.h"
#include "track/national.h"

namespace oftrack {

std::string RenderNationalHtml(const NationalModel& model, const ReportInfo& info);
std::string RenderNationalMarkdown(const NationalModel& model, const ReportInfo& info);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_NATIONAL_REPORT_H_
