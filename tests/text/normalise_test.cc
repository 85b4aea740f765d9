#include <catch2/catch.hpp>

#include "text/clean.h"

namespace oftrack {
namespace {

TEST_CASE("NormaliseLine straightens apostrophes and quotes", "[text]") {
  CHECK(NormaliseLine("Inspection of Dorset local authority children\xE2\x80\x99s services") ==
        "Inspection of Dorset local authority children's services");
  CHECK(NormaliseLine("a simple \xE2\x80\x98" "checking\xE2\x80\x99 system") == "a simple 'checking' system");
  CHECK(NormaliseLine("\xE2\x80\x9C" "Early Years and School Readiness\xE2\x80\x9D") ==
        "\"Early Years and School Readiness\"");
  CHECK(NormaliseLine("a \xE2\x80\x98So what?\xE2\x80\x99 This") == "a 'So what?' This");
}

TEST_CASE("NormaliseLine expands ligatures", "[text]") {
  CHECK(NormaliseLine("speci\xEF\xAC\x81" "c \xEF\xAC\x82uctuation, e\xEF\xAC\x80" "ective, o\xEF\xAC\x83" "ce, ba\xEF\xAC\x84" "ed") ==
        "specific fluctuation, effective, office, baffled");
}

TEST_CASE("NormaliseLine turns leading bullet glyphs into '• '", "[text]") {
  const std::string expected = "\xE2\x80\xA2 Effectiveness and timeliness of responses";
  CHECK(NormaliseLine("\xE2\x97\xBC Effectiveness and timeliness of responses") == expected);       // ◼
  CHECK(NormaliseLine("\xEF\x82\xB7      Effectiveness and timeliness of responses") == expected);  // U+F0B7
  CHECK(NormaliseLine("\xEF\x81\xAE" "Effectiveness and timeliness of responses") == expected);     // U+F06E
  CHECK(NormaliseLine("\xEF\x80\xAD Effectiveness and timeliness of responses") == expected);       // U+F02D
  CHECK(NormaliseLine("\xE2\x96\xAA Effectiveness and timeliness of responses") == expected);       // ▪
  CHECK(NormaliseLine("\xE2\x97\x8F Effectiveness and timeliness of responses") == expected);       // ●
  CHECK(NormaliseLine("\xE2\x9E\xA2 Effectiveness and timeliness of responses") == expected);       // ➢
  CHECK(NormaliseLine("\xE2\x9C\x93 Effectiveness and timeliness of responses") == expected);       // ✓
  CHECK(NormaliseLine("\xE2\x80\xA2   Effectiveness and timeliness of responses") == expected);     // • spaced
  CHECK(NormaliseLine("   \xE2\x96\xA0 indented") == "   \xE2\x80\xA2 indented");                   // ■ keeps indent
  CHECK(NormaliseLine("rated \xE2\x9C\x93 in the table") == "rated \xE2\x9C\x93 in the table");     // not leading
}

TEST_CASE("NormaliseLine normalises spaces and drops soft hyphens", "[text]") {
  CHECK(NormaliseLine("Leeds\xC2\xA0" "City\xE2\x80\x89" "Council\xE2\x80\xAF" "2022") == "Leeds City Council 2022");
  CHECK(NormaliseLine("safe\xC2\xAD" "guarding\xE2\x80\x8B") == "safeguarding");
  CHECK(NormaliseLine("step\xE2\x80\x91" "down") == "step-down");
}

TEST_CASE("NormaliseLine keeps en and em dashes", "[text]") {
  CHECK(NormaliseLine("11 \xE2\x80\x93 22 July 2022") == "11 \xE2\x80\x93 22 July 2022");
  CHECK(NormaliseLine("Strategic Leader \xE2\x80\x94 Preventing") == "Strategic Leader \xE2\x80\x94 Preventing");
}

TEST_CASE("NormaliseLine composes to NFC", "[text]") {
  CHECK(NormaliseLine("Cafe\xCC\x81 provision") == "Caf\xC3\xA9 provision");  // e + combining acute -> é
  CHECK(NormaliseLine("Caf\xC3\xA9") == "Caf\xC3\xA9");
}

TEST_CASE("NormaliseLine returns plain ASCII untouched and keeps column spaces and tabs", "[text]") {
  const std::string row = " The impact of leaders on social work      Requires improvement to be good";
  CHECK(NormaliseLine(row) == row);
  CHECK(NormaliseLine("Judgement\tGrade") == "Judgement\tGrade");
  CHECK(NormaliseLine("page\f") == "page");
}

}  // namespace
}  // namespace oftrack
