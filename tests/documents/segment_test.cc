// Segmentation of real reports and letters: sections, numbered paragraphs,
// sentences with exact offsets and provenance, re-joined page breaks and
// hyphens. Files go through LoadFile -> Extract -> Clean -> SplitPack first.
#include "documents/segment.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "documents/pack_splitter.h"
#include "ingest/extract.h"
#include "ingest/load.h"
#include "text/clean.h"

namespace oftrack {
namespace {

const SentenceSplitter& Splitter() {
  static auto made = SentenceSplitter::FromFile(std::string(OFTRACK_SOURCE_DIR) + "/rules/abbreviations.txt");
  REQUIRE(made.ok());
  return *made.value();
}

std::vector<DocumentText> LoadDocuments(const std::string& relative) {
  std::string path = std::string(OFTRACK_SOURCE_DIR) + "/corpora/" + relative;
  auto raw = LoadFile(InputFile{path, relative});
  REQUIRE(raw.ok());
  auto pages = Extract(raw.value());
  REQUIRE(pages.ok());
  return SplitPack(Clean(pages.value(), raw->kind));
}

Document SegmentFile(const std::string& relative, DocType type, size_t index = 0) {
  auto docs = LoadDocuments(relative);
  REQUIRE(docs.size() > index);
  Document doc;
  doc.type = type;
  Segment(docs[index], Splitter(), &doc);
  return doc;
}

std::vector<const Section*> SectionsOf(const Document& doc, SectionKind kind) {
  std::vector<const Section*> out;
  for (const Section& s : doc.sections) {
    if (s.kind == kind) out.push_back(&s);
  }
  return out;
}

const Block* Paragraph(const Document& doc, const std::string& id) {
  for (const Block& b : doc.blocks) {
    if (b.para_id == id) return &b;
  }
  return nullptr;
}

std::string FirstSentenceOf(const Document& doc, const Block* block) {
  for (const Sentence& s : doc.sentences) {
    if (&doc.blocks[s.block] == block) return std::string(doc.SentenceText(s));
  }
  return "";
}

// Offsets must point exactly at the block and sentence texts.
void CheckOffsets(const Document& doc) {
  for (const Block& b : doc.blocks) REQUIRE(doc.text.substr(b.offset, b.text.size()) == b.text);
  for (const Sentence& s : doc.sentences) {
    const Block& b = doc.blocks[s.block];
    REQUIRE(s.begin >= b.offset);
    REQUIRE(s.end <= b.offset + b.text.size());
    REQUIRE(s.page > 0);
  }
}

TEST_CASE("Nottingham 2022 ILACS: judgement sections, paragraphs, sentences", "[segment]") {
  Document doc = SegmentFile("ofsted-reports/nottingham-80533-published-2022-09-05.pdf", DocType::kIlacs);
  CheckOffsets(doc);

  auto findings = SectionsOf(doc, SectionKind::kFindings);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0]->heading == "The experiences and progress of children who need help and protection: inadequate");
  CHECK(findings[0]->heading_grade == GradeValue::kInadequate);
  CHECK(findings[1]->heading_grade == GradeValue::kRequiresImprovement);
  CHECK(findings[2]->heading == "The impact of leaders on social work practice with children and families: "
                                "requires improvement to be good");
  CHECK(findings[2]->heading_grade == GradeValue::kRequiresImprovement);

  auto areas = SectionsOf(doc, SectionKind::kAreas);
  REQUIRE(areas.size() == 1);
  CHECK(areas[0]->heading == "What needs to improve?");
  int items = 0;
  for (int i = areas[0]->first_block; i < areas[0]->first_block + areas[0]->block_count; ++i) {
    items += doc.blocks[i].kind == BlockKind::kListItem;
  }
  CHECK(items == 8);
  CHECK(SectionsOf(doc, SectionKind::kSummary).size() == 1);

  // Numbered paragraphs 1..58 in order, without gaps, all under findings.
  int expected = 1;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kNumberedParagraph) continue;
    CHECK(b.para_id == std::to_string(expected));
    CHECK(doc.sections[b.section].kind == SectionKind::kFindings);
    ++expected;
  }
  CHECK(expected == 59);
  CHECK(doc.warnings.empty());

  const Block* p1 = Paragraph(doc, "1");
  REQUIRE(p1 != nullptr);
  CHECK(p1->page == 2);
  CHECK(FirstSentenceOf(doc, p1) == "Weaknesses in the MASH are significant, widespread and systemic.");

  // No running footer inside any sentence.
  for (const Sentence& s : doc.sentences) {
    std::string text(doc.SentenceText(s));
    INFO(text);
    CHECK(text.find("local authority children's services") == std::string::npos);
    CHECK(text.find("11 July 2022") == std::string::npos);
  }
}

