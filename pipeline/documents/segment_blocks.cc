// How lines become blocks.
//
// Each cleaned line is first given a class: blank, numbered ("1.     Weaknesses
// in the MASH ...", "10. The threshold ...", "- 3.4 In March ..."), bullet
// ("• Placement sufficiency ...", "a) ..."), table ("Contents ... 3", cells
// split by TAB or 3+ spaces), bare grade ("Good", "Grade 4 (Inadequate)") or
// text. Then one pass builds blocks:
//
//   - PDF layout text wraps paragraphs: a text line continues the open block
//     unless a blank line came first and the block had finished its sentence;
//     a numbered paragraph or bullet also keeps an indented line that follows a
//     page break ("9. ... the" / page / "       young parents' children's ...").
//   - Committee packs write one paragraph per line ("one-line mode", detected
//     by line lengths): each line is its own block.
//   - A heading is a well-shaped line (headings.h) in a heading's place: after
//     a blank or a finished block, before a blank on the same page, a numbered
//     paragraph, a bullet or a table; a known Ofsted heading may also run
//     straight into text. Wrapped headings ("... who need help and" /
//     "protection: inadequate") are joined.
//   - Grade tables are kept as table rows, their wrapped cells re-attached
//     ("The impact of leaders on social work   Requires improvement to be good"
//     / "practice with children and families").
//
// A last pass joins blocks cut by a page break or a stray blank line: a block
// that has not finished its sentence followed by a paragraph that starts in
// lower case or on the next page ("... through a" ‖ "range of panels ...").
// Line-end hyphens are kept unless the document itself shows the word whole
// (JoinWrapped): Ofsted's line-end hyphens are nearly all real compounds.
#include "documents/segment_blocks.h"

#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "documents/headings.h"
#include "text/byte_set.h"

namespace oftrack {

struct HyphenEvidence {
  std::string lowered;                              // the document's lines, lower-cased; the sets point into it
  std::unordered_set<std::string_view> words;       // lower-case words seen whole
  std::unordered_set<std::string_view> hyphenated;  // lower-case "a-b" seen inside a line
};

namespace {

enum class LineClass { kBlank, kNumbered, kBullet, kTable, kGrade, kText };

struct Line {
  const TextLine* src = nullptr;
  std::string text;     // trimmed, markdown marks removed
  std::string body;     // numbered paragraphs and list items: the text without the number / bullet
  std::string para_id;
  int indent = 0;
  int md_level = 0;
  LineClass cls = LineClass::kBlank;
};

bool IsLowerStart(std::string_view s) {
  return !s.empty() && std::islower(static_cast<unsigned char>(s[0]));
}

// True when the text ends a sentence or introduces a list.
bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == ')' ||
                        s.back() == '*' || s.back() == ']')) {
    s.remove_suffix(1);
  }
  if (s.empty()) return true;
  char c = s.back();
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

// Removes markdown heading marks and bold stars left in by cleaning.
std::string StripMarkdown(std::string s, int* level) {
  *level = 0;
  while (*level < static_cast<int>(s.size()) && s[*level] == '#') ++*level;
  if (*level > 0 && *level < static_cast<int>(s.size()) && s[*level] == ' ') {
    s = s.substr(*level + 1);
  } else {
    *level = 0;
  }
  static const RE2 kBold(R"(\*\*|</?b>)");
  static constexpr ByteSet kBoldMarks("*<");
  if (kBoldMarks.AnyIn(s)) RE2::GlobalReplace(&s, kBold, "");
  return Trim(s);
}

// Cheap tests that let most lines skip the patterns below (each pattern costs
// a regex run on every line of every document).
bool MayBeGrade(std::string_view s) { return s.size() <= 60; }
// A paragraph number or list marker opens with a digit, a symbol or bracket,
// or a short letter/roman-numeral marker ("a.", "(iv)", "ii)").
bool MayBeMarked(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (!letter) return true;
  if (c < 'a') return false;  // upper case: never a marker
  size_t n = 0;
  while (n < s.size() && n < 4 && std::islower(static_cast<unsigned char>(s[n]))) ++n;
  return n <= 3 && n < s.size() && (s[n] == '.' || s[n] == ')');
}
bool MayHaveGap(std::string_view s) {
  int spaces = 0;  // one pass: std::string_view::find("   ") calls memchr at every space
  for (char c : s) {
    if (c == '\t') return true;
    spaces = c == ' ' ? spaces + 1 : 0;
    if (spaces == 3) return true;
  }
  return false;
}

