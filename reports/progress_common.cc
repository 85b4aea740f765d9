// Wording shared by the progress report's renderers.
#include <string>

#include "reports/progress_report.h"

namespace oftrack {

std::string CountsText(const JudgementCounts& c) {
  return "S " + std::to_string(c[1]) + " \u00b7 W " + std::to_string(c[2]) + " \u00b7 M " + std::to_string(c[3]) +
         " \u00b7 P " + std::to_string(c[4]);
}

const char* StatusSymbol(AreaStatus s) {
  switch (s) {
    case AreaStatus::kNotReviewed: return "\u2013";
    case AreaStatus::kWeaknessPersists: return "\u2716";
    case AreaStatus::kMixed: return "\u25d0";
    case AreaStatus::kImproving: return "\u25b2";
    case AreaStatus::kStrength: return "\u2714";
  }
  return "";
}

// Shades differ in lightness as well as hue, and the two concern states carry a
// hatch, so a grey printout still separates them; the symbol says it in words.
const char* StatusCss() {
  return R"CSS(
.not_reviewed{background:#fff;color:#555}
.weakness_persists{background:#f2b8b2;background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.13) 6px 8px)}
.mixed{background:#fde3a0;background-image:repeating-linear-gradient(90deg,transparent 0 8px,rgba(0,0,0,.08) 8px 10px)}
.improving{background:#d3e9fb}
.strength{background:#c4e6d4}
.legend span{display:inline-block;padding:.15rem .5rem;margin:.1rem .3rem .1rem 0;border:1px solid #999}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)CSS";
}

std::string ColumnLabel(const ProgressModel& m, size_t column) { return m.visits[m.columns[column]].ShortLabel(); }

std::vector<const ThemeProgress*> ThemesWithFindings(const ProgressModel& m) {
  std::vector<const ThemeProgress*> out;
  for (const ThemeProgress& t : m.themes) {
    int total = 0;
    for (const ProgressCell& c : t.cells) {
      for (int n : c.counts) total += n;
    }
    if (total > 0) out.push_back(&t);
  }
  return out;
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
