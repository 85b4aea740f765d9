#include "documents/metadata.h"

#include <catch2/catch.hpp>

#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::Authorities;
using testing::LinesForTest;

Document Read(std::string_view text, SourceKind kind = SourceKind::kPdf) {
  Document doc;
  ReadMetadata(LinesForTest(text, kind), Authorities(), &doc);
  return doc;
}

TEST_CASE("an ILACS report's front page", "[metadata]") {
  Document d = Read(
      "Inspection of Nottingham City local\n"
      "authority children’s services\n"
      "Inspection date: 11 – 22 July 2022\n"
      "Lead inspector: Andy Waugh, Her Majesty’s Inspector\n"
      " Judgement                                                Grade\n");
  CHECK(d.type == DocType::kIlacs);
  CHECK(d.type_reason.find("Inspection of Nottingham City local authority") != std::string::npos);
  CHECK(d.authority_as_written == "Nottingham City");
  CHECK(d.urn == 80533);
  CHECK(d.visit_start.Iso() == "2022-07-11");
  CHECK(d.visit_end.Iso() == "2022-07-22");
  CHECK_FALSE(d.published.valid());  // ILACS PDFs carry no publication date
  CHECK(d.lead_inspector == "Andy Waugh");
}

TEST_CASE("Nottinghamshire is not Nottingham", "[metadata]") {
  Document d = Read(
      "Inspection of Nottinghamshire County\n"
      "Council local authority children’s\n"
      "services\n"
      "Inspection dates: 20 to 24 May 2024\n"
      "Lead inspector: Nicki Shaw, His Majesty’s Inspector\n");
  CHECK(d.type == DocType::kIlacsShort);  // one week on site
  CHECK(d.authority_as_written == "Nottinghamshire County Council");
  CHECK(d.urn == 80534);
  CHECK(d.visit_end.Iso() == "2024-05-24");
}

TEST_CASE("a 2018 ILACS title: one week on site is a short inspection, two weeks standard", "[metadata]") {
  Document shorter = Read(
      "Salford\n"
      "Inspection of children’s social care services\n"
      "Inspection dates: 8 October to 12 October 2018\n"
      "Lead inspector: Lorna Schlechte\n"
      "                Her Majesty's Inspector\n");
  CHECK(shorter.type == DocType::kIlacsShort);
  CHECK(shorter.authority_as_written == "Salford");
  CHECK(shorter.lead_inspector == "Lorna Schlechte");
  Document standard = Read(
      "Birmingham City Council\n"
      "Inspection of children's social care services\n"
      "Inspection dates: 3 December 2018 to 14 December 2018\n");
  CHECK(standard.type == DocType::kIlacs);
  CHECK(standard.type_reason.find("standard inspection") != std::string::npos);
  CHECK(standard.urn == 80429);
}

TEST_CASE("SIF and re-inspection reports", "[metadata]") {
  Document sif = Read(
      "Salford City Council\n"
      "Inspection of services for children in need of help and\n"
      "protection, children looked after and care leavers\n"
      "and\n"
      "Review of the effectiveness of the local safeguarding children\n"
      "board1\n"
      "Inspection date: 21 April 2015 - 8 May 2015\n\n"
      "Report published: 22 June 2015\n"
      "\f"
      "The inspection team\n\n"
      "Lead inspector: Shirley Bailey\n\n"
      "Deputy lead inspector: Emmy Tomsett\n\n"
      "Team inspectors: Wendy Ghaffar, Mike Ferguson, Sean Tarpey, Acting Senior HMI, Ty\n"
      "Yousaf (AI)\n");
  CHECK(sif.type == DocType::kSif);
  CHECK(sif.authority_as_written == "Salford City Council");
  CHECK(sif.urn == 80548);
  CHECK(sif.visit_start.Iso() == "2015-04-21");
  CHECK(sif.visit_end.Iso() == "2015-05-08");
  CHECK(sif.published.Iso() == "2015-06-22");
  CHECK(sif.lead_inspector == "Shirley Bailey");
  CHECK(sif.inspectors == std::vector<std::string>{"Shirley Bailey", "Emmy Tomsett", "Wendy Ghaffar", "Mike Ferguson",
                                                   "Sean Tarpey", "Ty Yousaf"});
  Document re = Read(
      "Sandwell Metropolitan Borough Council\n"
      "Re-inspection of services for children in need of help and\n"
      "protection, children looked after and care leavers\n"
      "Inspection date: 6 November 2017 to 30 November 2017\n"
      "Report published: 29 January 2018\n");
  CHECK(re.type == DocType::kSif);
  CHECK(re.type_reason.find("Re-inspection") != std::string::npos);
  CHECK(re.authority_as_written == "Sandwell Metropolitan Borough Council");
  CHECK(re.urn == 80549);
}

