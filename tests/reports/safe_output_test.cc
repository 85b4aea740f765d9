// Document text is data in every format: a hand-built progress model whose
// area and finding carry markup and formulas is rendered as HTML (with the
// heat map), Markdown, CSV and Excel, and none of them lets the text act.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../e2e/e2e_support.h"
#include "reports/briefing_report.h"
#include "reports/progress_report.h"
#include "track/briefing.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

const char kScript[] = "Leaders said <script>alert('x')</script> & \"nothing\" changed.";
const char kFormula[] = "=HYPERLINK(\"http://evil.example\",\"click\")";

// One area (text is a formula), one theme, an inspection and a visit; every
// quote is the hostile finding.
ProgressModel HostileModel() {
  ProgressModel m;
  m.authority.name = "Testshire";
  m.authority.urn = 1;
  for (const char* start : {"2022-07-11", "2023-11-22"}) {
    DocumentRecord d;
    d.id = m.visits.size() + 1;
    d.doc_type = m.visits.empty() ? "ilacs" : "monitoring_visit";
    d.visit_start = d.published = start;
    d.source_kind = "pdf";
    d.file = std::string("<b>letter</b>-") + start + ".pdf";
    Visit v;
    v.kind = d.doc_type;
    v.start = start;
    v.documents.push_back(d);
    m.visits.push_back(v);
  }
  m.baseline = 0;
  m.columns = {0, 1};
  FindingRecord f;
  f.id = 42;
  f.text = kScript;
  f.judgement = "weakness";
  f.para = "3";
  f.themes = {"supervision"};
  AreaProgress a;
  a.area.ordinal = 1;
  a.area.kind = "improve";
  a.area.text = kFormula;
  a.area.themes = {"supervision"};
  ThemeProgress t{"supervision", "+Supervision", {}};
  for (size_t c = 0; c < 2; ++c) {
    ProgressCell cell;
    cell.status = AreaStatus::kWeaknessPersists;
    cell.counts = {0, 0, 2, 0, 0};
    cell.quotes.push_back(Quote{f, &m.visits[c].primary()});
    a.cells.push_back(cell);
    t.cells.push_back(cell);
  }
  m.areas.push_back(a);
  m.themes.push_back(t);
  return m;
}

std::string Unzip(const std::string& xlsx, const std::string& member) {
  auto r = RunCommand("unzip -p '" + xlsx + "' " + member);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r.output;
}

}  // namespace

TEST_CASE("a finding containing <script> shows as text in the HTML report and briefing", "[reports]") {
  ProgressModel m = HostileModel();
  ReportInfo info{"2024-01-01", "<db>.db"};
  std::string html = RenderProgressHtml(m, info);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;nothing&quot;") != std::string::npos);
  CHECK(html.find("<b>letter</b>") == std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);  // the heat map, whose tooltips carry the quote escaped
  CHECK(html.find("<title>+Supervision") != std::string::npos);

  auto briefing = BuildBriefing(m);
  REQUIRE(briefing.ok());
  std::string bhtml = RenderBriefingHtml(briefing.value(), info);
  CHECK(bhtml.find("<script") == std::string::npos);
  CHECK(bhtml.find("&lt;script&gt;") != std::string::npos);

  std::string md = RenderProgressMarkdown(m, info) + RenderBriefingMarkdown(briefing.value(), info);
  CHECK(md.find("<script") == std::string::npos);
}

TEST_CASE("cells starting with = + - @ cannot run as formulas in CSV", "[reports]") {
  std::string csv = RenderProgressCsv(HostileModel());
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"") != std::string::npos);
  CHECK(csv.find(",'+Supervision,") != std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.rfind("la,urn,row,ordinal,name,themes,visit,visit_start,status,", 0) == 0);
}

TEST_CASE("Excel stores a hostile cell as a string with a leading apostrophe, never a formula", "[reports]") {
  auto dir = TempDir("xlsx-hostile");
  std::string path = (dir / "hostile.xlsx").string();
  Status st = WriteProgressXlsx(HostileModel(), ReportInfo{"2024-01-01", "x.db"}, path);
  INFO(st.ToString());
  REQUIRE(st.ok());
  if (RunCommand("command -v unzip").exit_code != 0) FAIL("unzip is not installed: run scripts/install-deps.sh");
  std::string strings = Unzip(path, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>'=HYPERLINK(\"http://evil.example\",\"click\")</t>") != std::string::npos);
  CHECK(strings.find("'+Supervision") != std::string::npos);
  CHECK(strings.find("&lt;script&gt;") != std::string::npos);
  for (const char* sheet : {"sheet1", "sheet2", "sheet3", "sheet4", "sheet5"}) {
    std::string xml = Unzip(path, std::string("xl/worksheets/") + sheet + ".xml");
    INFO(sheet);
    CHECK(xml.find("<f>") == std::string::npos);  // no formula anywhere
  }
}

TEST_CASE("a workbook that cannot be written is an error value, not a crash", "[reports]") {
  Status st = WriteProgressXlsx(HostileModel(), ReportInfo{}, "/proc/no/such/dir/x.xlsx");
  CHECK_FALSE(st.ok());
}
