// Clean: from raw page text to cleaned lines with provenance.
//   - Unicode: NFC; curly quotes and apostrophes straightened (’ -> ', “ ” -> ");
//     non-breaking and other odd spaces -> ' '; ligatures (ﬁ ﬂ) expanded;
//     private-use and geometric bullet glyphs (U+F02D, U+F06E, ◼, •, ▪, ...) -> "•".
//   - PDFs: running headers/footers (lines repeated on many pages, "Inspection of
//     X local authority children's services <dates> <page>"), bare page numbers,
//     footnote-number lines and "This page is intentionally left blank" removed.
//   - Markdown-ish text (committee packs): **bold**, <b>, <sup>, <br>, pipe-table
//     separators and heading '#' marks removed; table rows kept with cells
//     separated by a TAB.
// Lines are NOT joined here (segment does that); blank lines are kept.
#ifndef OFTRACK_TEXT_CLEAN_H_
#define OFTRACK_TEXT_CLEAN_H_

#include <string>
#include <string_view>

#include "model/source_text.h"

namespace oftrack {

CleanText Clean(const PageText& pages, SourceKind kind);

// The per-line Unicode normalisation above, alone. Input UTF-8.
std::string NormaliseLine(std::string_view line);

// Test entry point: cleans text given as one string ("\f" separates PDF pages).
CleanText CleanForTest(std::string_view text, SourceKind kind);

}  // namespace oftrack

#endif  // OFTRACK_TEXT_CLEAN_H_
