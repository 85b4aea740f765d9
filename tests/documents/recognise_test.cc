// Whole files through LoadFile -> Extract -> Clean -> SplitPack -> Recognise.
// The expected values below were read by hand from the PDFs (grade tables,
// front pages, "What needs to improve?" / "Recommendations" lists): they are
// the gold for the graded-judgement and areas-count measures. An ILACS
// inspection at most a week on site is short (CODEBOOK.md, "Documents": the
// title does not tell, the dates do), whatever year it was.
#include "documents/recognise.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::AreasOfKind;
using testing::RecogniseFile;

struct Gold {
  const char* file;
  const char* type;
  int urn;
  const char* visit_start;
  const char* visit_end;
  // domain=grade pairs, "*" after in_care's grade when it covers care leavers.
  std::map<std::string, std::string> grades;
  int improve;   // areas for improvement / recommendations
  int priority;  // SIF "Priority and immediate action"
};

const char* const RI = "requires_improvement";

const std::vector<Gold>& Reports() {
  static const std::vector<Gold> kGold = {
      {"birmingham-80429-published-2014-05-23.pdf", "sif", 80429, "2014-03-18", "2014-04-09",
       {{"overall", "inadequate"}, {"help_protection", "inadequate"}, {"in_care", "inadequate"},
        {"adoption", "inadequate"}, {"care_leavers", "inadequate"}, {"leaders", "inadequate"}, {"lscb", "inadequate"}},
       6, 10},
      {"birmingham-80429-published-2016-11-25.pdf", "sif", 80429, "2016-09-12", "2016-10-06",
       {{"overall", "inadequate"}, {"help_protection", "inadequate"}, {"in_care", RI}, {"adoption", RI},
        {"care_leavers", RI}, {"leaders", "inadequate"}},
       17, 0},
      {"birmingham-80429-published-2019-01-17.pdf", "ilacs", 80429, "2018-12-03", "2018-12-14",
       {{"leaders", RI}, {"help_protection", RI}, {"in_care", "requires_improvement*"}, {"overall", RI}}, 6, 0},
      {"birmingham-80429-published-2023-04-18.pdf", "ilacs", 80429, "2023-02-20", "2023-03-03",
       {{"leaders", "good"}, {"help_protection", "good"}, {"in_care", "good"}, {"care_leavers", "good"},
        {"overall", "good"}},
       4, 0},
      {"isles-of-scilly-80455-published-2016-06-27.pdf", "sif", 80455, "2016-04-11", "2016-04-28",
       {{"overall", "good"}, {"help_protection", "good"}, {"leaders", "good"}, {"lscb", RI}}, 6, 0},
      {"isles-of-scilly-80455-published-2019-12-19.pdf", "ilacs_short", 80455, "2019-10-14", "2019-10-18",
       {{"leaders", "outstanding"}, {"help_protection", "good"}, {"in_care", "good*"}, {"overall", "good"}}, 4, 0},
      {"isles-of-scilly-80455-published-2023-08-25.pdf", "ilacs_short", 80455, "2023-07-11", "2023-07-13",
       {{"leaders", "inadequate"}, {"help_protection", "inadequate"}, {"in_care", RI}, {"care_leavers", RI},
        {"overall", "inadequate"}},
       8, 0},
      {"leeds-80481-published-2015-03-27.pdf", "sif", 80481, "2015-01-20", "2015-02-11",
       {{"overall", "good"}, {"help_protection", "good"}, {"in_care", "good"}, {"adoption", "good"},
        {"care_leavers", "good"}, {"leaders", "outstanding"}, {"lscb", "good"}},
       15, 0},
      {"leeds-80481-published-2018-12-18.pdf", "ilacs_short", 80481, "2018-10-29", "2018-11-02",
       {{"leaders", "outstanding"}, {"help_protection", "outstanding"}, {"in_care", "good*"}, {"overall", "outstanding"}},
       4, 0},
      {"leeds-80481-published-2022-05-09.pdf", "ilacs", 80481, "2022-02-21", "2022-03-04",
       {{"leaders", "outstanding"}, {"help_protection", "good"}, {"in_care", "outstanding*"}, {"overall", "outstanding"}},
       2, 0},
      {"nottingham-80533-published-2014-05-14.pdf", "sif", 80533, "2014-03-11", "2014-04-02",
       {{"overall", RI}, {"help_protection", RI}, {"in_care", RI}, {"adoption", RI}, {"care_leavers", RI},
        {"leaders", RI}, {"lscb", RI}},
       26, 0},
      {"nottingham-80533-published-2019-01-07.pdf", "ilacs", 80533, "2018-11-05", "2018-11-16",
       {{"leaders", RI}, {"help_protection", RI}, {"in_care", "requires_improvement*"}, {"overall", RI}}, 8, 0},
      {"nottingham-80533-published-2022-09-05.pdf", "ilacs", 80533, "2022-07-11", "2022-07-22",
       {{"leaders", RI}, {"help_protection", "inadequate"}, {"in_care", "requires_improvement*"},
        {"overall", "inadequate"}},
       8, 0},
      {"nottinghamshire-80534-published-2015-07-20.pdf", "sif", 80534, "2015-05-11", "2015-06-04",
       {{"overall", "good"}, {"help_protection", "good"}, {"in_care", "good"}, {"adoption", "good"},
        {"care_leavers", RI}, {"leaders", "good"}, {"lscb", "good"}},
       11, 0},
      {"nottinghamshire-80534-published-2019-12-19.pdf", "ilacs", 80534, "2019-10-07", "2019-10-18",
       {{"leaders", "good"}, {"help_protection", RI}, {"in_care", "good*"}, {"overall", "good"}}, 4, 0},
      {"nottinghamshire-80534-published-2024-07-12.pdf", "ilacs_short", 80534, "2024-05-20", "2024-05-24",
       {{"leaders", "outstanding"}, {"help_protection", "good"}, {"in_care", "good"}, {"care_leavers", "good"},
        {"overall", "good"}},
       3, 0},
      {"salford-80548-published-2015-06-22.pdf", "sif", 80548, "2015-04-21", "2015-05-08",
       {{"overall", "good"}, {"help_protection", "good"}, {"in_care", "good"}, {"adoption", RI},
        {"care_leavers", "good"}, {"leaders", "good"}, {"lscb", "good"}},
       8, 0},
      {"salford-80548-published-2018-11-12.pdf", "ilacs_short", 80548, "2018-10-08", "2018-10-12",
       {{"leaders", "good"}, {"help_protection", "good"}, {"in_care", "good*"}, {"overall", "good"}}, 4, 0},
      {"salford-80548-published-2024-01-12.pdf", "ilacs_short", 80548, "2023-11-06", "2023-11-10",
       {{"leaders", "outstanding"}, {"help_protection", "good"}, {"in_care", "good"}, {"care_leavers", "outstanding"},
        {"overall", "good"}},
       1, 0},
      {"sandwell-80549-published-2013-08-02.pdf", "looked_after", 80549, "2013-06-24", "2013-06-28",
       {{"overall", "inadequate"}, {"leaders", "inadequate"}}, 18, 0},
      {"sandwell-80549-published-2015-06-05.pdf", "sif", 80549, "2015-01-27", "2015-02-19",
       {{"overall", "inadequate"}, {"help_protection", "inadequate"}, {"in_care", RI}, {"adoption", RI},
        {"care_leavers", RI}, {"leaders", "inadequate"}, {"lscb", "inadequate"}},
       13, 5},
      {"sandwell-80549-published-2018-01-29.pdf", "sif", 80549, "2017-11-06", "2017-11-30",
       {{"overall", "inadequate"}, {"help_protection", "inadequate"}, {"in_care", "inadequate"},
        {"adoption", "inadequate"}, {"care_leavers", RI}, {"leaders", "inadequate"}},
       17, 0},
      {"sandwell-80549-published-2022-07-05.pdf", "ilacs", 80549, "2022-05-09", "2022-05-20",
       {{"leaders", RI}, {"help_protection", RI}, {"in_care", "requires_improvement*"}, {"overall", RI}}, 7, 0},
  };
  return kGold;
}

