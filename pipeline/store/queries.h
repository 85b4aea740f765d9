// Read queries: what track/, reports and exports need, as plain records.
// Everything here only reads; SQL stays inside store/.
#ifndef OFTRACK_STORE_QUERIES_H_
#define OFTRACK_STORE_QUERIES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/status.h"
#include "model/stored_document.h"
#include "store/database.h"

namespace oftrack {

struct DocumentRecord {
  int64_t id = 0;
  int64_t visit_id = 0;  // 0 when the document has no visit (no authority or date)
  std::string file;      // sources.display_path
  int doc_index = 0;
  std::string doc_type;
  int urn = 0;
  std::string authority_as_written;
  std::string visit_start, visit_end, published, lead_inspector, inspectors;
  int visit_number = 0;
  std::string source_kind;  // pdf | text
  int first_page = 0, first_line = 0;
};

struct GradeRecord {
  int64_t document_id = 0;
  std::string domain, grade, source, raw;
  bool combined_care = false;
};

struct AreaRecord {
  int64_t id = 0, document_id = 0;
  std::string kind;
  int ordinal = 0;
  std::string text;
  std::vector<std::string> themes;
  int page = 0, line = 0;
};

struct FindingRecord {
  int64_t id = 0, document_id = 0;
  std::string section, para;
  int block_no = 0, sentence_no = 0, page = 0, line = 0;
  int64_t byte_begin = 0, byte_end = 0;
  std::string judgement, quantifier, text;
  std::vector<std::string> themes;
};

struct AuthoritySummary {
  int urn = 0;
  std::string name, region;  // ONS name ("Nottingham"), region
  std::string ofsted_name;   // as Ofsted's latest document writes it ("Nottingham City"); name when none
  const std::string& DisplayName() const { return ofsted_name.empty() ? name : ofsted_name; }
  int documents = 0;
  std::string first_visit, last_visit;
};

// One row of the authorities table (reference/local_authorities.csv as loaded).
struct AuthorityReference {
  int urn = 0;
  std::string name, la_code, region;
  std::vector<std::string> stat_neighbours;  // DfE LA codes, in the order the reference lists them
};

struct ErrorRecord {
  std::string display_path, code, reason, last_seen;
};

// Stored documents decoded into the model's values, with their grades, areas
// (and area themes) and warnings: every document (urn 0) or one authority's.
// Ordered by file and position in the file.
Result<std::vector<StoredDocument>> LoadDocuments(Database* db, int urn = 0);

// Authorities with at least one stored document, by name.
Result<std::vector<AuthoritySummary>> ListAuthorities(Database* db);
// One authority's documents ordered by visit start (then publication date, then id).
Result<std::vector<DocumentRecord>> DocumentsForAuthority(Database* db, int urn);
// Every stored document (for exports), ordered by file and position.
Result<std::vector<DocumentRecord>> AllDocuments(Database* db);
Result<std::vector<GradeRecord>> GradesForDocument(Database* db, int64_t document_id);
Result<std::vector<AreaRecord>> AreasForDocument(Database* db, int64_t document_id);
// Findings of a document in reading order, with their themes.
Result<std::vector<FindingRecord>> FindingsForDocument(Database* db, int64_t document_id);
// Calls visit(record) for every finding in the database, ordered by document and position.
Status ForEachFinding(Database* db, const std::function<void(const FindingRecord&)>& visit);
Result<std::vector<ErrorRecord>> IngestErrors(Database* db);
// Every authority in the reference table (with or without documents), by name.
Result<std::vector<AuthorityReference>> AuthorityReferences(Database* db);
// Theme id -> label, from the themes table.
Result<std::vector<std::pair<std::string, std::string>>> ThemeLabels(Database* db);

}  // namespace oftrack

#endif  // OFTRACK_STORE_QUERIES_H_
