// Ofsted titles, first match wins. The order matters where one wording is a
// prefix of another: the SIF and looked-after titles ("Inspection of services
// for children ...", "Inspection of looked after children's services") would
// otherwise read as an ILACS title naming a council "services for ...".
//
// A council names itself in many ways, and the title often wraps:
//   "Inspection of Nottingham City local authority children's services"
//   "Inspection of Doncaster Metropolitan" / "Borough Council children's services"
//   "Inspection of London Borough of Bromley children's services"
//   "Focused visit to Wakefield local authority children's services"
// so X is anything up to 80 characters before "children's services", with a
// trailing "local authority" dropped.
#include "documents/titles.h"

#include <re2/re2.h>

#include <memory>
#include <vector>

namespace oftrack {
namespace {

// children's / children’s / childrens
#define OFT_CHILDRENS "children(?:'|’)?s"

struct TitleRule {
  DocType type;
  const char* pattern;  // group 1, if any, is the authority
};

// Spaces stand for any run of white space, line breaks included. X, the
// council, may wrap once onto a short second line; a title in a large font
// has short lines, so a long second line is body text, not the title's end.
#define OFT_COUNCIL "([^\\n]{1,80}?(?:\\n[^\\n]{1,50}?)?)"
#define OFT_LINE_END "\\s*(?:\\n|$)"

const TitleRule kRules[] = {
    {DocType::kSif,
     "(?:re-?\\s?)?inspection of services for children in need of help and protection"
     "(?:,? children looked after and care leavers)?"
     "(?:,? and review of the effectiveness of the local safeguarding children(?:'|’)?s? board)?"},
    {DocType::kLookedAfter, "inspection of (?:safeguarding and )?looked after children(?:'|’)?s? services"},
    {DocType::kJtai, "joint targeted area inspection (?:of|in) ((?s).{5,200})"},
    {DocType::kFocusedVisit, "focused visit (?:to|of|at) " OFT_COUNCIL " " OFT_CHILDRENS " services"},
    {DocType::kMonitoringVisit, "monitoring visit (?:to|of|at) " OFT_COUNCIL " " OFT_CHILDRENS " services"},
    // "Focused visit to Slough Children First": a trust, named alone on the line.
    {DocType::kFocusedVisit, "focused visit (?:to|of|at) ([^\\n]{2,80}?)" OFT_LINE_END},
    {DocType::kMonitoringVisit, "monitoring visit (?:to|of|at) ([^\\n]{2,80}?)" OFT_LINE_END},
    {DocType::kIlacs, "inspection of " OFT_CHILDRENS " social care services"},
    // 2018-19, the council named on the line above: "Portsmouth City Council" /
    // "Inspection of local authority children's services".
    {DocType::kIlacs, "inspection of local authority " OFT_CHILDRENS " services" OFT_LINE_END},
    {DocType::kIlacs, "inspection of " OFT_COUNCIL " " OFT_CHILDRENS " services"},
};

// The rule as a pattern: each space becomes \s+ (titles wrap anywhere).
std::string Pattern(const char* rule) {
  std::string out;
  for (const char* p = rule; *p; ++p) {
    if (*p == ' ') {
      out += "\\s+";
    } else {
      out += *p;
    }
  }
  return out;
}

const std::vector<std::unique_ptr<RE2>>& Compiled() {
  static const auto* compiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const TitleRule& r : kRules) {
      v->push_back(std::make_unique<RE2>("(?i)^\\s*(?:#+\\s*)?(" + Pattern(r.pattern) + ")\\s*"));
    }
    return v;
  }();
  return *compiled;
}

std::string Collapsed(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "Nottingham City local authority" -> "Nottingham City"; "the London
// Borough of Bromley" keeps its words.
std::string Council(std::string_view named) {
  static const RE2 kLocalAuthority("(?i)\\s*\\blocal authority$");
  std::string s = Collapsed(named);
  RE2::Replace(&s, kLocalAuthority, "");
  return s;
}

}  // namespace

bool MayOpenTitle(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == '#' || s[i] == '*' || s[i] == ' ' || s[i] == '\t')) ++i;
  if (s.compare(i, 3, "<b>") == 0) i += 3;
  static const std::string_view kFirstWords[] = {"inspection", "re-inspection", "re inspection", "reinspection",
                                                  "monitoring", "focused", "joint"};
  for (std::string_view w : kFirstWords) {
    if (s.size() - i < w.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) {
      same = std::tolower(static_cast<unsigned char>(s[i + k])) == w[k];
    }
    if (same) return true;
  }
  return false;
}

std::optional<TitleMatch> MatchTitle(std::string_view text, bool whole) {
  if (!MayOpenTitle(text)) return std::nullopt;
  re2::StringPiece input(text.data(), text.size());
  for (size_t i = 0; i < std::size(kRules); ++i) {
    const RE2& re = *Compiled()[i];
    re2::StringPiece groups[3];
    int n = 1 + re.NumberOfCapturingGroups();
    if (!re.Match(input, 0, input.size(), whole ? RE2::ANCHOR_BOTH : RE2::ANCHOR_START, groups, n)) continue;
    TitleMatch m;
    m.type = kRules[i].type;
    m.words = Collapsed(std::string_view(groups[1].data(), groups[1].size()));
    if (n > 2 && groups[2].data() != nullptr) m.authority = Council(std::string_view(groups[2].data(), groups[2].size()));
    // "the inspection of local authority children's services (ILACS) framework"
    // names no council: a sentence about the framework, not a title.
    if (n > 2 && m.type == DocType::kIlacs && m.authority.empty()) continue;
    return m;
  }
  return std::nullopt;
}

}  // namespace oftrack
