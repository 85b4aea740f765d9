// Clean: split pages into lines, normalise each line, then remove what is not
// text. Text files (committee packs) lose their markup line by line
// (markup.h); PDFs lose their page furniture, learned over the whole document
// (page_furniture.h). Both lose "This page is intentionally left blank" and
// page-number lines. Lines keep their page and line number from the source,
// so removed lines leave gaps in TextLine::line, never renumbering.
#include "text/clean.h"

#include <optional>
#include <string>
#include <string_view>

#include "text/markup.h"
#include "text/page_furniture.h"

namespace oftrack {
namespace {

// Calls f(line) for each line of `page`; "\n", "\r\n" and a lone "\r" end a
// line; a final line break does not start an empty last line.
template <typename F>
void ForEachLine(std::string_view page, F&& f) {
  size_t start = 0;
  while (start < page.size()) {
    // A plain loop: find_first_of calls memchr on its set for every byte.
    size_t end = start;
    while (end < page.size() && page[end] != '\n' && page[end] != '\r') ++end;
    if (end == page.size()) {
      f(page.substr(start));
      return;
    }
    f(page.substr(start, end - start));
    start = end + ((page[end] == '\r' && end + 1 < page.size() && page[end + 1] == '\n') ? 2 : 1);
  }
}

// Sets indent and strips the line: leading spaces counted then removed,
// trailing spaces and TABs removed; internal runs of spaces (table columns)
// and TABs (table cells) kept.
TextLine MakeLine(std::string text, int page, int line) {
  TextLine out;
  size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) first = text.size();
  size_t last = text.find_last_not_of(" \t");
  size_t end = (last == std::string::npos || last < first) ? first : last + 1;
  out.indent = static_cast<int>(first);
  text.resize(end);
  text.erase(0, first);
  out.text = std::move(text);
  out.page = page;
  out.line = line;
  return out;
}

bool HasVisibleText(std::string_view page) {
  for (unsigned char c : page) {
    if (c > ' ') return true;
  }
  return false;
}

void CleanPage(std::string_view raw, int page, SourceKind kind, int* line_number, CleanText* out) {
  ForEachLine(raw, [&](std::string_view raw_line) {
    ++*line_number;
    std::string text = NormaliseLine(raw_line);
    if (kind == SourceKind::kText) {
      std::optional<std::string> stripped = StripMarkup(std::move(text));
      if (!stripped) return;
      text = std::move(*stripped);
    }
    TextLine line = MakeLine(std::move(text), page, *line_number);
    if (IsBlankPageNotice(line.text)) return;
    if (kind == SourceKind::kText && IsPageNumberLine(line.text)) return;
    out->lines.push_back(std::move(line));
  });
}

}  // namespace

CleanText Clean(const PageText& pages, SourceKind kind) {
  CleanText out;
  out.kind = kind;
  int line_number = 0;
  for (size_t p = 0; p < pages.pages.size(); ++p) {
    int page = static_cast<int>(p) + 1;
    if (kind == SourceKind::kPdf) {
      line_number = 0;  // PDF lines count within their page
      if (!HasVisibleText(pages.pages[p])) out.warnings.push_back("page " + std::to_string(page) + " has no text");
    }
    CleanPage(pages.pages[p], kind == SourceKind::kPdf ? page : 1, kind, &line_number, &out);
  }
  if (kind == SourceKind::kPdf) RemovePageFurniture(&out.lines);
  return out;
}

CleanText CleanForTest(std::string_view text, SourceKind kind) {
  PageText pages;
  size_t start = 0;
  while (true) {
    size_t ff = text.find('\f', start);
    pages.pages.emplace_back(text.substr(start, ff == std::string_view::npos ? ff : ff - start));
    if (ff == std::string_view::npos) break;
    start = ff + 1;
  }
  return Clean(pages, kind);
}

}  // namespace oftrack
