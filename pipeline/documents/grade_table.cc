// The grade table of a report's front page, read from the cleaned lines.
//
// In PDF layout text a row is a label and a grade cell separated by a run of
// two or more spaces, and either side can wrap; the cell may even sit on a
// line of its own above, beside or below the label:
//   "The impact of leaders on social work      Requires improvement to be good"
//   "practice with children and families"                         (ILACS 2022-)
//   "The impact of leaders on social work practice with children   Requires improvement"
//   "and families                                                  to be good"   (2018)
//   "The impact of leaders on social work practice with children"
//   "                                                               Outstanding"
//   "and families"                                                               (2019)
//   "                                                     Requires"
//   "1. Children who need help and protection"
//   "                                                     improvement"           (SIF 2014)
//   "        2.1 Adoption performance                     Requires improvement"  (SIF)
// Committee packs give one row per line with a TAB between the cells:
//   "The experiences and progress of children who need help and protection\tInadequate"
//
// So the lines are read in three steps. (1) Each line is split into a label
// part and a cell part; a label starting with a capital or a number ("2.1")
// starts a row, a lower-case one continues the row above (until a blank
// line). (2) Cell fragments are merged in line order: "improvement", "to be
// good" continue a "Requires..." fragment at most two lines above. (3) A
// fragment on a label's line belongs to that row; a fragment alone on its line
// goes to the row whose lines are nearest (a row spanning it is at distance 0).
//
// SIF reports also state the overall judgement and the LSCB's in sentences:
//   "The overall judgement is that children's services are good",
//   "Children's services in Salford are good",
//   "Children's services in Bedford Borough require improvement to be good",
//   "The Local Safeguarding Children Board requires improvement".
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <string>

#include "documents/grade_words.h"
#include "documents/headings.h"
#include "documents/judgements_read_parts.h"

