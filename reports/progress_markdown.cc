// RenderProgressMarkdown: the same report as progress_html.cc, for e-mail,
// wikis and committee papers.
#include <fmt/format.h>

#include "reports/escape.h"
#include "reports/progress_report.h"

namespace oftrack {

std::string RenderProgressMarkdown(const ProgressModel& m, const ReportInfo& info) {
  std::string out = fmt::format("# {} children's services: progress on the areas for improvement\n\n", m.authority.DisplayName());
  out += fmt::format("URN {} · {} · generated {} from `{}`\n\n", m.authority.urn, m.authority.region,
                     info.generated_on, info.database);
  out += "## Graded judgements\n\n| Inspection | Overall | Leaders | Help and protection | Children in care | Care "
         "leavers | Source |\n|---|---|---|---|---|---|---|\n";
  for (const auto& [idx, grades] : m.grade_history) {
    const Visit& v = m.visits[idx];
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", MarkdownCell(v.Title()),
                       GradeLabel(GradeFor(grades, "overall")), GradeLabel(GradeFor(grades, "leaders")),
                       GradeLabel(GradeFor(grades, "help_protection")), GradeLabel(GradeFor(grades, "in_care")),
                       GradeLabel(GradeFor(grades, "care_leavers")), MarkdownCell(v.primary().file));
  }
  out += "\n## Visits on record\n\n";
  for (const Visit& v : m.visits) {
    out += fmt::format("- {} — {} ({})\n", v.start, v.Title(), v.primary().file);
  }
  if (m.areas.empty()) {
    out += "\nNo areas for improvement on record for this authority's latest full inspection.\n";
    return out;
  }
  out += "\n## Areas for improvement, visit by visit\n\nS strength · W weakness · M mixed · P progress: counts of "
         "findings that speak to the area's themes.\n\n| Area |";
  std::string rule = "|---|";
  for (int c : m.columns) {
    out += " " + MarkdownCell(m.visits[c].ShortLabel()) + " |";
    rule += "---|";
  }
  out += "\n" + rule + "\n";
  for (const AreaProgress& a : m.areas) {
    out += fmt::format("| {}. {} |", a.area.ordinal, MarkdownCell(a.area.text));
    for (const ProgressCell& cell : a.cells) {
      out += " **" + std::string(AreaStatusLabel(cell.status)) + "**";
      if (cell.status != AreaStatus::kNotReviewed) out += "<br>" + CountsText(cell.counts);
      out += " |";
    }
    out += "\n";
  }
  out += "\n## What the inspectors said, area by area\n";
  for (const AreaProgress& a : m.areas) {
    out += fmt::format("\n### {}. {}\n", a.area.ordinal, a.area.text);
    for (size_t c = 0; c < a.cells.size(); ++c) {
      const ProgressCell& cell = a.cells[c];
      out += fmt::format("\n**{}**: {}", m.visits[m.columns[c]].Title(), AreaStatusLabel(cell.status));
      if (cell.status != AreaStatus::kNotReviewed) out += " (" + CountsText(cell.counts) + ")";
      out += "\n";
      for (const Quote& q : cell.quotes) {
        out += fmt::format("\n> {}\n> — *{}*; judged {}\n", MarkdownCell(q.finding.text), q.Source(), q.finding.judgement);
      }
    }
  }
  return out;
}

}  // namespace oftrack
