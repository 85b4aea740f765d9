// Wording shared by the briefing's renderers.
#include "reports/briefing_report.h"

namespace oftrack {

std::string MovementSummary(const BriefingModel& b) {
  int n[5] = {};
  for (const BriefingArea& a : b.areas) n[static_cast<int>(a.movement)]++;
  std::string out;
  auto add = [&](int count, const std::string& one, const std::string& many) {
    if (count == 0) return;
    out += (out.empty() ? "" : ", ") + std::to_string(count) + " " + (count == 1 ? one : many);
  };
  add(n[static_cast<int>(Movement::kImproved)], "improved", "improved");
  add(n[static_cast<int>(Movement::kSustained)], "sustained", "sustained");
  add(n[static_cast<int>(Movement::kPersists)], "persists", "persist");
  add(n[static_cast<int>(Movement::kNew)], "new concern", "new concerns");
  add(n[static_cast<int>(Movement::kNotReviewed)], "not reviewed at this visit", "not reviewed at this visit");
  return out;
}

std::string BeforeText(const BriefingModel& b, const BriefingArea& a) {
  if (a.before_column < 0) return "named at the inspection";
  return std::string(AreaStatusLabel(a.before)) + " (" + ColumnLabel(*b.progress, a.before_column) + ")";
}

}  // namespace oftrack
