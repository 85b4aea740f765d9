// Who inspected: the lead inspector and the team.
//
// Reports name the lead on a labelled line, with or without a title after it:
//   "Lead inspector: Andy Waugh, Her Majesty's Inspector"          (ILACS 2019-)
//   "Lead inspector: Pauline Higham" / "Her Majesty's Inspector"   (ILACS 2018)
//   "Reporting inspector Christopher Sands HMI"                    (2013 looked after)
//   "Lead inspector: Marie McGuinness Senior HMI"                  (SIF team list)
// and SIF reports list the rest of the team in "Information about this inspection":
//   "Deputy lead inspector: Dominic Stevens", "Team inspectors: Mary Candlin, Lynn
//   Radley, ..." (wrapping over lines, some names followed by "HMI" or "(AI)").
// Letters name the team in their first paragraph and are signed by the lead:
//   "His Majesty's Inspectors for this visit were Julie Knight and Margaret Burke."
//   "Her Majesty's Inspector for this visit was Louise Hollick."
//   "Yours sincerely" / "Julie Knight" / "His Majesty's Inspector"
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "documents/metadata_parts.h"

namespace oftrack {
namespace metadata {
namespace {

#define OFT_MAJESTYS "(?:His|Her) Majesty(?:'|’)?s"

bool IsLetter(DocType type) {
  return type == DocType::kMonitoringVisit || type == DocType::kFocusedVisit || type == DocType::kJtai;
}

// A labelled line ("Lead inspector: X"): the text after the label, from the
// next non-empty line when the label stands alone; "" when absent.
std::string Labelled(const DocumentText& text, size_t i, const RE2& label) {
  re2::StringPiece rest;
  if (!RE2::FullMatch(Trimmed(text.lines[i].text), label, &rest)) return "";
  std::string value(Trimmed(std::string(rest.data(), rest.size())));
  for (size_t j = i + 1; value.empty() && j < text.lines.size() && j < i + 3; ++j) {
    value = std::string(Trimmed(text.lines[j].text));
  }
  return value;
}

// A comma/"and" separated list of names, cleaned, empty parts dropped.
std::vector<std::string> SplitNames(const std::string& list) {
  static const RE2 kAnd("(?i)\\s+(?:and|&)\\s+");
  std::string s = list;
  RE2::GlobalReplace(&s, kAnd, ",");
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string name = CleanName(s.substr(start, comma - start));
    if (!name.empty()) names.push_back(name);
    start = comma + 1;
  }
  return names;
}

void AddInspector(const std::string& name, Document* doc) {
  if (name.empty()) return;
  for (const std::string& n : doc->inspectors) {
    if (n == name) return;
  }
  doc->inspectors.push_back(name);
}

// The name above "His/Her Majesty's Inspector" in the last signature block.
std::string SignatureName(const DocumentText& text) {
  static const RE2 kTitle("(?i)(?:(?:Senior\\s+)?" OFT_MAJESTYS "\\s+Inspector(?:\\s+\\(.*\\))?|(?:Senior\\s+)?HMI)\\.?");
  static const RE2 kSignOff("(?i)yours (?:sincerely|faithfully)|.*:.*");
  for (size_t i = text.lines.size(); i-- > 1;) {
    if (!RE2::FullMatch(Trimmed(text.lines[i].text), kTitle)) continue;
    size_t j = i;
    while (j-- > 0 && Trimmed(text.lines[j].text).empty()) {
    }
    if (j >= text.lines.size()) continue;
    std::string_view above = Trimmed(text.lines[j].text);
    if (RE2::FullMatch(above, kSignOff)) continue;
    std::string name = CleanName(above);
    if (!name.empty()) return name;
  }
  return "";
}

// A cheap test before the label patterns below, run on every line: each label
// ("Lead inspector", "Inspection team", "Lead HMI", ...) says "inspect" or
// "HMI" within its first words.
bool MayNameTeam(std::string_view line) {
  size_t lead = line.find_first_not_of(" \t");
  if (lead == std::string_view::npos) return false;
  char head[48];
  size_t n = 0;
  for (char c : line.substr(lead)) {
    if (n == sizeof head) break;
    head[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view h(head, n);
  return h.find("nspect") != std::string_view::npos || h.find("hmi") != std::string_view::npos;
}

// Team list of a report: lead, deputy and team inspectors.
void ReadTeam(const DocumentText& text, Document* doc) {
  // The name after the label starts with a capital, so a sentence that opens
  // with the words ("lead inspector attended by both the director ...") is not a label.
  static const RE2 kLead("(?i:Lead inspector|Reporting inspector|Lead HMI)(?:\\s*:\\s*|\\s+|$)(\\p{Lu}.*|)");
  static const RE2 kDeputy("(?i:Deputy lead inspector)(?:\\s*:\\s*|\\s+|$)(\\p{Lu}.*|)");
  static const RE2 kTeam("(?i)(?:Team inspectors?|Inspection team|Inspectors)\\s*:\\s*(.*)");
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (!MayNameTeam(text.lines[i].text)) continue;
    std::string value = Labelled(text, i, kLead);
    if (!value.empty() && doc->lead_inspector.empty()) {
      doc->lead_inspector = CleanName(value);
      AddInspector(doc->lead_inspector, doc);
      continue;
    }
    value = Labelled(text, i, kDeputy);
    if (!value.empty()) {
      AddInspector(CleanName(value), doc);
      continue;
    }
    re2::StringPiece rest;
    if (!RE2::FullMatch(Trimmed(text.lines[i].text), kTeam, &rest)) continue;
    size_t end = i + 1;  // the list runs to the next blank line
    while (end < text.lines.size() && !Trimmed(text.lines[end].text).empty() && end < i + 6) ++end;
    std::string list = JoinLines(text, i, end);
    list = list.substr(list.find(':') + 1);
    for (const std::string& name : SplitNames(list)) AddInspector(name, doc);
  }
}

// The names in one team sentence of a letter, from the words after its trigger
// ("were", "carried out by", "(designate)") to the sentence's end. Titles
// between the names are dropped ("Her Majesty's Inspector", "HMI Schools",
// "HMI designate", "lead inspector", "two of Her Majesty's inspectors"), then
// the list is cut at commas, "and", "with"; each piece keeps its leading
// capitalised words ("Teresa Godfrey Inspectors looked at ..." -> "Teresa Godfrey").
std::vector<std::string> NamesInList(std::string list) {
  static const RE2 kTitles(
      "(?i)\\b(?:all of whom (?:are|were)|both of whom (?:are|were)|(?:two|three|four|five|both|all) of)\\s+|"
      "\\(?\\b(?:senior\\s+)?" OFT_MAJESTYS "\\s+inspectors?\\b\\)?(?:\\s*\\(hmi\\))?(?:\\s+\\(designate\\))?|"
      "\\(?\\b(?:senior\\s+)?hmi\\b\\)?(?:\\s+(?:designate|schools|social care|early years))?|\\(designate\\)|"
      "\\b(?:social care|schools)\\b(?:\\s*,|\\s+and\\b|\\s*$)|\\b(?:lead|team|deputy lead) inspectors?\\b|"
      "\\bofsted inspectors?\\b|\\bdesignate\\b");
  RE2::GlobalReplace(&list, kTitles, ",");
  static const RE2 kSplit("(?i)\\s*(?:,|;|\\band\\b|\\bwith\\b|&)\\s*");
  RE2::GlobalReplace(&list, kSplit, ",");
  // A name: capitalised words, "McMullen", "Thomson-Jones", "O'Brien".
  static const RE2 kName("^\\s*((?:\\p{Lu}[\\pL'’-]*\\.?\\s+){1,3}\\p{Lu}[\\pL'’-]*\\pL)");
  static const RE2 kTrailingTitle("\\s+(?:Inspectors?|HMI)$");
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string piece = list.substr(start, comma - start), name;
    if (RE2::PartialMatch(piece, kName, &name)) {
      RE2::Replace(&name, kTrailingTitle, "");
      name = CleanName(name);
      if (name.find(' ') != std::string::npos) names.push_back(name);
    }
    start = comma + 1;
  }
  return names;
}

// A letter names its team in its opening, in several ways:
//   "His Majesty's Inspectors for this visit were Julie Knight and Margaret Burke."
//   "The inspectors were Brenda McInerney, Her Majesty's Inspector, and Nick Stacey, Her Majesty's Inspector."
//   "The inspectors were Nigel Parkes, ... and Tracey Scott, Her Majesty's Inspectors (HMI) Social Care,
//    and Jane Spilsbury, HMI Schools."
//   "Her Majesty's Inspectors (HMI) for this visit were A and B, with C, HMI designate."
//   "... were lead inspector Sophie Wales and team inspectors Sally Sinclair and Mark Scanlon."
//   "... on 11 and 12 September 2018, carried out by Margaret Burke and Mandy Nightingale, Her Majesty's Inspectors."
//   "The visit was carried out by Her Majesty's Inspectors, A and B."
//   "His Majesty's Inspector (designate) Ceri Evans shadowed this visit."
//   "The quality assurance manager was Sean Tarpey, Senior HMI."
// Every sentence of the opening with one of these triggers adds its names, in order.
void ReadVisitTeam(const DocumentText& text, size_t title_line, Document* doc) {
  static const RE2 kTrigger(
      "(?i)\\b(?:inspectors?(?:\\s*\\(hmi\\))?(?: for (?:this|the) (?:monitoring |focused |joint )?(?:visit|inspection))? "
      "(?:were|was|are|is)|(?:carried out|conducted|undertaken|led) by|quality assurance manager (?:was|is))\\s+|"
      "\\(designate\\)\\s+");
  static const RE2 kRemote("(?i)^(?:remote|video|telephone|means|a |an |the local|on site)");
  std::string window = JoinLines(text, title_line, std::min(text.lines.size(), title_line + 40));
  re2::StringPiece rest(window);
  re2::StringPiece at;
  while (RE2::FindAndConsume(&rest, kTrigger)) {
    // To the sentence's end: a full stop before a space and a capital, or the window's end.
    std::string_view after(rest.data(), rest.size());
    if (RE2::PartialMatch(std::string(after.substr(0, 20)), kRemote)) continue;
    size_t end = 0;
    while ((end = after.find('.', end)) != std::string_view::npos) {
      bool initial = end >= 2 && after[end - 2] == ' ';  // "A. N. Other"
      if (!initial && (end + 1 >= after.size() || after[end + 1] == ' ')) break;
      ++end;
    }
    std::string list(after.substr(0, std::min(end, static_cast<size_t>(400))));
    for (const std::string& name : NamesInList(list)) AddInspector(name, doc);
  }
}

}  // namespace

std::string CleanName(std::string_view raw) {
  static const RE2 kBracket("\\s*\\([^)]*\\)");
  static const RE2 kTitle("(?i)\\s*\\b(?:acting\\s+)?(?:senior\\s+)?(?:HMI|" OFT_MAJESTYS
                          "\\s+Inspector|Ofsted Inspector|Social Care Regulatory Inspector)\\b.*$");
  static const RE2 kName("\\pL[\\pL' .’-]*\\pL");
  std::string name(raw.substr(0, raw.find(',')));
  RE2::GlobalReplace(&name, kBracket, "");
  RE2::Replace(&name, kTitle, "");
  name = std::string(Trimmed(name));
  while (!name.empty() && (name.back() == '.' || name.back() == ';')) name.pop_back();
  if (name.size() > 60 || !RE2::FullMatch(name, kName)) return "";
  return name;
}

void ReadPeople(const DocumentText& text, size_t title_line, Document* doc) {
  if (IsLetter(doc->type)) {
    ReadVisitTeam(text, title_line, doc);
    doc->lead_inspector = SignatureName(text);
    if (!doc->lead_inspector.empty()) {
      // The signatory leads; keep them first in the list.
      auto& list = doc->inspectors;
      list.erase(std::remove(list.begin(), list.end(), doc->lead_inspector), list.end());
      list.insert(list.begin(), doc->lead_inspector);
    }
    if (doc->lead_inspector.empty()) ReadTeam(text, doc);
    return;
  }
  ReadTeam(text, doc);
  if (doc->lead_inspector.empty()) {
    doc->lead_inspector = SignatureName(text);
    AddInspector(doc->lead_inspector, doc);
  }
}

}  // namespace metadata
}  // namespace oftrack
