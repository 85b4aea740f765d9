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
#include "tests/track/history_fixture.h"
#include "track/briefing.h"

using namespace oftrack;
using namespace oftrack::e2e;
using oftrack::testing::HistoryBuilder;

namespace {

const char kScript[] = "Leaders said <script>alert('x')</script> & \"nothing\" changed.";
const char kFormula[] = "=HYPERLINK(\"http://evil.example\",\"click\")";

// One area (text is a formula), one theme, an inspection and a visit that
// covers the area; every finding is the hostile one, so every quote is.
const AuthorityHistory& HostileHistory() {
  static const AuthorityHistory h = [] {
    HistoryBuilder b(1, "-Testshire");
    int64_t ins = b.Doc(DocType::kIlacs, "2022-07-11", "<b>letter</b>-2022-07-11.pdf");
    int64_t mv = b.Doc(DocType::kMonitoringVisit, "2023-11-22", "<b>letter</b>-2023-11-22.pdf", 1);
    b.Area(ins, AreaKind::kImprove, 1, kFormula, {{"supervision", "supervision"}}, {"supervision"});
    b.Area(mv, AreaKind::kCovered, 1, "Supervision <i>and</i> oversight", {{"supervision", "supervision"}});
    for (int64_t d : {ins, mv}) {
      for (int i = 0; i < 2; ++i) b.Finding(d, Judgement::kWeakness, kScript, {"supervision"}, "Findings", {"supervision"});
    }
    AuthorityHistory built = b.Build();
    built.themes = {{"supervision", "+Supervision"}};
    return built;
  }();
  return h;
}

ProgressModel HostileModel() { return BuildProgress(HostileHistory(), {}); }

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
  CHECK(html.find("<i>and</i>") == std::string::npos);  // the covered area the visit was matched on
  CHECK(html.find("Supervision &lt;i&gt;and&lt;/i&gt; oversight") != std::string::npos);
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
  CHECK(csv.find(",'-Testshire,") != std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find(",-") == std::string::npos);
  CHECK(csv.rfind("urn,la,inspection_start,kind,area,area_text,visit_start,visit_kind,reviewed,matched_on,status,", 0) == 0);
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
