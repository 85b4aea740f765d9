// RenderBriefingMarkdown: the briefing of briefing_html.cc for committee
// papers and e-mail.
#include <fmt/format.h>

#include "reports/briefing_report.h"
#include "reports/escape.h"

namespace oftrack {

std::string RenderBriefingMarkdown(const BriefingModel& b, const ReportInfo& info) {
  const ProgressModel& m = *b.progress;
  std::string out =
      fmt::format("# {} children's services: scrutiny briefing\n\n", MarkdownCell(m.history->DisplayName()));
  std::string earlier = EarlierColumns(b);
  out += fmt::format("**{}**{} · generated {} from `{}`\n\n", MarkdownCell(b.visit().Title()),
                     earlier.empty() ? std::string(" (the baseline inspection)") : " compared with " + earlier,
                     info.generated_on, info.database);
  out += fmt::format("Of the {} areas for improvement from the {}: **{}**.\n\n## Area by area\n\n", b.areas.size(),
                     m.visits[b.inspection->baseline].Title(), MovementSummary(b));
  out += "| Area | Before | Now | Movement | What inspectors said at this visit |\n|---|---|---|---|---|\n";
  for (const BriefingArea& a : b.areas) {
    std::string quote = "*the visit did not cover this area*";
    if (a.now != AreaStatus::kNotReviewed && a.quote) {
      quote = "“" + MarkdownCell(ShortenQuote(a.quote->finding->text, 170)) + "” <br>*" +
              MarkdownCell(a.quote->Source()) + "*";
    } else if (a.now != AreaStatus::kNotReviewed) {
      quote = "*covered, but no finding quoted*";
    }
    std::string now = NowText(a);
    if (a.now != AreaStatus::kNotReviewed) now += " (" + CountsText(a.cell->counts) + ")";
    out += fmt::format("| {}. {} | {} | {} | **{}** | {} |\n", a.area->area->ordinal,
                       MarkdownCell(ShortenQuote(a.area->area->text, 110)), BeforeText(b, a), now,
                       MovementLabel(a.movement), quote);
  }
  std::string mentions;
  for (const BriefingArea& a : b.areas) {
    if (!a.mentioned || !a.quote) continue;
    mentions += fmt::format("- **Area {}**: “{}” (*{}*)\n", a.area->area->ordinal,
                            MarkdownCell(ShortenQuote(a.quote->finding->text, 150)), MarkdownCell(a.quote->Source()));
  }
  if (!mentions.empty()) {
    out += "\n## Mentioned in passing\n\nAreas this visit did not cover, but whose subject its findings mention. "
           "These say nothing of progress on the area.\n\n" + mentions;
  }
  out += "\n## What is new\n\n";
  bool any = false;
  for (const BriefingArea& a : b.areas) {
    if (a.movement != Movement::kNew) continue;
    any = true;
    out += fmt::format("- **Area {}**: {} now, {} before.\n", a.area->area->ordinal, AreaStatusLabel(a.now),
                       BeforeText(b, a));
  }
  for (const BriefingTheme& t : b.new_themes) {
    any = true;
    out += fmt::format("- **{}** ({}): {}", MarkdownCell(t.theme->label), t.reason, AreaStatusLabel(t.cell->status));
    if (t.quote) {
      out += " — “" + MarkdownCell(ShortenQuote(t.quote->finding->text, 150)) + "” (*" + MarkdownCell(t.quote->Source()) +
             "*)";
    }
    out += "\n";
  }
  if (!any) out += "No theme has findings for the first time, and no area has turned to a weakness.\n";
  out += "\n## Questions members may wish to ask\n\n";
  if (b.questions.empty()) out += "No persisting weakness at this visit to draw a question from.\n";
  for (size_t i = 0; i < b.questions.size(); ++i) {
    const BriefingQuestion& q = b.questions[i];
    out += fmt::format("{}. {}\n   *{}{}*\n", i + 1, MarkdownCell(q.text),
                       q.area_ordinal ? "Area " + std::to_string(q.area_ordinal) + " · " : "",
                       q.quote ? MarkdownCell(q.quote->Source()) : "");
  }
  return out;
}

}  // namespace oftrack
