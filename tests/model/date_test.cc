#include "model/date.h"

#include <catch2/catch.hpp>

using oftrack::Date;

TEST_CASE("Date prints ISO and long forms and round-trips", "[model]") {
  Date d{2022, 7, 11};
  CHECK(d.Iso() == "2022-07-11");
  CHECK(d.Long() == "11 July 2022");
  CHECK(Date::FromIso("2022-07-11") == d);
  CHECK_FALSE(Date::FromIso("2022-13-01").valid());
  CHECK(Date{2022, 7, 11} < Date{2023, 2, 28});
}
