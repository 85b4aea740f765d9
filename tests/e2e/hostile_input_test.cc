// Hostile input (issue 7.6), end to end: a monitoring letter whose finding
// sentences carry markup, SQL and spreadsheet formulas is ingested, exported
// as CSV and TSV, and rendered as the HTML and Markdown progress reports. The
// text is stored verbatim (bound parameters: the findings table survives
// "'); DROP TABLE findings; --"), reaches HTML only escaped, and reaches
// CSV/TSV only formula-safe.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fault_support.h"

using namespace oftrack;
using namespace oftrack::e2e;

namespace {

// A letter that shows markup as text (as a PDF or web page would: the cleaner
// decodes the entities) and one with a raw tag (the cleaner drops the tag).
const char kScriptAsText[] = "&lt;script&gt;alert('pwned')&lt;/script&gt;";
const char kScript[] = "<script>alert('pwned')</script>";
const char kRawTag[] = "<script>alert(3)</script>";
const char kAmpersands[] = "(caseloads < 20 & \"rising\")";
const char kSql[] = "'); DROP TABLE findings; --";
const char kFormula[] = "=HYPERLINK(\"http://evil.example/x\",\"Open the full plan\")";

// The shape of the third letter in corpora/committee-packs/nottingham-city-cyp-scrutiny-2024-01-25-pack.txt.
std::string HostileLetter() {
  return std::string(
             "12 January 2024\n\n"
             "Catherine Underwood  \nCorporate Director of People  \nNottingham City Council  \nLoxley House  \n"
             "Station Street  \nNottingham  \nNG2 3NG\n\n"
             "Dear Catherine\n\n"
             "### **Monitoring visit to Nottingham City children's services**\n\n"
             "This letter summarises the findings of the monitoring visit to Nottingham City children's services on "
             "22 and 23 November 2023. This was the third monitoring visit since the local authority was judged "
             "inadequate in July 2022. His Majesty's Inspectors for this visit were Margaret Burke and Andy Waugh.\n\n"
             "### **Areas covered by the visit**\n\n"
             "This visit evaluated the support to care leavers aged 18 to 25. Inspectors focused on:\n\n"
             "- Quality and suitability of accommodation.\n"
             "- Employment, education and training.\n\n"
             "This visit was carried out in line with the inspection of local authority children's services (ILACS) "
             "framework.\n\n"
             "### **Headline findings**\n\n"
             "Senior leaders in children's services have built on the progress seen at the previous monitoring "
             "visits.\n\n"
             "### **Findings and evaluation of progress**\n\n"
             "Most care leavers are well supported by personal advisers ") +
         kScriptAsText + " " + kRawTag + " who build strong relationships with them.\n\n"
         "Care leavers' accommodation is suitable, although " + kSql +
         " some young people wait too long for a move.\n\n" + kFormula +
         " is where leaders say the supervision plan for personal advisers lives.\n\n"
         "+44 1234 567890 is the number care leavers call out of hours, and it is answered promptly.\n\n"
         "@leaders PAs " + std::string(kAmpersands) + " do not receive regular supervision and supervision records lack detail.\n\n"
         "I am copying this letter to the Department for Education.\n\n"
         "Yours sincerely\n\n"
         "Margaret Burke  \n**His Majesty's Inspector**\n";
}

}  // namespace

TEST_CASE("a letter full of markup, SQL and formulas is stored verbatim and exported safely", "[e2e][hostile]") {
  auto dir = TempDir("hostile");
  std::string letter = (dir / "hostile-letter.txt").string();
  std::ofstream(letter) << HostileLetter();
  std::string db = (dir / "oftrack.db").string();
  // With Nottingham City's 2022 inspection, whose areas the report follows into this visit and quotes.
  auto run = RunCommand(Oftrack() + " ingest --db " + db + " " + letter + " " + OFTRACK_SOURCE_DIR +
                        "/corpora/ofsted-reports/nottingham-80533-published-2022-09-05.pdf");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);

  // Stored verbatim, and the findings table is still there.
  {
    auto d = Database::Open(db, Database::Mode::kReadOnly);
    REQUIRE(d.ok());
    std::string texts = QueryText(d.value().get(), "SELECT text FROM findings ORDER BY id");
    INFO(texts);
    CHECK(texts.find(kScript) != std::string::npos);
    CHECK(texts.find(kSql) != std::string::npos);
    CHECK(texts.find(kFormula) != std::string::npos);
    CHECK(texts.find(kAmpersands) != std::string::npos);
    CHECK(texts.find("<script>alert(3)") == std::string::npos);  // a raw tag is markup, dropped by the cleaner
    CHECK(QueryText(d.value().get(), "PRAGMA integrity_check") == "ok");
  }

  SECTION("CSV and TSV exports: no cell starts a formula") {
    for (const char* format : {"csv", "tsv"}) {
      std::string out = (dir / (std::string("findings.") + format)).string();
      auto exp = RunCommand(Oftrack() + " export findings --format " + format + " --db " + db + " --out " + out);
      INFO(exp.output);
      REQUIRE(exp.exit_code == 0);
      std::string text = ReadAll(out);
      INFO(text);
      // The formula is there as text, after an apostrophe that keeps a spreadsheet from running it.
      CHECK(text.find("'=HYPERLINK(") != std::string::npos);
      CHECK(text.find("'+44 1234") != std::string::npos);
      CHECK(text.find("'@leaders") != std::string::npos);
      // No field starts with a formula character.
      char sep = std::string(format) == "csv" ? ',' : '\t';
      for (size_t i = 0; i < text.size(); ++i) {
        bool field_start = i == 0 || text[i - 1] == sep || text[i - 1] == '\n' ||
                           (text[i - 1] == '"' && (i == 1 || text[i - 2] == sep || text[i - 2] == '\n'));
        if (!field_start) continue;
        INFO("field at byte " << i << ": " << text.substr(i, 40));
        CHECK(std::string("=+@").find(text[i]) == std::string::npos);
      }
    }
  }

  SECTION("HTML and Markdown reports: markup escaped, never live") {
    std::string html = (dir / "report.html").string();
    auto rep = RunCommand(Oftrack() + " report progress --la 'Nottingham City' --format html --db " + db +
                          " --out " + html);
    INFO(rep.output);
    REQUIRE(rep.exit_code == 0);
    std::string page = ReadAll(html);
    CHECK(page.find("<script") == std::string::npos);
    // The quoted findings are there, escaped, in text and in title="..." attributes.
    CHECK(page.find("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("(caseloads &lt; 20 &amp; &quot;rising&quot;)") != std::string::npos);
    CHECK(page.find("\"rising\"") == std::string::npos);  // not even a bare quote that could end an attribute
    CHECK(page.find("&#39;); DROP TABLE findings; --") != std::string::npos);

    std::string md = (dir / "report.md").string();
    auto rep_md = RunCommand(Oftrack() + " report progress --la 'Nottingham City' --format md --db " + db +
                             " --out " + md);
    REQUIRE(rep_md.exit_code == 0);
    std::string md_text = ReadAll(md);
    CHECK(md_text.find("<script") == std::string::npos);
  }
}