TEST_CASE("sentences cut by a page break are re-joined", "[segment]") {
  Document doc = SegmentFile("ofsted-reports/nottingham-80533-published-2022-09-05.pdf", DocType::kIlacs);
  // Paragraph 19 runs from page 4 to page 5: "... both the social housing provider and the local" ‖
  // "authority in providing suitable accommodation ...".
  const Block* p19 = Paragraph(doc, "19");
  REQUIRE(p19 != nullptr);
  bool found = false;
  for (const Sentence& s : doc.sentences) {
    std::string text(doc.SentenceText(s));
    if (text.find("the social housing provider and the local authority in providing suitable accommodation") !=
        std::string::npos) {
      found = true;
      CHECK(&doc.blocks[s.block] == p19);
      CHECK(s.page == 4);
    }
  }
  CHECK(found);
  // The summary's third paragraph crosses from page 1 to page 2.
  bool summary_joined = false;
  for (const Sentence& s : doc.sentences) {
    if (doc.SentenceText(s) == "Senior management oversight of vulnerable children has been strengthened through "
                               "a range of panels and monitoring systems.") {
      summary_joined = true;
      CHECK(doc.sections[doc.blocks[s.block].section].kind == SectionKind::kSummary);
    }
  }
  CHECK(summary_joined);
}

TEST_CASE("Salford 2015 SIF: judgement sections graded from their tables, LSCB apart", "[segment]") {
  Document doc = SegmentFile("ofsted-reports/salford-80548-published-2015-06-22.pdf", DocType::kSif);
  CheckOffsets(doc);
  std::vector<const Section*> graded;
  for (const Section* s : SectionsOf(doc, SectionKind::kFindings)) {
    if (s->heading_grade != GradeValue::kNone) graded.push_back(s);
  }
  REQUIRE(graded.size() >= 3);
  CHECK(graded[0]->heading == "The experiences and progress of children who need help and protection");
  CHECK(graded[0]->heading_grade == GradeValue::kGood);
  bool leadership = false;
  for (const Section* s : graded) leadership |= s->heading == "Leadership, management and governance";
  CHECK(leadership);

  // Recommendations 1-8 are the council's areas; the LSCB's come later as kOther.
  auto areas = SectionsOf(doc, SectionKind::kAreas);
  REQUIRE(areas.size() == 1);
  CHECK(areas[0]->heading == "Recommendations");
  CHECK(doc.blocks[areas[0]->first_block + 1].para_id == "1");
  bool lscb_other = false;
  for (const Section& s : doc.sections) {
    if (s.heading == "The Local Safeguarding Children Board (LSCB)") lscb_other = s.kind == SectionKind::kOther;
  }
  CHECK(lscb_other);
  const Block* p9 = Paragraph(doc, "9");
  REQUIRE(p9 != nullptr);
  CHECK(doc.sections[p9->section].kind == SectionKind::kFindings);
}

TEST_CASE("Sandwell 2013 looked-after inspection: findings sections with grade lines", "[segment]") {
  Document doc = SegmentFile("ofsted-reports/sandwell-80549-published-2013-08-02.pdf", DocType::kLookedAfter);
  CheckOffsets(doc);
  auto findings = SectionsOf(doc, SectionKind::kFindings);
  REQUIRE(findings.size() >= 4);
  CHECK(findings[0]->heading == "Overall effectiveness of services for looked after children and young people");
  CHECK(findings[0]->heading_grade == GradeValue::kInadequate);
  bool quality = false;
  for (const Section* s : findings) {
    if (s->heading == "Quality of provision") quality = s->heading_grade == GradeValue::kInadequate;
  }
  CHECK(quality);
  CHECK(SectionsOf(doc, SectionKind::kBoilerplate).size() >= 2);  // contents, about this inspection
}

TEST_CASE("committee-pack letter: one line per paragraph, page breaks joined", "[segment]") {
  Document doc = SegmentFile("committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt",
                             DocType::kMonitoringVisit, 3);
  CheckOffsets(doc);
  std::vector<std::string> headings;
  for (const Section& s : doc.sections) {
    if (!s.heading.empty()) headings.push_back(s.heading);
  }
  CHECK(headings == std::vector<std::string>{"Monitoring visit to Nottingham City children's services",
                                             "Areas covered by the visit", "Headline findings",
                                             "Findings and evaluation of progress"});
  auto findings = SectionsOf(doc, SectionKind::kFindings);
  REQUIRE(findings.size() == 2);
  CHECK(doc.sections.back().kind == SectionKind::kBoilerplate);
  // "However, many of these additional resources are temporarily" ‖ "funded and, without ..."
  bool joined = false;
  for (const Sentence& s : doc.sentences) {
    joined |= doc.SentenceText(s).find("resources are temporarily funded and, without the continuity") !=
              std::string::npos;
  }
  CHECK(joined);
  int bullets = 0;
  for (const Block& b : doc.blocks) bullets += b.kind == BlockKind::kListItem;
  CHECK(bullets == 3);
}

