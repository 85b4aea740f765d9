#include "documents/dates.h"

#include <catch2/catch.hpp>

namespace oftrack {
namespace {

std::string Range(std::string_view text) {
  DateRange r = ParseDateRange(text);
  return r.start.Iso() + ".." + r.end.Iso();
}

TEST_CASE("date ranges in Ofsted's forms", "[dates]") {
  CHECK(Range("11 – 22 July 2022") == "2022-07-11..2022-07-22");
  CHECK(Range("28 February to 1 March 2023") == "2023-02-28..2023-03-01");
  CHECK(Range("22 and 23 November 2023") == "2023-11-22..2023-11-23");
  CHECK(Range("3 June 2024 to 14 June 2024") == "2024-06-03..2024-06-14");
  CHECK(Range("Inspection date: 13 November 2017 – 7 December 2017") == "2017-11-13..2017-12-07");
  CHECK(Range("21 April 2015 - 8 May 2015") == "2015-04-21..2015-05-08");
  CHECK(Range("Inspection dates:   24 – 28 June 2013") == "2013-06-24..2013-06-28");
  CHECK(Range("children's services on the 25 and 26 July 2023. This was") == "2023-07-25..2023-07-26");
  CHECK(Range("2 to 13 December 2019") == "2019-12-02..2019-12-13");
  CHECK(Range("28 December 2015 to 8 January 2016") == "2015-12-28..2016-01-08");
  CHECK(Range("28 December to 8 January 2016") == "2015-12-28..2016-01-08");
  CHECK(Range("18 March 2014 – 09 April 2014") == "2014-03-18..2014-04-09");
  CHECK(Range("3rd and 4th of September 2019") == "2019-09-03..2019-09-04");
  CHECK(Range("between 1 — 5 Oct 2018") == "2018-10-01..2018-10-05");
}

TEST_CASE("a single date is a one-day range", "[dates]") {
  CHECK(Range("12 January 2024") == "2024-01-12..2024-01-12");
  CHECK(Range("12th January 2024") == "2024-01-12..2024-01-12");
  CHECK(Range("Report published: 23 May 2014") == "2014-05-23..2014-05-23");
}

TEST_CASE("dates in figures are read day first", "[dates]") {
  // Redbridge's 2016 report: "Inspection date: 12/09/2016 to 06/10/2016", "Report published: 25/11/2016".
  CHECK(Range("Inspection date: 12/09/2016 to 06/10/2016") == "2016-09-12..2016-10-06");
  CHECK(Range("Report published: 25/11/2016") == "2016-11-25..2016-11-25");
  CHECK(ParseDate("Report published: 25/11/2016").Iso() == "2016-11-25");
  CHECK(Range("12/09/2016 – 06/10/2016") == "2016-09-12..2016-10-06");
  // Whichever comes first wins.
  CHECK(Range("seen on 3/4/2019, then 11 – 22 July 2022") == "2019-04-03..2019-04-03");
  CHECK(Range("11 – 22 July 2022, then 3/4/2019") == "2022-07-11..2022-07-22");
  CHECK_FALSE(ParseDate("13/13/2016").valid());
  CHECK_FALSE(ParseDateRange("06/10/2016 to 12/09/2016").start.valid());  // runs backwards
  CHECK_FALSE(ParseDateRange("page 1/2").start.valid());
}

TEST_CASE("every month name is known", "[dates]") {
  const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                          "July",    "August",   "September", "October", "November", "December"};
  for (int m = 0; m < 12; ++m) {
    Date d = ParseDate(std::string("1 ") + months[m] + " 2020");
    CHECK(d.month == m + 1);
  }
  CHECK(ParseDate("1 sept 2020").month == 9);
}

TEST_CASE("no date, or an impossible one, gives nothing", "[dates]") {
  CHECK_FALSE(ParseDateRange("no dates here").start.valid());
  CHECK_FALSE(ParseDate("31 February 2023").valid());
  CHECK_FALSE(ParseDate("in July 2022").valid());
  CHECK_FALSE(ParseDateRange("22 – 11 July 2022").start.valid());  // runs backwards
  CHECK(ParseDate("aged 16 and 17, on 2 August 2013").Iso() == "2013-08-02");
}

}  // namespace
}  // namespace oftrack
