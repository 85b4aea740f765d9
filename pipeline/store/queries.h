// Read queries: what track/, reports and exports need, as plain records.
// Everything here only reads; SQL stays inside store/.
#ifndef OFTRACK_STORE_QUERIES_H_
#define OFTRACK_STORE_QUERIES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/status.h"
#include "model/history.h"
#include "model/stored_document.h"
#include "store/database.h"

namespace oftrack {

struct AuthoritySummary {
  int urn = 0;
  std::string name, region;  // ONS name ("Nottingham"), region
  std::string ofsted_name;   // as Ofsted's latest document writes it ("Nottingham City"); name when none
  const std::string& DisplayName() const { return ofsted_name.empty() ? name : ofsted_name; }
  int documents = 0;
  std::string first_visit, last_visit;
};


struct ErrorRecord {
  std::string display_path, code, reason, last_seen;
};

// Stored documents decoded into the model's values, with their grades, areas
// (and area themes and subjects) and warnings: every document (urn 0) or one
// authority's. Ordered by file and position in the file.
Result<std::vector<StoredDocument>> LoadDocuments(Database* db, int urn = 0);

// Everything on record about one authority (model/history.h): its Ofsted
// documents by visit date, their findings, theme and subject labels.
// NotFound when the URN has no documents.
Result<AuthorityHistory> LoadHistory(Database* db, int urn);

// Authorities with at least one stored Ofsted document (committee packs and
// unrecognised documents do not count), by name; `documents` counts those.
Result<std::vector<AuthoritySummary>> ListAuthorities(Database* db);
// Calls visit(finding) for every finding in the database, ordered by document and position.
Status ForEachFinding(Database* db, const std::function<void(const StoredFinding&)>& visit);
Result<std::vector<ErrorRecord>> IngestErrors(Database* db);
// Every authority in the reference table (with or without documents), by name.
Result<std::vector<AuthorityReference>> AuthorityReferences(Database* db);
// Theme id -> label, from the themes table.
Result<std::vector<std::pair<std::string, std::string>>> ThemeLabels(Database* db);

}  // namespace oftrack

#endif  // OFTRACK_STORE_QUERIES_H_
