// RenderNationalMarkdown: the tables of national_html.cc as Markdown.
#include <fmt/format.h>

#include <set>

#include "reports/escape.h"
#include "reports/national_report.h"

namespace oftrack {
namespace {

std::string Count(const std::map<int, int>& m, int key) {
  auto it = m.find(key);
  return it == m.end() ? "" : std::to_string(it->second);
}

std::string Count(const std::map<std::string, int>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? "" : std::to_string(it->second);
}

std::string Count(const std::map<GradeValue, int>& m, GradeValue key) {
  auto it = m.find(key);
  return it == m.end() ? "" : std::to_string(it->second);
}

void Neighbours(const NationalModel& m, std::string* out) {
  *out += fmt::format("## {} and its statistical neighbours\n\n|  |", m.neighbours.front().authority.name);
  std::string rule = "|---|";
  for (const NeighbourColumn& c : m.neighbours) {
    *out += " " + MarkdownCell(c.authority.name) + " |";
    rule += "---|";
  }
  *out += "\n" + rule + "\n| Latest inspection |";
  for (const NeighbourColumn& c : m.neighbours) *out += " " + (c.latest ? c.latest->document.visit_start.Iso() : "none on record") + " |";
  *out += "\n| Overall grade |";
  for (const NeighbourColumn& c : m.neighbours) *out += std::string(" ") + (c.latest ? GradeShortLabel(c.latest->overall) : "") + " |";
  *out += "\n| Areas for improvement |";
  for (const NeighbourColumn& c : m.neighbours) *out += " " + (c.latest ? std::to_string(c.latest->areas.size()) : "") + " |";
  *out += "\n";
  for (const NationalTheme& t : m.themes) {
    bool any = false;
    for (const NeighbourColumn& c : m.neighbours) any = any || c.themes.count(t.theme);
    if (!any) continue;
    *out += "| " + MarkdownCell(t.label) + " |";
    for (const NeighbourColumn& c : m.neighbours) *out += " " + Count(c.themes, t.theme) + " |";
    *out += "\n";
  }
  *out += "\n";
}

}  // namespace

std::string RenderNationalMarkdown(const NationalModel& m, const ReportInfo& info) {
  std::set<int> authorities;
  for (const NationalInspection& in : m.inspections) authorities.insert(in.urn);
  std::string out = "# Areas for improvement across the authorities on record\n\n";
  out += fmt::format("{} full inspections of {} authorities · generated {} from `{}`. A number is how many areas "
                     "for improvement or priority action name the theme.\n\n",
                     m.inspections.size(), authorities.size(), info.generated_on, info.database);
  if (!m.neighbours.empty()) Neighbours(m, &out);
  out += "## Themes by year of inspection\n\n| Theme |";
  std::string rule = "|---|";
  for (int y : m.years) {
    out += fmt::format(" {} ({} insp.) |", y, m.inspections_by_year.at(y));
    rule += "---|";
  }
  out += " All |\n" + rule + "---|\n";
  for (const NationalTheme& t : m.themes) {
    out += "| " + MarkdownCell(t.label) + " |";
    for (int y : m.years) out += " " + Count(t.by_year, y) + " |";
    out += fmt::format(" **{}** |\n", t.areas);
  }
  out += "\n## Themes by overall grade\n\n| Theme |";
  rule = "|---|";
  for (GradeValue g : m.grades) {
    out += fmt::format(" {} ({} insp.) |", GradeShortLabel(g), m.inspections_by_grade.at(g));
    rule += "---|";
  }
  out += "\n" + rule + "\n";
  for (const NationalTheme& t : m.themes) {
    out += "| " + MarkdownCell(t.label) + " |";
    for (GradeValue g : m.grades) out += " " + Count(t.by_grade, g) + " |";
    out += "\n";
  }
  out += "\n## Inspections counted\n\n| Authority | Start | Type | Overall | Areas | File |\n|---|---|---|---|---|---|\n";
  for (const NationalInspection& in : m.inspections) {
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", MarkdownCell(in.authority), in.document.visit_start.Iso(),
                       DocTypeId(in.document.type), GradeShortLabel(in.overall), in.areas.size(),
                       MarkdownCell(in.document.file));
  }
  return out;
}

}  // namespace oftrack
