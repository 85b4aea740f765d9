// RenderProgressHtml: one self-contained page. Every quote names its document,
// date, page or line and paragraph; every cell's counts are counts of stored
// findings (finding ids are in each quote's title). Colours come with a symbol
// and a pattern so the table also reads on a grey printout.
#include <fmt/format.h>

#include "reports/escape.h"
#include "reports/progress_report.h"
#include "model/finding.h"

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

// Column heads: short label and date of each column of an inspection.
std::string ColumnHeads(const ProgressModel& m, const InspectionProgress& ins) {
  std::string out;
  for (int c : ins.columns) {
    out += fmt::format("<th>{}<br><small>{}</small></th>", HtmlEscape(m.visits[c].ShortLabel()),
                       HtmlEscape(m.visits[c].start.Iso()));
  }
  return out;
}

std::string StatusCell(const ProgressCell& cell, const AreaProgress& row, const AuthorityHistory& h,
                       const std::string& footnote_id) {
  std::string title = CellBasis(cell, *row.area, h);
  if (!cell.quotes.empty()) {
    title += "\n\u201c" + cell.quotes.front().finding->text + "\u201d \u2014 " + cell.quotes.front().Source();
  }
  std::string out = fmt::format("<td class=\"cell {}\" title=\"{}\"><span class=\"st\">{}</span>", CellClass(cell),
                                HtmlEscape(title), HtmlEscape(CellHeadline(cell)));
  if (cell.review != ReviewKind::kNotCovered && (cell.Evaluative() > 0 || cell.counts[0] > 0)) {
    out += fmt::format("<span class=\"cnt\">{}</span>", HtmlEscape(CountsText(cell.counts)));
  }
  if (cell.review == ReviewKind::kCovered && cell.match) {
    out += fmt::format("<span class=\"cnt\">on covered area {}</span>", cell.match->other->ordinal);
  }
  if (cell.review == ReviewKind::kNextInspection) {
    std::string grades = GradeMovementText(row, cell);
    if (!grades.empty()) out += fmt::format("<span class=\"cnt\">{}</span>", HtmlEscape(grades));
  }
  if (!cell.quotes.empty() && !footnote_id.empty()) {
    out += fmt::format("<sup><a href=\"#{}\">quotes</a></sup>", footnote_id);
  }
  return out + "</td>";
}

// One sentence on where things stand at the latest visit.
void AtAGlance(const ProgressModel& m, std::string* out) {
  const InspectionProgress* ins = m.latest();
  if (!ins || ins->areas.empty()) return;
  std::string visits = std::to_string(ins->columns.size() - 1) + (ins->columns.size() == 2 ? " visit" : " visits");
  std::string text = fmt::format("{} areas for improvement from the {}, followed through {}.", ins->areas.size(),
                                 HtmlEscape(m.visits[ins->baseline].Title()), visits);
  if (ins->columns.size() > 1) {
    int n[8] = {}, covered = 0, mentioned = 0;
    for (const AreaProgress& a : ins->areas) {
      const ProgressCell& c = a.cells.back();
      if (c.review == ReviewKind::kCovered || c.review == ReviewKind::kNoList) {
        ++covered;
        n[static_cast<int>(c.status)]++;
      }
      mentioned += c.review == ReviewKind::kMentioned;
    }
    std::string parts;
    for (AreaStatus s : {AreaStatus::kWeaknessPersists, AreaStatus::kMixed, AreaStatus::kImproving,
                         AreaStatus::kStrength, AreaStatus::kNotReviewed}) {
      if (n[static_cast<int>(s)] == 0) continue;
      parts += fmt::format("{}{} {} {}", parts.empty() ? "" : ", ", StatusSymbol(s), n[static_cast<int>(s)],
                           AreaStatusLabel(s));
    }
    text += fmt::format(" The latest, {}, reviewed <b>{} of them</b>{}{}; {} not reviewed{}.",
                        HtmlEscape(m.visits[ins->columns.back()].Title()), covered, parts.empty() ? "" : ": ", parts,
                        ins->areas.size() - covered,
                        mentioned ? fmt::format(" ({} mentioned in passing)", mentioned) : std::string());
  }
  *out += "<p class=\"glance\">" + text + "</p>\n";
}

