#include "text/clean.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <filesystem>

#include "ingest/extract.h"
#include "ingest/load.h"

namespace oftrack {
namespace {

const std::string kCorpora = OFTRACK_SOURCE_DIR "/corpora";

CleanText CleanFile(const std::string& path) {
  Result<RawFile> file = LoadFile({path, path});
  REQUIRE(file.ok());
  Result<PageText> pages = Extract(file.value());
  REQUIRE(pages.ok());
  return Clean(pages.value(), file->kind);
}

std::vector<std::string> FilesIn(const std::string& folder) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool Contains(const CleanText& clean, const std::string& text) {
  for (const TextLine& line : clean.lines) {
    if (line.text == text) return true;
  }
  return false;
}

TEST_CASE("Bundled reports keep no running footers or page numbers", "[text][corpus]") {
  const RE2 footer("Inspection of .* children's services .*\\d{4}.*");
  const RE2 page_number("\\d{1,3}");
  for (const std::string& path : FilesIn(kCorpora + "/ofsted-reports")) {
    INFO(path);
    CleanText clean = CleanFile(path);
    REQUIRE_FALSE(clean.lines.empty());
    CHECK(clean.kind == SourceKind::kPdf);
    for (const TextLine& line : clean.lines) {
      INFO("page " << line.page << " line " << line.line << ": " << line.text);
      if (line.page > 1) CHECK_FALSE(RE2::FullMatch(line.text, footer));
      CHECK_FALSE(RE2::FullMatch(line.text, page_number));
      CHECK(line.text.find("\xE2\x80\x99") == std::string::npos);  // ’ straightened
      CHECK(line.text.find("Sandwell Council Inspection of looked after children services") == std::string::npos);
    }
  }
}

TEST_CASE("Nottingham 2022: title, grade table and bullets survive cleaning", "[text][corpus]") {
  CleanText clean = CleanFile(kCorpora + "/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  REQUIRE(clean.lines.size() > 10);
  CHECK(clean.lines[0].text == "Inspection of Nottingham City local");
  CHECK(clean.lines[0].page == 1);
  CHECK(clean.lines[0].line == 1);
  CHECK(clean.lines[1].text == "authority children's services");
  CHECK(Contains(clean, "The impact of leaders on social work                     Requires improvement to be good"));
  CHECK(Contains(clean, "\xE2\x80\xA2 Placement sufficiency for children in care and those with complex needs."));
  int after_page_one = 0;
  for (const TextLine& line : clean.lines) {
    if (line.page > 1 && line.text.rfind("Inspection of Nottingham City", 0) == 0) ++after_page_one;
    if (line.text == "11 July 2022") ++after_page_one;
  }
  CHECK(after_page_one == 0);
}

TEST_CASE("Nottingham 2022: lines keep their page, line and indent", "[text][corpus]") {
  CleanText clean = CleanFile(kCorpora + "/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  const TextLine* para = nullptr;
  for (const TextLine& line : clean.lines) {
    if (line.text.rfind("harm is not always recognised", 0) == 0) para = &line;
  }
  REQUIRE(para != nullptr);
  CHECK(para->page == 2);
  CHECK(para->indent == 7);
}

TEST_CASE("Committee packs lose their markup", "[text][corpus]") {
  for (const std::string& path : FilesIn(kCorpora + "/committee-packs")) {
    INFO(path);
    CleanText clean = CleanFile(path);
    CHECK(clean.kind == SourceKind::kText);
    for (const TextLine& line : clean.lines) {
      INFO("line " << line.line << ": " << line.text);
      CHECK(line.page == 1);
      CHECK(line.text.find("**") == std::string::npos);
      CHECK(line.text.find("<b>") == std::string::npos);
      CHECK(line.text.find("<sup>") == std::string::npos);
      CHECK(line.text.find("|---") == std::string::npos);
      CHECK_FALSE(line.text.rfind("# ", 0) == 0);
      CHECK(line.text != "This page is intentionally left blank");
    }
  }
}

TEST_CASE("The 2024 pack: grade table as TAB cells, file line numbers kept", "[text][corpus]") {
  CleanText clean = CleanFile(kCorpora + "/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt");
  const TextLine* header = nullptr;
  for (const TextLine& line : clean.lines) {
    if (line.text == "Judgement\tGrade") {
      header = &line;
      break;
    }
  }
  REQUIRE(header != nullptr);
  CHECK(header->line == 265);  // `<b>Judgement</b>\t<b>Grade</b>` on line 265 of the file
  CHECK(Contains(clean, "Overall effectiveness\tInadequate"));
  CHECK(Contains(clean, "Inspection of Nottingham City local authority children's services"));
  CHECK(Contains(clean, "1.3.1 On 12th December 2022, the local authority submitted an action plan to Ofsted which "
                        "addressed the inspection findings. Ofsted formally responded on 19th December 2022 confirming "
                        "that the action plan accurately reflected the findings of the inspection. The Ofsted Action "
                        "plan is monitored through the Children's Improvement Board, which is chaired by an "
                        "independent Department for Education Improvement Advisor. The Children's Improvement Board "
                        "has been restructured to form a monthly Executive Improvement Board and quarterly "
                        "Partnership Improvement Board."));
}

TEST_CASE("Text lines: indent counted, spaces stripped, blank lines kept", "[text]") {
  CleanText clean = CleanForTest("Purpose of the Report\n\n  2. Within the Children and Families department  \n"
                                 "This page is intentionally left blank\n14\n",
                                 SourceKind::kText);
  REQUIRE(clean.lines.size() == 3);
  CHECK(clean.lines[0].text == "Purpose of the Report");
  CHECK(clean.lines[1].text.empty());
  CHECK(clean.lines[1].line == 2);
  CHECK(clean.lines[2].text == "2. Within the Children and Families department");
  CHECK(clean.lines[2].indent == 2);
  CHECK(clean.lines[2].line == 3);
}

TEST_CASE("Line breaks: CRLF and lone CR end lines", "[text]") {
  CleanText clean = CleanForTest("one\r\ntwo\rthree", SourceKind::kText);
  REQUIRE(clean.lines.size() == 3);
  CHECK(clean.lines[2].text == "three");
  CHECK(clean.lines[2].line == 3);
}

TEST_CASE("PDF lines count within their page; empty pages are warned about", "[text]") {
  CleanText clean = CleanForTest("first page line one\nline two\f\fthird page line one\n", SourceKind::kPdf);
  REQUIRE(clean.lines.size() == 3);
  CHECK(clean.lines[2].page == 3);
  CHECK(clean.lines[2].line == 1);
  CHECK(clean.warnings == std::vector<std::string>{"page 2 has no text"});
}

}  // namespace
}  // namespace oftrack
