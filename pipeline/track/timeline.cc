#include "track/timeline.h"

#include <algorithm>
#include <map>

#include "model/date.h"
#include "model/document.h"

namespace oftrack {
namespace {

std::string DayRange(const std::string& start_iso, const std::string& end_iso) {
  Date s = Date::FromIso(start_iso), e = Date::FromIso(end_iso);
  if (!s.valid()) return "date unknown";
  if (!e.valid() || e == s) return s.Long();
  if (s.year == e.year && s.month == e.month) {
    return std::to_string(s.day) + "\u2013" + e.Long();
  }
  if (s.year == e.year) {
    return std::to_string(s.day) + " " + MonthName(s.month) + " \u2013 " + e.Long();
  }
  return s.Long() + " \u2013 " + e.Long();
}

}  // namespace

std::string DocTypeLabel(const std::string& doc_type) {
  static const std::map<std::string, std::string> kLabels = {
      {"ilacs", "ILACS inspection"},
      {"ilacs_short", "ILACS short inspection"},
      {"sif", "SIF inspection"},
      {"looked_after", "Looked-after children inspection"},
      {"monitoring_visit", "Monitoring visit"},
      {"focused_visit", "Focused visit"},
      {"jtai", "Joint targeted area inspection"},
      {"committee_pack", "Committee papers"},
      {"other", "Other document"},
  };
  auto it = kLabels.find(doc_type);
  return it == kLabels.end() ? doc_type : it->second;
}

bool Visit::IsFullInspection() const { return oftrack::IsFullInspection(DocTypeFromId(kind)); }

std::string Visit::Title() const {
  std::string title = DocTypeLabel(kind);
  if (kind == "monitoring_visit" && primary().visit_number > 0) title += " " + std::to_string(primary().visit_number);
  return title + " (" + DayRange(start, end) + ")";
}

std::string Visit::ShortLabel() const {
  Date s = Date::FromIso(start);
  std::string when = s.valid() ? std::string(MonthName(s.month)).substr(0, 3) + " " + std::to_string(s.year) : "?";
  if (kind == "monitoring_visit") {
    return "MV" + (primary().visit_number > 0 ? std::to_string(primary().visit_number) : std::string()) + " " + when;
  }
  if (kind == "focused_visit") return "FV " + when;
  if (kind == "jtai") return "JTAI " + when;
  return "Inspection " + when;
}

std::vector<Visit> BuildTimeline(const std::vector<DocumentRecord>& documents) {
  std::vector<Visit> visits;
  std::map<int64_t, size_t> by_visit_id;
  for (const DocumentRecord& d : documents) {
    if (d.doc_type == "committee_pack" || d.doc_type == "other") continue;
    if (d.visit_id != 0) {
      auto it = by_visit_id.find(d.visit_id);
      if (it != by_visit_id.end()) {
        visits[it->second].documents.push_back(d);
        continue;
      }
      by_visit_id[d.visit_id] = visits.size();
    }
    Visit v;
    v.kind = d.doc_type;
    v.start = d.visit_start.empty() ? d.published : d.visit_start;
    v.end = d.visit_end;
    v.documents.push_back(d);
    visits.push_back(std::move(v));
  }
  for (Visit& v : visits) {
    // A published PDF is the authoritative copy; a committee pack's copy comes second.
    std::stable_sort(v.documents.begin(), v.documents.end(), [](const DocumentRecord& a, const DocumentRecord& b) {
      return (a.source_kind == "pdf") > (b.source_kind == "pdf");
    });
  }
  std::stable_sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.start < b.start; });
  return visits;
}

}  // namespace oftrack