Line ClassifyLine(const TextLine& src) {
  static const RE2 kNumbered(R"(^(?:[-•]\s+)?(\d{1,3})(?:\.\s+|\s{2,})(\S.*)$)");
  static const RE2 kSubNumbered(R"(^(?:[-•]\s+)?(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$)");
  static const RE2 kBullet(R"(^(?:[•◼▪●○■►❖✓–*-]|\(?[a-h]\)|[a-h]\.|\(?(?:i|ii|iii|iv|v|vi)\)|\d{1,2}\))\s+(\S.*)$)");
  static const RE2 kGap(R"(\S(?:\t|\s{3,})\S)");
  Line l;
  l.src = &src;
  size_t lead = src.text.find_first_not_of(' ');
  l.indent = src.indent > 0 ? src.indent : (lead == std::string::npos ? 0 : static_cast<int>(lead));
  l.text = StripMarkdown(Trim(src.text), &l.md_level);
  if (l.text.empty()) return l;
  static const RE2 kGradeTail(R"((?i)^to be good$)");
  bool marked = MayBeMarked(l.text);
  if (MayBeGrade(l.text) && (BareGrade(l.text) != GradeValue::kNone || RE2::FullMatch(l.text, kGradeTail))) {
    l.cls = LineClass::kGrade;
  } else if (marked && (RE2::FullMatch(l.text, kNumbered, &l.para_id, &l.body) ||
                        RE2::FullMatch(l.text, kSubNumbered, &l.para_id, &l.body))) {
    l.cls = MayHaveGap(l.body) && RE2::PartialMatch(l.body, kGap) ? LineClass::kTable : LineClass::kNumbered;
  } else if (marked && RE2::FullMatch(l.text, kBullet, &l.body)) {
    l.cls = LineClass::kBullet;
  } else if (l.text.find('\t') != std::string::npos || (MayHaveGap(l.text) && RE2::PartialMatch(l.text, kGap))) {
    l.cls = LineClass::kTable;
  } else {
    l.cls = LineClass::kText;
  }
  if (l.cls != LineClass::kNumbered && l.cls != LineClass::kBullet) {
    l.para_id.clear();  // a table row's leading number is a cell, not a paragraph number
    l.body.clear();     // only numbered paragraphs and list items read the body
  }
  return l;
}

// Table cells separated by one TAB.
std::string TableText(const std::string& s) {
  static const RE2 kGap(R"(\s*(?:\t|\s{3,})\s*)");
  std::string out = s;
  RE2::GlobalReplace(&out, kGap, "\t");
  return out;
}

