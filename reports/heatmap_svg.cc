// ThemeHeatmapSvg: a grid of rectangles, one row per theme with findings and
// one column per visit, sized in user units so the browser scales it to the
// page. Each cell is shaded by status (the same colours as the areas table),
// concern states carry a hatch so grey print still tells them apart, and the
// text in the cell says the status and the number of evaluative findings
// ("✖ persists 7"), so colour is never the only carrier. A <title> per cell
// gives the tooltip: theme, visit, counts, the top quote and its source.
#include <fmt/format.h>

#include <algorithm>

#include "reports/escape.h"
#include "reports/progress_report.h"

namespace oftrack {
namespace {

constexpr int kLabelWidth = 420;
constexpr size_t kLabelMaxBytes = 66;  // longer labels are cut with "…", the whole label in a <title>
constexpr int kCellWidth = 140;
constexpr int kLegendItemWidth = 168;
constexpr int kRowHeight = 26;
constexpr int kHeadHeight = 40;
constexpr int kLegendHeight = 34;

const char* Fill(AreaStatus s) {
  switch (s) {
    case AreaStatus::kWeaknessPersists: return "#f2b8b2";
    case AreaStatus::kMixed: return "#fde3a0";
    case AreaStatus::kImproving: return "#d3e9fb";
    case AreaStatus::kStrength: return "#c4e6d4";
    default: return "#ffffff";
  }
}

// The hatch pattern over a status, or "" for none.
const char* Hatch(AreaStatus s) {
  if (s == AreaStatus::kWeaknessPersists) return "url(#hm-diag)";
  if (s == AreaStatus::kMixed) return "url(#hm-vert)";
  return "";
}

const char* ShortStatus(AreaStatus s) {
  switch (s) {
    case AreaStatus::kWeaknessPersists: return "persists";
    case AreaStatus::kMixed: return "mixed";
    case AreaStatus::kImproving: return "improving";
    case AreaStatus::kStrength: return "strength";
    default: return "none";
  }
}

void Cell(const ProgressCell& cell, int x, int y, const std::string& tooltip, std::string* out) {
  *out += fmt::format("<g class=\"hm-cell {}\"><title>{}</title>", AreaStatusId(cell.status), HtmlEscape(tooltip));
  *out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#888\"/>", x, y,
                      kCellWidth, kRowHeight, Fill(cell.status));
  if (*Hatch(cell.status)) {
    *out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x, y, kCellWidth,
                        kRowHeight, Hatch(cell.status));
  }
  const int evaluative = cell.counts[1] + cell.counts[2] + cell.counts[3] + cell.counts[4];
  std::string label = std::string(StatusSymbol(cell.status)) + " " + ShortStatus(cell.status);
  if (cell.status != AreaStatus::kNotReviewed) label += " " + std::to_string(evaluative);
  *out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"{}\">{}</text></g>", x + 8, y + 17,
                      cell.status == AreaStatus::kNotReviewed ? "hm-dim" : "hm-t", HtmlEscape(label));
}

std::string Tooltip(const ProgressModel& m, const ThemeProgress& t, size_t c) {
  const ProgressCell& cell = t.cells[c];
  std::string tip = t.label + " \u2014 " + m.visits[m.theme_columns[c]].Title() + ": " + AreaStatusLabel(cell.status);
  if (cell.status != AreaStatus::kNotReviewed) tip += " (" + CountsText(cell.counts) + ")";
  if (!cell.quotes.empty()) {
    const Quote& q = cell.quotes.front();
    tip += "\n\u201c" + q.finding->text + "\u201d\n\u2014 " + q.Source();
  }
  return tip;
}

void Legend(int y, std::string* out) {
  *out += fmt::format("<text x=\"4\" y=\"{}\" class=\"hm-t\">Key:</text>", y + 17);
  int x = 40;
  for (AreaStatus s : {AreaStatus::kWeaknessPersists, AreaStatus::kMixed, AreaStatus::kImproving,
                       AreaStatus::kStrength, AreaStatus::kNotReviewed}) {
    *out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"18\" fill=\"{}\" stroke=\"#888\"/>", x, y + 4,
                        Fill(s));
    if (*Hatch(s)) {
      *out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"18\" fill=\"{}\"/>", x, y + 4, Hatch(s));
    }
    std::string text = std::string(StatusSymbol(s)) + " " + AreaStatusLabel(s);
    *out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"hm-t\">{}</text>", x + 24, y + 17, HtmlEscape(text));
    x += kLegendItemWidth;
  }
}

}  // namespace

std::string ThemeHeatmapSvg(const ProgressModel& m) {
  std::vector<const ThemeProgress*> rows = ThemesWithFindings(m);
  const std::vector<int>& columns = m.theme_columns;
  if (rows.empty() || columns.empty()) return "";
  const int width = std::max(kLabelWidth + kCellWidth * static_cast<int>(columns.size()) + 2,
                             40 + 5 * kLegendItemWidth);
  const int grid_bottom = kHeadHeight + kRowHeight * static_cast<int>(rows.size());
  const int height = grid_bottom + kLegendHeight + 8;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "aria-labelledby=\"hm-title\" font-family=\"system-ui,Arial,sans-serif\">"
      "<title id=\"hm-title\">Themes by visit: status and number of evaluative findings</title>",
      width, height);
  out += "<defs><pattern id=\"hm-diag\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"8\" fill=\"#000\" fill-opacity=\".16\"/></pattern>"
         "<pattern id=\"hm-vert\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\"><rect width=\"2\" "
         "height=\"10\" fill=\"#000\" fill-opacity=\".09\"/></pattern>"
         "<style>.hm-t{font-size:12px;fill:#1b1b1b}.hm-dim{font-size:12px;fill:#666}.hm-h{font-size:12px;"
         "font-weight:600;fill:#1b1b1b}.hm-s{font-size:11px;fill:#444}</style></defs>";
  out += fmt::format("<text x=\"4\" y=\"{}\" class=\"hm-h\">Theme</text>", kHeadHeight - 10);
  for (size_t c = 0; c < columns.size(); ++c) {
    const int x = kLabelWidth + kCellWidth * static_cast<int>(c);
    const Visit& v = m.visits[columns[c]];
    out += fmt::format("<text x=\"{}\" y=\"16\" class=\"hm-h\">{}</text><text x=\"{}\" y=\"31\" class=\"hm-s\">{}</text>",
                       x + 8, HtmlEscape(v.ShortLabel()), x + 8, HtmlEscape(v.start.Iso()));
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    const int y = kHeadHeight + kRowHeight * static_cast<int>(r);
    const std::string& label = rows[r]->label;
    std::string shown = label;
    if (shown.size() > kLabelMaxBytes) {
      size_t cut = kLabelMaxBytes;
      while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
      shown = shown.substr(0, cut) + "\u2026";
    }
    out += fmt::format("<g class=\"hm-row\"><text x=\"4\" y=\"{}\" class=\"hm-t\"><title>{}</title>{}</text>", y + 17,
                       HtmlEscape(label), HtmlEscape(shown));
    for (size_t c = 0; c < columns.size(); ++c) {
      Cell(rows[r]->cells[c], kLabelWidth + kCellWidth * static_cast<int>(c), y, Tooltip(m, *rows[r], c), &out);
    }
    out += "</g>";
  }
  Legend(grid_bottom + 8, &out);
  return out + "</svg>";
}

}  // namespace oftrack