TEST_CASE("hyphens at line end: compounds kept, broken words re-joined", "[segment]") {
  std::string text =
      "1.     Strategy discussions are held with multi-\n"
      "       agency partners. Families are offered step-\n"
      "       down support. The pro-\n"
      "       cedures are clear and the procedures are followed by well-\n"
      "       trained staff for 16-\n"
      "       year-olds.\n";
  Document doc = SegmentForTest(text, DocType::kIlacs, Splitter());
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].para_id == "1");
  CHECK(doc.blocks[0].text ==
        "Strategy discussions are held with multi-agency partners. Families are offered step-down support. The "
        "procedures are clear and the procedures are followed by well-trained staff for 16-year-olds.");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[1].line == 2);
  CHECK(doc.SentenceText(doc.sentences[1]) == "Families are offered step-down support.");
}

TEST_CASE("real line-end compounds keep their hyphen", "[segment]") {
  Document doc = SegmentFile("ofsted-reports/birmingham-80429-published-2019-01-17.pdf", DocType::kIlacsShort);
  bool asylum = false, long_standing = false;
  for (const Block& b : doc.blocks) {
    asylum |= b.text.find("unaccompanied asylum-seeking children") != std::string::npos;
    long_standing |= b.text.find("Long-standing concerns") != std::string::npos;
  }
  CHECK(asylum);
  CHECK(long_standing);
}

TEST_CASE("a heading wrapped over two lines is joined", "[segment]") {
  std::string text =
      "What needs to improve?\n"
      "• Placement sufficiency for children in care.\n"
      "\n"
      "The experiences and progress of children who need help and\n"
      "protection: inadequate\n"
      "1.     Weaknesses in the MASH are significant. Risk of\n"
      "       harm is not always recognised.\n"
      "\fThe experiences and progress of children in care: good\n"
      "2.     Most children only come into care when it is necessary.\n";
  Document doc = SegmentForTest(text, DocType::kIlacs, Splitter());
  REQUIRE(doc.sections.size() == 3);
  CHECK(doc.sections[0].kind == SectionKind::kAreas);
  CHECK(doc.sections[1].heading == "The experiences and progress of children who need help and protection: inadequate");
  CHECK(doc.sections[1].heading_grade == GradeValue::kInadequate);
  CHECK(doc.sections[2].page == 2);
  CHECK(doc.sections[2].heading_grade == GradeValue::kGood);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.SentenceText(doc.sentences[2]) == "Risk of harm is not always recognised.");
  CHECK(doc.sentences[2].line == 6);
}

TEST_CASE("line classes: a tab makes a table row, markers make items, plain lines stay prose", "[segment]") {
  // A committee pack's work programme: one tab between the cells, then a space.
  std::string text =
      "Date\tItems\n"
      "9 June 2022\t \u2022 Implementation of agreed budget savings for 2022/23\n"
      "28 July 2022\t \u2022 Holiday Activity Programme\n"
      "\n"
      "a) the first item of a list\n"
      "(iv) a fourth item\n"
      "\n"
      "12. A numbered paragraph starts here.\n"
      "\n"
      "Improvement in the quality of plans is not yet consistent.\n";
  Document doc = SegmentForTest(text, DocType::kMonitoringVisit, Splitter());
  std::vector<std::pair<BlockKind, std::string>> got;
  for (const Block& b : doc.blocks) got.emplace_back(b.kind, b.text);
  REQUIRE(got.size() == 7);
  CHECK(got[1].first == BlockKind::kTableRow);
  CHECK(got[1].second == "9 June 2022\t\u2022 Implementation of agreed budget savings for 2022/23");
  CHECK(got[2].first == BlockKind::kTableRow);
  CHECK(got[3] == std::make_pair(BlockKind::kListItem, std::string("the first item of a list")));
  CHECK(got[4] == std::make_pair(BlockKind::kListItem, std::string("a fourth item")));
  CHECK(got[5].first == BlockKind::kNumberedParagraph);
  CHECK(doc.blocks[5].para_id == "12");
  CHECK(got[6].first == BlockKind::kParagraph);
}

}  // namespace
}  // namespace oftrack
