// Cutting Ofsted documents out of committee packs, and leaving reports whole.
#include "documents/pack_splitter.h"

#include <catch2/catch.hpp>

#include <dirent.h>

#include <string>
#include <vector>

#include "ingest/extract.h"
#include "ingest/load.h"
#include "text/clean.h"

namespace oftrack {
namespace {

CleanText LoadClean(const std::string& relative) {
  std::string path = std::string(OFTRACK_SOURCE_DIR) + "/corpora/" + relative;
  auto raw = LoadFile(InputFile{path, relative});
  REQUIRE(raw.ok());
  auto pages = Extract(raw.value());
  REQUIRE(pages.ok());
  return Clean(pages.value(), raw->kind);
}

std::string LastNonBlank(const DocumentText& d) {
  for (auto it = d.lines.rbegin(); it != d.lines.rend(); ++it) {
    if (it->text.find_first_not_of(' ') != std::string::npos) return it->text;
  }
  return "";
}

std::string FirstNonBlank(const DocumentText& d) {
  for (const TextLine& l : d.lines) {
    if (l.text.find_first_not_of(' ') != std::string::npos) return l.text;
  }
  return "";
}

TEST_CASE("the January 2024 pack holds the ILACS report and three monitoring letters", "[pack]") {
  CleanText clean = LoadClean("committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt");
  auto docs = SplitPack(clean);
  REQUIRE(docs.size() == 4);
  CHECK(FirstNonBlank(docs[0]) == "Inspection of Nottingham City local authority children's services");
  CHECK(FirstNonBlank(docs[1]) == "4 April 2023");
  CHECK(FirstNonBlank(docs[2]) == "30 August 2023");
  CHECK(FirstNonBlank(docs[3]) == "12 January 2024");
  CHECK(LastNonBlank(docs[0]).find("Crown copyright 2022") != std::string::npos);
  for (size_t i = 0; i < docs.size(); ++i) {
    CHECK(docs[i].index == static_cast<int>(i));
    CHECK(docs[i].in_pack);
    CHECK(docs[i].lines.front().line == clean.lines[docs[i].first_line].line);
    if (i > 0) CHECK(LastNonBlank(docs[i]) == "His Majesty's Inspector");
  }
  // The letters' titles sit a few lines below their date lines.
  bool title = false;
  for (const TextLine& l : docs[1].lines) title |= l.text == "Monitoring visit to Nottingham City children's services";
  CHECK(title);
}

TEST_CASE("packs and papers that only talk about Ofsted hold no document", "[pack]") {
  for (const char* name : {"nottingham-city-cyp-scrutiny-2022-03-31-pack.txt",
                           "nottingham-city-cyp-scrutiny-2022-12-01-pack.txt",
                           "nottingham-city-transformation-report-2022-03-31.txt",
                           "nottinghamshire-improvement-and-change-2020-01-27.txt"}) {
    INFO(name);
    CleanText clean = LoadClean(std::string("committee-packs/") + name);
    auto docs = SplitPack(clean);
    REQUIRE(docs.size() == 1);
    CHECK_FALSE(docs[0].in_pack);
    CHECK(docs[0].first_line == 0);
    CHECK(docs[0].lines.size() == clean.lines.size());
  }
}

TEST_CASE("an agenda item naming a letter does not open a document", "[pack]") {
  CleanText clean = CleanForTest(
      "4 List of attached information\n\n"
      "- 4.3 Monitoring Visit to Nottingham City Children's Services February/March 2023\n"
      "Monitoring visit to Nottingham City children's services\n"
      "The committee will discuss the third visit.\n",
      SourceKind::kText);
  auto docs = SplitPack(clean);
  REQUIRE(docs.size() == 1);
  CHECK_FALSE(docs[0].in_pack);
}

TEST_CASE("every published report is one whole document", "[pack]") {
  std::string dir = std::string(OFTRACK_SOURCE_DIR) + "/corpora/ofsted-reports";
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 4 && n.substr(n.size() - 4) == ".pdf") names.push_back(n);
  }
  closedir(d);
  REQUIRE(names.size() >= 20);
  for (const std::string& n : names) {
    INFO(n);
    CleanText clean = LoadClean("ofsted-reports/" + n);
    auto docs = SplitPack(clean);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].lines.size() == clean.lines.size());
    CHECK_FALSE(docs[0].in_pack);
  }
}

}  // namespace
}  // namespace oftrack
