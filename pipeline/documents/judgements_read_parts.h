// Internal to documents/: the pieces ReadGradesAndAreas is built from
// (grade_table.cc, areas_list.cc, judgements_read.cc).
#ifndef OFTRACK_DOCUMENTS_JUDGEMENTS_READ_PARTS_H_
#define OFTRACK_DOCUMENTS_JUDGEMENTS_READ_PARTS_H_

#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {
namespace judgements {

// The grade named by a table cell or phrase: "Requires improvement to be good",
// "Requires Improvement", "Good", "Grade 3 (Adequate)", "Grade 3"; kNone for
// anything else ("Not Judged", "Grade").
GradeValue ParseGradeWords(std::string_view words);

// The judgement domain a row label or heading names ("The experiences and
// progress of children in care and care leavers" -> kInCare, combined_care).
// False for labels outside the model ("Capacity to improve", "Quality of provision").
bool DomainOfLabel(std::string_view label, GradeDomain* domain, bool* combined_care);

// Grades stated in the front matter (source "table"): the grade table rows,
// the SIF lead sentences ("The overall judgement is Inadequate", "Children's
// services in Salford are good") and the SIF LSCB judgement; for the 2013
// looked-after reports, the "Record of main findings" table.
std::vector<Grade> ReadTableGrades(const DocumentText& text, DocType type);

// Items of the document's areas sections, numbered from 1 within each kind;
// for a focused visit, its focus first (kCovered, ReadFocus).
std::vector<AreaForImprovement> ReadAreas(const Document& doc);

// A focused visit's focus statement (and the items listed under it) as areas
// covered, numbered from 1; none when the letter states no focus (focus.cc).
std::vector<AreaForImprovement> ReadFocus(const Document& doc);

}  // namespace judgements
}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_JUDGEMENTS_READ_PARTS_H_
