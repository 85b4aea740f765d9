// RenderProgressHtml: one self-contained page. Every quote names its document,
// date, page or line and paragraph; every cell's counts are counts of stored
// findings (finding ids are in each quote's title). Colours come with a symbol
// and a pattern so the table also reads on a grey printout.
#include <fmt/format.h>

#include "reports/escape.h"
#include "reports/progress_report.h"

namespace oftrack {
namespace {

const char kStyle[] = R"CSS(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #333}
h3{font-size:1.05rem;margin-bottom:.3rem}.glance{font-size:1.05rem;margin:.6rem 0}.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #999;padding:.35rem .45rem;vertical-align:top;text-align:left}
th{background:#eee}
td.cell{min-width:7.5rem}
.st{font-weight:600;display:block}
.cnt{font-size:.78rem;color:#333;display:block}
blockquote{margin:.3rem 0 .6rem 0;padding:.3rem .7rem;border-left:4px solid #888;background:#fafafa}
.src{display:block;font-size:.8rem;color:#444;margin-top:.2rem}
.themes{font-size:.78rem;color:#444}
sup a{text-decoration:none}
figure.heatmap{margin:.6rem 0;overflow-x:auto}figure.heatmap svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}.area,figure.heatmap,tr{page-break-inside:avoid}a{color:inherit}}
)CSS";

std::string StatusCell(const ProgressCell& cell, const std::string& footnote_id) {
  std::string title;
  if (!cell.quotes.empty()) {
    title = "\u201c" + cell.quotes.front().finding.text + "\u201d \u2014 " + cell.quotes.front().Source();
  }
  std::string out = fmt::format("<td class=\"cell {}\" title=\"{}\"><span class=\"st\">{} {}</span>",
                                AreaStatusId(cell.status), HtmlEscape(title), StatusSymbol(cell.status),
                                AreaStatusLabel(cell.status));
  if (cell.status != AreaStatus::kNotReviewed) {
    out += fmt::format("<span class=\"cnt\">{}</span>", HtmlEscape(CountsText(cell.counts)));
    if (!footnote_id.empty()) out += fmt::format("<sup><a href=\"#{}\">quotes</a></sup>", footnote_id);
  }
  return out + "</td>";
}

// One sentence on where things stand at the latest visit, from the cells of the last column.
void AtAGlance(const ProgressModel& m, std::string* out) {
  if (m.areas.empty() || m.columns.size() < 2) return;
  int n[5] = {};
  for (const AreaProgress& a : m.areas) n[static_cast<int>(a.cells.back().status)]++;
  std::string parts;
  for (AreaStatus s : {AreaStatus::kWeaknessPersists, AreaStatus::kMixed, AreaStatus::kImproving,
                       AreaStatus::kStrength, AreaStatus::kNotReviewed}) {
    if (n[static_cast<int>(s)] == 0) continue;
    parts += fmt::format("{}{} {} {}", parts.empty() ? "" : ", ", StatusSymbol(s), n[static_cast<int>(s)],
                         AreaStatusLabel(s));
  }
  *out += fmt::format("<p class=\"glance\">{} areas for improvement from the {}, followed through {} visits. At the "
                      "latest, {}: <b>{}</b>.</p>\n",
                      m.areas.size(), HtmlEscape(m.visits[m.baseline].Title()), m.columns.size() - 1,
                      HtmlEscape(m.visits[m.columns.back()].Title()), parts);
}

void Header(const ProgressModel& m, const ReportInfo& info, std::string* out) {
  const std::string name = m.authority.DisplayName();
  *out += fmt::format("<h1>{} children's services: progress on the areas for improvement</h1>\n", HtmlEscape(name));
  std::string baseline = m.baseline >= 0 ? m.visits[m.baseline].Title() : "no full inspection with areas on record";
  *out += fmt::format(
      "<p class=\"meta\">URN {} \u00b7 {} \u00b7 baseline: {} \u00b7 generated {} from <code>{}</code></p>\n",
      m.authority.urn, HtmlEscape(m.authority.region), HtmlEscape(baseline), HtmlEscape(info.generated_on),
      HtmlEscape(info.database));
  AtAGlance(m, out);
  *out += "<h2>Graded judgements</h2>\n<table><tr><th>Inspection</th><th>Overall effectiveness</th>"
          "<th>Impact of leaders</th><th>Help and protection</th><th>Children in care</th><th>Care leavers</th>"
          "<th>Source</th></tr>\n";
  for (const auto& [idx, grades] : m.grade_history) {
    const Visit& v = m.visits[idx];
    std::string care_leavers = GradeFor(grades, "care_leavers");
    bool combined = false;
    for (const auto& g : grades) combined = combined || (g.domain == "in_care" && g.combined_care);
    if (care_leavers.empty() && combined) care_leavers = "(with children in care)";
    *out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        HtmlEscape(v.Title()), HtmlEscape(GradeLabel(GradeFor(grades, "overall"))),
                        HtmlEscape(GradeLabel(GradeFor(grades, "leaders"))),
                        HtmlEscape(GradeLabel(GradeFor(grades, "help_protection"))),
                        HtmlEscape(GradeLabel(GradeFor(grades, "in_care"))), HtmlEscape(GradeLabel(care_leavers)),
                        HtmlEscape(v.primary().file));
  }
  *out += "</table>\n";
}

void Visits(const ProgressModel& m, std::string* out) {
  *out += "<h2>Visits on record</h2>\n<table><tr><th>Date</th><th>Visit</th><th>Lead or signing "
          "inspector</th><th>Documents</th></tr>\n";
  for (const Visit& v : m.visits) {
    std::string files;
    for (const auto& d : v.documents) {
      files += (files.empty() ? "" : "<br>") + HtmlEscape(d.file) +
               (d.doc_index > 0 ? " (document " + std::to_string(d.doc_index + 1) + " in the file)" : "");
    }
    *out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", HtmlEscape(v.start),
                        HtmlEscape(v.Title()), HtmlEscape(v.primary().lead_inspector), files);
  }
  *out += "</table>\n";
}

void AreasTable(const ProgressModel& m, std::string* out) {
  *out += "<h2>Areas for improvement, visit by visit</h2>\n<p class=\"legend\">";
  for (AreaStatus s : {AreaStatus::kNotReviewed, AreaStatus::kWeaknessPersists, AreaStatus::kMixed,
                       AreaStatus::kImproving, AreaStatus::kStrength}) {
    *out += fmt::format("<span class=\"{}\">{} {}</span>", AreaStatusId(s), StatusSymbol(s), AreaStatusLabel(s));
  }
  *out += "<br><small>Counts are the findings (sentences) that speak to the area's themes: S strength, W weakness, "
          "M mixed, P progress. Hover a cell for its most telling quote; all quotes are listed below.</small></p>\n";
  *out += "<table id=\"areas\"><thead><tr><th>Area for improvement</th>";
  for (int c : m.columns) {
    *out += fmt::format("<th>{}<br><small>{}</small></th>", HtmlEscape(m.visits[c].ShortLabel()),
                        HtmlEscape(m.visits[c].start));
  }
  *out += "</tr></thead><tbody>\n";
  for (const AreaProgress& a : m.areas) {
    std::string themes;
    for (const auto& t : a.area.themes) themes += (themes.empty() ? "" : ", ") + t;
    *out += fmt::format("<tr class=\"area-row\"><td><b>{}.</b> {}<br><span class=\"themes\">themes: {}</span></td>",
                        a.area.ordinal, HtmlEscape(a.area.text), HtmlEscape(themes.empty() ? "none" : themes));
    for (size_t c = 0; c < a.cells.size(); ++c) {
      *out += StatusCell(a.cells[c], fmt::format("area{}-v{}", a.area.ordinal, c));
    }
    *out += "</tr>\n";
  }
  *out += "</tbody></table>\n";
}

void AreaQuotes(const ProgressModel& m, std::string* out) {
  *out += "<h2>What the inspectors said, area by area</h2>\n";
  for (const AreaProgress& a : m.areas) {
    *out += fmt::format("<div class=\"area\"><h3>{}. {}</h3>\n", a.area.ordinal, HtmlEscape(a.area.text));
    for (size_t c = 0; c < a.cells.size(); ++c) {
      const ProgressCell& cell = a.cells[c];
      const Visit& v = m.visits[m.columns[c]];
      *out += fmt::format("<p id=\"area{}-v{}\"><b>{}</b>: {} {}", a.area.ordinal, c, HtmlEscape(v.Title()),
                          StatusSymbol(cell.status), AreaStatusLabel(cell.status));
      if (cell.status != AreaStatus::kNotReviewed) *out += " (" + HtmlEscape(CountsText(cell.counts)) + ")";
      *out += "</p>\n";
      for (const Quote& q : cell.quotes) {
        *out += fmt::format(
            "<blockquote title=\"finding {}\">{}<span class=\"src\">{} \u2014 judged {}{}</span></blockquote>\n",
            q.finding.id, HtmlEscape(q.finding.text), HtmlEscape(q.Source()), HtmlEscape(q.finding.judgement),
            q.finding.quantifier.empty() ? "" : ", quantifier \u201c" + HtmlEscape(q.finding.quantifier) + "\u201d");
      }
    }
    *out += "</div>\n";
  }
}

}  // namespace

std::string RenderProgressHtml(const ProgressModel& m, const ReportInfo& info) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>{} \u2014 progress on Ofsted areas for improvement</title>\n<style>{}{}</style></head><body>\n",
                     HtmlEscape(m.authority.DisplayName()), kStyle, StatusCss());
  Header(m, info, &out);
  if (m.areas.empty()) {
    out += "<p><b>No areas for improvement on record</b> for this authority's latest full inspection: ingest its "
           "inspection report to follow its areas.</p>\n";
  } else {
    AreasTable(m, &out);
  }
  std::string heatmap = ThemeHeatmapSvg(m);
  if (!heatmap.empty()) {
    out += "<h2>Themes, visit by visit</h2>\n<p class=\"meta\">Every theme with at least one finding since the "
           "baseline: the cell's shade and symbol give its status, the number is its evaluative findings. Hover a "
           "cell for its most telling quote.</p>\n<figure class=\"heatmap\">" + heatmap + "</figure>\n";
  }
  if (!m.areas.empty()) AreaQuotes(m, &out);
  Visits(m, &out);
  out += "<h2>How to read this report</h2>\n<p class=\"meta\">Each finding is one sentence of inspector text from a "
         "findings section, labelled with themes and a judgement by the rules in <code>rules/</code>. An area is "
         "followed through its themes. A cell is <i>not reviewed</i> when no finding of that visit speaks to the "
         "area; <i>strength</i> when at least 60% of its evaluative findings are strengths and at most 20% "
         "weaknesses; <i>weakness persists</i> when weaknesses (mixed counting half) are at least 60%; "
         "<i>improving</i> when strengths and progress outweigh concerns; <i>mixed</i> otherwise. Labels are "
         "produced by rules, not by a person: check a surprising cell against its quotes.</p>\n";
  out += "</body></html>\n";
  return out;
}

}  // namespace oftrack