namespace oftrack {
namespace judgements {
namespace {

constexpr size_t kFrontLines = 150;  // the grade table is on the first page or two

// The grade words as one capturing group.
const std::string& GradeGroup() {
  static const std::string group = std::string("(") + kGradeWords + ")";
  return group;
}

struct Fragment {
  std::string text;
  int first = 0, last = 0;  // line indexes covered
  int row = -1;             // row index when it shares a line with a label
};

struct Row {
  std::string label;
  int first = 0, last = 0;
  std::vector<std::string> cells;
};

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool IsGradeFragment(std::string_view s) {
  // A whole grade (grade_words.h), or a piece of one that a narrow cell
  // wrapped ("Requires" / "improvement to be good"), "not judged", "Grade 2".
  static const RE2 kFragment(std::string("(?i)(?:") + kGradeWords +
                             "|requires?|improvement(?: to be good)?|to be good|not judged|"
                             "grade\\s*[1-4](?:\\s*\\(\\s*\\pL+\\s*\\))?)");
  return RE2::FullMatch(s, kFragment);
}

bool ContinuesFragment(const std::string& before, std::string_view piece) {
  static const RE2 kOpen("(?i).*requires?(?: improvement)?");
  static const RE2 kMore("(?i)improvement(?: to be good)?|to be good");
  return RE2::FullMatch(before, kOpen) && RE2::FullMatch(piece, kMore);
}

// Splits a line into label and cell; either may come back empty.
void SplitCells(const TextLine& line, std::string_view* label, std::string_view* cell) {
  std::string_view text = Trim(line.text);
  *label = text;
  *cell = {};
  size_t tab = text.rfind('\t');
  size_t gap = text.rfind("  ");
  size_t cut = tab != std::string_view::npos ? tab : gap;
  if (cut != std::string_view::npos) {
    std::string_view right = Trim(text.substr(cut));
    if (IsGradeFragment(right) || tab != std::string_view::npos) {
      *label = Trim(text.substr(0, cut));
      *cell = right;
      return;
    }
  }
  // A cell alone on its line sits far to the right.
  if (line.indent >= 25 && IsGradeFragment(text)) {
    *label = {};
    *cell = text;
  }
}

bool StartsRow(std::string_view label) {
  unsigned char c = static_cast<unsigned char>(label[0]);
  return std::isupper(c) || std::isdigit(c);
}

bool IsHeaderRow(std::string_view label, std::string_view cell) {
  static const RE2 kHeader("(?i)judge?ments?|grade");
  return RE2::FullMatch(label, kHeader) && (cell.empty() || RE2::FullMatch(cell, kHeader));
}

// Step 1 and 2: rows and merged fragments of lines [from, to).
void Collect(const DocumentText& text, size_t from, size_t to, std::vector<Row>* rows, std::vector<Fragment>* frags) {
  int current = -1;
  for (size_t i = from; i < to; ++i) {
    int at = static_cast<int>(i);
    std::string_view label, cell;
    SplitCells(text.lines[i], &label, &cell);
    if (label.empty() && cell.empty()) {
      current = -1;
      continue;
    }
    if (!label.empty() && IsHeaderRow(label, cell)) {
      current = -1;
      continue;
    }
    if (!label.empty()) {
      // Justified text spreads a label's words: "2. Children looked      after     and      achieving".
      std::string words;
      for (char c : label) {
        if (c == ' ' && !words.empty() && words.back() == ' ') continue;
        words += c;
      }
      label = words;
      if (current >= 0 && !StartsRow(label)) {
        (*rows)[current].label += " " + std::string(label);
        (*rows)[current].last = at;
      } else {
        rows->push_back(Row{std::string(label), at, at, {}});
        current = static_cast<int>(rows->size()) - 1;
      }
    }
    if (cell.empty()) continue;
    if (!frags->empty() && at - frags->back().last <= 2 && ContinuesFragment(frags->back().text, cell)) {
      frags->back().text += " " + std::string(cell);
      frags->back().last = at;
      continue;
    }
    frags->push_back(Fragment{std::string(cell), at, at, label.empty() ? -1 : current});
  }
}

int Distance(const Row& r, const Fragment& f) {
  if (f.last >= r.first && f.first <= r.last) return 0;
  return f.last < r.first ? r.first - f.last : f.first - r.last;
}

bool IsTableLabel(const Row& r) {
  static const RE2 kOther("(?i)(?:\\d(?:\\.\\d)?\\.?\\s+)?(?:capacity to improve|outcomes for|quality of provision).*");
  GradeDomain d;
  bool combined;
  return r.label.size() < 120 && (DomainOfLabel(r.label, &d, &combined) || RE2::FullMatch(r.label, kOther));
}

// Step 3, then rows to grades.
void RowsToGrades(const DocumentText& text, std::vector<Row>& rows, const std::vector<Fragment>& frags,
                  std::vector<Grade>* out) {
  for (const Fragment& f : frags) {
    int best = f.row;
    int best_distance = INT_MAX;
    for (int r = 0; f.row < 0 && r < static_cast<int>(rows.size()); ++r) {
      if (!IsTableLabel(rows[r])) continue;
      int d = Distance(rows[r], f) * 2 + (rows[r].cells.empty() ? 0 : 1);
      if (d < best_distance && Distance(rows[r], f) <= 2) {
        best_distance = d;
        best = r;
      }
    }
    if (best >= 0) rows[best].cells.push_back(f.text);
  }
  for (const Row& r : rows) {
    if (r.cells.size() != 1) continue;
    Grade g;
    g.value = ParseGradeWords(r.cells[0]);
    if (g.value == GradeValue::kNone || !DomainOfLabel(r.label, &g.domain, &g.combined_care)) continue;
    g.source = "table";
    g.raw = r.label + "\t" + r.cells[0];
    g.page = text.lines[r.first].page;
    g.line = text.lines[r.first].line;
    out->push_back(std::move(g));
  }
}

// Where the front matter ends: the contents list or the first body heading.
size_t FrontEnd(const DocumentText& text) {
  // The list of areas' heading (headings.h: its wordings live there once) or
  // one of these.
  static const RE2 kBody("(?i)(?:contents|executive summary|summary of key findings|section 1\\b.*)");
  size_t end = std::min(text.lines.size(), kFrontLines);
  for (size_t i = 5; i < end; ++i) {
    std::string_view line = Trim(text.lines[i].text);
    if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), kBody)) return i;
    if (line.size() < 90 && AreasHeadingKind(line) == AreaKind::kImprove) return i;
  }
  return end;
}

