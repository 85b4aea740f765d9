// Document: one Ofsted document understood (recognise + segment stages).
// Text offsets (Block::offset, Sentence::begin/end) are byte offsets into
// Document::text, the document's segmented text as stored in the database:
// blocks joined by "\n\n", wrapped lines and hyphenation already re-joined.
#ifndef OFTRACK_MODEL_DOCUMENT_H_
#define OFTRACK_MODEL_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace oftrack {

enum class DocType {
  kIlacs,            // ILACS standard inspection: "Inspection of X children's services" (2018-), two weeks on site
  kIlacsShort,       // ILACS short inspection: same titles, one week on site (dates at most 7 days apart)
  kSif,              // single inspection framework 2013-2017, re-inspections included
  kLookedAfter,      // 2012-2013 "Inspection of looked after children services" / safeguarding and LAC
  kMonitoringVisit,  // monitoring visit letter
  kFocusedVisit,     // focused visit letter
  kJtai,             // joint targeted area inspection letter
  kCommitteePack,    // council papers that are not an Ofsted document themselves
  kOther,            // not recognised; Document::type_reason says why
};
// Stable identifiers used in the database and exports: "ilacs", "monitoring_visit", ...
const char* DocTypeId(DocType type);
DocType DocTypeFromId(const std::string& id);  // kOther when unknown
// What people call it: "ILACS inspection", "Monitoring visit", "Focused visit", ...
const char* DocTypeLabel(DocType type);
// True for full inspections that grade (ilacs, ilacs_short, sif, looked_after).
bool IsFullInspection(DocType type);

enum class GradeValue { kNone, kOutstanding, kGood, kRequiresImprovement, kAdequate, kInadequate };
const char* GradeId(GradeValue grade);   // "outstanding", "good", "requires_improvement", "adequate", "inadequate", ""
GradeValue GradeFromId(const std::string& id);
// As Ofsted writes it: "Outstanding", "Good", "Requires improvement to be good", "Adequate", "Inadequate", "".
const char* GradeLabel(GradeValue grade);
// Short, for table headings: "Outstanding", "Good", "Requires improvement", "Adequate", "Inadequate", "no grade read".
const char* GradeShortLabel(GradeValue grade);
// Better is higher: outstanding 4, good 3, requires improvement and adequate 2, inadequate 1, none 0.
int GradeRank(GradeValue grade);

// Judgement domains, stable ids in brackets.
enum class GradeDomain {
  kOverall,         // [overall] overall effectiveness
  kLeaders,         // [leaders] impact of leaders / leadership, management and governance
  kHelpProtection,  // [help_protection] children who need help and protection
  kInCare,          // [in_care] children in care (and care leavers, before 2023) / looked after and permanence
  kCareLeavers,     // [care_leavers] care leavers (own domain from 2023; SIF sub-judgement)
  kAdoption,        // [adoption] SIF sub-judgement: adoption performance
  kLscb,            // [lscb] SIF: review of the Local Safeguarding Children Board
};
const char* GradeDomainId(GradeDomain domain);
const char* GradeDomainLabel(GradeDomain domain);  // "Overall effectiveness", "Help and protection", ...
// False when the id names no domain.
bool GradeDomainFromId(const std::string& id, GradeDomain* domain);
// The judgement domain a grade-table row label or judgement heading names, as
// Ofsted words them in every framework since 2012: "The experiences and progress
// of children who need help and protection" -> kHelpProtection; "... of children
// in care and care leavers" -> kInCare with *combined_care; "2.1 Adoption
// performance" -> kAdoption; "The impact of leaders ..." / "Leadership,
// management and governance" -> kLeaders. False for labels outside the model
// ("Capacity to improve", "Outcomes for ...", "Quality of provision").
bool GradeDomainOfLabel(std::string_view label, GradeDomain* domain, bool* combined_care);

struct Grade {
  GradeDomain domain = GradeDomain::kOverall;
  GradeValue value = GradeValue::kNone;
  bool combined_care = false;  // in_care domain also covers care leavers (before 2023)
  std::string source;          // "table" or "heading"
  std::string raw;             // the row or heading as written
  int page = 0, line = 0;
};

enum class AreaKind { kImprove, kCovered, kPriority };
const char* AreaKindId(AreaKind kind);  // "improve", "covered", "priority"
AreaKind AreaKindFromId(const std::string& id);  // kImprove when unknown

// One item of "What needs to improve?", "Recommendations", "Areas for priority
// action" or "Areas covered by the visit", in document order from 1.
struct AreaForImprovement {
  AreaKind kind = AreaKind::kImprove;
  int ordinal = 0;
  std::string text;
  std::vector<std::string> themes;  // theme ids, filled by the classify stage
  // What the area is about (rules/subjects.toml ids), and for each the words
  // that named it ("multi-agency safeguarding hub"); filled by the classify stage.
  std::vector<std::string> subjects;
  std::vector<std::string> subject_words;  // parallel to subjects
  int page = 0, line = 0;
};

enum class BlockKind { kHeading, kNumberedParagraph, kListItem, kParagraph, kTableRow };
const char* BlockKindId(BlockKind kind);

// What a section holds, decided from its heading and the document type.
enum class SectionKind {
  kFront,        // title, dates, grade table, before the first heading
  kSummary,      // unnumbered inspector summary at the top of a report
  kAreas,        // what needs to improve / recommendations / areas covered
  kFindings,     // judgement sections, headline findings, findings and evaluation of progress
  kBoilerplate,  // about this inspection, contents, service information, licence text, signature
  kOther,
};
const char* SectionKindId(SectionKind kind);

struct Section {
  std::string heading;
  SectionKind kind = SectionKind::kOther;
  GradeValue heading_grade = GradeValue::kNone;  // "...: inadequate" at the end of a heading
  int first_block = 0;                           // index into Document::blocks
  int block_count = 0;
  int page = 0, line = 0;
};

// A unit of text: a heading, a numbered paragraph, a list item, a plain paragraph.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;     // the joined text; a numbered paragraph's number is not in it
  std::string para_id;  // "12" for numbered paragraphs, "" otherwise
  int section = 0;      // index into Document::sections
  size_t offset = 0;    // byte offset of text in Document::text
  int page = 0, line = 0;  // where the block starts in the source
};

struct Sentence {
  int block = 0;           // index into Document::blocks
  int number = 0;          // 1-based within the block
  size_t begin = 0, end = 0;  // byte range in Document::text
  int page = 0, line = 0;     // where the sentence starts in the source
};

struct Document {
  DocType type = DocType::kOther;
  std::string type_reason;   // the words that decided the type, or why none fitted
  int index = 0;             // position within its source file (committee packs hold several)

  // Who and when.
  std::string authority_as_written;  // "Nottingham City"
  int urn = 0;                       // Ofsted URN from the reference list; 0 when unknown
  Date visit_start, visit_end;       // inspection or visit dates
  Date published;                    // publication date (reports) or letter date (letters)
  std::string lead_inspector;
  std::vector<std::string> inspectors;
  int visit_number = 0;              // monitoring visits: 1 for "the first monitoring visit"
  std::string judged_inadequate_in;  // monitoring visits: "July 2022"

  std::vector<Grade> grades;
  std::vector<AreaForImprovement> areas;

  std::string text;
  std::vector<Section> sections;
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<std::string> warnings;

  int first_page = 1, first_line = 1;  // where the document starts in its file

  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_DOCUMENT_H_
