// Matching one area to another: whether an area a visit covered, or a new
// area for improvement of the next inspection, is about the same subject as
// an earlier area for improvement (CODEBOOK.md, "Tracking from visit to
// visit").
//
// Two areas are about the same subject when both name one of the subjects of
// rules/subjects.toml (the front door, care leavers, children with a child
// protection plan, management oversight and decision-making, ...), found in
// each area's own words at ingest (AreaForImprovement::subjects). Sharing a
// theme is not enough: "Oversight of children missing from education" and
// "Performance and quality assurance oversight of senior leaders" share no
// subject. A link set by hand in rules/areas.toml for the authority wins
// either way.
//
// A focused visit's focus can be a whole judgement with no subject of its own
// ("Inspectors looked at the local authority's arrangements for children in
// care"). When no area the letter covered names a subject, a covered area
// naming a judgement covers every area for improvement that belongs to that
// judgement (AreaProgress::domain): MatchWholeJudgement.
#ifndef OFTRACK_TRACK_MATCHING_H_
#define OFTRACK_TRACK_MATCHING_H_

#include <optional>
#include <string>
#include <vector>

#include "model/history.h"
#include "model/tracking.h"

namespace oftrack {

struct AreaMatch {
  const AreaForImprovement* other = nullptr;  // the later area it was matched on
  std::vector<std::string> subjects;          // subject ids both name (empty for a link by hand)
  const AreaLink* link = nullptr;             // the hand link that made it, or nullptr
  bool whole_judgement = false;               // the covered area is a whole judgement (MatchWholeJudgement)
  GradeDomain domain = GradeDomain::kOverall;  // that judgement

  // For a reader: `covered area 3 "Workforce capacity, and the quality of
  // supervision and management oversight." (both name the workforce:
  // "Social work capacity" / "Workforce capacity")`, or the hand link's note.
  std::string Explain(const AreaForImprovement& area, const AuthorityHistory& history) const;
};

// The candidate about the same subject as `area`: the one sharing most
// subjects, the first in order on a tie; nothing when none shares one.
// Sharing only parts of practice (subjects in `practice`: supervision,
// assessments, management oversight, ...) is not enough when both areas name
// a service or group of children, and none in common: "the response and the
// quality of assessment of need for young people aged 16 and 17 who present
// as homeless" is not "the response to children at risk of sexual
// exploitation, ... and their assessments". An area about practice across
// the service ("Management oversight and direction of front-line work")
// matches a later one that names it, whatever else that one names. Hand links of this authority (links[].urn == urn) come first: a link
// with linked = false keeps the two apart, linked = true joins them.
std::optional<AreaMatch> MatchArea(const AreaForImprovement& area, const std::vector<const AreaForImprovement*>& candidates,
                                   int urn, const std::vector<AreaLink>& links,
                                   const std::vector<std::string>& practice = {});

// When no area in `covered` names a subject: the first that names the
// judgement `domain` ("... arrangements for children in care" for kInCare).
// Nothing otherwise.
std::optional<AreaMatch> MatchWholeJudgement(GradeDomain domain, const std::vector<const AreaForImprovement*>& covered);

// The subjects a finding must name to be about `area`: when it names a
// service or group of children (a subject not in `practice`), the subject its
// text names first and every service or group it names; otherwise all of its
// subjects. "Ensure that statutory requirements are met in relation to
// private fostering and that ... prompt identification, assessment ..." is
// about private fostering, not every assessment; "Management oversight and
// direction of front-line work and the LADO" is about both; "The quality of
// supervision and management oversight" about both.
std::vector<std::string> KeySubjects(const AreaForImprovement& area, const std::vector<std::string>& practice);

// True when the finding names one of the subjects.
bool NamesAnyOf(const StoredFinding& finding, const std::vector<std::string>& subjects);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_MATCHING_H_
