// Area status from counts, and timelines from stored documents.
#include "track/progress.h"

#include <catch2/catch.hpp>

using namespace oftrack;

namespace {

// neutral, strength, weakness, mixed, progress
JudgementCounts Counts(int n, int s, int w, int m, int p) { return {n, s, w, m, p}; }

DocumentRecord Doc(int64_t id, int64_t visit, const std::string& type, const std::string& start,
                   const std::string& kind, const std::string& file) {
  DocumentRecord d;
  d.id = id;
  d.visit_id = visit;
  d.doc_type = type;
  d.visit_start = start;
  d.source_kind = kind;
  d.file = file;
  return d;
}

}  // namespace

TEST_CASE("a cell's status follows the balance of judgements", "[track]") {
  CHECK(StatusFromCounts(Counts(4, 0, 0, 0, 0)) == AreaStatus::kNotReviewed);  // neutral findings do not vote
  CHECK(StatusFromCounts(Counts(0, 0, 5, 1, 0)) == AreaStatus::kWeaknessPersists);
  CHECK(StatusFromCounts(Counts(0, 4, 1, 0, 0)) == AreaStatus::kStrength);
  CHECK(StatusFromCounts(Counts(0, 2, 1, 0, 2)) == AreaStatus::kImproving);
  CHECK(StatusFromCounts(Counts(0, 2, 2, 2, 0)) == AreaStatus::kMixed);
  CHECK(StatusFromCounts(Counts(0, 3, 2, 0, 0)) == AreaStatus::kImproving);  // 60% strength but 40% weakness
}

TEST_CASE("documents of one visit are one timeline entry, the published PDF first", "[track]") {
  std::vector<DocumentRecord> docs = {
      Doc(1, 10, "ilacs", "2022-07-11", "text", "committee-packs/pack.txt"),
      Doc(2, 10, "ilacs", "2022-07-11", "pdf", "ofsted-reports/nottingham-2022.pdf"),
      Doc(3, 11, "monitoring_visit", "2023-02-28", "text", "committee-packs/pack.txt"),
      Doc(4, 0, "committee_pack", "", "text", "committee-packs/minutes.txt"),
      Doc(5, 9, "sif", "2014-03-03", "pdf", "ofsted-reports/nottingham-2014.pdf"),
  };
  std::vector<Visit> t = BuildTimeline(docs);
  REQUIRE(t.size() == 3);
  CHECK(t[0].kind == "sif");
  CHECK(t[1].kind == "ilacs");
  CHECK(t[1].documents.size() == 2);
  CHECK(t[1].primary().file == "ofsted-reports/nottingham-2022.pdf");
  CHECK(t[2].kind == "monitoring_visit");
}

TEST_CASE("a quote names its document, date, page or line, and paragraph", "[track]") {
  DocumentRecord pdf = Doc(1, 1, "ilacs", "2022-07-11", "pdf", "ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  pdf.published = "2022-09-05";
  FindingRecord f;
  f.page = 4;
  f.para = "13";
  f.text = "The overall quality and frequency of supervision is variable in duty and fieldwork teams.";
  CHECK(Quote{f, &pdf}.Source() == "ofsted-reports/nottingham-80533-published-2022-09-05.pdf, 5 September 2022, page 4, para 13");
  DocumentRecord txt = Doc(2, 2, "monitoring_visit", "2023-11-22", "text", "committee-packs/pack.txt");
  FindingRecord g;
  g.line = 771;
  g.block_no = 12;
  CHECK(Quote{g, &txt}.Source() == "committee-packs/pack.txt, 22 November 2023, line 771, paragraph 12 of the text");
}
