// Page furniture: what a PDF repeats on its pages rather than says.
// Internal to clean (clean.cc); exposed for tests.
#ifndef OFTRACK_TEXT_PAGE_FURNITURE_H_
#define OFTRACK_TEXT_PAGE_FURNITURE_H_

#include <string_view>
#include <vector>

#include "model/source_text.h"

namespace oftrack {

// Removes running headers and footers from the lines of a PDF (cleaned text,
// grouped by TextLine::page, in page order):
//   - a line that, with its digits masked, recurs in the top or bottom four
//     non-blank lines of at least 30% of the pages (and of 2 pages at least);
//   - the known Ofsted running titles in those zones ("Inspection of Leeds local
//     authority children's services 21 February to 4 March 2022 3",
//     "Sandwell Council Inspection of looked after children services   2") and
//     the date line that follows them;
//   - bare page numbers and footnote numbers ("12", "Page 3 of 12") anywhere.
// A line in the top zone of the first page is kept (it is the title).
// Returns the number of lines removed.
size_t RemovePageFurniture(std::vector<TextLine>* lines);

// "12", "Page 3", "3 of 12", "- 3 -": a line that is only a page number.
bool IsPageNumberLine(std::string_view text);

// "This page is intentionally left blank" (any case, optional full stop).
bool IsBlankPageNotice(std::string_view text);

}  // namespace oftrack

#endif  // OFTRACK_TEXT_PAGE_FURNITURE_H_