std::map<std::string, std::string> TableGradesOf(const Document& doc) {
  std::map<std::string, std::string> out;
  for (const Grade* g : testing::TableGrades(doc)) {
    out[GradeDomainId(g->domain)] = std::string(GradeId(g->value)) + (g->combined_care ? "*" : "");
  }
  return out;
}

TEST_CASE("all 23 bundled reports: type, authority, dates, grades, areas", "[recognise][corpus]") {
  REQUIRE(Reports().size() == 23);
  for (const Gold& gold : Reports()) {
    SECTION(gold.file) {
      std::vector<Document> docs = RecogniseFile(std::string("corpora/ofsted-reports/") + gold.file);
      REQUIRE(docs.size() == 1);
      const Document& d = docs[0];
      INFO(d.type_reason);
      CHECK(std::string(DocTypeId(d.type)) == gold.type);
      CHECK(d.urn == gold.urn);
      CHECK(d.visit_start.Iso() == gold.visit_start);
      CHECK(d.visit_end.Iso() == gold.visit_end);
      CHECK(TableGradesOf(d) == gold.grades);
      CHECK(AreasOfKind(d, AreaKind::kImprove).size() == static_cast<size_t>(gold.improve));
      CHECK(AreasOfKind(d, AreaKind::kPriority).size() == static_cast<size_t>(gold.priority));
      CHECK_FALSE(d.lead_inspector.empty());
      for (const std::string& w : d.warnings) CHECK(w.find("grade for") == std::string::npos);  // table and headings agree
    }
  }
}

