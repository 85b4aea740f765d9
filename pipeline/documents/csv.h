// CSV as RFC 4180 writes it, for the reference list and the shared samples'
// expected.csv. Internal to documents/.
#ifndef OFTRACK_DOCUMENTS_CSV_H_
#define OFTRACK_DOCUMENTS_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace oftrack {

// Splits CSV text into records of fields ("" inside quotes is a quote; quoted
// fields may hold commas and newlines); blank lines are skipped.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_CSV_H_
