#include "documents/judgements_read.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::LinesForTest;

// domain id -> grade id (+ "*" when combined_care) of the table grades.
std::map<std::string, std::string> TableOf(std::string_view text, DocType type, SourceKind kind = SourceKind::kPdf) {
  Document doc;
  doc.type = type;
  ReadGradesAndAreas(LinesForTest(text, kind), &doc);
  std::map<std::string, std::string> out;
  for (const Grade& g : doc.grades) {
    if (g.source == "table") out[GradeDomainId(g.domain)] = std::string(GradeId(g.value)) + (g.combined_care ? "*" : "");
  }
  return out;
}

using Grades = std::map<std::string, std::string>;

TEST_CASE("ILACS 2022: label wraps under a one-line grade", "[grades]") {
  CHECK(TableOf(" Judgement                                                Grade\n\n"
                " The impact of leaders on social work                     Requires improvement to be good\n"
                " practice with children and families\n\n"
                " The experiences and progress of                          Inadequate\n"
                " children who need help and protection\n\n"
                " The experiences and progress of                          Requires improvement to be good\n"
                " children in care and care leavers\n\n"
                " Overall effectiveness                                    Inadequate\n",
                DocType::kIlacs) == Grades{{"leaders", "requires_improvement"},
                                           {"help_protection", "inadequate"},
                                           {"in_care", "requires_improvement*"},
                                           {"overall", "inadequate"}});
}

TEST_CASE("ILACS 2023: care leavers on their own row", "[grades]") {
  CHECK(TableOf(" Judgement                                   Grade\n"
                " The impact of leaders on social work        Outstanding\n"
                " practice with children and families\n"
                " The experiences and progress of             Good\n"
                " children in care\n"
                " The experiences and progress of care        Outstanding\n"
                " leavers\n"
                " Overall effectiveness                       Good\n",
                DocType::kIlacs) == Grades{{"leaders", "outstanding"},
                                           {"in_care", "good"},
                                           {"care_leavers", "outstanding"},
                                           {"overall", "good"}});
}

TEST_CASE("ILACS 2018-2019: both cells wrap, or the grade sits between label lines", "[grades]") {
  CHECK(TableOf(" The experiences and progress of children in care and care          Requires improvement\n"
                " leavers                                                            to be good\n\n"
                "                                                                    Requires improvement\n"
                " Overall effectiveness\n"
                "                                                                    to be good\n",
                DocType::kIlacs) == Grades{{"in_care", "requires_improvement*"}, {"overall", "requires_improvement"}});
  CHECK(TableOf(" The impact of leaders on social work practice with children\n"
                "                                                               Outstanding\n"
                " and families\n"
                " The experiences and progress of children who need help and\n"
                "                                                               Good\n"
                " protection\n",
                DocType::kIlacsShort) == Grades{{"leaders", "outstanding"}, {"help_protection", "good"}});
}

TEST_CASE("SIF: numbered rows, sub-judgements, grade above and below its label", "[grades]") {
  CHECK(TableOf("Nottingham City Council\n"
                "Inspection of services for children in need of help and\n"
                "protection, children looked after and care leavers\n"
                "and\n"
                "Review of the effectiveness of the local safeguarding children\n"
                "board1\n"
                "The overall judgement is requires improvement.\n\n"
                "                                                                           Requires\n"
                "1. Children who need help and protection\n"
                "                                                                           improvement\n\n"
                "2. Children looked after and achieving\n"
                "                                                                       Good\n"
                "   permanence\n"
                "        2.1 Adoption performance                       Inadequate\n"
                "        2.2 Experiences and progress of care leavers   Good\n"
                "3. Leadership, management and governance   Not Judged\n\n"
                "The effectiveness of the Local Safeguarding Children Board (LSCB)\n"
                "requires improvement.\n",
                DocType::kSif) == Grades{{"overall", "requires_improvement"},
                                         {"help_protection", "requires_improvement"},
                                         {"in_care", "good"},
                                         {"adoption", "inadequate"},
                                         {"care_leavers", "good"},
                                         {"lscb", "requires_improvement"}});
  CHECK(TableOf("Children’s services in Salford are good\n", DocType::kSif) == Grades{{"overall", "good"}});
}

