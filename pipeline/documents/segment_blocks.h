// Segment blocks: cleaned lines -> blocks (headings, numbered paragraphs, list
// items, paragraphs, table rows) with their joined text and, for each source
// line, where its text starts inside the block. Internal to documents/segment.cc.
#ifndef OFTRACK_DOCUMENTS_SEGMENT_BLOCKS_H_
#define OFTRACK_DOCUMENTS_SEGMENT_BLOCKS_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {

// Where one source line's text begins inside a block's text.
struct LineStart {
  size_t offset = 0;
  int page = 0, line = 0;
};

struct SegBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  std::string para_id;             // "12" for numbered paragraphs
  std::vector<LineStart> starts;   // one per joined source line, in order
  int heading_level = 0;           // markdown '#' count when the source had them
};

// Builds the blocks of one document. Works on both layouts: PDF layout text
// (wrapped lines, indented continuations) and "one line per paragraph" text
// from committee packs, told apart by line lengths.
std::vector<SegBlock> BuildBlocks(const std::vector<TextLine>& lines);

// Joins two pieces of one wrapped paragraph: a space, or nothing after a
// line-end hyphen ("multi-" + "agency" -> "multi-agency"; "pro-" + "cedures"
// -> "procedures" only when `known_words` holds "procedures" and not the
// hyphenated form). Exposed for tests.
struct HyphenEvidence;
std::string JoinWrapped(const std::string& left, const std::string& right, const HyphenEvidence* evidence);
// JoinWrapped in place: right appended to *left.
void AppendWrapped(std::string* left, const std::string& right, const HyphenEvidence* evidence);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_SEGMENT_BLOCKS_H_
