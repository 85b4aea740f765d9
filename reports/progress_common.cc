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
    case AreaStatus::kBaseline: return "\u25cf";
    case AreaStatus::kRaisedAgain: return "\u21bb";
    case AreaStatus::kNotRaised: return "\u25cb";
  }
  return "";
}

// Shades differ in lightness as well as hue, and the two concern states carry a
// hatch, so a grey printout still separates them; the symbol says it in words.
const char* StatusCss() {
  return R"CSS(
.not_reviewed,.not_covered{background:#fff;color:#555}
.mentioned{background:#f4f4f4;color:#444}
.baseline{background:#e6e6e6}
.raised_again{background:#f7d9c4}
.not_raised{background:#fff}
.weakness_persists{background:#f2b8b2;background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.13) 6px 8px)}
.mixed{background:#fde3a0;background-image:repeating-linear-gradient(90deg,transparent 0 8px,rgba(0,0,0,.08) 8px 10px)}
.improving{background:#d3e9fb}
.strength{background:#c4e6d4}
.legend span{display:inline-block;padding:.15rem .5rem;margin:.1rem .3rem .1rem 0;border:1px solid #999}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)CSS";
}

std::string CellHeadline(const ProgressCell& c) {
  switch (c.review) {
    case ReviewKind::kMentioned: return "\u2013 mentioned in passing";
    case ReviewKind::kNotCovered: return "\u2013 not covered";
    default: return std::string(StatusSymbol(c.status)) + " " + AreaStatusLabel(c.status);
  }
}

std::string CellClass(const ProgressCell& c) {
  if (c.review == ReviewKind::kMentioned) return "mentioned";
  if (c.review == ReviewKind::kNotCovered) return "not_covered";
  return AreaStatusId(c.status);
}

std::string GradeText(const StoredDocument& d, GradeDomain domain) {
  const Grade* g = d.GradeOf(domain);
  return g ? GradeLabel(g->value) : "";
}

std::string GradeMovementText(const AreaProgress& row, const ProgressCell& cell) {
  if (!row.domain_known || cell.grade_before == GradeValue::kNone || cell.grade_after == GradeValue::kNone) return "";
  std::string way = GradeRank(cell.grade_after) > GradeRank(cell.grade_before)   ? "up"
                    : GradeRank(cell.grade_after) < GradeRank(cell.grade_before) ? "down"
                                                                                 : "unchanged";
  return std::string(GradeDomainLabel(row.domain)) + ": " + GradeLabel(cell.grade_before) + " \u2192 " +
         GradeLabel(cell.grade_after) + " (" + way + ")";
}

std::string CellBasis(const ProgressCell& c, const AreaForImprovement& area, const AuthorityHistory& h) {
  switch (c.review) {
    case ReviewKind::kBaseline: return "the inspection that raised this area: what it found";
    case ReviewKind::kCovered: return "covered by the visit: matched on " + c.match->Explain(area, h);
    case ReviewKind::kMentioned:
      return "not among the areas the visit covered; its findings mention the area in passing (no status)";
    case ReviewKind::kNotCovered: return "not among the areas the visit covered";
    case ReviewKind::kNoList: return "the letter lists no areas covered: judged on its findings about the area";
    case ReviewKind::kNextInspection:
      return c.match ? "raised again as " + c.match->Explain(area, h)
                     : "not among the next inspection's areas for improvement";
  }
  return "";
}

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

}  // namespace oftrack