void Header(const ProgressModel& m, const ReportInfo& info, std::string* out) {
  const AuthorityHistory& h = *m.history;
  *out += fmt::format("<h1>{} children's services: progress on the areas for improvement</h1>\n",
                      HtmlEscape(h.DisplayName()));
  const InspectionProgress* ins = m.latest();
  std::string baseline = ins ? m.visits[ins->baseline].Title() : "no full inspection with areas on record";
  *out += fmt::format(
      "<p class=\"meta\">URN {} \u00b7 {} \u00b7 baseline: {} \u00b7 generated {} from <code>{}</code></p>\n", h.urn,
      HtmlEscape(h.region), HtmlEscape(baseline), HtmlEscape(info.generated_on), HtmlEscape(info.database));
  AtAGlance(m, out);
  *out += "<h2>Graded judgements</h2>\n<table><tr><th>Inspection</th><th>Overall effectiveness</th>"
          "<th>Impact of leaders</th><th>Help and protection</th><th>Children in care</th><th>Care leavers</th>"
          "<th>Source</th></tr>\n";
  for (int idx : m.full_inspections) {
    const Visit& v = m.visits[idx];
    const StoredDocument& d = v.primary();
    auto grade = [&](GradeDomain domain) { return GradeText(d, domain); };
    std::string care_leavers = grade(GradeDomain::kCareLeavers);
    const Grade* in_care = d.GradeOf(GradeDomain::kInCare);
    if (care_leavers.empty() && in_care && in_care->combined_care) care_leavers = "(with children in care)";
    *out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        HtmlEscape(v.Title()), HtmlEscape(grade(GradeDomain::kOverall)),
                        HtmlEscape(grade(GradeDomain::kLeaders)), HtmlEscape(grade(GradeDomain::kHelpProtection)),
                        HtmlEscape(grade(GradeDomain::kInCare)), HtmlEscape(care_leavers), HtmlEscape(d.file));
  }
  *out += "</table>\n";
}

void Visits(const ProgressModel& m, std::string* out) {
  *out += "<h2>Visits on record</h2>\n<table><tr><th>Date</th><th>Visit</th><th>Lead or signing "
          "inspector</th><th>Areas the letter covered</th><th>Documents</th></tr>\n";
  for (const Visit& v : m.visits) {
    std::string files;
    for (const StoredDocument* d : v.documents) {
      files += (files.empty() ? "" : "<br>") + HtmlEscape(d->file) +
               (d->index > 0 ? " (document " + std::to_string(d->index + 1) + " in the file)" : "");
    }
    std::string covered;
    for (const AreaForImprovement* a : v.primary().AreasOf(AreaKind::kCovered)) {
      covered += fmt::format("{}{}. {}", covered.empty() ? "" : "<br>", a->ordinal, HtmlEscape(a->text));
    }
    if (covered.empty() && !v.IsFullInspection()) covered = "<i>none stated</i>";
    *out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"themes\">{}</td><td>{}</td></tr>\n",
                        HtmlEscape(v.start.Iso()), HtmlEscape(v.Title()), HtmlEscape(v.primary().lead_inspector),
                        covered, files);
  }
  *out += "</table>\n";
}

std::string Legend() {
  std::string out = "<p class=\"legend\">";
  for (AreaStatus s : {AreaStatus::kBaseline, AreaStatus::kWeaknessPersists, AreaStatus::kMixed,
                       AreaStatus::kImproving, AreaStatus::kStrength, AreaStatus::kRaisedAgain,
                       AreaStatus::kNotRaised}) {
    out += fmt::format("<span class=\"{}\">{} {}</span>", AreaStatusId(s), StatusSymbol(s), AreaStatusLabel(s));
  }
  out += "<span class=\"mentioned\">\u2013 mentioned in passing</span><span class=\"not_covered\">\u2013 not "
         "covered</span>";
  return out + "</p>\n";
}

// "about: the front door, the workforce".
std::string SubjectsLine(const AreaForImprovement& a, const AuthorityHistory& h) {
  std::string about;
  for (const std::string& s : a.subjects) about += (about.empty() ? "" : ", ") + h.SubjectLabel(s);
  return about.empty() ? "about: (no subject found: followed by its themes)" : "about: " + about;
}

void AreasTable(const ProgressModel& m, const InspectionProgress& ins, std::string* out) {
  const AuthorityHistory& h = *m.history;
  *out += "<h2>Areas for improvement, visit by visit</h2>\n" + Legend();
  *out += "<p class=\"meta\">A visit reviews an area when one of the areas its letter covered is about the same "
          "subject; the cell then gives the status the visit's findings on the area add up to (S strength, W "
          "weakness, M mixed, P progress) and the covered area it was matched on. Findings that mention an area "
          "the visit did not cover are shown, with no status. The inspection's own column is the baseline. Hover "
          "a cell for its basis and best quote; every quote is listed below.</p>\n";
  *out += "<table id=\"areas\"><thead><tr><th>Area for improvement</th>" + ColumnHeads(m, ins) + "</tr></thead><tbody>\n";
  for (const AreaProgress& a : ins.areas) {
    std::string label = a.area->kind == AreaKind::kPriority ? "priority " : "";
    *out += fmt::format("<tr class=\"area-row\"><td><b>{}{}.</b> {}<br><span class=\"themes\">{}</span></td>", label,
                        a.area->ordinal, HtmlEscape(a.area->text), HtmlEscape(SubjectsLine(*a.area, h)));
    for (size_t c = 0; c < a.cells.size(); ++c) {
      *out += StatusCell(a.cells[c], a, h, fmt::format("{}{}-v{}", AreaKindId(a.area->kind), a.area->ordinal, c));
    }
    *out += "</tr>\n";
  }
  *out += "</tbody></table>\n";
}

