// Dates as Ofsted writes them: "11 – 22 July 2022", "28 February to 1 March 2023",
// "22 and 23 November 2023", "3 June 2024 to 14 June 2024",
// "13 November 2017 – 7 December 2017", "on the 25 and 26 July 2023", "12 January 2024",
// and in figures, day first: "12/09/2016 to 06/10/2016", "25/11/2016".
#ifndef OFTRACK_DOCUMENTS_DATES_H_
#define OFTRACK_DOCUMENTS_DATES_H_

#include <string_view>

#include "model/date.h"

namespace oftrack {

struct DateRange {
  Date start, end;  // end == start for one day; both unset when nothing parsed
};

// The first date or date range in the text.
DateRange ParseDateRange(std::string_view text);
// The first single date ("12 January 2024", "2 August 2013").
Date ParseDate(std::string_view text);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_DATES_H_
