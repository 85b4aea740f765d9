// A focused visit's focus statement becomes its areas covered. The openings
// below are real letters' (2018-2025).
#include <catch2/catch.hpp>

#include "documents/recognise.h"
#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::AreasOfKind;
using testing::LinesForTest;

std::vector<std::string> Covered(const std::string& opening) {
  std::string letter = "9 May 2023\n\nDear Ms Redding\n\nFocused visit to Peterborough children’s services\n\n"
                       "This letter summarises the findings of the focused visit to Peterborough children’s\n"
                       "services on 1 to 2 March 2023. His Majesty’s Inspectors for this visit were Tracey\n"
                       "Ledder and Kathryn Grindrod.\n\n" +
                       opening +
                       "\n\nHeadline findings\n\nThe arrangements to identify and respond to concerns are not effective.\n";
  Document doc = Recognise(LinesForTest(letter), testing::Authorities(), testing::Splitter());
  std::vector<std::string> out;
  for (const AreaForImprovement* a : AreasOfKind(doc, AreaKind::kCovered)) out.push_back(a->text);
  return out;
}

TEST_CASE("a one-sentence focus, and the sentences about method left out", "[focus]") {
  CHECK(Covered("Inspectors looked at the local authority’s arrangements for the front door.\n\n"
                "This visit was carried out in line with the inspection of local authority children’s\n"
                "services (ILACS) framework.") ==
        std::vector<std::string>{"Inspectors looked at the local authority's arrangements for the front door."});
  // Thurrock 2018: the evidence sentence shares the paragraph.
  CHECK(Covered("The inspectors focused on the local authority’s arrangements for children in need\n"
                "and those subject to a child protection plan. They looked at a range of evidence,\n"
                "including children’s case records.") ==
        std::vector<std::string>{"The inspectors focused on the local authority's arrangements for children in need "
                                 "and those subject to a child protection plan."});
  // Wirral 2024: a note on wording is not part of the focus.
  CHECK(Covered("Inspectors looked at the local authority’s arrangements for care leavers. Throughout\n"
                "this letter, care leavers are referred to as care-experienced young people because\n"
                "this is the preferred term in the local authority.") ==
        std::vector<std::string>{"Inspectors looked at the local authority's arrangements for care leavers."});
}

TEST_CASE("a focus that goes on in the next paragraph is one area", "[focus]") {
  // Stockton-on-Tees 2018.
  auto covered = Covered(
      "Inspectors looked at the local authority’s arrangements for permanency planning and\n"
      "achieving permanence for children in care, with a particular focus on early\n"
      "permanence, long-term foster care and kinship care.\n\n"
      "Inspectors also evaluated the effectiveness of performance management,\n"
      "management oversight, supervision, quality assurance and the continuous\n"
      "professional development of the workforce.\n\n"
      "Inspectors looked at a range of evidence, including case discussions with social\n"
      "workers and an evaluation of children’s case records.");
  REQUIRE(covered.size() == 1);
  CHECK(covered[0].find("Inspectors also evaluated the effectiveness of performance management") != std::string::npos);
  CHECK(covered[0].find("range of evidence") == std::string::npos);
}

TEST_CASE("a focus with a list: the opening and each item", "[focus]") {
  // Blackburn with Darwen 2024.
  auto covered = Covered(
      "Inspectors looked at the local authority’s arrangements for care leavers aged 18 to 25\n"
      "with a particular focus on:\n\n"
      "◼ the quality of planning for care leavers over the age of 18 years.\n"
      "◼ the offer available for care leavers and their knowledge of this.\n"
      "◼ the quality of management oversight and supervision.\n\n"
      "This visit was carried out in line with the inspection of local authority children’s\n"
      "services (ILACS) framework.");
  REQUIRE(covered.size() == 4);
  CHECK(covered[0] == "Inspectors looked at the local authority's arrangements for care leavers aged 18 to 25 with a "
                      "particular focus on:");
  CHECK(covered[3] == "the quality of management oversight and supervision.");
}

TEST_CASE("other openings of a focus", "[focus]") {
  for (const char* opening :
       {"The focus of this visit was on planning and achieving permanence for children.",
        "This visit looked at the quality and impact of key decision-making across help and protection.",
        "Inspectors evaluated the quality of care planning for children in care.",
        "Inspectors considered the local authority’s arrangements for children in care, including disabled children "
        "in care.",
        "Inspectors reviewed the local authority’s arrangements for responding to contacts and referrals."}) {
    CAPTURE(opening);
    CHECK(Covered(opening).size() == 1);
  }
}

TEST_CASE("a COVID-19 visit states no focus", "[focus]") {
  // Wakefield 2020: the preamble about the pandemic and the method, no focus.
  CHECK(Covered("Her Majesty’s Chief Inspector of Education, Children’s Services and Skills is leading\n"
                "Ofsted’s work into how England’s social care system has delivered child-centred\n"
                "practice and care within the context of the restrictions placed on society during the\n"
                "COVID-19 (coronavirus) pandemic.\n\n"
                "The methodology for this visit was in line with the inspection of local authority\n"
                "children’s services (ILACS) framework. However, the delivery model was adapted to\n"
                "reflect the COVID-19 context. Inspectors looked at a range of evidence.")
            .empty());
}

}  // namespace
}  // namespace oftrack