void ReadTable(const DocumentText& text, size_t from, size_t to, std::vector<Grade>* out) {
  std::vector<Row> rows;
  std::vector<Fragment> frags;
  Collect(text, from, to, &rows, &frags);
  RowsToGrades(text, rows, frags, out);
}

bool HasDomain(const std::vector<Grade>& grades, GradeDomain d) {
  return std::any_of(grades.begin(), grades.end(), [d](const Grade& g) { return g.domain == d; });
}

// The first line in [from, to) whose joined text from there matches `re`.
void SentenceGrade(const DocumentText& text, size_t from, size_t to, const RE2& re, GradeDomain domain,
                   std::vector<Grade>* out) {
  for (size_t i = from; i < to; ++i) {
    std::string joined(Trim(text.lines[i].text));
    if (i + 1 < text.lines.size()) joined += " " + std::string(Trim(text.lines[i + 1].text));
    std::string words;
    if (!RE2::PartialMatch(joined, re, &words)) continue;
    Grade g;
    g.domain = domain;
    g.value = ParseGradeWords(words);
    g.source = "table";
    g.raw = joined;
    g.page = text.lines[i].page;
    g.line = text.lines[i].line;
    out->push_back(std::move(g));
    return;
  }
}

void ReadSifSentences(const DocumentText& text, size_t front_end, std::vector<Grade>* out) {
  static const RE2 kOverall(
      std::string("(?i)^(?:the overall judgement is(?: that)?(?: children(?:'|’)?s services?(?: are| is)?)?|"
      "children(?:'|’)?s services (?:in|on) (?:the )?[^.]{1,60}?(?: are)?)\\s+") + GradeGroup() + "\\b");
  static const RE2 kLscb(
      std::string("(?i)^the (?:effectiveness of the )?(?:local safeguarding children(?:'|’)?s? board|lscb)(?: \\(lscb\\))?"
      "(?: is)?\\s+") + GradeGroup() + "\\b");
  if (!HasDomain(*out, GradeDomain::kOverall)) SentenceGrade(text, 0, front_end, kOverall, GradeDomain::kOverall, out);
  // Only a full SIF inspection reviews the LSCB ("... and Review of the effectiveness of the LSCB").
  std::string head;
  for (size_t i = 0; i < std::min<size_t>(12, text.lines.size()); ++i) head += text.lines[i].text + " ";
  static const RE2 kReviewsLscb("(?i)review of the\\s+effectiveness of the\\s+local safeguarding");
  if (RE2::PartialMatch(head, kReviewsLscb)) {
    SentenceGrade(text, 0, text.lines.size(), kLscb, GradeDomain::kLscb, out);
  }
}

}  // namespace

GradeValue ParseGradeWords(std::string_view words) {
  static const RE2 kGrade("(?i)\\s*(?:grade\\s*([1-4])\\s*)?\\(?\\s*" + GradeGroup() + "?\\s*\\)?\\s*\\.?");
  std::string number, word;
  if (!RE2::FullMatch(words, kGrade, &number, &word)) return GradeValue::kNone;
  if (!word.empty()) return GradeOfWords(word);
  // "Grade 3" alone: the 2012-2013 four-point scale.
  static const GradeValue kScale[] = {GradeValue::kOutstanding, GradeValue::kGood, GradeValue::kAdequate,
                                      GradeValue::kInadequate};
  return number.empty() ? GradeValue::kNone : kScale[number[0] - '1'];
}

std::vector<Grade> ReadTableGrades(const DocumentText& text, DocType type) {
  std::vector<Grade> out;
  if (!IsFullInspection(type)) return out;
  size_t front_end = FrontEnd(text);
  ReadTable(text, 0, front_end, &out);
  if (type == DocType::kLookedAfter) {
    static const RE2 kMainFindings("(?i)record of main findings");
    for (size_t i = 0; i < text.lines.size(); ++i) {
      if (RE2::FullMatch(Trim(text.lines[i].text), kMainFindings)) {
        ReadTable(text, i + 1, std::min(text.lines.size(), i + 60), &out);
        break;
      }
    }
  }
  if (type == DocType::kSif) ReadSifSentences(text, front_end, &out);
  return out;
}

}  // namespace judgements
}  // namespace oftrack
