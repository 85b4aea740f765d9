// The reports as a person sees them. The bundled corpus is ingested with the
// real `oftrack` binary, Nottingham City's reports are written with it, and:
//  - the HTML progress report is loaded in headless Chromium (Debian's
//    `chromium`): the DOM it builds has the eight area rows, the heat map, a
//    quote known from the 2022 inspection report, and no script element; a
//    1280x2000 screenshot is saved to reports/out/test-screenshots/progress.png
//    and must be a non-empty PNG;
//  - the scrutiny briefing printed by Chromium to PDF fits on two pages;
//  - the Excel workbook is unzipped: its shared strings hold the eight area
//    texts and the quote (Quotes sheet), and no sheet holds a formula.
// Chromium and unzip are installed by scripts/install-deps.sh; when one is
// missing the test fails and says so (it does not skip).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../e2e/e2e_support.h"

using namespace oftrack::e2e;
namespace fs = std::filesystem;

namespace {

// Found in the ILACS report of July 2022 (page 2, para 1), for area 1.
const char kKnownQuote[] =
    "The majority of contacts in the MASH are delayed and not processed within timescales appropriate to the "
    "risks and needs of children.";

const char* kAreaStarts[] = {
    "Effectiveness and timeliness of responses to children",
    "Management oversight and direction of front-line work",
    "Social work capacity, so that social workers and first-line managers",
    "Placement sufficiency for children in care and those with complex needs.",
    "The service response to care leavers aged 21 and over.",
    "The service response to young people who are aged 16 and 17 who present as homeless.",
    "The quality and timeliness of return home interviews.",
    "Oversight of children missing from education and those who are electively home educated.",
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

void RequireTool(const std::string& tool, const std::string& package) {
  if (RunCommand("command -v " + tool).exit_code != 0) {
    FAIL(tool + " is not installed: the project installs it (Debian package `" + package +
         "`, scripts/install-deps.sh); run `bash scripts/install-deps.sh` as root");
  }
}

// Headless Chromium with a throw-away profile and no network chatter, run on
// one file; `action` is --dump-dom, --screenshot=..., --print-to-pdf=...
CommandResult Chromium(const std::string& action, const fs::path& page, const fs::path& stdout_to) {
  auto profile = TempDir("chromium-profile-" + std::to_string(std::hash<std::string>{}(action)));
  std::string cmd = "(timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                    "--disable-background-networking --disable-component-update --disable-sync "
                    "--user-data-dir=" + profile.string() + " " + action + " 'file://" + page.string() + "' > '" +
                    stdout_to.string() + "' 2>/dev/null)";
  return RunCommand(cmd);
}

// Writes one of Nottingham City's reports with the binary; returns its path.
fs::path Report(const std::string& args, const std::string& file) {
  const std::string& db = CorpusDb();
  fs::path out = ScratchRoot() / "reports" / file;
  auto r = RunCommand(Oftrack() + " report " + args + " --la 'Nottingham City' --db " + db + " --out " + out.string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return out;
}

}  // namespace

TEST_CASE("the HTML progress report, loaded in Chromium, shows eight areas, a known quote and no script",
          "[reports][browser]") {
  RequireTool("chromium", "chromium");
  fs::path html = Report("progress --format html", "nottingham-city-progress.html");

  fs::path dom_file = ScratchRoot() / "reports" / "dom.html";
  auto dump = Chromium("--dump-dom", html, dom_file);
  std::string dom = ReadFile(dom_file);
  INFO("chromium exit " << dump.exit_code << ", DOM of " << dom.size() << " bytes");
  REQUIRE(dump.exit_code == 0);
  REQUIRE(dom.find("</html>") != std::string::npos);
  CHECK(Count(dom, "class=\"area-row\"") == 8);
  CHECK(dom.find(kKnownQuote) != std::string::npos);
  CHECK(dom.find("<script") == std::string::npos);
  CHECK(dom.find("<svg") != std::string::npos);
  CHECK(Count(dom, "class=\"hm-row\"") >= 8);
  CHECK(dom.find("Nottingham City children") != std::string::npos);

  fs::path shots = fs::path(OFTRACK_SOURCE_DIR) / "reports" / "out" / "test-screenshots";
  fs::create_directories(shots);
  fs::path png = shots / "progress.png";
  fs::remove(png);
  auto shot = Chromium("--screenshot=" + png.string() + " --window-size=1280,2000", html, ScratchRoot() / "shot.log");
  INFO("screenshot at " << png.string());
  REQUIRE(shot.exit_code == 0);
  REQUIRE(fs::exists(png));
  std::string bytes = ReadFile(png);
  CHECK(bytes.size() > 20000);  // a blank 1280x2000 page compresses to a few kB
  CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
}

TEST_CASE("the scrutiny briefing prints on at most two pages", "[reports][browser]") {
  RequireTool("chromium", "chromium");
  RequireTool("pdfinfo", "poppler-utils");
  fs::path html = Report("briefing --format html", "nottingham-city-briefing.html");
  std::string text = ReadFile(html);
  CHECK(Count(text, "class=\"briefing-row\"") == 8);
  CHECK(Count(text, "class=\"question\"") >= 3);
  CHECK(Count(text, "class=\"question\"") <= 6);
  fs::path pdf = ScratchRoot() / "reports" / "briefing.pdf";
  auto print = Chromium("--no-pdf-header-footer --print-to-pdf=" + pdf.string(), html, ScratchRoot() / "pdf.log");
  REQUIRE(print.exit_code == 0);
  REQUIRE(fs::exists(pdf));
  auto info = RunCommand("pdfinfo '" + pdf.string() + "' | sed -n 's/^Pages: *//p'");
  INFO(info.output);
  int pages = std::atoi(info.output.c_str());
  CHECK(pages >= 1);
  CHECK(pages <= 2);
}

TEST_CASE("the Excel progress report holds the eight areas and the quotes as text", "[reports][xlsx]") {
  RequireTool("unzip", "unzip");
  fs::path xlsx = Report("progress --format xlsx", "nottingham-city-progress.xlsx");
  auto listing = RunCommand("unzip -l '" + xlsx.string() + "'");
  INFO(listing.output);
  REQUIRE(listing.exit_code == 0);
  CHECK(listing.output.find("xl/worksheets/sheet5.xml") != std::string::npos);  // Areas, Themes, Detail, Quotes, Grades
  auto strings = RunCommand("unzip -p '" + xlsx.string() + "' xl/sharedStrings.xml");
  REQUIRE(strings.exit_code == 0);
  for (const char* area : kAreaStarts) {
    INFO(area);
    CHECK(strings.output.find(area) != std::string::npos);
  }
  CHECK(strings.output.find(kKnownQuote) != std::string::npos);
  auto sheets = RunCommand("unzip -p '" + xlsx.string() + "' 'xl/worksheets/sheet*.xml'");
  CHECK(sheets.output.find("<f>") == std::string::npos);
}
