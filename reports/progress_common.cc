// Wording shared by the progress report's renderers.
#include <string>

#include "reports/progress_report.h"

namespace oftrack {

std::string CountsText(const JudgementCounts& c) {
  return "S " + std::to_string(c[1]) + " \u00b7 W " + std::to_string(c[2]) + " \u00b7 M " + std::to_string(c[3]) +
         " \u00b7 P " + std::to_string(c[4]);
}

std::string GradeLabel(const std::string& grade_id) {
  if (grade_id == "outstanding") return "Outstanding";
  if (grade_id == "good") return "Good";
  if (grade_id == "requires_improvement") return "Requires improvement to be good";
  if (grade_id == "adequate") return "Adequate";
  if (grade_id == "inadequate") return "Inadequate";
  return grade_id;
}

std::string GradeFor(const std::vector<GradeRecord>& grades, const std::string& domain) {
  std::string from_heading;
  for (const GradeRecord& g : grades) {
    if (g.domain != domain) continue;
    if (g.source == "table") return g.grade;
    if (from_heading.empty()) from_heading = g.grade;
  }
  return from_heading;
}

}  // namespace oftrack
