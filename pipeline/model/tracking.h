// The words of tracking (CODEBOOK.md, "Tracking from visit to visit"): how an
// area for improvement stands at each column of its timeline, and the links a
// person can set by hand between two areas of one authority. Stable ids (for
// exports) and labels (for people) live here, beside their enums.
#ifndef OFTRACK_MODEL_TRACKING_H_
#define OFTRACK_MODEL_TRACKING_H_

#include <array>
#include <string>

namespace oftrack {

// What a column says of an area.
enum class ReviewKind {
  kBaseline,        // the inspection that raised the area: what it found, never a movement
  kCovered,         // the visit covered the area: one of its areas covered is about the same subject
  kMentioned,       // not covered, but findings of the visit name the area's subject in passing
  kNotCovered,      // not covered and not mentioned
  kNoList,          // the letter states no areas covered: its findings decide
  kNextInspection,  // the next full inspection: raised again or not
};
const char* ReviewKindId(ReviewKind kind);     // "baseline", "covered", "mentioned", "not_covered", "no_list", "next_inspection"
const char* ReviewKindLabel(ReviewKind kind);  // "baseline", "covered by the visit", "mentioned in passing", ...

enum class AreaStatus {
  kBaseline,          // the inspection's own column
  kNotReviewed,
  kWeaknessPersists,
  kMixed,
  kImproving,
  kStrength,
  kRaisedAgain,       // next inspection: a new area for improvement is about the same subject
  kNotRaised,         // next inspection: no new area is about it
};
const char* AreaStatusId(AreaStatus status);     // "baseline", "not_reviewed", "weakness_persists", ...
const char* AreaStatusLabel(AreaStatus status);  // "baseline", "not reviewed", "weakness persists", ...

// Findings counted by judgement, in Judgement's order: neutral, strength, weakness, mixed, progress.
using JudgementCounts = std::array<int, 5>;

// A subject an area can be about (rules/subjects.toml): a service or group of
// children ("the front door", "care leavers"), or a part of practice that runs
// through every service ("supervision", "assessments"): `practice`. Two areas
// that each name a service or group share more than a part of practice when
// they are about the same thing (track/matching.h).
struct SubjectInfo {
  std::string id;
  std::string label;      // "the front door", "care leavers"
  bool practice = false;  // a part of practice, not a service or group of children
};

// A link set by hand in rules/areas.toml, for one authority: the earlier area
// whose text contains `area` and the later one (an area a visit covered, or a
// new area for improvement) whose text contains `later` are about the same
// subject (linked) or not (!linked), whatever their words. Matching ignores case.
struct AreaLink {
  int urn = 0;
  std::string area;
  std::string later;
  bool linked = true;
  std::string note;  // why, for the reader of the report
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_TRACKING_H_