TEST_CASE("a 2013 looked after children report", "[metadata]") {
  Document d = Read(
      "Inspection of looked after children\n"
      "services\n"
      "Sandwell Metropolitan Borough Council\n\n"
      "Inspection dates:   24 – 28 June 2013\n"
      "Reporting inspector Christopher Sands HMI\n\n"
      "Age group:   All\n"
      "Published:   2 August 2013\n");
  CHECK(d.type == DocType::kLookedAfter);
  CHECK(d.urn == 80549);
  CHECK(d.visit_start.Iso() == "2013-06-24");
  CHECK(d.published.Iso() == "2013-08-02");
  CHECK(d.lead_inspector == "Christopher Sands");
}

const char kLetter[] =
    "12 January 2024\n\n"
    "Catherine Underwood\n"
    "Corporate Director of People\n"
    "Nottingham City Council\n"
    "Loxley House\n\n"
    "Dear Catherine\n\n"
    "# **Monitoring visit to Nottingham City children's services**\n\n"
    "This letter summarises the findings of the monitoring visit to Nottingham City children's services on 22 and 23 "
    "November 2023. This was the third monitoring visit since the local authority was judged inadequate in July 2022. "
    "His Majesty's Inspectors for this visit were Margaret Burke, Andy Waugh and Sophie Wales.\n\n"
    "I am copying this letter to the Department for Education.\n\n"
    "Yours sincerely\n\n"
    "Margaret Burke  \n"
    "**His Majesty's Inspector**\n";

TEST_CASE("a monitoring visit letter", "[metadata]") {
  Document d = Read(kLetter, SourceKind::kText);
  CHECK(d.type == DocType::kMonitoringVisit);
  CHECK(d.authority_as_written == "Nottingham City");
  CHECK(d.urn == 80533);
  CHECK(d.published.Iso() == "2024-01-12");
  CHECK(d.visit_start.Iso() == "2023-11-22");
  CHECK(d.visit_end.Iso() == "2023-11-23");
  CHECK(d.visit_number == 3);
  CHECK(d.judged_inadequate_in == "July 2022");
  CHECK(d.lead_inspector == "Margaret Burke");
  CHECK(d.inspectors == std::vector<std::string>{"Margaret Burke", "Andy Waugh", "Sophie Wales"});
}

// Opening paragraphs of real focused-visit letters (2018-2025): every way the
// team is named. The lead signs the letter; here the signature is left out,
// so the order is the letter's.
TEST_CASE("a focused visit letter names its inspectors in many ways", "[metadata]") {
  struct Case {
    const char* opening;
    std::vector<std::string> inspectors;
  };
  const Case kCases[] = {
      {"The inspectors were Brenda McInerney,\nHer Majesty’s Inspector, and Nick Stacey, Her Majesty’s Inspector.",
       {"Brenda McInerney", "Nick Stacey"}},
      {"The inspectors were Nigel Parkes, HMI and Brenda McInerney, HMI.", {"Nigel Parkes", "Brenda McInerney"}},
      {"The inspectors were Nigel Parkes, Neil Penswick,\nLorna Schlechte and Tracey Scott, Her Majesty’s Inspectors "
       "(HMI) Social Care, and\nJane Spilsbury, HMI Schools.",
       {"Nigel Parkes", "Neil Penswick", "Lorna Schlechte", "Tracey Scott", "Jane Spilsbury"}},
      {"The inspectors were Diane Partridge and Marcie Taylor, two of Her Majesty’s inspectors.",
       {"Diane Partridge", "Marcie Taylor"}},
      {"The inspectors were Peter McEntee, Andrew Waugh, Caroline Walsh, Joy Howick and Michele Costello, all of "
       "whom are Her Majesty’s Inspectors.",
       {"Peter McEntee", "Andrew Waugh", "Caroline Walsh", "Joy Howick", "Michele Costello"}},
      {"Her Majesty’s Inspectors were Matt Reed, Amanda Maxwell, Margaret Burke, Andrew Waugh and Jon Bowman.",
       {"Matt Reed", "Amanda Maxwell", "Margaret Burke", "Andrew Waugh", "Jon Bowman"}},
      {"His Majesty’s Inspectors for this visit were Matt\nReed and Nicholas McMullen. His Majesty’s Inspector "
       "(designate) Ceri Evans\nshadowed this visit.",
       {"Matt Reed", "Nicholas McMullen", "Ceri Evans"}},
      {"Her Majesty’s Inspectors (HMI) for this visit were Russel Breyer and Victoria Metheringham, with Teresa "
       "Godfrey, HMI designate.",
       {"Russel Breyer", "Victoria Metheringham", "Teresa Godfrey"}},
      {"His Majesty’s Inspectors for this visit were lead inspector Sophie Wales and team inspectors Sally Sinclair "
       "and Mark Scanlon.",
       {"Sophie Wales", "Sally Sinclair", "Mark Scanlon"}},
      {"This letter summarises the findings of a focused visit to Thurrock Council children’s services on 11 and 12 "
       "September 2018, carried out by Margaret Burke and Mandy Nightingale, Her Majesty’s Inspectors.",
       {"Margaret Burke", "Mandy Nightingale"}},
      {"The visit was carried out by Her Majesty’s Inspectors, Paula Thomson-Jones and Kathryn Grindrod.",
       {"Paula Thomson-Jones", "Kathryn Grindrod"}},
      // No full stop after the last name in the published letter.
      {"Her Majesty’s Inspectors for this visit were Kendra Bell and Teresa Godfrey\nInspectors looked at the local "
       "authority’s arrangements for the protection of vulnerable children from extra-familial risk.",
       {"Kendra Bell", "Teresa Godfrey"}},
  };
  for (const Case& c : kCases) {
    std::string letter = std::string("8 January 2019\n\nDear Mr Foster,\n\n"
                                     "Focused visit to Bedford Borough Council children’s services\n\n") +
                         c.opening + "\n\nThis visit was carried out by remote means.\n";
    Document d = Read(letter);
    CAPTURE(c.opening);
    CHECK(d.type == DocType::kFocusedVisit);
    CHECK(d.inspectors == c.inspectors);
  }
}

