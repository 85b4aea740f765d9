// Headings: what a heading line looks like and what the section under it holds.
// Internal to the segment stage (documents/segment.cc, documents/segment_blocks.cc).
#ifndef OFTRACK_DOCUMENTS_HEADINGS_H_
#define OFTRACK_DOCUMENTS_HEADINGS_H_

#include <optional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace oftrack {

// True when one line (or two wrapped lines joined) could be a heading by its
// shape alone: short, starting with a capital, no final full stop, comma or
// colon (a trailing "?" and a trailing ": <grade>" are fine), not a salutation
// ("Dear Catherine"), date or "Label: value" field ("Inspection date: ...").
bool HeadingShape(std::string_view text);

// True when the line ends in a word that cannot end a heading ("... who need
// help and", "... looked"): a wrapped heading continues on the next line.
bool EndsWithConnective(std::string_view text);

// What a known Ofsted heading announces. `known` is false for headings not
// in the list (sub-headings such as "Summary", "Local leadership"), whose
// section inherits the kind of the section it sits in.
struct HeadingClass {
  bool known = false;
  SectionKind kind = SectionKind::kOther;
  bool lscb = false;   // starts the SIF review of the LSCB (kOther to the end)
  bool judgement_name = false;  // names a judgement ("Leadership, management and governance")
};
HeadingClass ClassifyHeading(std::string_view heading, DocType type);

// The grade a heading ends with: "...: inadequate", "...: requires improvement
// to be good" (any case), or kNone.
GradeValue TrailingGrade(std::string_view heading);

// The grade a short line states on its own: "Good", "Requires improvement",
// "Grade 4 (Inadequate)", "requires improvement to be good." (a full stop allowed); kNone for anything else.
GradeValue BareGrade(std::string_view line);

// What list an areas heading opens: "What needs to improve?", "What needs to
// improve in this area of social work practice?1" (footnote digit), "What
// does the local authority need to improve?", "Recommendations", "Areas for
// improvement" -> kImprove; "Areas for priority action", "Priority and
// immediate action" -> kPriority; "Areas covered by the visit" -> kCovered.
// Nothing for any other heading. A trailing colon, "?" or grade is ignored.
std::optional<AreaKind> AreasHeadingKind(std::string_view heading);

// True for a paragraph that opens Ofsted boiler-plate: the letter's copy list
// and signature ("I am copying this letter to ...", "Yours sincerely"), the
// licence and contact text ("The Office for Standards in Education ...",
// "You may reuse this information ...", "© Crown copyright 2022").
bool OpensBoilerplate(std::string_view paragraph);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_HEADINGS_H_
