// Segment: lines -> blocks, sections and sentences (see model/document.h).
//   - wrapped lines of one paragraph are joined; a word hyphenated at line end
//     is re-joined ("step-" + "down" -> "step-down"; "multi-" + "agency" keeps
//     the hyphen, "pro-" + "cedures" -> "procedures" only when the hyphen is a
//     line-break artefact);
//   - a paragraph cut by a page break is re-joined with its continuation;
//   - "12." / "12" at the start of a paragraph becomes Block::para_id;
//   - bullets ("•", "-", "◼" after cleaning) and "1)" / "a." items are list items;
//   - headings (short lines without final punctuation, markdown '#', known
//     Ofsted headings) start sections; each section gets a SectionKind from its
//     heading and the document type, and heading_grade from a trailing
//     ": inadequate" / ": requires improvement to be good";
//   - sentences come from the SentenceSplitter, one per list item at least;
//   - Document::text is the blocks' text joined by "\n\n"; offsets point into it.
#ifndef OFTRACK_DOCUMENTS_SEGMENT_H_
#define OFTRACK_DOCUMENTS_SEGMENT_H_

#include <string_view>

#include "model/document.h"
#include "model/source_text.h"
#include "text/sentence_splitter.h"

namespace oftrack {

// REQUIRES: doc->type is already set (section kinds depend on it).
// Fills doc->text, doc->blocks, doc->sections, doc->sentences.
void Segment(const DocumentText& text, const SentenceSplitter& splitter, Document* doc);

// Test entry point: segments text given as one string, as if already cleaned
// ("\f" separates PDF pages; leading spaces give each line's indent).
Document SegmentForTest(std::string_view text, DocType type, const SentenceSplitter& splitter);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_SEGMENT_H_
