#include "text/markup.h"

#include <catch2/catch.hpp>

namespace oftrack {
namespace {

std::string Strip(std::string_view line) { return StripMarkup(std::string(line)).value_or("<dropped>"); }

TEST_CASE("StripMarkup removes bold marks and HTML tags, keeping content", "[text]") {
  CHECK(Strip("**Date:** Thursday, 31 March 2022") == "Date: Thursday, 31 March 2022");
  CHECK(Strip("<b>Judgement</b>\t<b>Grade</b>") == "Judgement\tGrade");
  CHECK(Strip("**Thursday 31<sup>st</sup> March 2022**") == "Thursday 31st March 2022");
  CHECK(Strip("12<sup>th</sup> December") == "12th December");
  CHECK(Strip("<span class=\"x\">Ofsted</span> report") == "Ofsted report");
  CHECK(Strip("- Recommendation(s):**") == "- Recommendation(s):");
  CHECK(Strip("*Signature to be added.*") == "Signature to be added.");
  CHECK(Strip("*Risk of care and Initial Viability Assessment Tracker dashboard:*") ==
        "Risk of care and Initial Viability Assessment Tracker dashboard:");
}

TEST_CASE("StripMarkup leaves text that only looks like markup", "[text]") {
  CHECK(Strip("children aged < 16 and > 12") == "children aged < 16 and > 12");
  CHECK(Strip("see <https://www.gov.uk>") == "see <https://www.gov.uk>");
  CHECK(Strip("a [note] here") == "a [note] here");
  CHECK(Strip("A* to C grades") == "A* to C grades");
  CHECK(Strip("ITSFB tender return date\t19/04/2022*") == "ITSFB tender return date\t19/04/2022*");
  CHECK(Strip("5 * 3 = 15 * 1") == "5 * 3 = 15 * 1");
}

TEST_CASE("StripMarkup removes heading marks and the heading's indent", "[text]") {
  CHECK(Strip("# Public Document Pack") == "Public Document Pack");
  CHECK(Strip("## **Nottingham City Council Children and Young People Scrutiny Committee**") ==
        "Nottingham City Council Children and Young People Scrutiny Committee");
  CHECK(Strip("  ### Children and Young People Scrutiny Committee") == "Children and Young People Scrutiny Committee");
  CHECK(Strip("#hashtag") == "#hashtag");
}

TEST_CASE("StripMarkup keeps a link's text", "[text]") {
  CHECK(Strip("available at [www.nottinghamcity.gov.uk](http://www.nottinghamcity.gov.uk). Individuals") ==
        "available at www.nottinghamcity.gov.uk. Individuals");
  CHECK(Strip("Please click [here](#) to see a briefing") == "Please click here to see a briefing");
  CHECK(Strip("![diagram](image1.png)") == "diagram");
}

TEST_CASE("StripMarkup turns pipe-table rows into TAB-separated cells", "[text]") {
  CHECK(Strip("| <b>3</b> | <b>Minutes</b>   | <b>3 - 6</b>   |") == "3\tMinutes\t3 - 6");
  CHECK(Strip("|          | To confirm the Minutes of the meeting held on 27 January 2022                  |                |") ==
        "\tTo confirm the Minutes of the meeting held on 27 January 2022\t");
  CHECK(Strip("| <b>3</b> | <b>Minutes</b><br>To confirm the Minutes | 3 - 8   |") ==
        "3\tMinutes To confirm the Minutes\t3 - 8");
}

TEST_CASE("StripMarkup drops table separators and empty rows", "[text]") {
  CHECK_FALSE(StripMarkup("|----------|--|----------------|").has_value());
  CHECK_FALSE(StripMarkup("| :--- | :---: | ---: |").has_value());
  CHECK_FALSE(StripMarkup("- |          |  |                |").has_value());
}

TEST_CASE("StripMarkup decodes common entities and keeps indentation", "[text]") {
  CHECK(Strip("Health &amp; Wellbeing Board") == "Health & Wellbeing Board");
  CHECK(Strip("  2. Children and Young People") == "  2. Children and Young People");
}

TEST_CASE("StripMarkup is linear on long lines of unclosed markup", "[text]") {
  std::string line(2'000'000, '<');
  line += std::string(2'000'000, '[');
  CHECK(Strip(line).size() == line.size());
  std::string links;
  while (links.size() < 4'000'000) links += "[a](xxxxxxxxxxxxxxxxxxxxxxxx";
  CHECK(Strip(links).size() == links.size());
  std::string stars;
  while (stars.size() < 4'000'000) stars += "*a ";
  CHECK(Strip(stars).size() == stars.size());
}

}  // namespace
}  // namespace oftrack
