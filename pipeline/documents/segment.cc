// Segment puts the blocks (segment_blocks.cc) into sections and sentences.
//
// Sections. Each heading block starts one. A known Ofsted heading
// (headings.cc) sets the kind, which then carries over to the sub-headings
// under it: a SIF judgement section's "Summary" and "Inspection findings"
// stay kFindings, "Information about this local authority area"'s "Local
// leadership" stays kBoilerplate. Before the first known heading everything is
// kFront (title, dates, the grade table, a letter's address block and opening
// paragraph), except that in a report the unnumbered paragraphs after the
// grade table form the kSummary ("Services for children who need help and
// protection are inadequate because ..."). Paragraphs that open boiler-plate
// ("I am copying this letter ...", "Yours sincerely", "The Office for
// Standards in Education ...") start a kBoilerplate section of their own.
// Once the SIF review of the LSCB starts, the rest of the report is kOther
// (save boiler-plate): its "Recommendations" are the board's, not the
// council's.
//
// heading_grade comes from the heading ("...: inadequate"), else from a grade
// table row among the section's first blocks (the SIF "Key judgement" table,
// the 2013 "Grade 4 (Inadequate)" line).
//
// Sentences: the splitter runs on every paragraph, numbered paragraph and list
// item; headings and table rows get none. Each sentence's page and line are
// those of the source line its first byte came from.
#include "documents/segment.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "documents/grade_words.h"
#include "documents/headings.h"
#include "documents/segment_blocks.h"

namespace oftrack {

namespace {

GradeValue GradeInRow(const std::string& row) {
  static const RE2 kCell(std::string(R"((?i)(?:^|\t)\s*(?:grade\s+\d\s*\(\s*)?()") + kGradeWords + R"()\b)");
  std::string grade;
  if (!RE2::PartialMatch(row, kCell, &grade)) return GradeValue::kNone;
  return BareGrade(grade);
}

class SectionBuilder {
 public:
  SectionBuilder(DocType type, Document* doc) : type_(type), doc_(doc) {}

  // REQUIRES: blocks outlives the builder; Add is called in block order.
  void Add(const std::vector<SegBlock>& blocks, int index) {
    const SegBlock& b = blocks[index];
    if (b.kind == BlockKind::kHeading) {
      StartHeading(blocks, index);
    } else {
      if (doc_->sections.empty()) Start("", SectionKind::kFront, b);
      bool prose = b.kind == BlockKind::kParagraph || b.kind == BlockKind::kNumberedParagraph;
      if (prose && OpensBoilerplate(b.text) && Current().kind != SectionKind::kBoilerplate) {
        Start("", SectionKind::kBoilerplate, b);
        major_ = SectionKind::kBoilerplate;
      }
      if (b.kind == BlockKind::kTableRow && !seen_known_ && GradeInRow(b.text) != GradeValue::kNone) {
        grade_table_seen_ = true;
      }
      if (b.kind == BlockKind::kTableRow && seen_known_ && !lscb_) StartTableHeading(b);
      if (b.kind == BlockKind::kParagraph && !seen_known_ && grade_table_seen_ &&
          Current().kind == SectionKind::kFront && (IsFullInspection(type_) || type_ == DocType::kOther)) {
        Start("", SectionKind::kSummary, b);
      }
    }
    Section& s = Current();
    if (s.block_count == 0) s.first_block = index;
    ++s.block_count;
  }

 private:
  Section& Current() { return doc_->sections.back(); }

  void Start(const std::string& heading, SectionKind kind, const SegBlock& b) {
    Section s;
    s.heading = heading;
    s.kind = kind;
    s.heading_grade = heading.empty() ? GradeValue::kNone : TrailingGrade(heading);
    s.page = b.starts.front().page;
    s.line = b.starts.front().line;
    s.first_block = static_cast<int>(doc_->blocks.size());
    doc_->sections.push_back(std::move(s));
  }

  // A SIF judgement heading set as a table row, the grade in its own column:
  // "The experiences and progress of" / "children who need help and      Good" / "protection".
  void StartTableHeading(const SegBlock& b) {
    size_t tab = b.text.find('\t');
    if (tab == std::string::npos) return;
    std::string label = b.text.substr(0, tab);
    GradeValue grade = GradeInRow(b.text.substr(tab));
    HeadingClass hc = ClassifyHeading(label, type_);
    if (grade == GradeValue::kNone || !hc.known || hc.kind != SectionKind::kFindings || !hc.judgement_name) return;
    // Under its own heading ("Leadership, management and governance" / a
    // "Judgement grade" table) the row grades that section (GradesFromTables).
    const Section& current = Current();
    if (current.kind == SectionKind::kFindings && !current.heading.empty() &&
        current.heading_grade == GradeValue::kNone && current.block_count <= 4) {
      return;
    }
    Start(label + ": " + GradeId(grade), SectionKind::kFindings, b);
    major_ = SectionKind::kFindings;
  }

  // A judgement name with no grade, under a summary or an areas list, is a
  // sub-heading there (SIF 2014-15: "Areas for improvement" / "Leadership,
  // Management and Governance" / numbered recommendations).
  bool SubHeadingOfList(const std::vector<SegBlock>& blocks, int index, const HeadingClass& hc) const {
    if (!hc.judgement_name || (major_ != SectionKind::kAreas && major_ != SectionKind::kSummary)) return false;
    if (TrailingGrade(blocks[index].text) != GradeValue::kNone) return false;
    for (int i = index + 1; i < static_cast<int>(blocks.size()) && i <= index + 4; ++i) {
      if (blocks[i].kind == BlockKind::kHeading) break;
      if (blocks[i].kind == BlockKind::kTableRow && GradeInRow(blocks[i].text) != GradeValue::kNone) return false;
    }
    return true;
  }

