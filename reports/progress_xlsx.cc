// WriteProgressXlsx: the progress report as an Excel workbook, through
// libxlsxwriter (the only user of it). Every text cell goes through
// worksheet_write_string after FormulaSafe, so a finding that starts with "="
// is stored as the text "'=..." in the shared-strings table and never as a
// formula; counts are numbers. The workbook is written to "<path>.tmp" and
// renamed, so a failed run leaves no half-written file under the real name.
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>

#include "model/finding.h"
#include "reports/escape.h"
#include "reports/progress_detail.h"
#include "reports/progress_report.h"

namespace oftrack {
namespace {

// Excel's limit on a cell's text is 32,767 characters; cut well before, on a
// UTF-8 boundary.
std::string CellText(std::string_view text) {
  std::string out = FormulaSafe(text);
  constexpr size_t kMax = 32000;
  if (out.size() > kMax) {
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

class Writer {
 public:
  explicit Writer(lxw_workbook* wb) : wb_(wb) {
    bold_ = workbook_add_format(wb_);
    format_set_bold(bold_);
    title_ = workbook_add_format(wb_);
    format_set_bold(title_);
    format_set_font_size(title_, 14);
    wrap_ = workbook_add_format(wb_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    for (AreaStatus s : {AreaStatus::kBaseline, AreaStatus::kNotReviewed, AreaStatus::kWeaknessPersists,
                         AreaStatus::kMixed, AreaStatus::kImproving, AreaStatus::kStrength, AreaStatus::kRaisedAgain,
                         AreaStatus::kNotRaised}) {
      lxw_format* f = workbook_add_format(wb_);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_border(f, LXW_BORDER_THIN);
      if (s == AreaStatus::kWeaknessPersists) format_set_bg_color(f, 0xF2B8B2);
      if (s == AreaStatus::kMixed) format_set_bg_color(f, 0xFDE3A0);
      if (s == AreaStatus::kImproving) format_set_bg_color(f, 0xD3E9FB);
      if (s == AreaStatus::kStrength) format_set_bg_color(f, 0xC4E6D4);
      if (s == AreaStatus::kBaseline) format_set_bg_color(f, 0xE6E6E6);
      if (s == AreaStatus::kRaisedAgain) format_set_bg_color(f, 0xF7D9C4);
      status_[static_cast<int>(s)] = f;
    }
  }

  void Text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* f = nullptr) {
    Check(worksheet_write_string(ws, row, col, CellText(text).c_str(), f));
  }
  void Number(lxw_worksheet* ws, int row, int col, double n) { Check(worksheet_write_number(ws, row, col, n, nullptr)); }
  void Comment(lxw_worksheet* ws, int row, int col, const std::string& text) {
    Check(worksheet_write_comment(ws, row, col, CellText(text).c_str()));
  }
  lxw_format* bold() const { return bold_; }
  lxw_format* title() const { return title_; }
  lxw_format* wrap() const { return wrap_; }
  lxw_format* status(AreaStatus s) const { return status_[static_cast<int>(s)]; }
  lxw_error first_error() const { return error_; }

 private:
  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }
  lxw_workbook* wb_;
  lxw_format *bold_, *title_, *wrap_;
  lxw_format* status_[8] = {};
  lxw_error error_ = LXW_NO_ERROR;
};

std::string CellLabel(const ProgressCell& cell) {
  std::string out = CellHeadline(cell);
  if (cell.Evaluative() > 0) out += "\n" + CountsText(cell.counts);
  if (cell.review == ReviewKind::kCovered && cell.match) {
    out += "\non covered area " + std::to_string(cell.match->other->ordinal);
  }
  return out;
}

std::string CellComment(const ProgressCell& cell) {
  if (cell.quotes.empty()) return "";
  const Quote& q = cell.quotes.front();
  return "\u201c" + q.finding->text + "\u201d \u2014 " + q.Source() + " (finding " + std::to_string(q.finding->id) + ")";
}

// A status matrix: names down the side, the columns' visits across, the top quote as a comment.
void Matrix(Writer& w, lxw_worksheet* ws, const ProgressModel& m, const std::vector<int>& columns,
            const std::string& title, const std::vector<std::pair<std::string, const std::vector<ProgressCell>*>>& rows) {
  w.Text(ws, 0, 0, title, w.title());
  w.Text(ws, 1, 0,
         "A visit reviewed an area when one of the areas its letter covered is about the same subject. Counts are "
         "findings (sentences) about the row: S strength, W weakness, M mixed, P progress. The comment on a cell is "
         "its most telling quote; the Detail sheet has every cell with what it was matched on and its source.");
  w.Text(ws, 3, 0, "", w.bold());
  for (size_t c = 0; c < columns.size(); ++c) {
    const Visit& v = m.visits[columns[c]];
    w.Text(ws, 3, static_cast<int>(c) + 1, v.ShortLabel() + " (" + v.start.Iso() + ")", w.bold());
  }
  worksheet_set_column(ws, 0, 0, 60, w.wrap());
  worksheet_set_column(ws, 1, static_cast<lxw_col_t>(columns.size()), 22, nullptr);
  worksheet_freeze_panes(ws, 4, 1);
  for (size_t r = 0; r < rows.size(); ++r) {
    const int row = static_cast<int>(r) + 4;
    w.Text(ws, row, 0, rows[r].first, w.wrap());
    const auto& cells = *rows[r].second;
    for (size_t c = 0; c < cells.size(); ++c) {
      w.Text(ws, row, static_cast<int>(c) + 1, CellLabel(cells[c]), w.status(cells[c].status));
      std::string comment = CellComment(cells[c]);
      if (!comment.empty()) w.Comment(ws, row, static_cast<int>(c) + 1, comment);
    }
  }
}

void Detail(Writer& w, lxw_worksheet* ws, const ProgressModel& m) {
  Table t = ProgressRows(m);
  for (size_t c = 0; c < t.columns.size(); ++c) w.Text(ws, 0, static_cast<int>(c), t.columns[c], w.bold());
  for (size_t r = 0; r < t.rows.size(); ++r) {
    for (size_t c = 0; c < t.rows[r].size(); ++c) {
      const std::string& v = t.rows[r][c];
      if (IsNumericDetailColumn(c) && !v.empty()) {
        w.Number(ws, static_cast<int>(r) + 1, static_cast<int>(c), std::stod(v));
      } else {
        w.Text(ws, static_cast<int>(r) + 1, static_cast<int>(c), v);
      }
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()), static_cast<lxw_col_t>(t.columns.size() - 1));
  worksheet_set_column(ws, 5, 5, 40, nullptr);
  worksheet_set_column(ws, 9, 9, 50, nullptr);
  worksheet_set_column(ws, 16, 17, 60, nullptr);
}

// Every quote the HTML report lists, area by area and visit by visit.
void Quotes(Writer& w, lxw_worksheet* ws, const ProgressModel& m) {
  const char* heads[] = {"area", "area_text", "visit", "visit_start", "status", "rank", "quote", "judgement", "source",
                         "finding_id"};
  for (int c = 0; c < 10; ++c) w.Text(ws, 0, c, heads[c], w.bold());
  int row = 1;
  const InspectionProgress* ins = m.latest();
  for (size_t r = 0; ins && r < ins->areas.size(); ++r) {
    const AreaProgress& a = ins->areas[r];
    for (size_t c = 0; c < a.cells.size(); ++c) {
      const Visit& v = m.visits[ins->columns[c]];
      for (size_t k = 0; k < a.cells[c].quotes.size(); ++k) {
        const Quote& q = a.cells[c].quotes[k];
        w.Number(ws, row, 0, a.area->ordinal);
        w.Text(ws, row, 1, a.area->text);
        w.Text(ws, row, 2, v.Title());
        w.Text(ws, row, 3, v.start.Iso());
        w.Text(ws, row, 4, CellHeadline(a.cells[c]));
        w.Number(ws, row, 5, static_cast<double>(k + 1));
        w.Text(ws, row, 6, q.finding->text, w.wrap());
        w.Text(ws, row, 7, JudgementId(q.finding->judgement));
        w.Text(ws, row, 8, q.Source());
        w.Number(ws, row, 9, static_cast<double>(q.finding->id));
        ++row;
      }
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 1)), 9);
  worksheet_set_column(ws, 1, 1, 40, nullptr);
  worksheet_set_column(ws, 6, 6, 80, nullptr);
  worksheet_set_column(ws, 8, 8, 60, nullptr);
}

void Grades(Writer& w, lxw_worksheet* ws, const ProgressModel& m) {
  const char* heads[] = {"inspection", "start", "overall", "leaders", "help_protection", "in_care", "care_leavers",
                         "file"};
  for (int c = 0; c < 8; ++c) w.Text(ws, 0, c, heads[c], w.bold());
  int row = 1;
  for (int idx : m.full_inspections) {
    const Visit& v = m.visits[idx];
    const StoredDocument& d = v.primary();
    auto grade = [&](GradeDomain domain) { return GradeText(d, domain); };
    std::vector<std::string> cells = {v.Title(),
                                      v.start.Iso(),
                                      grade(GradeDomain::kOverall),
                                      grade(GradeDomain::kLeaders),
                                      grade(GradeDomain::kHelpProtection),
                                      grade(GradeDomain::kInCare),
                                      grade(GradeDomain::kCareLeavers),
                                      d.file};
    for (int c = 0; c < 8; ++c) w.Text(ws, row, c, cells[c]);
    ++row;
  }
  worksheet_set_column(ws, 0, 0, 40, nullptr);
  worksheet_set_column(ws, 2, 6, 24, nullptr);
  worksheet_set_column(ws, 7, 7, 50, nullptr);
}

}  // namespace

Status WriteProgressXlsx(const ProgressModel& m, const ReportInfo& info, const std::string& path) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  const std::string tmp = path + ".tmp";
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) return Status::IoError(path, "cannot create the workbook");
  Writer w(wb);
  const std::string name = m.history->DisplayName();
  std::vector<std::pair<std::string, const std::vector<ProgressCell>*>> area_rows, theme_rows;
  const InspectionProgress* ins = m.latest();
  for (size_t r = 0; ins && r < ins->areas.size(); ++r) {
    const AreaProgress& a = ins->areas[r];
    area_rows.emplace_back(std::to_string(a.area->ordinal) + ". " + a.area->text, &a.cells);
  }
  for (const ThemeProgress* t : ThemesWithFindings(m)) theme_rows.emplace_back(t->label, &t->cells);
  std::string baseline = ins ? m.visits[ins->baseline].Title() : "no full inspection with areas on record";
  Matrix(w, workbook_add_worksheet(wb, "Areas"), m, ins ? ins->columns : m.theme_columns,
         name + ": areas for improvement from the " + baseline + ", generated " + info.generated_on, area_rows);
  Matrix(w, workbook_add_worksheet(wb, "Themes"), m, m.theme_columns,
         name + ": every theme with findings, visit by visit", theme_rows);
  Detail(w, workbook_add_worksheet(wb, "Detail"), m);
  Quotes(w, workbook_add_worksheet(wb, "Quotes"), m);
  Grades(w, workbook_add_worksheet(wb, "Grades"), m);
  lxw_error first = w.first_error();
  lxw_error closed = workbook_close(wb);
  if (first == LXW_NO_ERROR) first = closed;
  if (first != LXW_NO_ERROR) {
    std::filesystem::remove(tmp, ec);
    return Status::IoError(path, std::string("cannot write the workbook: ") + lxw_strerror(first));
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IoError(path, "cannot write the workbook (" + ec.message() + ")");
  return Status::OK();
}

}  // namespace oftrack
