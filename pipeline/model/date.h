// Date: a calendar day as Ofsted writes it, kept as year/month/day.
// An unset Date (year 0) means "not found in the document".
#ifndef OFTRACK_MODEL_DATE_H_
#define OFTRACK_MODEL_DATE_H_

#include <string>

namespace oftrack {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  bool valid() const { return year > 0 && month > 0 && day > 0; }
  // "2022-07-11", or "" when unset.
  std::string Iso() const;
  // "11 July 2022", or "" when unset.
  std::string Long() const;
  // Parses "2022-07-11"; returns an unset Date on anything else.
  static Date FromIso(const std::string& iso);
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// The English month name for 1-12 ("July"), "" otherwise.
const char* MonthName(int month);

}  // namespace oftrack

#endif  // OFTRACK_MODEL_DATE_H_
