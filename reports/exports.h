// Exports for analysts: documents, grades, areas and findings as CSV or TSV, columns in the
// order the issue tracker fixed (scripts rely on it). `file` is the path as
// found under the PATH given to `ingest`; dates are ISO; themes are
// comma-separated ids. Every cell is formula-safe. `la_names` maps a URN to
// the authority's name (the `la` column); a document of an unknown authority
// shows its name as written.
#ifndef OFTRACK_REPORTS_EXPORTS_H_
#define OFTRACK_REPORTS_EXPORTS_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "model/status.h"
#include "model/stored_document.h"

namespace oftrack {

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

enum class TableFormat { kCsv, kTsv };

// One row per full inspection report: grades and the number of areas for improvement.
Table GradesTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names);
// One row per area (improve, priority, covered) of every document.
Table AreasTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names);
// One row per Ofsted document (reports and letters; committee packs and
// unrecognised files left out): file, urn, la, doc_type, visit_start,
// visit_end, published, lead_inspector, inspectors, visit_number,
// improve_count, priority_count, covered_count, covered_themes (sorted,
// comma-separated), warnings ("; "-separated).
Table DocumentsTable(const std::vector<StoredDocument>& docs, const std::map<int, std::string>& la_names);
// Findings, streamed a row at a time (a national database has millions): the
// header, then one row per finding with its document.
void WriteFindingsHeader(TableFormat format, std::ostream& out);
void WriteFindingRow(const StoredDocument& document, const StoredFinding& finding,
                     const std::map<int, std::string>& la_names, TableFormat format, std::ostream& out);
void WriteTable(const Table& table, TableFormat format, std::ostream& out);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_EXPORTS_H_
