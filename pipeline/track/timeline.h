// Timeline: one authority's inspections and visits in date order. Documents of
// one visit (a letter published on its own and its copy in a committee pack)
// are one Visit; its first document (PDF before text, then first stored) is
// the one quoted.
#ifndef OFTRACK_TRACK_TIMELINE_H_
#define OFTRACK_TRACK_TIMELINE_H_

#include <string>
#include <vector>

#include "model/status.h"
#include "store/queries.h"

namespace oftrack {

struct Visit {
  std::string kind;         // doc_type: ilacs, monitoring_visit, ...
  std::string start, end;   // ISO dates
  std::vector<DocumentRecord> documents;
  const DocumentRecord& primary() const { return documents.front(); }
  bool IsFullInspection() const;
  // "ILACS inspection 11-22 July 2022", "Monitoring visit 3 (22-23 November 2023)".
  std::string Title() const;
  // "Jul 2022", "Nov 2023": a short column label.
  std::string ShortLabel() const;
};

// REQUIRES: documents ordered as DocumentsForAuthority returns them.
std::vector<Visit> BuildTimeline(const std::vector<DocumentRecord>& documents);

// A human name for a doc_type: "ILACS inspection", "Monitoring visit", ...
std::string DocTypeLabel(const std::string& doc_type);

}  // namespace oftrack

#endif  // OFTRACK_TRACK_TIMELINE_H_
