#include "track/progress.h"

#include <algorithm>
#include <map>
#include <set>

#include "model/finding.h"

namespace oftrack {
namespace {

int JudgementIndex(const std::string& id) { return static_cast<int>(JudgementFromId(id)); }

// Which judgements speak for a status, for picking quotes.
bool Agrees(AreaStatus status, const std::string& judgement) {
  switch (status) {
    case AreaStatus::kWeaknessPersists: return judgement == "weakness" || judgement == "mixed";
    case AreaStatus::kImproving: return judgement == "progress" || judgement == "strength";
    case AreaStatus::kStrength: return judgement == "strength";
    case AreaStatus::kMixed: return judgement == "mixed" || judgement == "weakness" || judgement == "strength";
    case AreaStatus::kNotReviewed: return false;
  }
  return false;
}

int QuoteScore(const FindingRecord& f, const std::vector<std::string>& themes, AreaStatus status) {
  int score = 0;
  if (Agrees(status, f.judgement)) score += 10;
  if (f.judgement == "neutral") score -= 10;
  for (const auto& t : f.themes) {
    if (std::find(themes.begin(), themes.end(), t) != themes.end()) score += 3;
  }
  if (!f.quantifier.empty()) score += 1;
  if (f.text.size() < 50 || f.text.size() > 400) score -= 4;
  return score;
}

// Fills one cell from the findings of one visit.
ProgressCell MakeCell(const std::vector<std::pair<const FindingRecord*, const DocumentRecord*>>& findings,
                      const std::vector<std::string>& themes) {
  ProgressCell cell;
  std::vector<std::pair<const FindingRecord*, const DocumentRecord*>> matched;
  for (const auto& [f, doc] : findings) {
    bool hit = false;
    for (const auto& t : f->themes) hit = hit || std::find(themes.begin(), themes.end(), t) != themes.end();
    if (!hit) continue;
    cell.counts[JudgementIndex(f->judgement)]++;
    matched.emplace_back(f, doc);
  }
  cell.status = StatusFromCounts(cell.counts);
  std::stable_sort(matched.begin(), matched.end(), [&](const auto& a, const auto& b) {
    return QuoteScore(*a.first, themes, cell.status) > QuoteScore(*b.first, themes, cell.status);
  });
  for (size_t i = 0; i < matched.size() && cell.quotes.size() < 3; ++i) {
    if (matched[i].first->judgement == "neutral" && cell.status != AreaStatus::kNotReviewed) continue;
    cell.quotes.push_back(Quote{*matched[i].first, matched[i].second});
  }
  return cell;
}

}  // namespace

const char* AreaStatusLabel(AreaStatus status) {
  switch (status) {
    case AreaStatus::kNotReviewed: return "not reviewed";
    case AreaStatus::kWeaknessPersists: return "weakness persists";
    case AreaStatus::kMixed: return "mixed";
    case AreaStatus::kImproving: return "improving";
    case AreaStatus::kStrength: return "strength";
  }
  return "";
}

const char* AreaStatusId(AreaStatus status) {
  switch (status) {
    case AreaStatus::kNotReviewed: return "not_reviewed";
    case AreaStatus::kWeaknessPersists: return "weakness_persists";
    case AreaStatus::kMixed: return "mixed";
    case AreaStatus::kImproving: return "improving";
    case AreaStatus::kStrength: return "strength";
  }
  return "";
}

AreaStatus StatusFromCounts(const JudgementCounts& c) {
  const double s = c[1], w = c[2], m = c[3], p = c[4];
  const double e = s + w + m + p;
  if (e == 0) return AreaStatus::kNotReviewed;
  if (s >= 0.6 * e && w <= 0.2 * e) return AreaStatus::kStrength;
  if (w + m / 2 >= 0.6 * e) return AreaStatus::kWeaknessPersists;
  if (s + p > w + m / 2) return AreaStatus::kImproving;
  return AreaStatus::kMixed;
}

std::string Quote::Source() const {
  std::string out = document ? document->file : "?";
  if (document) {
    Date when = Date::FromIso(document->published.empty() ? document->visit_start : document->published);
    if (when.valid()) out += ", " + when.Long();
    if (document->source_kind == "pdf") {
      if (finding.page > 0) out += ", page " + std::to_string(finding.page);
    } else if (finding.line > 0) {
      out += ", line " + std::to_string(finding.line);
    }
  }
  if (!finding.para.empty()) {
    out += ", para " + finding.para;
  } else {
    out += ", paragraph " + std::to_string(finding.block_no) + " of the text";
  }
  return out;
}

Result<ProgressModel> BuildProgress(Database* db, const AuthoritySummary& authority) {
  ProgressModel model;
  model.authority = authority;
  auto docs = DocumentsForAuthority(db, authority.urn);
  if (!docs.ok()) return docs.status();
  model.visits = BuildTimeline(docs.value());

  // Baseline: the latest full inspection that has areas for improvement.
  std::vector<AreaRecord> baseline_areas;
  for (int i = static_cast<int>(model.visits.size()) - 1; i >= 0 && model.baseline < 0; --i) {
    if (!model.visits[i].IsFullInspection()) continue;
    for (const DocumentRecord& d : model.visits[i].documents) {
      auto areas = AreasForDocument(db, d.id);
      if (!areas.ok()) return areas.status();
      std::vector<AreaRecord> improve;
      for (auto& a : areas.value()) {
        if (a.kind == "improve") improve.push_back(std::move(a));
      }
      if (!improve.empty()) {
        model.baseline = i;
        baseline_areas = std::move(improve);
        break;
      }
    }
  }
  for (int i = 0; i < static_cast<int>(model.visits.size()); ++i) {
    if (model.visits[i].IsFullInspection()) {
      auto grades = GradesForDocument(db, model.visits[i].primary().id);
      if (!grades.ok()) return grades.status();
      model.grade_history.emplace_back(i, std::move(grades).value());
    }
    if (model.baseline >= 0 && i >= model.baseline) model.columns.push_back(i);
  }
  if (model.baseline < 0) {
    for (int i = 0; i < static_cast<int>(model.visits.size()); ++i) model.columns.push_back(i);
  }

  // Findings of each column's primary document.
  std::vector<std::vector<FindingRecord>> findings(model.columns.size());
  std::vector<std::vector<std::pair<const FindingRecord*, const DocumentRecord*>>> refs(model.columns.size());
  for (size_t c = 0; c < model.columns.size(); ++c) {
    const DocumentRecord& doc = model.visits[model.columns[c]].primary();
    auto f = FindingsForDocument(db, doc.id);
    if (!f.ok()) return f.status();
    findings[c] = std::move(f).value();
    for (const auto& rec : findings[c]) refs[c].emplace_back(&rec, &doc);
  }
  for (auto& area : baseline_areas) {
    AreaProgress row;
    row.area = std::move(area);
    for (size_t c = 0; c < model.columns.size(); ++c) row.cells.push_back(MakeCell(refs[c], row.area.themes));
    model.areas.push_back(std::move(row));
  }
  auto labels = ThemeLabels(db);
  if (!labels.ok()) return labels.status();
  for (const auto& [id, label] : labels.value()) {
    ThemeProgress row{id, label, {}};
    for (size_t c = 0; c < model.columns.size(); ++c) row.cells.push_back(MakeCell(refs[c], {id}));
    model.themes.push_back(std::move(row));
  }
  return model;
}

}  // namespace oftrack
