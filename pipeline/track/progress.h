// Progress: each area for improvement of each full inspection followed
// through the visits after it to the next full inspection (CODEBOOK.md,
// "Tracking from visit to visit"), as pure functions of an AuthorityHistory.
//
// The columns of an inspection are the inspection itself (the baseline), each
// monitoring, focused or other visit after it, and the next full inspection.
// For one area and one column:
//   baseline        the inspection's own findings about the area: counts and
//                   quotes, status "baseline", never a movement;
//   covered         one of the visit's areas covered is about the same subject,
//                   or, when none names a subject, is the whole judgement the
//                   area belongs to (matching.h): the visit's findings about the area give its
//                   status (below), and the cell says which covered area it
//                   was matched on;
//   mentioned       not covered, but findings of the visit name the area's
//                   subject in passing: shown, with no status;
//   not covered     neither;
//   no list         the letter states no areas covered (COVID-19 visits):
//                   its findings about the area decide;
//   next inspection raised again (one of its new areas is about the same
//                   subject) or not, beside the movement of the graded
//                   judgement the area belongs to.
// A finding is about the area when it names one of the area's key subjects
// (matching.h, KeySubjects: the subject it names first and every service or
// group it names; an area with no subject falls back to its themes); in a
// covered cell with no such finding, the findings about the covered area it
// was matched on count.
//
// Status from the counts of those findings, S W M P by judgement (neutral
// ones are listed but do not vote), E = S + W + M + P:
//   not reviewed       E == 0
//   strength           S >= 0.6 E and W <= 0.2 E
//   weakness persists  W + M/2 >= 0.6 E
//   improving          S + P > W + M/2
//   mixed              otherwise
// Quotes are the findings about the area, best evidence first: those whose
// judgement agrees with the status, naming more of the area's subjects, with
// a quantifier, of a readable length; at most three.
#ifndef OFTRACK_TRACK_PROGRESS_H_
#define OFTRACK_TRACK_PROGRESS_H_

#include <optional>
#include <string>
#include <vector>

#include "model/history.h"
#include "model/tracking.h"
#include "track/matching.h"
#include "track/timeline.h"

namespace oftrack {

AreaStatus StatusFromCounts(const JudgementCounts& counts);

struct Quote {
  const StoredFinding* finding = nullptr;    // points into the AuthorityHistory
  const StoredDocument* document = nullptr;
  // "nottingham-80533-published-2022-09-05.pdf, 5 September 2022, page 4, para 13"
  std::string Source() const;
};

struct ProgressCell {
  ReviewKind review = ReviewKind::kNotCovered;
  AreaStatus status = AreaStatus::kNotReviewed;
  JudgementCounts counts{};
  std::vector<Quote> quotes;       // at most three, best first
  std::optional<AreaMatch> match;  // covered: the area covered; next inspection: the new area it was raised again as
  // Next inspection: the graded judgement the area belongs to, at the baseline and now.
  GradeValue grade_before = GradeValue::kNone, grade_after = GradeValue::kNone;
  int Evaluative() const { return counts[1] + counts[2] + counts[3] + counts[4]; }
};

struct AreaProgress {
  const AreaForImprovement* area = nullptr;  // points into the AuthorityHistory
  // The judgement the area belongs to: the domain of the baseline's sections
  // holding most of its findings.
  bool domain_known = false;
  GradeDomain domain = GradeDomain::kOverall;
  std::vector<ProgressCell> cells;  // one per InspectionProgress::columns
};

struct InspectionProgress {
  int baseline = -1;         // index into ProgressModel::visits
  std::vector<int> columns;  // the baseline, each visit after it, then the next full inspection if any
  int next_inspection = -1;  // index into visits, -1 when none is on record
  std::vector<AreaProgress> areas;  // its areas for improvement in order, then its areas for priority action
};

struct ThemeProgress {
  std::string theme, label;
  std::vector<ProgressCell> cells;  // one per ProgressModel::theme_columns
};

struct ProgressModel {
  const AuthorityHistory* history = nullptr;
  std::vector<Visit> visits;                    // the whole timeline
  std::vector<InspectionProgress> inspections;  // every full inspection with areas, oldest first
  std::vector<ThemeProgress> themes;            // the heat map
  // Indices into visits, the columns of `themes`: from the latest inspection
  // with areas (from the full inspection before it when no visit has followed
  // it yet; every visit when there is none) to the latest visit.
  std::vector<int> theme_columns;
  std::vector<int> full_inspections;            // indices into visits, for the grade history

  // The latest full inspection with areas, the one reports follow; nullptr when none.
  const InspectionProgress* latest() const { return inspections.empty() ? nullptr : &inspections.back(); }
};

// Builds the model. `links` are the hand links of rules/areas.toml (only this
// authority's are used). REQUIRES: history outlives the model.
ProgressModel BuildProgress(const AuthorityHistory& history, const std::vector<AreaLink>& links);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_PROGRESS_H_
