// Grades and areas: the judgement parts of a document, read after Segment.
//   grades from the grade table (front matter: two-column rows, possibly wrapped
//   across lines, or TAB-separated rows from committee packs) and from section
//   headings ending ": <grade>"; a warning when the two disagree.
//   areas: list items / numbered items of "What needs to improve?",
//   "Recommendations", "Areas for priority action", "Areas for improvement",
//   "Areas covered by the visit" (with their "Inspectors focused on:" lists).
#ifndef OFTRACK_DOCUMENTS_JUDGEMENTS_READ_H_
#define OFTRACK_DOCUMENTS_JUDGEMENTS_READ_H_

#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {

// REQUIRES: doc->type set and Segment() done. Fills doc->grades and doc->areas (themes left empty).
void ReadGradesAndAreas(const DocumentText& text, Document* doc);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_JUDGEMENTS_READ_H_
