// National view: which themes inspectors name among areas for improvement
// (areas of kind improve or priority, through area_themes), over every
// authority in the database, by year of the inspection's start and by its
// overall grade; and, for one authority, its latest inspection beside those of
// its statistical neighbours (authorities.stat_neighbours, DfE codes).
//
// Counts are of areas: an inspection naming three areas on caseloads adds
// three to "caseloads". Each full inspection counts once, through one of its
// documents (the one with most areas, a PDF before a committee-pack copy).
#ifndef OFTRACK_TRACK_NATIONAL_H_
#define OFTRACK_TRACK_NATIONAL_H_

#include <map>
#include <string>
#include <vector>

#include "model/history.h"
#include "model/status.h"

namespace oftrack {

struct NationalInspection {
  int urn = 0;
  std::string authority;    // ONS name
  StoredDocument document;  // the document counted
  int year = 0;             // of the inspection's start
  GradeValue overall = GradeValue::kNone;  // kNone when none was read
  std::vector<AreaForImprovement> areas;  // kind priority then improve, in document order
};

struct NationalTheme {
  std::string theme, label;
  int areas = 0;                         // areas naming the theme, all inspections
  int inspections = 0;                   // inspections with at least one such area
  std::map<int, int> by_year;            // year -> areas
  std::map<GradeValue, int> by_grade;    // overall grade -> areas
};

struct NeighbourColumn {
  AuthorityReference authority;
  const NationalInspection* latest = nullptr;  // nullptr: no full inspection in the database
  std::map<std::string, int> themes;           // theme -> areas at the latest inspection
};

struct NationalModel {
  std::vector<NationalInspection> inspections;  // by authority, then date
  std::vector<NationalTheme> themes;            // themes with at least one area, most areas first
  std::vector<int> years;                       // ascending, every year with an inspection
  std::vector<GradeValue> grades;               // grades present, best first (kNone last: no grade read)
  std::map<int, int> inspections_by_year;
  std::map<GradeValue, int> inspections_by_grade;
  // With an authority: it first, then its statistical neighbours in the reference order.
  std::vector<NeighbourColumn> neighbours;
  std::map<std::string, std::string> labels;  // theme id -> label
};

// Every stored document, the reference table and the theme labels, as the
// store decodes them (store/queries.h).
struct NationalRecords {
  std::vector<StoredDocument> documents;
  std::vector<AuthorityReference> authorities;
  std::vector<std::pair<std::string, std::string>> themes;  // id, label
};

// Counts every full inspection's areas. With urn != 0, also fills
// `neighbours`; Usage error when that authority is not in the reference table.
Result<NationalModel> BuildNational(const NationalRecords& records, int urn = 0);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_NATIONAL_H_