TEST_CASE("2013 looked after children: record of main findings", "[grades]") {
  CHECK(TableOf("Inspection of looked after children\nservices\n\f"
                "Record of main findings\n"
                "Services for looked after children\n\n"
                " Overall effectiveness                                          Inadequate\n\n"
                " Capacity to improve                                            Adequate\n\n"
                " Outcomes for looked after children and                         Adequate\n"
                " young people\n\n"
                " Leadership and management                                      Grade 4\n",
                DocType::kLookedAfter) == Grades{{"overall", "inadequate"}, {"leaders", "inadequate"}});
}

TEST_CASE("committee packs: TAB-separated rows", "[grades]") {
  CHECK(TableOf("# Inspection of Nottingham City local authority children's services\n\n"
                "<b>Judgement</b>\t<b>Grade</b>\n"
                "The impact of leaders on social work practice with children and families\tRequires improvement to be good\n"
                "The experiences and progress of children who need help and protection\tInadequate\n",
                DocType::kIlacs, SourceKind::kText) ==
        Grades{{"leaders", "requires_improvement"}, {"help_protection", "inadequate"}});
}

TEST_CASE("letters have no grades", "[grades]") {
  CHECK(TableOf("Overall effectiveness      Good\n", DocType::kMonitoringVisit).empty());
}