  void StartHeading(const std::vector<SegBlock>& blocks, int index) {
    const SegBlock& b = blocks[index];
    // An entry of the contents list: "The Local Safeguarding Children Board (LSCB) 42".
    static const RE2 kPageNumber(R"(\S\s*\d{1,3}$)");
    if (in_contents_ && RE2::PartialMatch(b.text, kPageNumber)) {
      Start(b.text, SectionKind::kBoilerplate, b);
      return;
    }
    HeadingClass hc = ClassifyHeading(b.text, type_);
    in_contents_ = hc.known && hc.kind == SectionKind::kBoilerplate && RE2::PartialMatch(b.text, kContents);
    if (hc.known && SubHeadingOfList(blocks, index, hc)) hc = HeadingClass();
    SectionKind kind;
    // The LSCB's part comes after the local authority's. On the front page its
    // grade stands as a line of its own ("The effectiveness of the Local
    // Safeguarding Children Board (LSCB) requires improvement"): front matter.
    if (hc.lscb && !seen_known_) hc = HeadingClass();
    if (hc.lscb) lscb_ = true;
    if (lscb_ && !(hc.known && hc.kind == SectionKind::kBoilerplate)) {
      kind = SectionKind::kOther;
    } else if (hc.known) {
      kind = hc.kind;
    } else {
      kind = seen_known_ ? major_ : SectionKind::kFront;
    }
    if (hc.known) {
      seen_known_ = true;
      major_ = kind;
    }
    Start(b.text, kind, b);
  }

  DocType type_;
  Document* doc_;
  bool seen_known_ = false;
  bool grade_table_seen_ = false;
  bool lscb_ = false;
  bool in_contents_ = false;  // under "Contents": headings ending in a page number are its entries
  SectionKind major_ = SectionKind::kFront;
  static inline const RE2 kContents{R"((?i)^\s*(?:table of )?contents\s*$)"};
};

// A judgement section without a grade in its heading takes the grade of a
// table row among its first blocks.
void GradesFromTables(const std::vector<SegBlock>& blocks, Document* doc) {
  for (Section& s : doc->sections) {
    if (s.kind != SectionKind::kFindings || s.heading.empty() || s.heading_grade != GradeValue::kNone) continue;
    int end = std::min(s.first_block + std::min(s.block_count, 4), static_cast<int>(blocks.size()));
    for (int i = s.first_block; i < end; ++i) {
      if (blocks[i].kind != BlockKind::kTableRow) continue;
      GradeValue g = GradeInRow(blocks[i].text);
      if (g != GradeValue::kNone) {
        s.heading_grade = g;
        break;
      }
    }
  }
}

void AddSentences(const SegBlock& b, int index, const SentenceSplitter& splitter, Document* doc) {
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kTableRow) return;
  size_t base = doc->blocks[index].offset;
  int number = 0;
  for (auto [begin, end] : splitter.Split(b.text)) {
    Sentence s;
    s.block = index;
    s.number = ++number;
    s.begin = base + begin;
    s.end = base + end;
    const LineStart* at = &b.starts.front();
    for (const LineStart& ls : b.starts) {
      if (ls.offset <= begin) at = &ls;
    }
    s.page = at->page;
    s.line = at->line;
    doc->sentences.push_back(s);
  }
}

void WarnOnNumberGaps(Document* doc) {
  int last = 0;
  for (const Block& b : doc->blocks) {
    if (b.para_id.empty() || b.para_id.find('.') != std::string::npos) continue;
    int n = std::atoi(b.para_id.c_str());
    if (last > 0 && n != last + 1 && n != 1) {
      doc->warnings.push_back("paragraph numbers jump from " + std::to_string(last) + " to " + std::to_string(n) +
                              " (page " + std::to_string(b.page) + ")");
    }
    last = n;
  }
}

}  // namespace

void Segment(const DocumentText& text, const SentenceSplitter& splitter, Document* doc) {
  std::vector<SegBlock> blocks = BuildBlocks(text.lines);
  doc->text.clear();
  doc->blocks.clear();
  doc->sections.clear();
  doc->sentences.clear();
  SectionBuilder sections(doc->type, doc);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const SegBlock& sb = blocks[i];
    if (!doc->text.empty()) doc->text += "\n\n";
    Block b;
    b.kind = sb.kind;
    b.text = sb.text;
    b.para_id = sb.para_id;
    b.offset = doc->text.size();
    b.page = sb.starts.front().page;
    b.line = sb.starts.front().line;
    doc->text += sb.text;
    sections.Add(blocks, static_cast<int>(i));
    b.section = static_cast<int>(doc->sections.size()) - 1;
    doc->blocks.push_back(std::move(b));
  }
  for (size_t i = 0; i < blocks.size(); ++i) AddSentences(blocks[i], static_cast<int>(i), splitter, doc);
  GradesFromTables(blocks, doc);
  WarnOnNumberGaps(doc);
}

Document SegmentForTest(std::string_view text, DocType type, const SentenceSplitter& splitter) {
  DocumentText dt;
  int page = 1, line = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    while (!raw.empty() && raw.front() == '\f') {
      ++page;
      line = 0;
      raw.remove_prefix(1);
    }
    TextLine tl;
    size_t lead = raw.find_first_not_of(' ');
    tl.indent = lead == std::string_view::npos ? 0 : static_cast<int>(lead);
    tl.text = lead == std::string_view::npos ? "" : std::string(raw.substr(lead));
    tl.page = page;
    tl.line = ++line;
    dt.lines.push_back(std::move(tl));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  Document doc;
  doc.type = type;
  Segment(dt, splitter, &doc);
  return doc;
}

}  // namespace oftrack
