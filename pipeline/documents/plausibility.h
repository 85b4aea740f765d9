// Plausibility: where the reading of a document may be wrong. Each check
// that fails adds one warning to Document::warnings, saying what is odd and
// where to look; `oftrack check` lists them. Internal to documents/ (Recognise
// runs it last).
#ifndef OFTRACK_DOCUMENTS_PLAUSIBILITY_H_
#define OFTRACK_DOCUMENTS_PLAUSIBILITY_H_

#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {

// The checks, on a document whose metadata, structure, grades and areas are read:
//   - no authority, no dates; dates out of order or after `today` (unset: not checked);
//   - a full report: a grade table with fewer rows than its era's (ILACS 4, 5
//     from 2023 with care leavers graded apart; SIF 6); an ILACS report with
//     no areas for improvement or more than 15; an area whose text reads like
//     a finding (an ILACS area of more than one sentence or 350 characters,
//     any other over 800: a SIF recommendation with its points);
//   - a letter: no inspectors, no visit dates, no areas covered (unless it is
//     a COVID-19-period visit, which states none);
//   - a PDF whose first page names Ofsted or an inspection, typed other or
//     committee_pack.
// REQUIRES: ReadMetadata, Segment and ReadGradesAndAreas done.
void CheckPlausibility(const DocumentText& text, const Date& today, Document* doc);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_PLAUSIBILITY_H_
