// Running headers and footers are learned per document, not listed: Ofsted has
// changed its page design several times (2012 "Sandwell Council Inspection of
// looked after children services   2" at the foot; 2018- "Inspection of
// Nottingham City local authority children's services" / "11 July 2022" /
// "2" as three lines at the foot). What stays the same is that furniture sits
// at the top or bottom of the page and repeats with only numbers changing. So:
//   1. each page's zone is its first and last four non-blank lines;
//   2. a zone line's key is its text with each digit run masked to '#' and
//      space runs collapsed ("# July #"); keys with fewer than 3 letters are
//      ignored (a lone "12." paragraph number must not become furniture);
//   3. a key found in the zones of >= 30% of pages (>= 2 pages) is furniture
//      in every zone where it appears, except in the top zone of page 1;
//   4. the known running-title shapes are removed in zones even when rare
//      (short letters), with the date line under them.
// Bare numbers are removed anywhere: in layout text they are page numbers or
// footnote marks split off ("... most of its care leavers, most" / "1" /
// "of whom receive ...").
#include "text/page_furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_map>

namespace oftrack {
namespace {

constexpr int kZoneLines = 4;
constexpr double kMinPageShare = 0.3;

struct Page {
  std::vector<size_t> zone;  // indices of zone lines, in order
  size_t top_count = 0;      // the first top_count entries of zone are the top zone
};

const RE2& RunningTitle() {
  static const RE2 re(
      "(?:.+ )?(?:Re-)?[Ii]nspection of .{3,150}services(?: +[0-9A-Za-z ,\u2013-]*[0-9])?");
  return re;
}

const RE2& DateLine() {
  static const RE2 re(
      "[0-9]{1,2}(?: +[A-Za-z]+)?(?: +[0-9]{4})?(?: *(?:to|\u2013|-) *[0-9]{1,2})? +"
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
      " +[0-9]{4}(?: +[0-9]{1,3})?");
  return re;
}

std::string Key(std::string_view text) {
  std::string key;
  int letters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      if (key.empty() || key.back() != '#') key.push_back('#');
    } else if (c == ' ' || c == '\t') {
      if (key.empty() || key.back() != ' ') key.push_back(' ');
    } else {
      letters += std::isalpha(c) ? 1 : 0;
      key.push_back(static_cast<char>(c));
    }
  }
  return letters >= 3 ? key : std::string();
}

std::vector<Page> FindZones(const std::vector<TextLine>& lines) {
  std::vector<Page> pages;
  size_t begin = 0;
  while (begin < lines.size()) {
    size_t end = begin;
    std::vector<size_t> filled;
    while (end < lines.size() && lines[end].page == lines[begin].page) {
      if (!lines[end].text.empty()) filled.push_back(end);
      ++end;
    }
    Page page;
    size_t top = std::min<size_t>(kZoneLines, filled.size());
    size_t bottom_start = std::max(top, filled.size() >= kZoneLines ? filled.size() - kZoneLines : 0);
    page.zone.assign(filled.begin(), filled.begin() + top);
    page.zone.insert(page.zone.end(), filled.begin() + bottom_start, filled.end());
    page.top_count = top;
    pages.push_back(std::move(page));
    begin = end;
  }
  return pages;
}

// Keys that recur in the zones of enough pages.
std::set<std::string> LearnFurniture(const std::vector<TextLine>& lines, const std::vector<Page>& pages) {
  std::unordered_map<std::string, int> page_count;
  for (const Page& page : pages) {
    std::set<std::string> seen;
    for (size_t idx : page.zone) {
      std::string key = Key(lines[idx].text);
      if (!key.empty() && seen.insert(key).second) ++page_count[key];
    }
  }
  int threshold = std::max(2, static_cast<int>(kMinPageShare * pages.size() + 0.999));
  std::set<std::string> furniture;
  for (const auto& [key, count] : page_count) {
    if (count >= threshold) furniture.insert(key);
  }
  return furniture;
}

}  // namespace

bool IsPageNumberLine(std::string_view text) {
  auto digits = [&](size_t max) {
    size_t n = 0;
    while (n < text.size() && std::isdigit(static_cast<unsigned char>(text[n]))) ++n;
    bool ok = n >= 1 && n <= max;
    text.remove_prefix(n);
    return ok;
  };
  auto eat = [&](std::string_view word) {
    if (text.size() < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    }
    text.remove_prefix(word.size());
    return true;
  };
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (eat("- ") || eat("\u2013 ")) {  // "- 3 -"
    return digits(3) && (eat(" -") || eat(" \u2013")) && text.empty();
  }
  eat("page ");
  if (!digits(3)) return false;
  if (eat(" of ") && !digits(4)) return false;
  return text.empty();
}

bool IsBlankPageNotice(std::string_view text) {
  static constexpr std::string_view kNotice = "this page is intentionally left blank";
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (text.size() != kNotice.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != kNotice[i]) return false;
  }
  return true;
}

size_t RemovePageFurniture(std::vector<TextLine>* lines) {
  std::vector<Page> pages = FindZones(*lines);
  std::set<std::string> furniture;
  if (pages.size() >= 2) furniture = LearnFurniture(*lines, pages);
  std::vector<bool> remove(lines->size(), false);
  for (size_t p = 0; p < pages.size(); ++p) {
    bool after_title = false;
    for (size_t z = 0; z < pages[p].zone.size(); ++z) {
      size_t idx = pages[p].zone[z];
      if (p == 0 && z < pages[p].top_count) continue;  // the title of the document
      const std::string& text = (*lines)[idx].text;
      bool title = RE2::FullMatch(text, RunningTitle());
      if (title || furniture.count(Key(text)) || (after_title && RE2::FullMatch(text, DateLine()))) {
        remove[idx] = true;
      }
      after_title = title;
    }
  }
  for (size_t i = 0; i < lines->size(); ++i) {
    if (IsPageNumberLine((*lines)[i].text)) remove[i] = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < lines->size(); ++i) {
    if (remove[i]) continue;
    if (kept != i) (*lines)[kept] = std::move((*lines)[i]);
    ++kept;
  }
  size_t removed = lines->size() - kept;
  lines->resize(kept);
  return removed;
}

}  // namespace oftrack
