// RenderNationalHtml: three tables of counts (themes by year, by grade, and
// the authority beside its neighbours), each number a count of areas rows;
// cells are shaded by their share of the row's largest count and always show
// the number. The inspections behind the counts close the page.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "reports/escape.h"
#include "reports/national_report.h"

namespace oftrack {
namespace {

const char kStyle[] = R"CSS(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:2px solid #333}
.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}
th,td{border:1px solid #999;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#eee}td.n{text-align:right;min-width:2.6rem}
td:first-child{min-width:15rem}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)CSS";

// A count cell, shaded by n / max (grey blue, light to dark) with the number always printed.
std::string CountCell(int n, int max) {
  if (n == 0) return "<td class=\"n\"></td>";
  const double share = max > 0 ? static_cast<double>(n) / max : 0;
  return fmt::format("<td class=\"n\" style=\"background:rgba(31,86,140,{:.2f})\">{}</td>", 0.08 + 0.42 * share, n);
}

void ByYear(const NationalModel& m, std::string* out) {
  *out += "<h2>Themes among areas for improvement, by year of inspection</h2>\n<table id=\"by-year\"><thead><tr>"
          "<th>Theme</th>";
  for (int y : m.years) {
    *out += fmt::format("<th>{}<br><small>{} insp.</small></th>", y, m.inspections_by_year.at(y));
  }
  *out += "<th>All years<br><small>areas</small></th><th>Inspections<br><small>naming it</small></th></tr></thead>"
          "<tbody>\n";
  int max = 0;
  for (const NationalTheme& t : m.themes) {
    for (const auto& [y, n] : t.by_year) max = std::max(max, n);
  }
  for (const NationalTheme& t : m.themes) {
    *out += fmt::format("<tr><td>{}</td>", HtmlEscape(t.label));
    for (int y : m.years) *out += CountCell(t.by_year.count(y) ? t.by_year.at(y) : 0, max);
    *out += fmt::format("<td class=\"n\"><b>{}</b></td><td class=\"n\">{} of {}</td></tr>\n", t.areas, t.inspections,
                        m.inspections.size());
  }
  *out += "</tbody></table>\n";
}

void ByGrade(const NationalModel& m, std::string* out) {
  *out += "<h2>Themes among areas for improvement, by overall grade</h2>\n<table id=\"by-grade\"><thead><tr>"
          "<th>Theme</th>";
  for (GradeValue g : m.grades) {
    *out += fmt::format("<th>{}<br><small>{} insp.</small></th>", HtmlEscape(GradeShortLabel(g)),
                        m.inspections_by_grade.at(g));
  }
  *out += "</tr></thead><tbody>\n";
  int max = 0;
  for (const NationalTheme& t : m.themes) {
    for (const auto& [g, n] : t.by_grade) max = std::max(max, n);
  }
  for (const NationalTheme& t : m.themes) {
    *out += fmt::format("<tr><td>{}</td>", HtmlEscape(t.label));
    for (GradeValue g : m.grades) *out += CountCell(t.by_grade.count(g) ? t.by_grade.at(g) : 0, max);
    *out += "</tr>\n";
  }
  *out += "</tbody></table>\n";
}

// Columns only for authorities with an inspection on record; the others are named in one line.
void Neighbours(const NationalModel& m, std::string* out) {
  std::vector<const NeighbourColumn*> shown;
  std::string missing;
  for (const NeighbourColumn& c : m.neighbours) {
    if (c.latest) {
      shown.push_back(&c);
    } else {
      missing += (missing.empty() ? "" : ", ") + HtmlEscape(c.authority.name) + " (" + HtmlEscape(c.authority.la_code) + ")";
    }
  }
  *out += fmt::format("<h2>{} and its statistical neighbours</h2>\n<p class=\"meta\">Neighbours as the DfE lists them "
                      "(reference/local_authorities.csv), each at its latest full inspection in the database. No "
                      "inspection on record for: {}.</p>\n<table id=\"neighbours\"><thead><tr><th class=\"lbl\"></th>",
                      HtmlEscape(m.neighbours.front().authority.name), missing.empty() ? "none" : missing);
  for (const NeighbourColumn* c : shown) {
    *out += fmt::format("<th>{}<br><small>{}</small></th>", HtmlEscape(c->authority.name), HtmlEscape(c->authority.la_code));
  }
  *out += "</tr></thead><tbody>\n<tr><td>Latest inspection</td>";
  for (const NeighbourColumn* c : shown) *out += fmt::format("<td>{}</td>", HtmlEscape(c->latest->document.visit_start.Iso()));
  *out += "</tr>\n<tr><td>Overall grade</td>";
  for (const NeighbourColumn* c : shown) {
    *out += fmt::format("<td><b>{}</b></td>", HtmlEscape(GradeShortLabel(c->latest->overall)));
  }
  *out += "</tr>\n<tr><td>Areas for improvement</td>";
  for (const NeighbourColumn* c : shown) *out += fmt::format("<td class=\"n\">{}</td>", c->latest->areas.size());
  *out += "</tr>\n";
  for (const NationalTheme& t : m.themes) {  // national order, those any column names
    bool any = false;
    for (const NeighbourColumn* c : shown) any = any || c->themes.count(t.theme);
    if (!any) continue;
    *out += fmt::format("<tr><td>{}</td>", HtmlEscape(t.label));
    for (const NeighbourColumn* c : shown) *out += CountCell(c->themes.count(t.theme) ? c->themes.at(t.theme) : 0, 3);
    *out += "</tr>\n";
  }
  *out += "</tbody></table>\n";
}

void Inspections(const NationalModel& m, std::string* out) {
  *out += "<h2>Inspections counted</h2>\n<table id=\"inspections\"><thead><tr><th>Authority</th><th>Start</th>"
          "<th>Type</th><th>Overall grade</th><th>Areas</th><th>File</th></tr></thead><tbody>\n";
  for (const NationalInspection& in : m.inspections) {
    *out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
                        HtmlEscape(in.authority), HtmlEscape(in.document.visit_start.Iso()), HtmlEscape(DocTypeId(in.document.type)),
                        HtmlEscape(GradeShortLabel(in.overall)), in.areas.size(), HtmlEscape(in.document.file));
  }
  *out += "</tbody></table>\n";
}

}  // namespace

std::string RenderNationalHtml(const NationalModel& m, const ReportInfo& info) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>Ofsted areas for improvement: national view</title>\n<style>{}</style></head><body>\n",
                     kStyle);
  std::set<int> authorities;
  int areas = 0;
  for (const NationalInspection& in : m.inspections) {
    authorities.insert(in.urn);
    areas += static_cast<int>(in.areas.size());
  }
  out += "<h1>Areas for improvement across the authorities on record</h1>\n";
  out += fmt::format("<p class=\"meta\">{} full inspections of {} authorities, {} areas for improvement or priority "
                     "action \u00b7 generated {} from <code>{}</code>. A number is how many areas name the theme "
                     "(an area can name several); column heads give the inspections behind each column.</p>\n",
                     m.inspections.size(), authorities.size(), areas, HtmlEscape(info.generated_on),
                     HtmlEscape(info.database));
  if (!m.neighbours.empty()) Neighbours(m, &out);
  if (m.themes.empty()) {
    out += "<p><b>No areas for improvement on record.</b> Ingest inspection reports first.</p>\n";
  } else {
    ByYear(m, &out);
    ByGrade(m, &out);
  }
  Inspections(m, &out);
  return out + "</body></html>\n";
}

}  // namespace oftrack
