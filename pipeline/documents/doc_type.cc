// Document type from the title (CODEBOOK.md, "Documents").
//
// Ofsted titles sit in the first lines and often wrap, so each of the first
// lines is tried joined with the three after it:
//   "Inspection of Nottingham City local" + "authority children's services"   -> ilacs
//   "Inspection of Doncaster Metropolitan" + "Borough Council children's services" -> ilacs
//   "Inspection of children's social care services"          (2018-2019)      -> ilacs
//   "Re-inspection of services for children in need of help and" + "protection, ..." -> sif
//   "Inspection of looked after children" + "services"       (2012-2013)      -> looked_after
//   "Monitoring visit to Nottingham City children's services"                  -> monitoring_visit
//   "Focused visit to Leeds children's services"                               -> focused_visit
//   "Joint targeted area inspection of the multi-agency response to ... in X"  -> jtai
// A title must begin a line, so a sentence that mentions "the monitoring visit
// to Nottingham City children's services" does not count; the first line that
// begins a title wins (the wordings are in titles.cc). An ILACS inspection is
// short when its dates are at most a week apart. Without a title, council papers ("Public Document Pack",
// "Agenda", "Minutes", "Scrutiny Committee") are committee_pack, else other.
#include <re2/re2.h>

#include <string>

#include "documents/dates.h"
#include "documents/metadata_parts.h"
#include "documents/titles.h"

namespace oftrack {
namespace metadata {
namespace {

// Days since 1 March of year 0 (proleptic Gregorian); differences are exact.
int DayNumber(const Date& d) {
  int y = d.month <= 2 ? d.year - 1 : d.year;
  int m = d.month <= 2 ? d.month + 9 : d.month - 3;
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d.day - 1;
}

}  // namespace

std::string_view Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::string JoinLines(const DocumentText& text, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < text.lines.size(); ++i) {
    for (char c : text.lines[i].text) {
      bool space = c == ' ' || c == '\t';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Title FindTitle(const DocumentText& text) {
  Title title;
  int seen = 0;
  for (size_t i = 0; i < text.lines.size() && seen < kHeadLines; ++i) {
    if (Trimmed(text.lines[i].text).empty()) continue;
    ++seen;
    // The line and the next three non-empty ones, for titles that wrap.
    size_t end = i + 1;
    for (int more = 0; end < text.lines.size() && more < 3; ++end) {
      if (!Trimmed(text.lines[end].text).empty()) ++more;
    }
    // Lines joined by '\n': a title may wrap, but its lines are short (titles.cc).
    std::string window;
    for (size_t k = i; k < end; ++k) {
      std::string_view line = Trimmed(text.lines[k].text);
      if (line.empty()) continue;
      if (!window.empty()) window += '\n';
      window += line;
    }
    std::optional<TitleMatch> m = MatchTitle(window);
    if (!m) continue;
    title.found = true;
    title.type = m->type;
    title.authority = m->authority;
    title.reason = "title '" + m->words + "'";
    title.line = i;
    return title;
  }
  return title;
}

void TypeWithoutTitle(const DocumentText& text, Document* doc) {
  static const RE2 kPack(
      "(?i)\\b(public document pack|agenda(?: item)?|minutes of (?:the )?(?:meeting|previous)|"
      "scrutiny committee|[a-z]+ committee|committee|cabinet|report of the [a-z ]+officer)\\b");
  for (size_t i = 0; i < text.lines.size(); ++i) {
    std::string words;
    if (RE2::PartialMatch(text.lines[i].text, kPack, &words)) {
      doc->type = DocType::kCommitteePack;
      doc->type_reason = "no Ofsted title; committee papers wording '" + words + "' at line " +
                         std::to_string(text.lines[i].line);
      return;
    }
  }
  doc->type = DocType::kOther;
  doc->type_reason = "no Ofsted title ('Inspection of ...', 'Monitoring visit to ...', 'Focused visit to ...') in the first " +
                     std::to_string(kHeadLines) + " lines and no committee papers wording";
}

void SettleShortInspection(Document* doc) {
  if (doc->type != DocType::kIlacs && doc->type != DocType::kIlacsShort) return;
  // Short inspections spend one week on site, standard ones two; the title
  // does not tell them apart (CODEBOOK.md, "Documents").
  if (!doc->visit_start.valid() || !doc->visit_end.valid()) {
    doc->type = DocType::kIlacs;
    doc->type_reason += "; no inspection dates, so short or standard is not known: taken as standard";
    return;
  }
  int span = DayNumber(doc->visit_end) - DayNumber(doc->visit_start);
  bool short_visit = span <= 7;
  doc->type = short_visit ? DocType::kIlacsShort : DocType::kIlacs;
  doc->type_reason += "; on site " + doc->visit_start.Long() + " to " + doc->visit_end.Long() +
                      (short_visit ? " (one week): a short inspection" : " (two weeks): a standard inspection");
}

}  // namespace metadata
}  // namespace oftrack
