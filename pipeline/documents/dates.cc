// Dates as Ofsted writes them, read with RE2.
//
// One pattern finds a range or a single date, whichever starts first:
//   "11 – 22 July 2022"                    day, dash, day month year
//   "28 February to 1 March 2023"          day month, "to", day month year
//   "22 and 23 November 2023", "on the 25 and 26 July 2023"
//   "3 June 2024 to 14 June 2024", "13 November 2017 – 7 December 2017"
//   "21 April 2015 - 8 May 2015", "28 December 2015 to 8 January 2016"
//   "12 January 2024", "12th January 2024", "3rd of July 2023", "4 Sept 2019"
//   "12/09/2016 to 06/10/2016", "25/11/2016"   day/month/year, as some 2013-2017
//                                             reports print them
// The first half of a range borrows what it leaves out from the second:
// "11 – 22 July 2022" starts on 11 July 2022, and "28 December to 8 January
// 2016" starts in December 2015 because a range never runs backwards.
#include "documents/dates.h"

#include <re2/re2.h>

#include <string>

namespace oftrack {
namespace {

constexpr char kDay[] = R"((\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?)";
constexpr char kMonth[] =
    R"((January|February|March|April|May|June|July|August|September|October|November|December|)"
    R"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
constexpr char kYear[] = R"(((?:19|20)\d\d))";
// Dashes and joining words between the two ends of a range.
constexpr char kJoin[] = R"(\s*(?:–|—|‑|-|to|and|until|till)\s*(?:the\s+)?)";

const RE2& RangeOrDate() {
  static const RE2 re(std::string("(?i)\\b") + kDay + "(?:\\s+" + kMonth + "(?:,?\\s+" + kYear + ")?)?" + kJoin +
                      kDay + "\\s+" + kMonth + ",?\\s+" + kYear + "\\b" + "|\\b" + kDay + "\\s+" + kMonth +
                      ",?\\s+" + kYear + "\\b");
  return re;
}

// Day/month/year in figures, alone or as a range.
const RE2& NumericRangeOrDate() {
  static const RE2 re(R"(\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?:)" + std::string(kJoin) +
                      R"((\d{1,2})/(\d{1,2})/((?:19|20)\d\d))?\b)");
  return re;
}

const RE2& SingleDate() {
  static const RE2 re(std::string("(?i)\\b") + kDay + "\\s+" + kMonth + ",?\\s+" + kYear + "\\b");
  return re;
}

int MonthNumber(const std::string& name) {
  static const char* kPrefixes[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : name.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i) {
    if (lower == kPrefixes[i]) return i + 1;
  }
  return 0;
}

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return (month == 2 && leap) ? 29 : kDays[month - 1];
}

// A Date when the parts make a real calendar day, else an unset one.
Date MakeDate(int year, int month, int day) {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month)) return {};
  return Date{year, month, day};
}

int ToInt(const std::string& s) { return s.empty() ? 0 : std::stoi(s); }

// The first numeric date or range: its offset in text
// (npos when none) and the range it gives.
size_t FirstNumeric(std::string_view text, DateRange* out) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[7];
  size_t pos = 0;
  while (pos < text.size() && NumericRangeOrDate().Match(input, pos, text.size(), RE2::UNANCHORED, g, 7)) {
    const size_t at = static_cast<size_t>(g[0].data() - text.data());
    auto num = [](re2::StringPiece p) { return p.empty() ? 0 : std::stoi(std::string(p)); };
    DateRange r;
    r.start = MakeDate(num(g[3]), num(g[2]), num(g[1]));
    r.end = g[4].empty() ? r.start : MakeDate(num(g[6]), num(g[5]), num(g[4]));
    if (r.start.valid() && r.end.valid() && !(r.end < r.start)) {
      *out = r;
      return at;
    }
    pos = at + g[0].size();  // as the word forms: a backward range is not read again in part
  }
  return std::string_view::npos;
}

}  // namespace

DateRange ParseDateRange(std::string_view text) {
  DateRange numeric;
  const size_t numeric_at = FirstNumeric(text, &numeric);
  // Groups: range (d1, m1, y1, d2, m2, y2) then single (d, m, y).
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[10];
  size_t pos = 0;
  while (pos < text.size() && RangeOrDate().Match(input, pos, text.size(), RE2::UNANCHORED, g, 10)) {
    const size_t at = static_cast<size_t>(g[0].data() - text.data());
    if (numeric_at != std::string_view::npos && numeric_at < at) return numeric;  // a date in figures comes first
    pos = at + g[0].size();
    auto str = [](re2::StringPiece p) { return std::string(p.data(), p.size()); };
    DateRange range;
    if (!g[4].empty()) {
      range.end = MakeDate(ToInt(str(g[6])), MonthNumber(str(g[5])), ToInt(str(g[4])));
      int start_month = g[2].empty() ? range.end.month : MonthNumber(str(g[2]));
      int start_year = g[3].empty() ? range.end.year : ToInt(str(g[3]));
      if (g[3].empty() && start_month > range.end.month) --start_year;
      range.start = MakeDate(start_year, start_month, ToInt(str(g[1])));
      if (range.start.valid() && range.end.valid() && !(range.end < range.start)) return range;
    } else {
      range.start = range.end = MakeDate(ToInt(str(g[9])), MonthNumber(str(g[8])), ToInt(str(g[7])));
      if (range.start.valid()) return range;
    }
  }
  if (numeric_at != std::string_view::npos) return numeric;
  return {};
}

Date ParseDate(std::string_view text) {
  DateRange numeric;
  const size_t numeric_at = FirstNumeric(text, &numeric);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[4];
  size_t pos = 0;
  while (pos < text.size() && SingleDate().Match(input, pos, text.size(), RE2::UNANCHORED, g, 4)) {
    const size_t at = static_cast<size_t>(g[0].data() - text.data());
    if (numeric_at != std::string_view::npos && numeric_at < at) return numeric.start;
    pos = at + g[0].size();
    auto str = [](re2::StringPiece p) { return std::string(p.data(), p.size()); };
    Date date = MakeDate(ToInt(str(g[3])), MonthNumber(str(g[2])), ToInt(str(g[1])));
    if (date.valid()) return date;
  }
  return numeric_at != std::string_view::npos ? numeric.start : Date{};
}

}  // namespace oftrack
