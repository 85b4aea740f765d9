// Document text is data: escaped in HTML, formula-safe in CSV/TSV.
#include "reports/escape.h"

#include <catch2/catch.hpp>

using namespace oftrack;

TEST_CASE("HTML escaping leaves no markup from a document", "[reports]") {
  CHECK(HtmlEscape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST_CASE("cells that a spreadsheet would run are neutralised", "[reports]") {
  CHECK(FormulaSafe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
  CHECK(FormulaSafe("+1") == "'+1");
  CHECK(FormulaSafe("-2") == "'-2");
  CHECK(FormulaSafe("@SUM(A1)") == "'@SUM(A1)");
  CHECK(FormulaSafe("Most plans are reviewed within timescales.") == "Most plans are reviewed within timescales.");
  CHECK(CsvField("a, \"b\"") == "\"a, \"\"b\"\"\"");
  CHECK(CsvField("=1+1") == "'=1+1");
  CHECK(TsvField("a\tb\nc") == "a b c");
}
