// Expected readings: what a person read in each document of a shared sample,
// set against what oftrack stored, field by field. Used by `oftrack eval
// --expected` and by the test that goes through every shared document.
//
// Two sources, as ../shared/corpora/README.md describes them:
//   ofsted-reports/expected.csv  one row per report (file, urn, doc_type,
//     inspection_start, inspection_end, lead_inspector, the grades, combined_care,
//     afi_count, verified = read | auto, notes);
//   ofsted-letters/expected.md   one table row per letter: "type focused_visit;
//     authority as written ... (X, URN n); visit 23 and 24 April 2024; visit
//     number: none; letter dated ...; published ...; inspectors A, B (as written:
//     ...); areas covered: «...» → themes; «...» → themes; headings: H / H (n
//     bulleted items) / H; notes: ...".
// Fields compared, by the names reports use: doc_type, urn, visit_start,
// visit_end, published (letters: the letter's date), lead_inspector,
// inspectors (letters, in order), visit_number, the grades (overall, leaders,
// help_protection, in_care, care_leavers, adoption, lscb, combined_care),
// improve_count, priority_count (letters), covered_count and covered_themes
// (letters; themes sorted, comma-separated).
#ifndef OFTRACK_DOCUMENTS_EXPECTED_READINGS_H_
#define OFTRACK_DOCUMENTS_EXPECTED_READINGS_H_

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/status.h"
#include "model/stored_document.h"

namespace oftrack {

struct ExpectedReading {
  std::string file;                           // the file's name, no folder
  bool verified = true;                       // expected.csv: a person checked every field (verified = read)
  std::map<std::string, std::string> fields;  // field -> value as oftrack would write it ("" = none)
  std::string notes;
};

// Reads expected.csv (reports) or expected.md (letters), by the file's extension.
// Fails (BadInput, naming file and line) on a row it cannot read.
Result<std::vector<ExpectedReading>> LoadExpectedReadings(const std::string& path);

// The same fields for what oftrack stored of one file: its first Ofsted
// document, or doc_type "other" when it holds none or could not be read.
std::map<std::string, std::string> FieldsOfFile(const std::vector<const StoredDocument*>& documents);

struct FieldDifference {
  std::string file, field, expected, actual;
  std::string allowed_because;  // the allow-list's reason; "" when not allowed
};

struct FieldScore {
  int compared = 0, wrong = 0;  // wrong counts allowed differences too
};

struct ReadingComparison {
  std::map<std::string, FieldScore> fields;  // by field name
  std::vector<FieldDifference> differences;  // every difference, allowed or not, in file order
  std::set<std::string> files_compared;
  std::set<std::string> files_wrong;         // with at least one difference not allowed
  // Allow-list entries (file, field) that match no difference: stale, to remove.
  std::vector<std::pair<std::string, std::string>> unused_allowances;
  int NotAllowed() const;
};

// An allow-list: (file, field) -> the reason the difference is accepted (an
// UNRESOLVED or wrong gold row, a reading the codebook settles otherwise).
// File format: TSV `file <TAB> field <TAB> reason`, '#' comments.
using Allowances = std::map<std::pair<std::string, std::string>, std::string>;
Result<Allowances> LoadAllowances(const std::string& path);

// Compares every expected reading whose file is in `stored` by name (or is
// listed in `unread`, the files ingest could not read) and whose
// authority (the file name's part before the URN) passes `keep`.
// `stored`: file name -> that file's stored documents. Unverified rows
// (expected.csv `auto`) are compared only when `include_unverified`.
struct ComparisonOptions {
  bool include_unverified = false;
  std::set<std::string> only_authorities;     // empty: all
  std::set<std::string> except_authorities;   // e.g. the held-out ones, while developing
};
ReadingComparison CompareReadings(const std::vector<ExpectedReading>& expected,
                                  const std::map<std::string, std::vector<const StoredDocument*>>& stored,
                                  const std::set<std::string>& unread, const Allowances& allowances,
                                  const ComparisonOptions& options);

// The authority part of a shared file name: "north-tyneside-80529-published-2020-04-15.pdf" -> "north-tyneside".
std::string AuthorityOfFileName(const std::string& file);

// The comparison as text: per-field wrong/compared, then each difference.
std::string FormatComparison(const ReadingComparison& c, bool list_differences);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_EXPECTED_READINGS_H_
