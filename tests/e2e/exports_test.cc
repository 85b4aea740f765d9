// Exports keep the column order analysts' scripts rely on, and real values.
#include <catch2/catch.hpp>

#include "e2e_support.h"

using namespace oftrack::e2e;

namespace {

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// The first line that starts with prefix and contains needle ("" if none).
std::string LineContaining(const std::string& text, const std::string& prefix, const std::string& needle = "") {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(begin, end - begin);
    if (line.rfind(prefix, 0) == 0 && line.find(needle) != std::string::npos) return line;
    begin = end + 1;
  }
  return "";
}

}  // namespace

TEST_CASE("export grades: one row per full inspection, columns in the agreed order", "[e2e][export]") {
  const std::string& db = CorpusDb();
  auto r = RunCommand(Oftrack() + " export grades --db " + db);
  REQUIRE(r.exit_code == 0);
  CHECK(FirstLine(r.output) ==
        "file,la,urn,doc_type,inspection_start,inspection_end,published,lead_inspector,overall,leaders,"
        "help_protection,in_care,care_leavers,combined_care,afi_count");
  CHECK(LineContaining(r.output, "ofsted-reports/nottingham-80533-published-2022-09-05.pdf") ==
        "ofsted-reports/nottingham-80533-published-2022-09-05.pdf,Nottingham,80533,ilacs,2022-07-11,2022-07-22,,"
        "Andy Waugh,inadequate,requires_improvement,inadequate,requires_improvement,,1,8");
  auto tsv = RunCommand(Oftrack() + " export grades --format tsv --db " + db);
  CHECK(FirstLine(tsv.output).find("file\tla\turn\t") == 0);
}

TEST_CASE("export areas and findings: columns in the agreed order", "[e2e][export]") {
  const std::string& db = CorpusDb();
  auto areas = RunCommand(Oftrack() + " export areas --db " + db);
  REQUIRE(areas.exit_code == 0);
  CHECK(FirstLine(areas.output) == "file,la,urn,doc_type,visit_start,kind,ordinal,text,themes");
  CHECK(areas.output.find(",ilacs,2022-07-11,improve,8,Oversight of children missing from education") !=
        std::string::npos);
  auto findings = RunCommand(Oftrack() + " export findings --db " + db);
  REQUIRE(findings.exit_code == 0);
  CHECK(FirstLine(findings.output) ==
        "file,doc_index,doc_type,la,urn,visit_start,section,para,sentence_no,page,line,themes,judgement,quantifier,text");
  std::string row = LineContaining(findings.output, "ofsted-reports/nottingham-80533-published-2022-09-05.pdf,",
                                   "Weaknesses in the MASH are significant, widespread and systemic.");
  CHECK(row.find("ofsted-reports/nottingham-80533-published-2022-09-05.pdf,0,ilacs,Nottingham,80533,2022-07-11,") == 0);
  CHECK(row.find(",1,1,2,") != std::string::npos);  // para 1, sentence 1, page 2
  CHECK(row.find("front_door") != std::string::npos);
  CHECK(row.find(",weakness,") != std::string::npos);
}
