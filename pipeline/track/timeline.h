// Timeline: one authority's inspections and visits in date order. Documents of
// one visit (a letter published on its own and its copy in a committee pack)
// are one Visit; its first document (a PDF before a text copy) is the one
// quoted.
#ifndef OFTRACK_TRACK_TIMELINE_H_
#define OFTRACK_TRACK_TIMELINE_H_

#include <string>
#include <vector>

#include "model/history.h"

namespace oftrack {

struct Visit {
  DocType type = DocType::kOther;
  Date start, end;
  std::vector<const StoredDocument*> documents;  // point into the AuthorityHistory
  const StoredDocument& primary() const { return *documents.front(); }
  bool IsFullInspection() const { return oftrack::IsFullInspection(type); }
  // "ILACS inspection (11–22 July 2022)", "Monitoring visit 3 (22–23 November 2023)".
  std::string Title() const;
  // "Inspection Jul 2022", "MV3 Nov 2023", "FV Jan 2022": a short column label.
  std::string ShortLabel() const;
};

// The visits of an authority in date order. REQUIRES: history outlives the result.
std::vector<Visit> BuildTimeline(const AuthorityHistory& history);

// "11–22 July 2022", "28 February – 1 March 2023", "22 November 2023".
std::string DayRange(const Date& start, const Date& end);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_TIMELINE_H_
