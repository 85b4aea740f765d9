// How a committee pack is cut.
//
// 1. Openings. A line (or two wrapped lines joined) that is, on its own, the
//    title of an Ofsted document:
//      reports  "Inspection of Nottingham City local authority children's services",
//               "Inspection of children's social care services" (2018-19 ILACS),
//               "[Re-]inspection of services for children in need of help and
//               protection, children looked after and care leavers" (SIF),
//               "Inspection of [safeguarding and] looked after children services";
//      letters  "Monitoring visit to X children's services", "Focused visit to X
//               children's services", "Joint targeted area inspection of ...".
//    (titles.cc holds the wordings.)
//    A title only counts when the document around it confirms it: a report has
//    "Inspection date(s):" or "Report published" in its next lines; a letter
//    has "Dear ..." just above or "This letter summarises ..." / "This was the
//    ... visit" just below. So an agenda item ("4.3 Monitoring Visit to
//    Nottingham City Children's Services February/March 2023") or an officer's
//    sentence quoting a title never opens a document.
// 2. Start. A letter starts at its date line above the addressee block
//    ("4 April 2023" / "Catherine Underwood" / ... / "Dear Catherine"); a
//    report at its title, or at the authority's name printed just above it
//    ("Salford City Council" / "Inspection of services for children ...").
// 3. End. A letter ends with its signature: the "His Majesty's Inspector" (or
//    other title) line a few lines after "Yours sincerely". A report ends
//    after Ofsted's "© Crown copyright 2022" line. Either way a document never
//    runs into the next one; without an end mark it runs to the next opening
//    or the end of the file.
// A file whose only opening is at its top is one Ofsted document (a PDF report
// or letter on its own): the whole file is returned, not cut.
#include "documents/pack_splitter.h"

#include <re2/re2.h>

#include <cctype>
#include <string>
#include <string_view>

#include "documents/titles.h"
#include "text/byte_set.h"