TEST_CASE("reports carry their publication date when the PDF states one", "[recognise][corpus]") {
  auto sif = RecogniseFile("corpora/ofsted-reports/salford-80548-published-2015-06-22.pdf");
  REQUIRE(sif.size() == 1);
  CHECK(sif[0].published.Iso() == "2015-06-22");
  CHECK(sif[0].authority_as_written == "Salford City Council");
  CHECK(sif[0].lead_inspector == "Shirley Bailey");
  auto lac = RecogniseFile("corpora/ofsted-reports/sandwell-80549-published-2013-08-02.pdf");
  REQUIRE(lac.size() == 1);
  CHECK(lac[0].published.Iso() == "2013-08-02");
  CHECK(lac[0].lead_inspector == "Christopher Sands");
  auto ilacs = RecogniseFile("corpora/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  REQUIRE(ilacs.size() == 1);
  CHECK_FALSE(ilacs[0].published.valid());  // not in the PDF: left unset, not guessed
  CHECK(ilacs[0].lead_inspector == "Andy Waugh");
  CHECK(ilacs[0].authority_as_written == "Nottingham City");
}

const Document* FindDoc(const std::vector<Document>& docs, DocType type, const char* start) {
  for (const Document& d : docs) {
    if (d.type == type && d.visit_start.Iso() == start) return &d;
  }
  return nullptr;
}

TEST_CASE("the 25 January 2024 pack: the July 2022 ILACS report and three monitoring letters",
          "[recognise][pack]") {
  std::vector<Document> docs = RecogniseFile("corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt");
  REQUIRE(docs.size() >= 4);

  const Document* ilacs = FindDoc(docs, DocType::kIlacs, "2022-07-11");
  REQUIRE(ilacs != nullptr);
  CHECK(ilacs->urn == 80533);
  CHECK(ilacs->visit_end.Iso() == "2022-07-22");
  CHECK(ilacs->lead_inspector == "Andy Waugh");
  CHECK(TableGradesOf(*ilacs) == std::map<std::string, std::string>{{"leaders", RI},
                                                                     {"help_protection", "inadequate"},
                                                                     {"in_care", "requires_improvement*"},
                                                                     {"overall", "inadequate"}});
  auto improve = AreasOfKind(*ilacs, AreaKind::kImprove);
  const char* kFirstWords[] = {"Effectiveness and timeliness", "Management oversight and direction",
                               "Social work capacity",          "Placement sufficiency",
                               "The service response to care",  "The service response to young",
                               "The quality and timeliness",    "Oversight of children missing"};
  REQUIRE(improve.size() == 8);
  for (int i = 0; i < 8; ++i) {
    CHECK(improve[i]->ordinal == i + 1);
    CHECK(improve[i]->text.rfind(kFirstWords[i], 0) == 0);
  }

  struct Letter {
    const char* start;
    const char* end;
    const char* published;
    int number;
    std::vector<std::string> inspectors;
    std::vector<std::string> covered_first_words;
  };
  const Letter kLetters[] = {
      {"2023-02-28", "2023-03-01", "2023-04-04", 1, {"Julie Knight", "Margaret Burke"},
       {"Timeliness and effectiveness of the first response", "The timeliness and effectiveness of responses",
        "Workforce capacity", "The impact of leaders on practice"}},
      {"2023-07-25", "2023-07-26", "2023-08-30", 2, {"Julie Knight", "Margaret Burke"},
       {"support for children in need", "The quality of children's assessments", "The quality of visits",
        "The quality of management oversight", "Stability and sustainability", "Performance and quality assurance"}},
      {"2023-11-22", "2023-11-23", "2024-01-12", 3, {"Margaret Burke", "Andy Waugh", "Sophie Wales"},
       {"the support to care leavers aged 18 to 25", "Quality and suitability of accommodation",
        "Employment, education and training", "Care leavers with specific needs"}},
  };
  for (const Letter& want : kLetters) {
    SECTION(want.start) {
      const Document* d = FindDoc(docs, DocType::kMonitoringVisit, want.start);
      REQUIRE(d != nullptr);
      CHECK(d->urn == 80533);
      CHECK(d->authority_as_written == "Nottingham City");
      CHECK(d->visit_end.Iso() == want.end);
      CHECK(d->published.Iso() == want.published);
      CHECK(d->visit_number == want.number);
      CHECK(d->judged_inadequate_in == "July 2022");
      CHECK(d->inspectors == want.inspectors);
      CHECK(d->lead_inspector == want.inspectors.front());
      CHECK(d->grades.empty());
      auto covered = AreasOfKind(*d, AreaKind::kCovered);
      REQUIRE(covered.size() == want.covered_first_words.size());
      for (size_t i = 0; i < covered.size(); ++i) {
        CHECK(covered[i]->ordinal == static_cast<int>(i) + 1);
        CHECK(covered[i]->text.rfind(want.covered_first_words[i], 0) == 0);
      }
      CHECK(AreasOfKind(*d, AreaKind::kImprove).empty());
    }
  }
}

TEST_CASE("council papers with no Ofsted document are committee packs", "[recognise][pack]") {
  for (const char* file : {"corpora/committee-packs/nottingham-city-cyp-scrutiny-2022-03-31-pack.txt",
                           "corpora/committee-packs/nottinghamshire-improvement-and-change-2020-01-27.txt"}) {
    std::vector<Document> docs = RecogniseFile(file);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].type == DocType::kCommitteePack);
    CHECK(docs[0].type_reason.find("committee") != std::string::npos);
    CHECK(docs[0].grades.empty());
  }
}

}  // namespace
}  // namespace oftrack
