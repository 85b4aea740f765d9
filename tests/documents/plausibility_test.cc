// Plausibility warnings: what is odd about a reading, and where to look.
#include "documents/plausibility.h"

#include <catch2/catch.hpp>

#include "documents/recognise.h"
#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::LinesForTest;

bool Warned(const Document& doc, const std::string& words) {
  for (const std::string& w : doc.warnings) {
    if (w.find(words) != std::string::npos) return true;
  }
  return false;
}

Document Read(const std::string& text, Date today = {}) {
  return Recognise(LinesForTest(text), testing::Authorities(), testing::Splitter(), today);
}

const char kIlacs2022[] =
    "Inspection of Nottingham City local\n"
    "authority children’s services\n"
    "Inspection dates: 11 to 22 July 2022\n"
    "Lead inspector: Andy Waugh, His Majesty’s Inspector\n\n"
    " Judgement                                                Grade\n\n"
    " The impact of leaders on social work                     Requires improvement to be good\n"
    " practice with children and families\n\n"
    " The experiences and progress of                          Inadequate\n"
    " children who need help and protection\n\n"
    "%s"
    " Overall effectiveness                                    Inadequate\n\n"
    "Children in Nottingham do not receive a consistently good service.\n\n"
    "What needs to improve?\n\n"
    "◼ %s\n\n"
    "The experiences and progress of children who need help and protection: inadequate\n\n"
    "1. Too many children wait too long for help.\n";

std::string Ilacs(const char* in_care_row, const char* area) {
  char text[4096];
  std::snprintf(text, sizeof text, kIlacs2022, in_care_row, area);
  return text;
}

TEST_CASE("a sound ILACS report has no warning", "[plausibility]") {
  Document d = Read(Ilacs(" The experiences and progress of                          Requires improvement to be good\n"
                          " children in care and care leavers\n\n",
                          "The quality of supervision."),
                    Date{2026, 12, 2});
  INFO(d.warnings.size());
  CHECK(d.warnings.empty());
}

TEST_CASE("a grade table short of its rows, an area that reads like a finding", "[plausibility]") {
  Document d = Read(Ilacs("",
                          "Children and families receive a prompt and proportionate response to initial contacts. "
                          "The emergency duty team provides timely and effective responses to concerns about "
                          "children out of hours."));
  CHECK(Warned(d, "grade table: 3 of the 4 rows a ilacs report of 2022 has (missing: in_care)"));
  CHECK(Warned(d, "area improve 1 reads like a finding (2 sentences"));
}

TEST_CASE("an ILACS report with no areas, or a list that never ends", "[plausibility]") {
  std::string none = Ilacs("", "x");
  none.replace(none.find("What needs to improve?"), 22, "Other things");
  CHECK(Warned(Read(none), "no areas for improvement in an ILACS report"));
  std::string many;
  for (int i = 0; i < 16; ++i) many += "The quality of plans number " + std::to_string(i) + ".\n\n◼ ";
  many += "The last one.";
  CHECK(Warned(Read(Ilacs("", many.c_str())), "17 areas for improvement in an ILACS report"));
}

TEST_CASE("dates out of order or in the future", "[plausibility]") {
  Document d = Read(Ilacs("", "The quality of supervision."), Date{2022, 7, 15});
  CHECK(Warned(d, "date 2022-07-22 is in the future"));
}

TEST_CASE("a letter with no inspectors and no focus", "[plausibility]") {
  Document d = Read("9 May 2023\n\nFocused visit to Peterborough children’s services\n\n"
                    "This letter summarises the findings of the focused visit to Peterborough children’s\n"
                    "services on 1 to 2 March 2023.\n\n"
                    "Headline findings\n\nPractice is variable.\n");
  CHECK(d.type == DocType::kFocusedVisit);
  CHECK(Warned(d, "no inspectors found"));
  CHECK(Warned(d, "no areas covered found: look for the focus statement"));
}

TEST_CASE("a PDF that names an inspection on page 1 but has no title read", "[plausibility]") {
  Document d = Read("Ofsted\nAn inspection report on children's services\n\nSome words.\n");
  CHECK((d.type == DocType::kOther || d.type == DocType::kCommitteePack));
  CHECK(Warned(d, "but the first page names Ofsted or an inspection"));
}

}  // namespace
}  // namespace oftrack
