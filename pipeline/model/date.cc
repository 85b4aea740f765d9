#include "model/date.h"

#include <cstdio>

namespace oftrack {

const char* MonthName(int month) {
  static const char* kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  return (month >= 1 && month <= 12) ? kNames[month - 1] : "";
}

std::string Date::Iso() const {
  if (!valid()) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::Long() const {
  if (!valid()) return "";
  return std::to_string(day) + " " + MonthName(month) + " " + std::to_string(year);
}

Date Date::FromIso(const std::string& iso) {
  Date d;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) return {};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return {};
  return d;
}

}  // namespace oftrack
