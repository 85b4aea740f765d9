// Progress: how each area for improvement of an authority's latest full
// inspection fares at that inspection and at every visit since.
//
// An area is followed through its themes (area_themes): a finding speaks to an
// area when it carries one of the area's themes. For one area and one visit,
// let S, W, M, P be the numbers of such findings judged strength, weakness,
// mixed and progress (neutral findings are counted but do not vote), and
// E = S + W + M + P. The cell's status (CODEBOOK.md "Tracking") is:
//   not reviewed       E == 0
//   strength           S >= 0.6 E and W <= 0.2 E
//   weakness persists  W + M/2 >= 0.6 E
//   improving          S + P > W + M/2   (more positive movement than concern)
//   mixed              otherwise
// Each cell keeps its most telling quotes: findings whose judgement agrees with
// the status first, then those matching more of the area's themes, with a
// quantifier, of a readable length.
#ifndef OFTRACK_TRACK_PROGRESS_H_
#define OFTRACK_TRACK_PROGRESS_H_

#include <array>
#include <string>
#include <vector>

#include "model/status.h"
#include "store/database.h"
#include "store/queries.h"
#include "track/timeline.h"

namespace oftrack {

enum class AreaStatus { kNotReviewed, kWeaknessPersists, kMixed, kImproving, kStrength };
const char* AreaStatusLabel(AreaStatus status);  // "not reviewed", "weakness persists", ...
const char* AreaStatusId(AreaStatus status);     // "not_reviewed", "weakness_persists", ...

// Counts by judgement, indexed by model Judgement order: neutral, strength, weakness, mixed, progress.
using JudgementCounts = std::array<int, 5>;
AreaStatus StatusFromCounts(const JudgementCounts& counts);

struct Quote {
  FindingRecord finding;
  const DocumentRecord* document = nullptr;  // points into ProgressModel::visits
  // "nottingham-80533-published-2022-09-05.pdf, 11 July 2022, page 4, para 13"
  std::string Source() const;
};

struct ProgressCell {
  AreaStatus status = AreaStatus::kNotReviewed;
  JudgementCounts counts{};
  std::vector<Quote> quotes;  // at most three, best first
};

struct AreaProgress {
  AreaRecord area;
  std::vector<ProgressCell> cells;  // one per ProgressModel::columns
};

struct ThemeProgress {
  std::string theme, label;
  std::vector<ProgressCell> cells;
};

struct ProgressModel {
  AuthoritySummary authority;
  std::vector<Visit> visits;          // the whole timeline
  int baseline = -1;                  // index in visits of the latest full inspection with areas, -1 if none
  std::vector<int> columns;           // indices in visits: the baseline, then every visit since
  std::vector<AreaProgress> areas;    // the baseline's areas for improvement, in order
  std::vector<ThemeProgress> themes;  // every theme, for the heat map
  std::vector<std::pair<int, std::vector<GradeRecord>>> grade_history;  // full inspections: visit index, grades
};

// Builds the model for one authority (by URN) from the database.
Result<ProgressModel> BuildProgress(Database* db, const AuthoritySummary& authority);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_PROGRESS_H_
