// The values that carry a file from disk to cleaned lines:
//   RawFile (load) -> PageText (extract) -> CleanText (clean) -> DocumentText (split pack).
// Every line keeps where it came from (page for PDFs, line for text files), so
// provenance is carried, never reconstructed.
#ifndef OFTRACK_MODEL_SOURCE_TEXT_H_
#define OFTRACK_MODEL_SOURCE_TEXT_H_

#include <string>
#include <vector>

namespace oftrack {

enum class SourceKind { kPdf, kText };

// A file as read from disk. REQUIRES: bytes holds the whole file.
struct RawFile {
  std::string path;          // as opened (absolute or relative to the cwd)
  std::string display_path;  // as found under the PATH given to `ingest` (what exports call `file`)
  SourceKind kind = SourceKind::kText;
  std::string bytes;
  std::string content_hash;  // 32 hex digits (XXH3-128 of the bytes)
};

// Raw text by page. Text files are one page. UTF-8, not yet normalised.
struct PageText {
  std::vector<std::string> pages;
  std::string encoding;  // "pdf", "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "windows-1252", ...
};

// One line of cleaned text and where it came from.
struct TextLine {
  std::string text;  // NFC, quotes/apostrophes straightened, spaces normalised, no trailing newline
  int page = 1;      // 1-based PDF page; 1 for text files
  int line = 0;      // 1-based line: within the page for PDFs, within the file for text
  int indent = 0;    // leading spaces in the layout text (columns), before stripping
};

// A whole file as cleaned lines: running headers/footers, page numbers and
// "This page is intentionally left blank" removed; blank lines kept as empty text
// (they separate paragraphs).
struct CleanText {
  std::vector<TextLine> lines;
  SourceKind kind = SourceKind::kText;
  std::vector<std::string> warnings;
};

// One document inside a file: the whole file, or one Ofsted document cut out of a
// committee pack. Lines are a contiguous slice of CleanText::lines.
struct DocumentText {
  int index = 0;         // 0-based position within the source file
  size_t first_line = 0; // index into CleanText::lines
  std::vector<TextLine> lines;
  bool in_pack = false;  // cut out of a committee pack
  SourceKind kind = SourceKind::kText;  // of the file it came from
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_SOURCE_TEXT_H_
