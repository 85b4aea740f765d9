#include "track/timeline.h"

#include <algorithm>
#include <map>

namespace oftrack {

std::string DayRange(const Date& s, const Date& e) {
  if (!s.valid()) return "date unknown";
  if (!e.valid() || e == s) return s.Long();
  if (s.year == e.year && s.month == e.month) return std::to_string(s.day) + "\u2013" + e.Long();
  if (s.year == e.year) return std::to_string(s.day) + " " + MonthName(s.month) + " \u2013 " + e.Long();
  return s.Long() + " \u2013 " + e.Long();
}

std::string Visit::Title() const {
  std::string title = DocTypeLabel(type);
  if (type == DocType::kMonitoringVisit && primary().visit_number > 0) {
    title += " " + std::to_string(primary().visit_number);
  }
  return title + " (" + DayRange(start, end) + ")";
}

std::string Visit::ShortLabel() const {
  std::string when = start.valid() ? std::string(MonthName(start.month)).substr(0, 3) + " " + std::to_string(start.year)
                                   : "?";
  switch (type) {
    case DocType::kMonitoringVisit:
      return "MV" + (primary().visit_number > 0 ? std::to_string(primary().visit_number) : std::string()) + " " + when;
    case DocType::kFocusedVisit: return "FV " + when;
    case DocType::kJtai: return "JTAI " + when;
    default: return "Inspection " + when;
  }
}

std::vector<Visit> BuildTimeline(const AuthorityHistory& history) {
  std::vector<Visit> visits;
  std::map<int64_t, size_t> by_visit_id;
  for (const StoredDocument& d : history.documents) {
    if (d.type == DocType::kCommitteePack || d.type == DocType::kOther) continue;
    if (d.visit_id != 0) {
      auto it = by_visit_id.find(d.visit_id);
      if (it != by_visit_id.end()) {
        visits[it->second].documents.push_back(&d);
        continue;
      }
      by_visit_id[d.visit_id] = visits.size();
    }
    Visit v;
    v.type = d.type;
    v.start = d.visit_start.valid() ? d.visit_start : d.published;
    v.end = d.visit_end;
    v.documents.push_back(&d);
    visits.push_back(std::move(v));
  }
  for (Visit& v : visits) {
    // A published PDF is the authoritative copy; a committee pack's copy comes second.
    std::stable_sort(v.documents.begin(), v.documents.end(), [](const StoredDocument* a, const StoredDocument* b) {
      return (a->source_kind == SourceKind::kPdf) > (b->source_kind == SourceKind::kPdf);
    });
  }
  std::stable_sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.start < b.start; });
  return visits;
}

}  // namespace oftrack
