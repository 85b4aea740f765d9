// ReadMetadata: type, authority, dates, people and visit number of one document.
//
// Reports carry labelled lines near the top:
//   "Inspection date: 11 – 22 July 2022", "Inspection dates:   24 – 28 June 2013",
//   "Dates of inspection: ...", "Report published: 23 May 2014", "Published:   2 August 2013"
// (an ILACS report's PDF often has no publication date: it stays unset).
// Letters carry a date line above the addressee ("12 January 2024"), and the
// visit dates and number in the first paragraph:
//   "This letter summarises the findings of the monitoring visit to Nottingham City
//    children's services on 28 February to 1 March 2023. This was the first
//    monitoring visit since the local authority was judged inadequate in July 2022."
// The authority is the one the title names ("Inspection of Salford local
// authority ..."), else a line near the top that is a council's name alone
// ("Sandwell Metropolitan Borough Council", "Council of the Isles of Scilly").
#include "documents/metadata.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "documents/dates.h"
#include "documents/metadata_parts.h"

namespace oftrack {
namespace {

using metadata::JoinLines;
using metadata::Trimmed;

// The authority named by the title, or by a line of its own near the top.
void ReadAuthority(const DocumentText& text, const metadata::Title& title, const AuthorityDirectory& authorities,
                   Document* doc) {
  const Authority* found = nullptr;
  if (!title.authority.empty()) {
    found = authorities.Find(title.authority);
    if (found) {
      doc->authority_as_written = title.authority;
    } else if ((found = authorities.FindIn(title.authority))) {
      // "the multi-agency response to abuse and neglect in Salford": name only the council.
      doc->authority_as_written = found->name;
    }
  }
  int seen = 0;
  for (size_t i = 0; !found && i < text.lines.size() && seen < 15; ++i) {
    std::string_view line = Trimmed(text.lines[i].text);
    if (line.empty()) continue;
    ++seen;
    found = authorities.Find(line);
    if (found) doc->authority_as_written = std::string(line);
  }
  if (!found) {
    // Council papers name their council somewhere in the first lines; a title, right below it.
    // (2018-19 reports print the council above the title: "Medway Children's Services".)
    size_t span = title.found ? 6 : 40;
    size_t from = title.found && title.line >= 2 ? title.line - 2 : 0;
    std::string head = JoinLines(text, from, std::min(text.lines.size(), title.line + span));
    found = authorities.FindIn(head);
    if (found) doc->authority_as_written = found->name;
  }
  if (found) doc->urn = found->urn;
}

// "Inspection dates: ..." and "Report published: ..." lines (and the line after,
// for a label whose dates wrapped).
void ReadLabelledDates(const DocumentText& text, Document* doc) {
  static const RE2 kVisit(
      "(?i)(?:inspection dates?|dates? of (?:the )?inspection|inspection period|dates? of (?:the )?visit|"
      "visit dates?|on-site dates?)\\s*:?\\s*(.*)");
  static const RE2 kPublished("(?i)(?:report published|published|publication date|date published|"
                              "date of publication)\\s*:?\\s*(.*)");
  for (size_t i = 0; i < text.lines.size() && i < 400; ++i) {
    std::string_view line = Trimmed(text.lines[i].text);
    std::string rest;
    std::string next = i + 1 < text.lines.size() ? " " + text.lines[i + 1].text : "";
    if (!doc->visit_start.valid() && RE2::FullMatch(line, kVisit, &rest)) {
      DateRange r = ParseDateRange(rest + next);
      doc->visit_start = r.start;
      doc->visit_end = r.end;
    } else if (!doc->published.valid() && RE2::FullMatch(line, kPublished, &rest)) {
      doc->published = ParseDate(rest + next);
    }
  }
}

// A letter: the date line above the title, and the visit dates after it.
void ReadLetterDates(const DocumentText& text, size_t title_line, Document* doc) {
  static const RE2 kDateLine("(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\pL+,?\\s+\\d{4}");
  if (!doc->published.valid()) {
    for (size_t i = 0; i < title_line && i < text.lines.size(); ++i) {
      std::string_view line = Trimmed(text.lines[i].text);
      if (RE2::FullMatch(line, kDateLine)) doc->published = ParseDate(line);
    }
  }
  if (doc->visit_start.valid()) return;
  std::string window = JoinLines(text, title_line, std::min(text.lines.size(), title_line + 20));
  // The dates follow "on", "between" or "from": "... children's services on the 25 and 26 July 2023".
  static const RE2 kLead("(?i)(\\b(?:on|between|from)\\s+(?:the\\s+)?\\d)");
  re2::StringPiece at;
  DateRange r;
  if (RE2::PartialMatch(window, kLead, &at)) {
    r = ParseDateRange(std::string_view(window).substr(at.data() - window.data()));
  }
  if (!r.start.valid()) r = ParseDateRange(window);
  doc->visit_start = r.start;
  doc->visit_end = r.end;
}

// "This was the second monitoring visit since the local authority was judged
// inadequate in July 2022."
void ReadVisitNumber(const DocumentText& text, size_t title_line, Document* doc) {
  static const RE2 kNumber(
      "(?i)\\bthe\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
      "\\d{1,2}(?:st|nd|rd|th)?)\\s+monitoring visit\\b");
  static const RE2 kSince(
      "(?i)\\bjudged(?:\\s+to\\s+be)?\\s+inadequate\\b[^.]{0,80}?\\bin\\s+((?:January|February|March|April|May|June|"
      "July|August|September|October|November|December)\\s+\\d{4})");
  static const char* kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
  std::string window = JoinLines(text, title_line, std::min(text.lines.size(), title_line + 30));
  std::string word;
  if (RE2::PartialMatch(window, kNumber, &word)) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (int i = 0; i < 12; ++i) {
      if (word == kOrdinals[i]) doc->visit_number = i + 1;
    }
    if (doc->visit_number == 0 && std::isdigit(static_cast<unsigned char>(word[0]))) doc->visit_number = std::stoi(word);
  }
  RE2::PartialMatch(window, kSince, &doc->judged_inadequate_in);
}

}  // namespace

void ReadMetadata(const DocumentText& text, const AuthorityDirectory& authorities, Document* doc) {
  doc->index = text.index;
  if (!text.lines.empty()) {
    doc->first_page = text.lines.front().page;
    doc->first_line = text.lines.front().line;
  }
  metadata::Title title = metadata::FindTitle(text);
  if (title.found) {
    doc->type = title.type;
    doc->type_reason = title.reason;
  } else {
    metadata::TypeWithoutTitle(text, doc);
  }
  ReadAuthority(text, title, authorities, doc);
  if (doc->type == DocType::kCommitteePack || doc->type == DocType::kOther) return;

  ReadLabelledDates(text, doc);
  bool letter = doc->type == DocType::kMonitoringVisit || doc->type == DocType::kFocusedVisit ||
                doc->type == DocType::kJtai;
  if (letter) ReadLetterDates(text, title.line, doc);
  if (doc->type == DocType::kMonitoringVisit) ReadVisitNumber(text, title.line, doc);
  metadata::SettleShortInspection(doc);
  metadata::ReadPeople(text, title.line, doc);
}

}  // namespace oftrack
