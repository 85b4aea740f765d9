// The progress report as one long table (the CSV, and the Excel "Detail"
// sheet): one row per area for improvement or theme, and visit.
#ifndef OFTRACK_REPORTS_PROGRESS_DETAIL_H_
#define OFTRACK_REPORTS_PROGRESS_DETAIL_H_

#include "reports/exports.h"
#include "track/progress.h"

namespace oftrack {

// Columns: la, urn, row (area | theme), ordinal, name, themes, visit,
// visit_start, status, strength, weakness, mixed, progress, neutral, quote,
// quote_source, finding_id. Cells are raw text: writers make them safe.
// Areas first in their order, then themes with at least one finding.
Table ProgressDetail(const ProgressModel& model);

// Indices of the numeric columns (strength .. neutral, finding_id) in ProgressDetail.
bool IsNumericDetailColumn(size_t column);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_PROGRESS_DETAIL_H_
