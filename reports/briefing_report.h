// The scrutiny briefing: one visit against the ones before it, for members of
// a council's scrutiny committee. Rendered from a BriefingModel
// (track/briefing.h) as one self-contained HTML page that prints on at most
// two A4 pages, or as Markdown. Every quote names its source (Quote::Source).
#ifndef OFTRACK_REPORTS_BRIEFING_REPORT_H_
#define OFTRACK_REPORTS_BRIEFING_REPORT_H_

#include <string>

#include "reports/progress_report.h"
#include "track/briefing.h"

namespace oftrack {

std::string RenderBriefingHtml(const BriefingModel& briefing, const ReportInfo& info);
std::string RenderBriefingMarkdown(const BriefingModel& briefing, const ReportInfo& info);

// Shared wording: "2 improved, 3 persist, 1 new concern, 2 not reviewed".
std::string MovementSummary(const BriefingModel& briefing);
// "weakness persists (MV2 Jul 2023)" for an area's status before the visit; "raised at the inspection" when no
// visit since reviewed it.
std::string BeforeText(const BriefingModel& briefing, const BriefingArea& area);
// "weakness persists", or "not covered by this visit" / "not covered (mentioned in passing)".
std::string NowText(const BriefingArea& area);
// The short label of a column of the briefing's inspection: "MV2 Jul 2023".
std::string BriefingColumnLabel(const BriefingModel& briefing, int column);
// The columns before the briefing's visit: "Inspection Jul 2022, MV1 Feb 2023".
std::string EarlierColumns(const BriefingModel& briefing);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_BRIEFING_REPORT_H_