TEST_CASE("titles as councils name themselves, wrapped or not", "[metadata]") {
  Document doncaster = Read(
      "Inspection of Doncaster Metropolitan\n"
      "Borough Council children’s services\n"
      "Inspection dates: 14 February to 25 February 2022\n");
  CHECK(doncaster.type == DocType::kIlacs);
  CHECK(doncaster.urn == 80462);
  Document portsmouth = Read(
      "Portsmouth City Council\n"
      "Inspection of local authority children’s services\n"
      "Inspection dates: 3 September 2018 to 14 September 2018\n");
  CHECK(portsmouth.type == DocType::kIlacs);
  CHECK(portsmouth.urn == 80539);
  Document slough = Read(
      "22 February 2022\n\nDear Andrew\n\n"
      "Focused visit to Slough Children First\n\n"
      "This letter summarises the findings of a focused visit to Slough children’s services on\n"
      "18 January 2022.\n");
  CHECK(slough.type == DocType::kFocusedVisit);
  CHECK(slough.urn == 80553);
  CHECK(slough.visit_start.Iso() == "2022-01-18");
  // A line that opens with the framework's name is not a title.
  Document framework = Read(
      "Inspection of Local Authority Children’s Services framework (ILACS). Specifically, they considered\n"
      "contacts and referrals.\n");
  CHECK(framework.type != DocType::kIlacs);
}

TEST_CASE("visit numbers in words and figures, Her Majesty's Inspector", "[metadata]") {
  const char* kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                             "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
  for (int n = 0; n < 12; ++n) {
    std::string letter = std::string("3 May 2019\n\nMonitoring visit to Leeds children's services\n\n") +
                         "This letter summarises the findings of the monitoring visit to Leeds children's services on "
                         "2 and 3 April 2019. This was the " + kOrdinals[n] +
                         " monitoring visit since the local authority was judged inadequate in March 2017. "
                         "Her Majesty's Inspector for this visit was Louise Hollick.\n\nYours sincerely\n\n"
                         "Louise Hollick\nHer Majesty's Inspector\n";
    Document d = Read(letter);
    CHECK(d.visit_number == n + 1);
    CHECK(d.judged_inadequate_in == "March 2017");
    CHECK(d.inspectors == std::vector<std::string>{"Louise Hollick"});
  }
  Document d = Read(
      "Focused visit to Leeds children's services\n\n"
      "This was the 13th monitoring visit since the local authority was judged to be inadequate in May 2016.\n");
  CHECK(d.type == DocType::kFocusedVisit);
  CHECK(d.urn == 80481);
}

TEST_CASE("joint targeted area inspections", "[metadata]") {
  Document d = Read(
      "Joint targeted area inspection of the multi-agency response to abuse and neglect in Salford\n\n"
      "Between 4 and 8 March 2019, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue "
      "Services (HMICFRS) and HMI Probation (HMIP) undertook a joint inspection.\n");
  CHECK(d.type == DocType::kJtai);
  CHECK(d.urn == 80548);
  CHECK(d.visit_start.Iso() == "2019-03-04");
}

TEST_CASE("council papers without an Ofsted document", "[metadata]") {
  Document pack = Read(
      "# Public Document Pack\n\n"
      "## **Nottingham City Council Children and Young People Scrutiny Committee**\n\n"
      "**Date:** Thursday, 25 January 2024\n",
      SourceKind::kText);
  CHECK(pack.type == DocType::kCommitteePack);
  CHECK(pack.type_reason.find("Public Document Pack") != std::string::npos);
  Document other = Read("Shopping list\n\nEggs\nMilk\n", SourceKind::kText);
  CHECK(other.type == DocType::kOther);
  CHECK(other.type_reason.find("no Ofsted title") != std::string::npos);
}

TEST_CASE("a sentence naming a visit is not a title", "[metadata]") {
  Document d = Read(
      "Report to the Children's Scrutiny Committee\n\n"
      "The letter on the monitoring visit to Nottingham City children's services was circulated.\n",
      SourceKind::kText);
  CHECK(d.type == DocType::kCommitteePack);
}

}  // namespace
}  // namespace oftrack