// The words of the document as the pattern `[A-Za-z]+(?:-[A-Za-z]+)*` finds
// them, scanned by hand: this runs over every word of most documents.
// Fills *out in place (the sets hold views into out->lowered, so it is never moved).
void CollectEvidence(const std::vector<Line>& lines, HyphenEvidence* out) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  HyphenEvidence& ev = *out;
  size_t total = 0;
  for (const Line& l : lines) total += l.text.size() + 1;
  ev.lowered.reserve(total);  // never reallocated below: the sets hold views into it
  for (const Line& l : lines) {
    for (char c : l.text) ev.lowered.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    ev.lowered.push_back('\n');
  }
  const std::string& t = ev.lowered;
  size_t i = 0, n = t.size();
  while (i < n) {
    if (!alpha(t[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    bool hyphen = false;
    while (i < n && alpha(t[i])) ++i;
    while (i + 1 < n && t[i] == '-' && alpha(t[i + 1])) {
      hyphen = true;
      ++i;
      while (i < n && alpha(t[i])) ++i;
    }
    std::string_view w(t.data() + begin, i - begin);
    if (hyphen) ev.hyphenated.insert(w);
    else ev.words.insert(w);
  }
}

// A line-end hyphen only the document's own words can settle: "word-" + a
// lower-case word, neither a known compound part. Sets the lower-case head
// and tail of the would-be word.
bool HyphenQuestion(std::string_view left, std::string_view right, std::string* head, std::string* tail);

class Builder {
 public:
  Builder(std::vector<Line> lines, bool one_line_mode)
      : lines_(std::move(lines)), one_line_(one_line_mode) {}
  std::vector<SegBlock> Run();

 private:
  void Close() { open_ = false; }
  void Start(BlockKind kind, const Line& l, const std::string& text);
  void Append(const Line& l, const std::string& text);
  void AppendCells(const Line& l, const std::string& row);
  bool HeadingHere(size_t i, size_t* last) const;
  bool FollowedLikeHeading(size_t j, bool known, bool first) const;
  bool ContinuesOpenBlock(const Line& l, bool after_blank, bool page_changed) const;
  void MergeCutParagraphs();

  std::vector<Line> lines_;
  bool one_line_;
  // The words of the whole document, collected on the first line-end hyphen
  // that needs them (most documents have few or none).
  const HyphenEvidence* EvidenceFor(const std::string& left, const std::string& right);
  std::optional<HyphenEvidence> evidence_;
  std::vector<SegBlock> blocks_;
  bool open_ = false;
  int first_indent_ = 0, cont_indent_ = -1, last_page_ = 0;
  size_t last_line_ = 0;  // index of the last line added to the open block
  int line_count_ = 0;    // lines in the open block
  int last_para_ = 0;
  size_t last_end_ = static_cast<size_t>(-2);  // last line index taken into a block
};

const HyphenEvidence* Builder::EvidenceFor(const std::string& left, const std::string& right) {
  // The evidence is read only for a hyphen the word lists cannot settle.
  std::string head, tail;
  if (!HyphenQuestion(left, right, &head, &tail)) return nullptr;
  if (!evidence_) CollectEvidence(lines_, &evidence_.emplace());
  return &*evidence_;
}

void Builder::Start(BlockKind kind, const Line& l, const std::string& text) {
  SegBlock b;
  b.kind = kind;
  b.text = text;
  b.para_id = kind == BlockKind::kNumberedParagraph ? l.para_id : "";
  b.heading_level = l.md_level;
  b.starts.push_back({0, l.src->page, l.src->line});
  blocks_.push_back(std::move(b));
  open_ = true;
  first_indent_ = l.indent;
  cont_indent_ = -1;
  last_page_ = l.src->page;
  line_count_ = 1;
  if (kind == BlockKind::kNumberedParagraph) {
    int n = std::atoi(l.para_id.c_str());
    if (l.para_id.find('.') == std::string::npos) last_para_ = n;
  }
}

void Builder::Append(const Line& l, const std::string& text) {
  SegBlock& b = blocks_.back();
  size_t tab = b.kind == BlockKind::kTableRow ? b.text.find('\t') : std::string::npos;
  if (tab != std::string::npos) {
    // A wrapped first cell: "The impact of leaders on social work<TAB>Requires
    // improvement to be good" + "practice with children and families".
    b.text.insert(tab, " " + text);
    b.starts.push_back({tab + 1, l.src->page, l.src->line});
  } else {
    AppendWrapped(&b.text, text, EvidenceFor(b.text, text));
    b.starts.push_back({b.text.size() - text.size(), l.src->page, l.src->line});
  }
  if (cont_indent_ < 0) cont_indent_ = l.indent;
  last_page_ = l.src->page;
  ++line_count_;
}

// A row wrapped in every column: "The impact of leaders ... with children<TAB>
// Requires improvement" + "and families<TAB>to be good", joined cell by cell.
void Builder::AppendCells(const Line& l, const std::string& row) {
  SegBlock& b = blocks_.back();
  std::vector<std::string> cells, more;
  for (auto* v : {&cells, &more}) v->emplace_back();
  for (auto [from, to] : {std::pair<const std::string*, std::vector<std::string>*>{&b.text, &cells}, std::pair<const std::string*, std::vector<std::string>*>{&row, &more}}) {
    for (char c : *from) {
      if (c == '\t') to->emplace_back();
      else to->back().push_back(c);
    }
  }
  if (cells.size() != more.size()) return Append(l, row);
  std::string text;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (k) text += '\t';
    text += cells[k] + " " + more[k];
  }
  b.starts.push_back({cells[0].size() + 1, l.src->page, l.src->line});
  b.text = std::move(text);
  last_page_ = l.src->page;
}

// The lines after heading line j: a heading sits before a blank line (then
// more text on the same page), a numbered paragraph, a bullet or a table.
bool Builder::FollowedLikeHeading(size_t j, bool known, bool first) const {
  size_t k = j + 1;
  if (k >= lines_.size()) return true;
  const Line& next = lines_[k];
  if (next.cls == LineClass::kBlank) {
    size_t m = k;
    while (m < lines_.size() && lines_[m].cls == LineClass::kBlank) ++m;
    if (m >= lines_.size()) return one_line_;
    return lines_[m].src->page == lines_[j].src->page || known;
  }
  if (next.cls == LineClass::kText) return ((known && !one_line_) || first) && !IsLowerStart(next.text);
  // A contents entry wrapped over two lines is not a heading.
  if (next.cls == LineClass::kTable && IsLowerStart(next.text)) return false;
  return next.src->page == lines_[j].src->page || known;
}

// Whether line i starts a heading; *last is its last line (wrapped headings).
bool Builder::HeadingHere(size_t i, size_t* last) const {
  const Line& l = lines_[i];
  *last = i;
  if (l.cls != LineClass::kText) return false;
  if (l.md_level > 0) return true;
  bool first = blocks_.empty();
  if (l.text.back() == ':' && l.text.size() <= 110) {
    // A judgement heading whose grade sits on the next line (2018-19):
    // "The experiences and progress of children who need help and protection is:" / "Good".
    if (i + 1 < lines_.size() && lines_[i + 1].cls == LineClass::kGrade &&
        lines_[i + 1].src->page == l.src->page && ClassifyHeading(l.text, DocType::kOther).known) {
      *last = i + 1;
      return true;
    }
    // A known heading set with a colon: "What needs to improve:".
    std::string bare = l.text.substr(0, l.text.size() - 1);
    if (HeadingShape(bare) && ClassifyHeading(bare, DocType::kOther).known) return FollowedLikeHeading(i, true, first);
  }
  if (!HeadingShape(l.text) || OpensBoilerplate(l.text)) return false;
  // A heading wrapped over two lines.
  if (!one_line_ && i + 1 < lines_.size()) {
    const Line& n = lines_[i + 1];
    if (n.cls == LineClass::kText && n.src->page == l.src->page &&
        (IsLowerStart(n.text) || EndsWithConnective(l.text))) {
      std::string both = l.text + " " + n.text;
      if (HeadingShape(both) && !EndsWithConnective(both)) {
        bool known = ClassifyHeading(both, DocType::kOther).known;
        if ((both.back() != '.' || known) && FollowedLikeHeading(i + 1, known, first)) {
          *last = i + 1;
          return true;
        }
      }
    }
  }
  if (EndsWithConnective(l.text)) return false;
  bool known = ClassifyHeading(l.text, DocType::kOther).known;
  if (l.text.back() == '.' && !known) return false;
  return FollowedLikeHeading(i, known, first);
}

bool Builder::ContinuesOpenBlock(const Line& l, bool after_blank, bool page_changed) const {
  if (!open_ || one_line_) return false;
  const SegBlock& b = blocks_.back();
  if (b.kind == BlockKind::kHeading) return false;
  if (b.kind == BlockKind::kTableRow) {
    return !after_blank && !page_changed && IsLowerStart(l.text) && l.text.size() < 60 && !EndsSentence(l.text);
  }
  if (!after_blank) return true;
  // After a blank or a page break: an unfinished sentence goes on; so does an
  // indented continuation of a numbered paragraph or bullet.
  if (!EndsSentence(b.text) && (page_changed || IsLowerStart(l.text))) return true;
  bool item = b.kind == BlockKind::kNumberedParagraph || b.kind == BlockKind::kListItem;
  return item && page_changed && l.indent > first_indent_ + 1 && (cont_indent_ < 0 || l.indent >= cont_indent_ - 1);
}

std::vector<SegBlock> Builder::Run() {
  bool after_blank = false;
  for (size_t i = 0; i < lines_.size(); ++i) {
    const Line& l = lines_[i];
    if (l.cls == LineClass::kBlank) {
      after_blank = true;
      continue;
    }
    bool page_changed = open_ && l.src->page != last_page_;
    bool finished = !open_ || EndsSentence(blocks_.back().text) || blocks_.back().kind == BlockKind::kHeading ||
                    blocks_.back().kind == BlockKind::kTableRow;
    switch (l.cls) {
      case LineClass::kNumbered: {
        int n = l.para_id.find('.') == std::string::npos ? std::atoi(l.para_id.c_str()) : -1;
        bool plausible = one_line_ || after_blank || finished || page_changed || n == last_para_ + 1;
        if (plausible) {
          Start(BlockKind::kNumberedParagraph, l, l.body);
        } else {
          Append(l, l.text);
        }
        break;
      }
      case LineClass::kBullet:
        Start(BlockKind::kListItem, l, l.body);
        break;
      case LineClass::kGrade: {
        // A grade in its own column: the row's label is the line just above.
        SegBlock* prev = !after_blank && !blocks_.empty() && last_end_ + 1 == i ? &blocks_.back() : nullptr;
        if (prev && prev->starts.size() <= 2 && prev->kind != BlockKind::kListItem &&
            l.indent > first_indent_ + 10) {
          prev->kind = BlockKind::kTableRow;
          prev->para_id.clear();
          prev->text += "\t" + l.text;
        } else {
          Start(BlockKind::kTableRow, l, l.text);
        }
        break;
      }
      case LineClass::kTable: {
        // A wrapped first cell: "The experiences and progress of children who need help and"
        // / "protection      10" (a contents entry).
        SegBlock* prev = !after_blank && !blocks_.empty() && last_end_ + 1 == i ? &blocks_.back() : nullptr;
        if (prev && prev->kind == BlockKind::kParagraph && prev->starts.size() == 1 && IsLowerStart(l.text)) {
          prev->kind = BlockKind::kTableRow;
          Append(l, TableText(l.text));
        } else if (prev && prev->kind == BlockKind::kTableRow && IsLowerStart(l.text)) {
          AppendCells(l, TableText(l.text));
        } else {
          Start(BlockKind::kTableRow, l, TableText(l.text));
        }
        break;
      }
      case LineClass::kText: {
        size_t last = i;
        // A known Ofsted heading may follow an item that ends without a full
        // stop: "... (outcome 4, national framework)" / "What needs to improve ...?1".
        bool known_heading = open_ && !finished && !after_blank && blocks_.back().kind == BlockKind::kListItem &&
                             HeadingShape(l.text) && ClassifyHeading(l.text, DocType::kOther).known;
        if ((!open_ || finished || after_blank || known_heading) && HeadingHere(i, &last)) {
          Start(BlockKind::kHeading, l, l.text);
          for (size_t k = i + 1; k <= last; ++k) Append(lines_[k], lines_[k].text);
          i = last;
          Close();
        } else if (ContinuesOpenBlock(l, after_blank, page_changed)) {
          Append(l, l.text);
        } else {
          Start(BlockKind::kParagraph, l, l.text);
        }
        break;
      }
      case LineClass::kBlank:
        break;
    }
    after_blank = false;
    last_end_ = i;
  }
  MergeCutParagraphs();
  return std::move(blocks_);
}

void Builder::MergeCutParagraphs() {
  std::vector<SegBlock> out;
  for (SegBlock& b : blocks_) {
    if (!out.empty() && b.kind == BlockKind::kParagraph && !b.text.empty()) {
      SegBlock& prev = out.back();
      bool prose = prev.kind == BlockKind::kParagraph || prev.kind == BlockKind::kNumberedParagraph;
      bool item = prev.kind == BlockKind::kListItem;
      bool next_page = b.starts.front().page != prev.starts.back().page;
      if ((prose || item) && !EndsSentence(prev.text) &&
          (IsLowerStart(b.text) || (prose && next_page && !OpensBoilerplate(b.text)))) {
        AppendWrapped(&prev.text, b.text, EvidenceFor(prev.text, b.text));
        size_t shift = prev.text.size() - b.text.size();
        for (LineStart s : b.starts) {
          s.offset += shift;
          prev.starts.push_back(s);
        }
        continue;
      }
    }
    out.push_back(std::move(b));
  }
  blocks_ = std::move(out);
}

// One-line mode when many lines are whole paragraphs (committee packs).
bool OneLinePerParagraph(const std::vector<Line>& lines) {
  int text = 0, long_lines = 0;
  for (const Line& l : lines) {
    if (l.cls == LineClass::kBlank) continue;
    ++text;
    if (l.text.size() > 160) ++long_lines;
  }
  return long_lines >= 3 && long_lines * 5 >= text;
}

bool CompoundPart(const std::string& head, const std::string& tail) {
  static const std::unordered_set<std::string> kHeads = {
      "multi", "non", "well", "self", "cross", "child", "step", "follow", "co", "pre", "post", "re", "sub",
      "over", "under", "long", "short", "inter", "part", "full", "out", "up", "front", "age", "e", "de",
      "anti", "high", "low", "first", "decision", "risk", "life", "joined", "on", "off", "in", "semi",
      "mid", "ex", "year", "care", "key", "face", "one", "two", "three", "strengths", "trauma", "evidence"};
  static const std::unordered_set<std::string> kTails = {
      "agency", "agencies", "based", "up", "down", "term", "year", "years", "old", "olds", "led", "making",
      "maker", "makers", "being", "in", "on", "off", "out", "need", "focused", "informed", "sharing", "date",
      "going", "time", "wide", "level", "house", "line", "known", "profile", "like", "hour", "hours",
      "placed", "seeking", "related", "specific", "appropriate", "owned", "managed", "funded", "to", "of"};
  if (head.empty() || tail.empty()) return true;
  if (std::isdigit(static_cast<unsigned char>(head.back())) || std::isupper(static_cast<unsigned char>(head[0]))) {
    return true;
  }
  std::string h;
  for (char c : head) h.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return kHeads.count(h) || kTails.count(tail);
}

std::string LowerWord(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}


bool HyphenQuestion(std::string_view left, std::string_view right, std::string* head, std::string* tail) {
  size_t n = left.size();
  bool hyphen = n >= 2 && left[n - 1] == '-' && std::isalnum(static_cast<unsigned char>(left[n - 2])) &&
                !right.empty() && std::islower(static_cast<unsigned char>(right[0]));
  if (!hyphen) return false;
  size_t word_begin = left.find_last_of(" -(\"'/", n - 2);
  word_begin = word_begin == std::string_view::npos ? 0 : word_begin + 1;
  std::string head_raw(left.substr(word_begin, n - 1 - word_begin));
  *head = LowerWord(head_raw);
  *tail = LowerWord(right);
  return !CompoundPart(head_raw, *tail);
}

}  // namespace

