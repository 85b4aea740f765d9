// Titles: how each kind of Ofsted document names itself on its first page
// (CODEBOOK.md, "Documents"). The one list of title wordings, shared by the
// type reader (doc_type.cc) and the committee-pack splitter.
// Internal to documents/.
#ifndef OFTRACK_DOCUMENTS_TITLES_H_
#define OFTRACK_DOCUMENTS_TITLES_H_

#include <optional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace oftrack {

struct TitleMatch {
  DocType type = DocType::kOther;  // kIlacs for every ILACS title: short or standard is decided by the dates
  std::string authority;           // as the title names it ("Doncaster Metropolitan Borough Council"); "" when not named
  std::string words;               // the title as matched, spaces collapsed
};

// The title `text` starts with (leading markdown '#' and spaces skipped), or
// nothing. `text` may hold a title wrapped over several lines joined by
// spaces, and what follows it. With `whole`, the title must be all of `text`.
// Recognised, case-insensitively (X: the council as it names itself):
//   "Inspection of X children's services", "Inspection of X local authority
//   children's services", "Inspection of children's social care services"
//   (2018-19)                                                          -> ilacs
//   "[Re-]inspection of services for children in need of help and protection" -> sif
//   "Inspection of [safeguarding and] looked after children's services"       -> looked_after
//   "Monitoring visit to/of X children's services"                            -> monitoring_visit
//   "Focused visit to/of X children's services"                               -> focused_visit
//   "Joint targeted area inspection of/in ..."                                -> jtai
// Not a title: "inspection of local authority children's services (ILACS)
// framework" (no council named) and any X longer than 80 characters.
std::optional<TitleMatch> MatchTitle(std::string_view text, bool whole = false);

// True when `text` could open a title (its first word is one a title starts
// with): a cheap test to run before MatchTitle on every line.
bool MayOpenTitle(std::string_view text);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_TITLES_H_
