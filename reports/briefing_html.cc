// RenderBriefingHtml: one page of HTML sized for two sides of A4 (10pt text,
// 12 mm margins): a one-line summary, a compact table of the areas (status
// before and now, movement, the top quote shortened, its source), what is
// new, and the questions for members, each with the finding it rests on.
#include <fmt/format.h>

#include "reports/briefing_report.h"
#include "reports/escape.h"

namespace oftrack {
namespace {

const char kStyle[] = R"CSS(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.35;font-size:15px}
h1{font-size:1.35rem;margin:0 0 .2rem}h2{font-size:1.05rem;margin:1rem 0 .3rem;border-bottom:2px solid #333}
.meta{color:#444;font-size:.85rem;margin:.2rem 0}
.summary{font-size:1rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.8rem;table-layout:fixed}
col.c-area{width:26%}col.c-st{width:13%}col.c-mv{width:11%}col.c-q{width:37%}
th,td{border:1px solid #999;padding:.25rem .35rem;vertical-align:top;text-align:left}
th{background:#eee}
.src{display:block;font-size:.72rem;color:#444}
.mv{font-weight:600;white-space:nowrap}
ol.q li{margin:.3rem 0}
ul.new li{margin:.2rem 0}
.q .src{margin-top:.1rem}
@page{size:A4;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:9.5pt}table{font-size:7.8pt}.src{font-size:7pt}h2{page-break-after:avoid}tr,li{page-break-inside:avoid}}
)CSS";

void AreaRows(const BriefingModel& b, std::string* out) {
  *out += "<table id=\"briefing-areas\"><colgroup><col class=\"c-area\"><col class=\"c-st\"><col class=\"c-st\">"
          "<col class=\"c-mv\"><col class=\"c-q\"></colgroup><thead><tr><th>Area for improvement</th><th>Before</th><th>Now</th>"
          "<th>Movement</th><th>What inspectors said at this visit</th></tr></thead><tbody>\n";
  for (const BriefingArea& a : b.areas) {
    std::string quote = "<i>the visit did not cover this area</i>";
    if (a.now != AreaStatus::kNotReviewed && a.quote) {
      quote = fmt::format("\u201c{}\u201d<span class=\"src\">{}</span>",
                          HtmlEscape(ShortenQuote(a.quote->finding->text, 170)), HtmlEscape(a.quote->Source()));
    } else if (a.now != AreaStatus::kNotReviewed) {
      quote = "<i>covered, but no finding quoted</i>";
    }
    *out += fmt::format(
        "<tr class=\"briefing-row\"><td><b>{}.</b> {}</td><td class=\"st {}\">{} {}</td><td class=\"st {}\">{} {}<span "
        "class=\"src\">{}</span></td><td class=\"mv\">{}</td><td>{}</td></tr>\n",
        a.area->area->ordinal, HtmlEscape(ShortenQuote(a.area->area->text, 110)), AreaStatusId(a.before),
        a.before_column <= 0 ? "" : StatusSymbol(a.before), HtmlEscape(BeforeText(b, a)),
        a.now == AreaStatus::kNotReviewed ? (a.mentioned ? "mentioned" : "not_covered") : AreaStatusId(a.now),
        StatusSymbol(a.now), HtmlEscape(NowText(a)),
        a.now == AreaStatus::kNotReviewed ? "" : HtmlEscape(CountsText(a.cell->counts)), MovementLabel(a.movement),
        quote);
  }
  *out += "</tbody></table>\n";
}

void Mentions(const BriefingModel& b, std::string* out) {
  std::string items;
  for (const BriefingArea& a : b.areas) {
    if (!a.mentioned || !a.quote) continue;
    items += fmt::format("<li><b>Area {}</b>: \u201c{}\u201d<span class=\"src\">{}</span></li>\n",
                         a.area->area->ordinal, HtmlEscape(ShortenQuote(a.quote->finding->text, 150)),
                         HtmlEscape(a.quote->Source()));
  }
  if (items.empty()) return;
  *out += "<h2>Mentioned in passing</h2>\n<p class=\"meta\">Areas this visit did not cover, but whose subject its "
          "findings mention. These say nothing of progress on the area.</p>\n<ul class=\"new\" id=\"mentions\">\n" +
          items + "</ul>\n";
}

void NewThemes(const BriefingModel& b, std::string* out) {
  *out += "<h2>What is new</h2>\n";
  std::string items;
  for (const BriefingArea& a : b.areas) {
    if (a.movement != Movement::kNew) continue;
    items += fmt::format("<li><b>Area {}</b>: {} now, {} before.</li>\n", a.area->area->ordinal,
                         AreaStatusLabel(a.now), HtmlEscape(BeforeText(b, a)));
  }
  for (const BriefingTheme& t : b.new_themes) {
    items += fmt::format("<li><b>{}</b> ({}): {} {}", HtmlEscape(t.theme->label), HtmlEscape(t.reason),
                         StatusSymbol(t.cell->status), AreaStatusLabel(t.cell->status));
    if (t.quote) {
      items += fmt::format(" \u2014 \u201c{}\u201d<span class=\"src\">{}</span>",
                           HtmlEscape(ShortenQuote(t.quote->finding->text, 150)), HtmlEscape(t.quote->Source()));
    }
    items += "</li>\n";
  }
  if (items.empty()) {
    *out += "<p>No theme has findings for the first time, and no area has turned to a weakness.</p>\n";
  } else {
    *out += "<ul class=\"new\">\n" + items + "</ul>\n";
  }
}

void Questions(const BriefingModel& b, std::string* out) {
  *out += "<h2>Questions members may wish to ask</h2>\n";
  if (b.questions.empty()) {
    *out += "<p>No persisting weakness at this visit to draw a question from.</p>\n";
    return;
  }
  *out += "<ol class=\"q\">\n";
  for (const BriefingQuestion& q : b.questions) {
    *out += fmt::format("<li class=\"question\">{}<span class=\"src\">{}{}</span></li>\n", HtmlEscape(q.text),
                        q.area_ordinal ? "Area " + std::to_string(q.area_ordinal) + " \u00b7 " : "",
                        q.quote ? HtmlEscape(q.quote->Source()) : "");
  }
  *out += "</ol>\n";
}

}  // namespace

std::string RenderBriefingHtml(const BriefingModel& b, const ReportInfo& info) {
  const ProgressModel& m = *b.progress;
  const std::string name = m.history->DisplayName();
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>{} \u2014 scrutiny briefing, {}</title>\n<style>{}{}</style></head><body>\n",
                     HtmlEscape(name), HtmlEscape(b.visit().Title()), kStyle, StatusCss());
  out += fmt::format("<h1>{} children's services: scrutiny briefing</h1>\n", HtmlEscape(name));
  std::string earlier = EarlierColumns(b);
  out += fmt::format("<p class=\"meta\"><b>{}</b>{} \u00b7 generated {} from <code>{}</code></p>\n",
                     HtmlEscape(b.visit().Title()),
                     earlier.empty() ? std::string(" (the baseline inspection)")
                                     : " compared with " + HtmlEscape(earlier),
                     HtmlEscape(info.generated_on), HtmlEscape(info.database));
  out += fmt::format("<p class=\"summary\">Of the {} areas for improvement from the {}: <b>{}</b>.</p>\n",
                     b.areas.size(), HtmlEscape(m.visits[b.inspection->baseline].Title()),
                     HtmlEscape(MovementSummary(b)));
  out += "<h2>Area by area</h2>\n";
  AreaRows(b, &out);
  Mentions(b, &out);
  NewThemes(b, &out);
  Questions(b, &out);
  out += "<p class=\"meta\">A visit reviewed an area when one of the areas its letter covered is about the same "
         "subject; its status then comes from the visit's findings (sentences) about the area, labelled by rules (S "
         "strength, W weakness, M mixed, P progress). \u201cBefore\u201d is the last visit that reviewed the area, "
         "or the inspection that raised it. The full evidence, visit by visit, is in the progress report.</p>\n";
  return out + "</body></html>\n";
}

}  // namespace oftrack