void AppendWrapped(std::string* left, const std::string& right, const HyphenEvidence* evidence) {
  if (left->empty()) {
    *left = right;
    return;
  }
  size_t n = left->size();
  bool hyphen = n >= 2 && (*left)[n - 1] == '-' && std::isalnum(static_cast<unsigned char>((*left)[n - 2])) &&
                !right.empty() && std::isalpha(static_cast<unsigned char>(right[0]));
  if (!hyphen) {
    left->append(1, ' ').append(right);
    return;
  }
  std::string head, tail;
  bool drop = evidence && HyphenQuestion(*left, right, &head, &tail) && evidence->words.count(head + tail) > 0 &&
              evidence->hyphenated.count(head + "-" + tail) == 0;
  if (drop) left->pop_back();
  left->append(right);
}

std::string JoinWrapped(const std::string& left, const std::string& right, const HyphenEvidence* evidence) {
  std::string out = left;
  AppendWrapped(&out, right, evidence);
  return out;
}

std::vector<SegBlock> BuildBlocks(const std::vector<TextLine>& lines) {
  std::vector<Line> classified;
  classified.reserve(lines.size());
  for (const TextLine& t : lines) classified.push_back(ClassifyLine(t));
  bool one_line = OneLinePerParagraph(classified);
  return Builder(std::move(classified), one_line).Run();
}

}  // namespace oftrack
