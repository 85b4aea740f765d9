#include "text/page_furniture.h"

#include <catch2/catch.hpp>

#include "text/clean.h"

namespace oftrack {
namespace {

// Ten lines of distinct body text, as on a real page.
std::string Body(int page) {
  static const char* kWords[] = {"assessments", "plans", "visits", "supervision", "caseloads",
                                 "placements", "care leavers", "audits", "partners", "the MASH"};
  std::string text;
  for (int i = 0; i < 10; ++i) text += std::string("Inspectors saw that ") + kWords[(i + page) % 10] + " vary in team " + static_cast<char>('A' + page) + static_cast<char>('A' + i) + ".\n";
  return text;
}

// Pages of a 2022-style ILACS report: a three-line footer with the page number.
std::string Report(int pages) {
  std::string text;
  for (int p = 1; p <= pages; ++p) {
    if (p > 1) text += "\f";
    if (p == 1) text += "Inspection of Leeds local authority children\xE2\x80\x99s services\nInspection dates: 21 February to 4 March 2022\n\n";
    std::string team(1, static_cast<char>('A' + p));
    text += std::to_string(p) + ". Paragraph text about children in care in team " + team + ".\n";
    text += "   continued for a second line in team " + team + ".\n" + Body(p) + "\n";
    text += "Inspection of Leeds local authority children\xE2\x80\x99s services\n";
    text += "21 February to 4 March 2022\n";
    if (p > 1) text += "                                                              " + std::to_string(p) + "\n";
  }
  return text;
}

std::vector<std::string> Texts(const CleanText& clean, int page) {
  std::vector<std::string> out;
  for (const TextLine& line : clean.lines) {
    if (line.page == page) out.push_back(line.text);
  }
  return out;
}

TEST_CASE("Running footers are removed and the page-1 title kept", "[text]") {
  CleanText clean = CleanForTest(Report(6), SourceKind::kPdf);
  std::vector<std::string> page1 = Texts(clean, 1);
  REQUIRE(page1.size() == 16);  // footer (2 lines) gone, nothing else
  CHECK(std::vector<std::string>(page1.begin(), page1.begin() + 5) ==
        std::vector<std::string>{"Inspection of Leeds local authority children's services",
                                 "Inspection dates: 21 February to 4 March 2022", "",
                                 "1. Paragraph text about children in care in team B.",
                                 "continued for a second line in team B."});
  std::vector<std::string> page4 = Texts(clean, 4);
  REQUIRE(page4.size() == 13);
  CHECK(page4[0] == "4. Paragraph text about children in care in team E.");
  CHECK(page4[11] == "Inspectors saw that supervision vary in team EJ.");
  CHECK(page4[12].empty());
}

TEST_CASE("A short letter loses the known running title even without repetition", "[text]") {
  CleanText clean = CleanForTest(
      "1 March 2022\nMs Smith\nDirector of Children's Services\nLeeds City Council\n\nDear Ms Smith\n"
      "Body of the letter.\n\nInspection of Leeds local authority children's services\n"
      "21 February to 4 March 2022 1\n",
      SourceKind::kPdf);
  CHECK(Texts(clean, 1) == std::vector<std::string>{"1 March 2022", "Ms Smith", "Director of Children's Services",
                                                    "Leeds City Council", "", "Dear Ms Smith",
                                                    "Body of the letter.", ""});
}

TEST_CASE("The 2013 form with the page number on the same line is removed", "[text]") {
  std::string text;
  for (int p = 1; p <= 3; ++p) {
    text += "Some findings about care leavers in team " + std::string(1, static_cast<char>('A' + p)) + ".\n" + Body(p) + "\n";
    text += "Sandwell Council Inspection of looked after children services                " + std::to_string(p) + "\n\f";
  }
  CleanText clean = CleanForTest(text, SourceKind::kPdf);
  for (const TextLine& line : clean.lines) CHECK(line.text.find("Sandwell Council") == std::string::npos);
  CHECK(Texts(clean, 2).size() == 12);
}

TEST_CASE("Content repeated in the middle of pages is not furniture", "[text]") {
  std::string text;
  for (int p = 1; p <= 4; ++p) {
    text += "Top line " + std::string(1, static_cast<char>('A' + p)) + "\nsecond\nthird\nfourth\n";
    text += "Children in care are well supported.\n";  // line 5 of 9: outside both zones
    text += "sixth\nseventh\neighth\nninth " + std::string(1, static_cast<char>('a' + p)) + "\n\f";
  }
  CleanText clean = CleanForTest(text, SourceKind::kPdf);
  int kept = 0;
  for (const TextLine& line : clean.lines) kept += line.text == "Children in care are well supported.";
  CHECK(kept == 4);
}

TEST_CASE("Bare page and footnote numbers are removed; numbered paragraphs stay", "[text]") {
  CleanText clean = CleanForTest("... most of its care leavers, most\n1\nof whom receive a good level of support.\n"
                                 "12.\nPage 3 of 12\n   7\n- 4 -\n",
                                 SourceKind::kPdf);
  CHECK(Texts(clean, 1) == std::vector<std::string>{"... most of its care leavers, most",
                                                    "of whom receive a good level of support.", "12."});
}

TEST_CASE("IsPageNumberLine and IsBlankPageNotice", "[text]") {
  CHECK(IsPageNumberLine("12"));
  CHECK(IsPageNumberLine("Page 3"));
  CHECK(IsPageNumberLine("3 of 12"));
  CHECK_FALSE(IsPageNumberLine("12."));
  CHECK_FALSE(IsPageNumberLine("2022"));
  CHECK_FALSE(IsPageNumberLine("3 - 6"));
  CHECK(IsBlankPageNotice("This page is intentionally left blank"));
  CHECK(IsBlankPageNotice("THIS PAGE IS INTENTIONALLY LEFT BLANK."));
  CHECK_FALSE(IsBlankPageNotice("This page is intentionally left blank because"));
}

TEST_CASE("RemovePageFurniture leaves a one-page document's lines alone", "[text]") {
  std::vector<TextLine> lines = {{"Monitoring visit to Leeds children's services", 1, 1, 0},
                                 {"Yours sincerely", 1, 2, 0}};
  CHECK(RemovePageFurniture(&lines) == 0);
  CHECK(lines.size() == 2);
}

}  // namespace
}  // namespace oftrack