void QuoteBlocks(const ProgressCell& cell, std::string* out) {
  for (const Quote& q : cell.quotes) {
    *out += fmt::format(
        "<blockquote title=\"finding {}\">{}<span class=\"src\">{} \u2014 judged {}{}</span></blockquote>\n",
        q.finding->id, HtmlEscape(q.finding->text), HtmlEscape(q.Source()), JudgementId(q.finding->judgement),
        q.finding->quantifier.empty() ? "" : ", quantifier \u201c" + HtmlEscape(q.finding->quantifier) + "\u201d");
  }
}

void AreaQuotes(const ProgressModel& m, const InspectionProgress& ins, std::string* out) {
  const AuthorityHistory& h = *m.history;
  *out += "<h2>What the inspectors said, area by area</h2>\n";
  for (const AreaProgress& a : ins.areas) {
    *out += fmt::format("<div class=\"area\"><h3>{}. {}</h3>\n", a.area->ordinal, HtmlEscape(a.area->text));
    for (size_t c = 0; c < a.cells.size(); ++c) {
      const ProgressCell& cell = a.cells[c];
      const Visit& v = m.visits[ins.columns[c]];
      *out += fmt::format("<p id=\"{}{}-v{}\"><b>{}</b>: {}", AreaKindId(a.area->kind), a.area->ordinal, c,
                          HtmlEscape(v.Title()), HtmlEscape(CellHeadline(cell)));
      if (cell.Evaluative() > 0 || cell.counts[0] > 0) *out += " (" + HtmlEscape(CountsText(cell.counts)) + ")";
      *out += "<br><small>" + HtmlEscape(CellBasis(cell, *a.area, h)) + "</small></p>\n";
      QuoteBlocks(cell, out);
    }
    *out += "</div>\n";
  }
}

// Earlier inspections' areas: were they covered by the visits after, and raised again at the next inspection?
void EarlierInspections(const ProgressModel& m, std::string* out) {
  if (m.inspections.size() < 2) return;
  const AuthorityHistory& h = *m.history;
  *out += "<h2>Earlier inspections: their areas to the inspection after them</h2>\n";
  for (size_t i = 0; i + 1 < m.inspections.size(); ++i) {
    const InspectionProgress& ins = m.inspections[i];
    *out += fmt::format("<h3>{}</h3>\n<table class=\"earlier\"><thead><tr><th>Area</th>{}</tr></thead><tbody>\n",
                        HtmlEscape(m.visits[ins.baseline].Title()), ColumnHeads(m, ins));
    for (const AreaProgress& a : ins.areas) {
      *out += fmt::format("<tr><td><b>{}.</b> {}</td>", a.area->ordinal, HtmlEscape(a.area->text));
      for (const ProgressCell& cell : a.cells) *out += StatusCell(cell, a, h, "");
      *out += "</tr>\n";
    }
    *out += "</tbody></table>\n";
  }
}

}  // namespace

std::string RenderProgressHtml(const ProgressModel& m, const ReportInfo& info) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>{} \u2014 progress on Ofsted areas for improvement</title>\n<style>{}{}</style></head><body>\n",
                     HtmlEscape(m.history->DisplayName()), kStyle, StatusCss());
  Header(m, info, &out);
  const InspectionProgress* ins = m.latest();
  if (!ins) {
    out += "<p><b>No areas for improvement on record</b> for this authority's full inspections: ingest its "
           "inspection report to follow its areas.</p>\n";
  } else {
    AreasTable(m, *ins, &out);
  }
  std::string heatmap = ThemeHeatmapSvg(m);
  if (!heatmap.empty()) {
    out += "<h2>Themes, visit by visit</h2>\n<p class=\"meta\">Every theme with at least one finding since the "
           "baseline, whatever the letters covered: the cell's shade and symbol give the status its findings add up "
           "to, the number is its evaluative findings. Hover a cell for its most telling quote.</p>\n"
           "<figure class=\"heatmap\">" + heatmap + "</figure>\n";
  }
  if (ins) AreaQuotes(m, *ins, &out);
  EarlierInspections(m, &out);
  Visits(m, &out);
  out += "<h2>How to read this report</h2>\n<p class=\"meta\">Each finding is one sentence of inspector text from a "
         "findings section, labelled with themes, subjects and a judgement by the rules in <code>rules/</code>. An "
         "area for improvement is followed through the subjects it names (<code>rules/subjects.toml</code>): a visit "
         "reviewed it when one of the areas its letter covered names one of them (a link set by hand in "
         "<code>rules/areas.toml</code> can join or part two areas). In a reviewed cell, <i>strength</i> means at "
         "least 60% of the evaluative findings about the area are strengths and at most 20% weaknesses; "
         "<i>weakness persists</i> that weaknesses (mixed counting half) are at least 60%; <i>improving</i> that "
         "strengths and progress outweigh concerns; <i>mixed</i> otherwise. The inspection's own column is the "
         "baseline, never a movement; at the next inspection an area is <i>raised again</i> when one of its new "
         "areas for improvement is about the same subject. Labels are produced by rules, not by a person: check a "
         "surprising cell against its quotes.</p>\n";
  out += "</body></html>\n";
  return out;
}

}  // namespace oftrack
