// Exports for analysts: grades, areas and findings as CSV or TSV, columns in the
// order the issue tracker fixed (scripts rely on it). `file` is the path as
// found under the PATH given to `ingest`; dates are ISO; themes are
// comma-separated ids. Every cell is formula-safe.
#ifndef OFTRACK_REPORTS_EXPORTS_H_
#define OFTRACK_REPORTS_EXPORTS_H_

#include <ostream>
#include <string>
#include <vector>

#include "model/status.h"
#include "store/database.h"

namespace oftrack {

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

enum class TableFormat { kCsv, kTsv };

Result<Table> GradesTable(Database* db);
Result<Table> AreasTable(Database* db);
// Streams findings straight to out (a national database has millions).
Status WriteFindings(Database* db, TableFormat format, std::ostream& out);
void WriteTable(const Table& table, TableFormat format, std::ostream& out);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_EXPORTS_H_
