// StripMarkup: a single left-to-right scan per line. Every look-ahead (a tag's
// '>', a link's "](...)") is bounded, so a 50 MB line full of '<' or '[' stays
// linear. Pipe-table rows are split on '|' first and each cell stripped alone.
#include "text/markup.h"

#include <cctype>
#include <vector>

#include "text/byte_set.h"

namespace oftrack {
namespace {

constexpr size_t kMaxTag = 256;       // longest HTML tag looked for
constexpr size_t kMaxLinkText = 512;  // longest "[text]"
constexpr size_t kMaxLinkUrl = 2048;  // longest "(url)"
constexpr size_t kMaxEmphasis = 2048; // longest "*italic text*"

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Length of an HTML tag at s[0] == '<' ("<b>", "</sup>", "<br />", "<span class=x>"),
// 0 if it is not one. *is_break is set for <br>.
size_t TagLength(std::string_view s, bool* is_break) {
  size_t i = 1;
  if (i < s.size() && s[i] == '/') ++i;
  size_t name_start = i;
  while (i < s.size() && i < kMaxTag && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  if (i == name_start || !std::isalpha(static_cast<unsigned char>(s[name_start]))) return 0;
  std::string name(s.substr(name_start, i - name_start));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (i < s.size() && s[i] != '>' && s[i] != ' ' && s[i] != '/') return 0;
  while (i < s.size() && i < kMaxTag && s[i] != '>' && s[i] != '<') ++i;
  if (i >= s.size() || s[i] != '>') return 0;
  *is_break = (name == "br");
  return i + 1;
}

// "[text](url)" at s[0] == '[': sets *text and returns the whole length, or 0.
size_t LinkLength(std::string_view s, std::string_view* text) {
  size_t close = s.substr(0, kMaxLinkText).find_first_of("[]", 1);
  if (close == std::string_view::npos || s[close] != ']') return 0;
  if (close + 1 >= s.size() || s[close + 1] != '(') return 0;
  size_t end = s.substr(0, close + kMaxLinkUrl).find_first_of(") ", close + 2);
  if (end == std::string_view::npos || s[end] != ')') return 0;
  *text = s.substr(1, close - 1);
  return end + 1;
}

// "*text*" at s[0] == '*': sets *text and returns the whole length, or 0.
// The marks must hug the text, so "A* to C" and "19/04/2022*" are left alone.
size_t EmphasisLength(std::string_view s, std::string_view* text) {
  if (s.size() < 3 || s[1] == ' ' || s[1] == '*') return 0;
  size_t close = s.substr(0, kMaxEmphasis).find('*', 2);
  if (close == std::string_view::npos || s[close - 1] == ' ') return 0;
  *text = s.substr(1, close - 1);
  return close + 1;
}

struct Entity {
  std::string_view name;
  const char* text;
};
constexpr Entity kEntities[] = {{"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"}, {"&quot;", "\""},
                                {"&#39;", "'"},   {"&apos;", "'"}, {"&nbsp;", " "}};

// Appends s without inline markup (bold and italic marks, tags, links, entities).
void StripInline(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    std::string_view rest = s.substr(i);
    if (c == '*' && rest.substr(0, 2) == "**") {
      i += 2;
      continue;
    }
    std::string_view inner;
    if (c == '*') {
      if (size_t n = EmphasisLength(rest, &inner)) {
        StripInline(inner, out);
        i += n;
        continue;
      }
    }
    if (c == '<') {
      bool is_break = false;
      if (size_t n = TagLength(rest, &is_break)) {
        if (is_break) out->push_back(' ');
        i += n;
        continue;
      }
    }
    std::string_view link_text;
    size_t skip = (c == '!' && rest.size() > 1 && rest[1] == '[') ? 1 : 0;
    if (c == '[' || skip) {
      if (size_t n = LinkLength(rest.substr(skip), &link_text)) {
        StripInline(link_text, out);
        i += skip + n;
        continue;
      }
    }
    if (c == '&') {
      bool found = false;
      for (const Entity& e : kEntities) {
        if (rest.substr(0, e.name.size()) == e.name) {
          out->append(e.text);
          i += e.name.size();
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    out->push_back(c);
    ++i;
  }
}

bool IsSeparatorCell(std::string_view cell) {
  cell = TrimSpaces(cell);
  if (cell.empty()) return true;
  for (char c : cell) {
    if (c != '-' && c != ':') return false;
  }
  return true;
}

// "| a | b |" -> "a\tb"; nullopt for separators and empty rows.
std::optional<std::string> TableRow(std::string_view row) {
  row = TrimSpaces(row);
  row.remove_prefix(1);  // leading '|'
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  std::vector<std::string> cells;
  bool separator = true;
  bool any_text = false;
  size_t start = 0;
  while (true) {
    size_t bar = row.find('|', start);
    std::string_view cell = row.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    separator = separator && IsSeparatorCell(cell);
    std::string text;
    StripInline(cell, &text);
    cells.emplace_back(TrimSpaces(text));
    any_text = any_text || !cells.back().empty();
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  if (separator || !any_text) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back('\t');
    out += cells[i];
  }
  return out;
}

bool MayHaveMarkup(std::string_view line) {
  static constexpr ByteSet kMarkup("*<[&|#");
  return kMarkup.AnyIn(line);
}

std::optional<std::string> StripMarked(std::string_view line) {
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) return std::string(line);
  std::string_view body = line.substr(indent);
  // "- | a | b |": a table row that the converter put in a list.
  std::string_view maybe_row = body.substr(0, 3) == "- |" ? body.substr(2) : body;
  if (maybe_row.front() == '|' && maybe_row.find('|', 1) != std::string_view::npos) return TableRow(maybe_row);
  std::string out(line.substr(0, indent));
  size_t hashes = body.find_first_not_of('#');
  if (hashes == std::string_view::npos) hashes = body.size();
  if (hashes >= 1 && hashes <= 6 && (hashes == body.size() || body[hashes] == ' ')) {
    body.remove_prefix(hashes == body.size() ? hashes : hashes + 1);
    out.clear();  // a heading keeps no indent
  }
  StripInline(body, &out);
  return out;
}

}  // namespace

std::optional<std::string> StripMarkup(std::string line) {
  if (!MayHaveMarkup(line)) return line;
  return StripMarked(line);
}

}  // namespace oftrack
