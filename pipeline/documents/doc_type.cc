// Document type from the title (CODEBOOK.md, "Documents").
//
// Ofsted titles sit in the first lines and often wrap, so each of the first
// lines is tried joined with the three after it:
//   "Inspection of Nottingham City local" + "authority children's services"   -> ilacs
//   "Inspection of children's social care services"          (2018-2019)      -> ilacs_short / ilacs
//   "Re-inspection of services for children in need of help and" + "protection, ..." -> sif
//   "Inspection of looked after children" + "services"       (2012-2013)      -> looked_after
//   "Monitoring visit to Nottingham City children's services"                  -> monitoring_visit
//   "Focused visit to Leeds children's services"                               -> focused_visit
//   "Joint targeted area inspection of the multi-agency response to ... in X"  -> jtai
// A title must begin a line, so a sentence that mentions "the monitoring visit
// to Nottingham City children's services" does not count; the first line that
// begins a title wins. Without a title, council papers ("Public Document Pack",
// "Agenda", "Minutes", "Scrutiny Committee") are committee_pack, else other.
#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "documents/dates.h"
#include "documents/metadata_parts.h"

namespace oftrack {
namespace metadata {
namespace {

struct TitleRule {
  DocType type;
  const char* pattern;  // anchored at a line start; group 1, if any, is the authority
};

// children's / children’s / childrens
#define OFT_CHILDRENS "children(?:'|’)?s"

const std::vector<std::pair<TitleRule, std::unique_ptr<RE2>>>& TitleRules() {
  static const auto* rules = [] {
    static const TitleRule kRules[] = {
        {DocType::kSif, "(?:Re-|Re )?[Ii]nspection of services for children in need of help and protection"},
        {DocType::kLookedAfter, "Inspection of (?:safeguarding and )?looked after children(?:'|’)?s? services"},
        {DocType::kJtai, "Joint targeted area inspection (?:of|in) (.{0,160})"},
        {DocType::kFocusedVisit, "Focused visit (?:to|of|at) (.+?)\\s+(?:local authority\\s+)?" OFT_CHILDRENS " services"},
        {DocType::kMonitoringVisit, "Monitoring visit (?:to|of|at) (.+?)\\s+(?:local authority\\s+)?" OFT_CHILDRENS " services"},
        {DocType::kIlacsShort, "Inspection of " OFT_CHILDRENS " social care services"},
        {DocType::kIlacs, "Inspection of (.*?)\\s*local authority " OFT_CHILDRENS " services"},
    };
    auto* out = new std::vector<std::pair<TitleRule, std::unique_ptr<RE2>>>;
    for (const TitleRule& r : kRules) {
      out->emplace_back(r, std::make_unique<RE2>(std::string("(?i)^\\s*(?:#+\\s*)?") + r.pattern));
    }
    return out;
  }();
  return *rules;
}

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
    std::string window = JoinLines(text, i, end);
    for (const auto& [rule, re] : TitleRules()) {
      re2::StringPiece groups[2];
      int n = 1 + re->NumberOfCapturingGroups();
      if (!re->Match(window, 0, window.size(), RE2::UNANCHORED, groups, n)) continue;
      const re2::StringPiece& whole = groups[0];
      const re2::StringPiece& group = groups[1];
      title.found = true;
      title.type = rule.type;
      title.authority = std::string(Trimmed(std::string(group.data(), group.size())));
      title.reason = "title '" + std::string(Trimmed(std::string(whole.data(), whole.size()))) + "'";
      title.line = i;
      return title;
    }
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

void SettleShortInspection(const DocumentText& text, Document* doc) {
  if (doc->type != DocType::kIlacsShort) return;
  static const RE2 kShort("(?i)\\bshort inspection\\b");
  static const RE2 kStandard("(?i)\\bstandard inspection\\b");
  // Only the front pages: later text may recall "the previous short inspection".
  for (size_t i = 0; i < text.lines.size() && i < 150; ++i) {
    const TextLine& line = text.lines[i];
    if (RE2::PartialMatch(line.text, kShort)) {
      doc->type_reason += "; the report says 'short inspection'";
      return;
    }
    if (RE2::PartialMatch(line.text, kStandard)) {
      doc->type = DocType::kIlacs;
      doc->type_reason += "; the report says 'standard inspection'";
      return;
    }
  }
  // Short inspections spend one week on site, standard ones two.
  if (!doc->visit_start.valid() || !doc->visit_end.valid()) {
    doc->type_reason += "; no visit dates, taken as short";
    return;
  }
  int span = DayNumber(doc->visit_end) - DayNumber(doc->visit_start);
  if (span > 7) {
    doc->type = DocType::kIlacs;
    doc->type_reason += "; on site " + doc->visit_start.Long() + " to " + doc->visit_end.Long() +
                        " (two weeks): a standard inspection";
  } else {
    doc->type_reason += "; on site " + doc->visit_start.Long() + " to " + doc->visit_end.Long() +
                        " (one week): a short inspection";
  }
}

}  // namespace metadata
}  // namespace oftrack
