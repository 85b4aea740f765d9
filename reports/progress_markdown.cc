// RenderProgressMarkdown: the same report as progress_html.cc, for e-mail,
// wikis and committee papers.
#include <fmt/format.h>

#include "model/finding.h"
#include "reports/escape.h"
#include "reports/progress_report.h"

namespace oftrack {
namespace {

void AreaTable(const ProgressModel& m, const InspectionProgress& ins, std::string* out) {
  *out += "| Area |";
  std::string rule = "|---|";
  for (int c : ins.columns) {
    *out += " " + MarkdownCell(m.visits[c].ShortLabel()) + " |";
    rule += "---|";
  }
  *out += "\n" + rule + "\n";
  for (const AreaProgress& a : ins.areas) {
    *out += fmt::format("| {}. {} |", a.area->ordinal, MarkdownCell(a.area->text));
    for (const ProgressCell& cell : a.cells) {
      *out += " **" + MarkdownCell(CellHeadline(cell)) + "**";
      if (cell.Evaluative() > 0) *out += "<br>" + CountsText(cell.counts);
      if (cell.review == ReviewKind::kCovered && cell.match) {
        *out += "<br>on covered area " + std::to_string(cell.match->other->ordinal);
      }
      std::string grades = cell.review == ReviewKind::kNextInspection ? GradeMovementText(a, cell) : "";
      if (!grades.empty()) *out += "<br>" + MarkdownCell(grades);
      *out += " |";
    }
    *out += "\n";
  }
}

}  // namespace

std::string RenderProgressMarkdown(const ProgressModel& m, const ReportInfo& info) {
  const AuthorityHistory& h = *m.history;
  std::string out =
      fmt::format("# {} children's services: progress on the areas for improvement\n\n", h.DisplayName());
  out += fmt::format("URN {} · {} · generated {} from `{}`\n\n", h.urn, h.region, info.generated_on, info.database);
  out += "## Graded judgements\n\n| Inspection | Overall | Leaders | Help and protection | Children in care | Care "
         "leavers | Source |\n|---|---|---|---|---|---|---|\n";
  for (int idx : m.full_inspections) {
    const Visit& v = m.visits[idx];
    const StoredDocument& d = v.primary();
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", MarkdownCell(v.Title()),
                       GradeText(d, GradeDomain::kOverall), GradeText(d, GradeDomain::kLeaders),
                       GradeText(d, GradeDomain::kHelpProtection), GradeText(d, GradeDomain::kInCare),
                       GradeText(d, GradeDomain::kCareLeavers), MarkdownCell(d.file));
  }
  out += "\n## Visits on record\n\n";
  for (const Visit& v : m.visits) {
    std::string covered;
    for (const AreaForImprovement* a : v.primary().AreasOf(AreaKind::kCovered)) {
      covered += (covered.empty() ? "" : "; ") + std::to_string(a->ordinal) + ". " + a->text;
    }
    out += fmt::format("- {} — {} ({}){}\n", v.start.Iso(), v.Title(), v.primary().file,
                       covered.empty() ? "" : " — covered: " + covered);
  }
  const InspectionProgress* ins = m.latest();
  if (!ins) {
    out += "\nNo areas for improvement on record for this authority's full inspections.\n";
    return out;
  }
  out += fmt::format("\n## Areas for improvement from the {}, visit by visit\n\nA visit reviewed an area when one "
                     "of the areas its letter covered is about the same subject; S strength · W weakness · M mixed · P "
                     "progress count the visit's findings about the area. The inspection's own column is the "
                     "baseline.\n\n",
                     m.visits[ins->baseline].Title());
  AreaTable(m, *ins, &out);
  out += "\n## What the inspectors said, area by area\n";
  for (const AreaProgress& a : ins->areas) {
    out += fmt::format("\n### {}. {}\n", a.area->ordinal, a.area->text);
    for (size_t c = 0; c < a.cells.size(); ++c) {
      const ProgressCell& cell = a.cells[c];
      out += fmt::format("\n**{}**: {}", m.visits[ins->columns[c]].Title(), CellHeadline(cell));
      if (cell.Evaluative() > 0) out += " (" + CountsText(cell.counts) + ")";
      out += " — " + CellBasis(cell, *a.area, h) + "\n";
      for (const Quote& q : cell.quotes) {
        out += fmt::format("\n> {}\n> — *{}*; judged {}\n", MarkdownCell(q.finding->text), q.Source(),
                           JudgementId(q.finding->judgement));
      }
    }
  }
  for (size_t i = 0; i + 1 < m.inspections.size(); ++i) {
    out += fmt::format("\n## Earlier: the {}, to the inspection after it\n\n", m.visits[m.inspections[i].baseline].Title());
    AreaTable(m, m.inspections[i], &out);
  }
  return out;
}

}  // namespace oftrack
