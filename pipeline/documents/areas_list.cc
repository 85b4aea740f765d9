// Areas: the items of a document's areas sections, after Segment.
//
// Segment gives each section a kind; a run of kAreas sections is one list,
// its sub-headings inheriting the kind of item from the heading above:
//   "What needs to improve?" / "Recommendations" / "Areas for improvement"   -> improve
//   "What does the local authority need to improve?" + "Priority and immediate
//    action" (SIF) / "Areas for priority action" (focused visits)             -> priority
//   "Areas covered by the visit"                                               -> covered
// An item is a list item ("◼ Effectiveness and timeliness of responses ..."),
// a numbered paragraph ("1. Urgently analyse the local authority's current
// performance ... Develop robust systems ..." is one area, however many
// sentences; the points listed under a numbered recommendation are part of
// it), or, in a list set without bullets or numbers, a paragraph.
// Statements that there is nothing to list are not items:
//   "65. The inspection did not find any areas for priority and immediate action."
//   "There are no priority or immediate actions."
// nor is the sentence that introduces the list ("28. In order to improve ...
// the local authority should take the following action.").
// A monitoring letter's covered areas start with the visit's topic when its
// opening sentence names one, then the listed items:
//   "This visit evaluated the support to care leavers aged 18 to 25. Inspectors focused on:"
//   "This visit reviewed progress made in support for children in need, including ..."
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "documents/headings.h"
#include "documents/judgements_read_parts.h"

