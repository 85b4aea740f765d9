// `oftrack export progress`: every area of every full inspection on record,
// column by column (the inspection, each visit after it, the next full
// inspection), one row per area and column. The CSV of the progress report
// and the Excel "Detail" sheet are the same rows for one authority.
#ifndef OFTRACK_REPORTS_PROGRESS_DETAIL_H_
#define OFTRACK_REPORTS_PROGRESS_DETAIL_H_

#include "reports/exports.h"
#include "track/progress.h"

namespace oftrack {

// Columns: urn, la, inspection_start, kind (improve | priority), area (its
// ordinal), area_text, visit_start, visit_kind (doc_type), reviewed
// (baseline | covered | mentioned | not_covered | no_list | next_inspection),
// matched_on (the covered area, or the next inspection's new area, it was
// matched on, with the words both use), status (baseline | not_reviewed |
// weakness_persists | mixed | improving | strength | raised_again |
// not_raised), strength, weakness, mixed, progress, neutral (counts of the
// findings about the area), quote, quote_source (the best one). Dates ISO.
// Cells are raw text: writers make them safe.
Table ProgressRows(const ProgressModel& model);
// The columns alone, for a table that gathers several authorities.
Table EmptyProgressTable();
// Appends one authority's rows to a table made with ProgressRows's columns.
void AppendProgressRows(const ProgressModel& model, Table* table);

// Indices of the numeric columns (area, strength .. neutral) in ProgressRows.
bool IsNumericDetailColumn(size_t column);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_PROGRESS_DETAIL_H_
