// Briefing: one visit set against the ones before it, for councillors on a
// scrutiny committee. Built from a ProgressModel (no database access), so the
// same figures and quotes appear in the progress report and the briefing.
//
// An area is reviewed at a visit when the letter covered it, or, for a letter
// that lists no areas covered, when its findings speak to it (progress.h).
// For each area the visit reviewed, its status is compared with the latest
// status at which it was reviewed before; when no earlier visit reviewed it,
// the area counts as a weakness (the inspection raised it). Ranking weakness
// persists < mixed < improving < strength:
//   improved    ranked higher now than before
//   sustained   improving or strength now, and no lower than before
//   persists    weakness persists or mixed now, and so before
//   new         weakness persists or mixed now, improving or strength before
//   not reviewed the visit did not review the area; findings that mention it
//               in passing are listed apart, with no movement
// A theme is new when this visit has findings on it and no earlier column
// (from the baseline on) had any, or when it is a weakness now and was
// reviewed before without being one.
#ifndef OFTRACK_TRACK_BRIEFING_H_
#define OFTRACK_TRACK_BRIEFING_H_

#include <optional>
#include <string>
#include <vector>

#include "model/status.h"
#include "track/progress.h"

namespace oftrack {

enum class Movement { kImproved, kSustained, kPersists, kNew, kNotReviewed };
const char* MovementLabel(Movement movement);  // "improved", "sustained", "persists", "new concern", "not reviewed"
const char* MovementId(Movement movement);     // "improved", "sustained", "persists", "new", "not_reviewed"

struct BriefingArea {
  const AreaProgress* area = nullptr;  // points into the ProgressModel's latest inspection
  AreaStatus before = AreaStatus::kWeaknessPersists;
  int before_column = -1;  // column of `before`; -1 when no earlier visit reviewed the area
  AreaStatus now = AreaStatus::kNotReviewed;
  Movement movement = Movement::kNotReviewed;
  const ProgressCell* cell = nullptr;  // the chosen visit's cell
  const Quote* quote = nullptr;        // its most telling quote, or nullptr
  bool mentioned = false;              // not reviewed, but mentioned in passing (cell->review == kMentioned)
};

struct BriefingTheme {
  const ThemeProgress* theme = nullptr;
  std::string reason;                  // "first findings since the inspection", "weakness now, ..."
  const ProgressCell* cell = nullptr;  // the chosen visit's cell
  const Quote* quote = nullptr;
};

struct BriefingQuestion {
  std::string text;           // the question as put to members
  const Quote* quote = nullptr;  // the finding it rests on
  int area_ordinal = 0;       // the area it is about (0: a theme)
};

struct BriefingModel {
  const ProgressModel* progress = nullptr;
  const InspectionProgress* inspection = nullptr;  // progress->latest()
  int column = -1;                    // index in inspection->columns of the chosen visit (1 and on)
  std::vector<BriefingArea> areas;    // in the order of progress->areas
  std::vector<BriefingTheme> new_themes;  // at most kMaxNewThemes, weakest first
  std::vector<BriefingQuestion> questions;  // kMinQuestions..kMaxQuestions when there is enough to ask
  const Visit& visit() const { return progress->visits[inspection->columns[column]]; }
};

inline constexpr int kMinQuestions = 3;
inline constexpr int kMaxQuestions = 6;
inline constexpr int kMaxNewThemes = 5;

// Builds the briefing for the visit in column `column` of the latest
// inspection's columns (-1: the latest visit). The model borrows from
// `progress`, which must outlive it. Fails with Usage when the authority has
// no areas for improvement, no visit since, or the column does not exist.
Result<BriefingModel> BuildBriefing(const ProgressModel& progress, int column = -1);

// The column (of the latest inspection's) whose visit starts on `iso_date`
// ("2023-11-22"), or "latest"; Usage error naming the visits on record otherwise.
Result<int> FindBriefingColumn(const ProgressModel& progress, const std::string& visit);

// "…" shortened at a word boundary to at most max_bytes (UTF-8 safe).
std::string ShortenQuote(const std::string& text, size_t max_bytes);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_BRIEFING_H_