namespace oftrack {
namespace judgements {
namespace {

bool SaysNothingToList(const std::string& text) {
  static const RE2 kNone(
      "(?i)\\b(?:did not (?:find|identify) any|there (?:are|were) no|no (?:areas|priority|immediate|recommendations))\\b");
  return text.size() < 200 && RE2::PartialMatch(text, kNone);
}

// "This visit evaluated the support to care leavers aged 18 to 25." -> the topic.
std::string VisitTopic(const std::string& paragraph) {
  static const RE2 kTopic(
      "(?i)\\b(?:this|the) (?:monitoring |focused )?visit (?:reviewed (?:the )?progress made in|"
      "evaluated (?:the )?progress (?:made )?in|evaluated|focused on|looked at|considered|reviewed)\\s+(.+?)\\.(?:\\s|$)");
  static const RE2 kFollowing("(?i)^(?:the )?following\\b");
  std::string topic;
  if (!RE2::PartialMatch(paragraph, kTopic, &topic) || RE2::PartialMatch(topic, kFollowing)) return "";
  return topic;
}

// "28. In order to improve ..., the local authority should take the following
// action." introduces the list of areas; it is not one.
bool IntroducesList(const std::string& text) {
  static const RE2 kIntro("(?i)the following(?: actions?| areas?| recommendations?)?[.:]?\\s*$");
  return RE2::PartialMatch(text, kIntro);
}

// "... particularly in relation to:": a recommendation whose points follow.
bool EndsWithColon(const std::string& text) {
  size_t end = text.find_last_not_of(" ");
  return end != std::string::npos && text[end] == ':';
}

// Where a SIF report's review of the LSCB begins: its recommendations are the board's.
bool StartsLscbReview(std::string_view text) {
  static const RE2 kLscb(
      "(?i)\\s*(?:section \\d+:?\\s*(?:the )?(?:effectiveness (?:of )?(?:the )?)?(?:local safeguarding|lscb).*|"
      "(?:the )?(?:local safeguarding children(?:'s)? board|lscb)(?:\\s*\\(lscb\\))?|"
      "what does the (?:lscb|local safeguarding children board) need to improve.*)");
  return RE2::FullMatch(text, kLscb);
}

// Whether section `s` holds areas: a kAreas section, or a section Segment left
// as kOther under an areas heading. Unnamed sub-headings ("Help and
// protection", "Immediately") continue a kOther run; a kAreas run ends at the
// first section of another kind.
enum class Run { kNone, kAreas, kOther };
Run NextRun(const Section& s, Run run) {
  if (s.kind == SectionKind::kAreas) return Run::kAreas;
  if (s.kind != SectionKind::kOther) return Run::kNone;
  if (AreasHeadingKind(s.heading)) return Run::kOther;
  GradeDomain domain;
  bool combined;
  bool subheading = s.heading.size() < 60 && !DomainOfLabel(s.heading, &domain, &combined);
  return run == Run::kOther && subheading ? Run::kOther : Run::kNone;
}

// A page-break join can leave the next sub-heading on an item: "... policy change Within three months:".
std::string WithoutTrailingSubheading(std::string text) {
  static const RE2 kTrailing("(?i)\\s+(?:immediately|within \\w+ (?:weeks|months)|in the (?:short|medium|longer) term)\\s*:\\s*$");
  RE2::Replace(&text, kTrailing, "");
  return text;
}

}  // namespace

std::vector<AreaForImprovement> ReadAreas(const Document& doc) {
  std::vector<AreaForImprovement> out;
  if (doc.type == DocType::kFocusedVisit) out = ReadFocus(doc);
  int counts[3] = {0, static_cast<int>(out.size()), 0};  // AreaKind order: improve, covered, priority
  auto add = [&](AreaKind kind, const std::string& text, const Block& b) {
    AreaForImprovement a;
    a.kind = kind;
    a.ordinal = ++counts[static_cast<int>(kind)];
    a.text = WithoutTrailingSubheading(text);
    a.page = b.page;
    a.line = b.line;
    out.push_back(std::move(a));
  };
  AreaKind kind = doc.type == DocType::kMonitoringVisit ? AreaKind::kCovered : AreaKind::kImprove;
  Run run = Run::kNone;
  // Where a list ends when the heading after it was not recognised: a list of
  // bullets ends at the first numbered paragraph (ILACS: "1. Overall, services
  // for children ..."), a numbered list where its numbers start again.
  std::optional<BlockKind> item_kind;
  int last_number = 0;
  bool ended = false;
  for (const Section& s : doc.sections) {
    if (StartsLscbReview(s.heading) && !out.empty()) break;
    run = NextRun(s, run);
    bool in_run = run != Run::kNone;
    if (auto k = AreasHeadingKind(s.heading)) {
      kind = *k;  // a sub-heading keeps the kind above it
      item_kind.reset();
      last_number = 0;
      ended = false;
    }
    int end = std::min<int>(s.first_block + s.block_count, static_cast<int>(doc.blocks.size()));
    // A list set as prose: "What needs to improve in this area of social work
    // practice" followed by one paragraph per point, no bullets or numbers.
    bool prose_list = in_run && kind != AreaKind::kCovered && !s.heading.empty();
    for (int i = s.first_block; i < end && prose_list; ++i) {
      BlockKind k = doc.blocks[i].kind;
      if (k == BlockKind::kListItem || k == BlockKind::kNumberedParagraph) prose_list = false;
    }
    for (int i = s.first_block; i < end; ++i) {
      const Block& b = doc.blocks[i];
      if (prose_list && b.kind == BlockKind::kParagraph && !ended) {
        if (!SaysNothingToList(b.text) && !IntroducesList(b.text) && !EndsWithColon(b.text)) add(kind, b.text, b);
        continue;
      }
      bool prose = b.kind == BlockKind::kParagraph || b.kind == BlockKind::kHeading;
      if (prose && StartsLscbReview(b.text) && !out.empty()) return out;
      if (!in_run) continue;
      std::optional<AreaKind> heading_kind = prose ? AreasHeadingKind(b.text) : std::nullopt;
      if (heading_kind) {
        kind = *heading_kind;  // "Areas for improvement:" set as a paragraph
      } else if (b.kind == BlockKind::kListItem || b.kind == BlockKind::kNumberedParagraph) {
        int number = b.kind == BlockKind::kNumberedParagraph ? std::atoi(b.para_id.c_str()) : 0;
        if (item_kind == BlockKind::kListItem && b.kind == BlockKind::kNumberedParagraph) ended = true;
        if (item_kind == BlockKind::kNumberedParagraph && number > 0 && number <= last_number) ended = true;
        if (ended) continue;
        if (number > 0) last_number = number;
        if (SaysNothingToList(b.text)) continue;
        // "28. In order to improve ..., the local authority should take the
        // following action." opens a list of bullets: they are the areas.
        if (!item_kind && b.kind == BlockKind::kNumberedParagraph && IntroducesList(b.text)) continue;
        if (item_kind == BlockKind::kNumberedParagraph && b.kind == BlockKind::kListItem && !out.empty() &&
            out.back().kind == kind) {
          // A recommendation's own points: "1. Ensure that all managers use ...
          // particularly in relation to:" / "◼ the timely progression of contacts ...".
          out.back().text += (EndsWithColon(out.back().text) ? " " : "; ") + b.text;
          continue;
        }
        if (!item_kind) item_kind = b.kind;
        add(kind, b.text, b);
      } else if (b.kind == BlockKind::kParagraph && kind == AreaKind::kCovered) {
        std::string topic = VisitTopic(b.text);
        if (!topic.empty()) add(kind, topic, b);
      }
    }
  }
  return out;
}

}  // namespace judgements
}  // namespace oftrack
