// Grade words: how Ofsted words a grade, in one place for every pattern that
// reads one (grade tables, judgement headings, SIF sentences).
//   "Outstanding", "Good", "Requires improvement to be good" (2015-),
//   "Requires improvement", "Require improvement" (SIF cells; the verb of
//   "Children's services in X require improvement to be good"),
//   "Adequate" (2012-13), "Inadequate".
// Internal to documents/.
#ifndef OFTRACK_DOCUMENTS_GRADE_WORDS_H_
#define OFTRACK_DOCUMENTS_GRADE_WORDS_H_

#include <string_view>

#include "model/document.h"

namespace oftrack {

// The grade words as one RE2 alternation, no capturing group, lower case
// (compile with (?i)). Longest wording first.
inline constexpr char kGradeWords[] =
    "outstanding|good|requires? improvement to be good|requires? improvement|adequate|inadequate";

// The grade that `words` names (any case, spaces around ignored), or kNone.
GradeValue GradeOfWords(std::string_view words);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_GRADE_WORDS_H_
