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

std::string BriefingColumnLabel(const BriefingModel& b, int column) {
  return b.progress->visits[b.inspection->columns[column]].ShortLabel();
}

std::string EarlierColumns(const BriefingModel& b) {
  std::string earlier;
  for (int c = 0; c < b.column; ++c) earlier += (earlier.empty() ? "" : ", ") + BriefingColumnLabel(b, c);
  return earlier;
}

std::string BeforeText(const BriefingModel& b, const BriefingArea& a) {
  if (a.before_column <= 0) return "raised at the inspection";
  return std::string(AreaStatusLabel(a.before)) + " (" + BriefingColumnLabel(b, a.before_column) + ")";
}

std::string NowText(const BriefingArea& a) {
  if (a.now != AreaStatus::kNotReviewed) return std::string(AreaStatusLabel(a.now));
  return a.mentioned ? "not covered (mentioned in passing)" : "not covered by this visit";
}

}  // namespace oftrack