namespace oftrack {

namespace {

enum class OpeningKind { kReport, kLetter };

struct Opening {
  OpeningKind kind;
  size_t title = 0;  // first title line
  size_t start = 0;  // first line of the document
};

std::string Bare(const std::string& s) {
  static const RE2 kMarks(R"(^[#\s]+|\*\*|</?b>|\s+$)");
  // Called on every line of every file: most lines have nothing to remove.
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  static constexpr ByteSet kMarkBytes("#*<");
  if (s.empty() || (!kMarkBytes.AnyIn(s) && !space(s.front()) && !space(s.back()))) return s;
  std::string out = s;
  RE2::GlobalReplace(&out, kMarks, "");
  return out;
}

bool IsBlank(const TextLine& l) { return l.text.find_first_not_of(" \t") == std::string::npos; }

// Index of the k-th non-blank line after i (k >= 1), or lines.size().
size_t NextNonBlank(const std::vector<TextLine>& lines, size_t i) {
  for (++i; i < lines.size(); ++i) {
    if (!IsBlank(lines[i])) return i;
  }
  return lines.size();
}

// Whether `text`, all of it, is an Ofsted title (titles.h), and of which kind.
bool MatchesTitle(const std::string& text, OpeningKind* kind) {
  std::optional<TitleMatch> m = MatchTitle(text, /*whole=*/true);
  if (!m) return false;
  bool letter = m->type == DocType::kMonitoringVisit || m->type == DocType::kFocusedVisit || m->type == DocType::kJtai;
  *kind = letter ? OpeningKind::kLetter : OpeningKind::kReport;
  return true;
}

// True when the lines around a title confirm a document of this kind.
bool Confirmed(const std::vector<TextLine>& lines, size_t title, OpeningKind kind) {
  static const RE2 kReportNear(R"((?i)^(inspection dates?|dates? of inspection|report published)\b)");
  static const RE2 kLetterBelow(R"((?i)^(this letter summarises|this was the \w+ (monitoring|focused) visit|this letter))");
  static const RE2 kDear(R"((?i)^dear\s+\S)");
  if (kind == OpeningKind::kReport) {
    size_t i = title;
    for (int n = 0; n < 10 && i < lines.size(); ++n, i = NextNonBlank(lines, i)) {
      if (RE2::PartialMatch(Bare(lines[i].text), kReportNear)) return true;
    }
    return false;
  }
  size_t below = NextNonBlank(lines, title);
  for (int n = 0; n < 3 && below < lines.size(); ++n, below = NextNonBlank(lines, below)) {
    if (RE2::PartialMatch(Bare(lines[below].text), kLetterBelow)) return true;
  }
  for (size_t i = title, n = 0; i > 0 && n < 4; --i) {
    if (IsBlank(lines[i - 1])) continue;
    ++n;
    if (RE2::PartialMatch(Bare(lines[i - 1].text), kDear)) return true;
  }
  return false;
}

// Where a confirmed document starts (see the file comment).
size_t StartOf(const std::vector<TextLine>& lines, size_t title, OpeningKind kind) {
  static const RE2 kDate(
      R"((?i)^\d{1,2}(st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$)");
  if (kind == OpeningKind::kReport) {
    if (title > 0 && !IsBlank(lines[title - 1]) && Bare(lines[title - 1].text).size() < 60) return title - 1;
    return title;
  }
  // Up over "Dear ..." and the addressee block to the date line.
  for (size_t i = title, n = 0; i > 0 && n < 14; --i) {
    if (IsBlank(lines[i - 1])) continue;
    ++n;
    if (RE2::FullMatch(Bare(lines[i - 1].text), kDate)) return i - 1;
  }
  return title;
}

// One past the last line of the document that starts at `start`, looking no
// further than `limit`.
size_t EndOf(const std::vector<TextLine>& lines, size_t start, size_t limit, OpeningKind kind) {
  static const RE2 kCopyright(R"((?i)^©\s*crown copyright)");
  static const RE2 kSignOff(R"((?i)^yours (sincerely|faithfully))");
  static const RE2 kSignatureTitle(R"((?i)(majesty'?s inspector|\bHMI\b|inspector|director|ofsted))");
  for (size_t i = start; i < limit; ++i) {
    std::string t = Bare(lines[i].text);
    if (kind == OpeningKind::kReport && RE2::PartialMatch(t, kCopyright)) return i + 1;
    if (kind == OpeningKind::kLetter && RE2::PartialMatch(t, kSignOff)) {
      size_t j = i, last = i;
      for (int n = 0; n < 4; ++n) {
        j = NextNonBlank(lines, j);
        if (j >= limit) break;
        last = j;
        if (RE2::PartialMatch(Bare(lines[j].text), kSignatureTitle)) return j + 1;
      }
      return last + 1;
    }
  }
  return limit;
}

std::vector<Opening> FindOpenings(const std::vector<TextLine>& lines) {
  std::vector<Opening> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(lines[i]) || !MayOpenTitle(lines[i].text)) continue;
    std::string one = Bare(lines[i].text);
    OpeningKind kind;
    bool found = MatchesTitle(one, &kind);
    if (!found && i + 1 < lines.size() && !IsBlank(lines[i + 1])) {
      found = MatchesTitle(one + " " + Bare(lines[i + 1].text), &kind);  // a title wrapped in a PDF
    }
    if (!found || !Confirmed(lines, i, kind)) continue;
    size_t start = StartOf(lines, i, kind);
    if (!out.empty() && start <= out.back().title) continue;
    out.push_back({kind, i, start});
  }
  return out;
}

// True when only a few short lines come before line `start`.
bool AtTop(const std::vector<TextLine>& lines, size_t start) {
  int before = 0;
  for (size_t i = 0; i < start; ++i) before += !IsBlank(lines[i]);
  return before <= 6;
}

}  // namespace

std::vector<DocumentText> SplitPack(CleanText text) {
  std::vector<TextLine>& lines = text.lines;
  std::vector<Opening> openings = FindOpenings(lines);
  bool standalone = !openings.empty() && AtTop(lines, openings[0].start) &&
                    (openings.size() == 1 || text.kind == SourceKind::kPdf);
  if (openings.empty() || standalone) {
    std::vector<DocumentText> whole(1);
    whole[0].lines = std::move(lines);
    whole[0].kind = text.kind;
    return whole;
  }
  std::vector<DocumentText> docs;
  for (size_t k = 0; k < openings.size(); ++k) {
    size_t limit = k + 1 < openings.size() ? openings[k + 1].start : lines.size();
    size_t end = EndOf(lines, openings[k].title, limit, openings[k].kind);
    DocumentText d;
    d.index = static_cast<int>(docs.size());
    d.first_line = openings[k].start;
    d.lines.assign(lines.begin() + openings[k].start, lines.begin() + end);
    d.in_pack = true;
    d.kind = text.kind;
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace oftrack