TEST_CASE("heading grades, and a warning when they disagree with the table", "[grades]") {
  Document doc = Recognise(LinesForTest("Inspection of Leeds local authority children's services\n"
                                        "Inspection dates: 21 February to 4 March 2022\n\n"
                                        " Judgement                                  Grade\n"
                                        " The experiences and progress of            Good\n"
                                        " children who need help and protection\n"
                                        " Overall effectiveness                      Good\n\n"
                                        "What needs to improve?\n\n"
                                        "• The consistency of supervision.\n\n"
                                        "The experiences and progress of children who need help and\n"
                                        "protection: inadequate\n\n"
                                        "1.   Children wait too long.\n"),
                           testing::Authorities(), testing::Splitter());
  bool heading = false;
  for (const Grade& g : doc.grades) {
    if (g.source == "heading" && g.domain == GradeDomain::kHelpProtection) {
      heading = true;
      CHECK(g.value == GradeValue::kInadequate);
    }
  }
  CHECK(heading);
  REQUIRE_FALSE(doc.warnings.empty());
  bool warned = false;
  for (const std::string& w : doc.warnings) warned = warned || w.find("help_protection") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("SIF recommendations: numbered paragraphs of several sentences are one area each", "[areas]") {
  Document doc = Recognise(LinesForTest("Salford City Council\n"
                                        "Inspection of services for children in need of help and\n"
                                        "protection, children looked after and care leavers\n"
                                        "Inspection date: 21 April 2015 - 8 May 2015\n\n"
                                        "Recommendations\n"
                                        "1.   Urgently analyse the local authority’s current performance in relation to\n"
                                        "     adoption so that the reasons are understood. Develop robust systems for\n"
                                        "     monitoring prospective adopters.\n\n"
                                        "2.   Ensure that all approved adopters are added\n"
                                        "     to the adoption register within three months of approval.\n\n"
                                        "Summary for children and young people\n\n"
                                        "Services for children in Salford are good.\n"),
                           testing::Authorities(), testing::Splitter());
  auto improve = testing::AreasOfKind(doc, AreaKind::kImprove);
  REQUIRE(improve.size() == 2);
  CHECK(improve[0]->ordinal == 1);
  CHECK(improve[0]->text.rfind("Urgently analyse", 0) == 0);
  CHECK(improve[0]->text.find("Develop robust systems") != std::string::npos);
  CHECK(improve[1]->ordinal == 2);
}

// Reading 2019: the judgement heading after the list ends in a colon, its
// grade on the next line with a full stop; the list of bullets still ends
// where the numbered findings start.
TEST_CASE("an ILACS list ends at its judgement heading, or at the first numbered finding", "[areas]") {
  const char* kList =
      "Inspection of Reading Borough Council children’s services\n"
      "Inspection dates: 16 September to 27 September 2019\n\n"
      "What needs to improve\n\n"
      "  ◼ The participation and engagement of the police in child protection processes.\n\n"
      "  ◼ The timeliness of initial health assessments for children in care.\n\n"
      "  ◼ The stability of the workforce to reduce the numbers of changes of social\n"
      "    workers for children.\n\n\n\n"
      "%s"
      "1. Overall, services for children who need help and protection in Reading have\n"
      "   improved since the last inspection.\n\n"
      "2. Early help services are a real strength in Reading. Early help assessments and\n"
      "   plans lead to helpful, targeted interventions.\n";
  for (const char* heading : {"The experiences and progress of children who need help and protection:\n"
                              "requires improvement to be good.\n\n",
                              ""}) {
    char text[2048];
    std::snprintf(text, sizeof text, kList, heading);
    CAPTURE(heading);
    Document doc = Recognise(LinesForTest(text), testing::Authorities(), testing::Splitter());
    auto improve = testing::AreasOfKind(doc, AreaKind::kImprove);
    CHECK(improve.size() == 3);
  }
}

// Medway 2015: recommendation 1 lists its points under it; they belong to it.
TEST_CASE("a numbered recommendation keeps the points listed under it", "[areas]") {
  Document doc = Recognise(
      LinesForTest("Medway\n"
                   "Inspection of services for children in need of help and\n"
                   "protection, children looked after and care leavers\n"
                   "Inspection date: 28 September 2015 – 20 October 2015\n\n"
                   "Recommendations\n"
                   "1.   Ensure that all managers use performance management information effectively\n"
                   "     to scrutinise and improve key areas of core social work practice, particularly in\n"
                   "     relation to:\n\n"
                   "          \uF0B7 the timely progression and regular review of contacts and referrals\n"
                   "           (paragraph 19)\n\n"
                   "          \uF0B7 the quality and timeliness of core groups and child in need reviews\n"
                   "           (paragraph 30)\n\n"
                   "2.   Ensure that strategy discussions and section 47 child protection enquiries\n"
                   "     clearly describe interim protection arrangements (paragraphs 20, 21).\n\n"
                   "Summary for children and young people\n\n"
                   "Services for children in Medway are improving.\n"),
      testing::Authorities(), testing::Splitter());
  auto improve = testing::AreasOfKind(doc, AreaKind::kImprove);
  REQUIRE(improve.size() == 2);
  CHECK(improve[0]->text.find("particularly in relation to: the timely progression") != std::string::npos);
  CHECK(improve[0]->text.find("core groups and child in need reviews") != std::string::npos);
  CHECK(improve[1]->text.rfind("Ensure that strategy discussions", 0) == 0);
}

// A letter whose points are paragraphs without bullets.
TEST_CASE("a list of areas set as paragraphs, without bullets or numbers", "[areas]") {
  Document doc = Recognise(
      LinesForTest("Focused visit to Wirral children’s services\n\n"
                   "This letter summarises the findings of the focused visit to Wirral children’s services on 25\n"
                   "and 26 January 2022. Her Majesty’s Inspectors for this visit were Matt Reed and Louise Hollick.\n\n"
                   "What needs to improve in this area of social work practice?\n\n"
                   "The timeliness of permanence planning for children living with connected carers.\n\n"
                   "The quality of supervision for social workers.\n\n"
                   "Main findings\n\n"
                   "Leaders have a clear understanding of the strengths of permanence planning.\n"),
      testing::Authorities(), testing::Splitter());
  auto improve = testing::AreasOfKind(doc, AreaKind::kImprove);
  REQUIRE(improve.size() == 2);
  CHECK(improve[1]->text == "The quality of supervision for social workers.");
}

}  // namespace
}  // namespace oftrack
