#include "track/progress.h"

#include <algorithm>
#include <map>

namespace oftrack {
namespace {

// What a finding must name to be about an area: its subjects, or, for an area
// the subject rules found nothing in, its themes.
struct About {
  std::vector<std::string> subjects, themes;

  bool Holds(const StoredFinding& f) const {
    if (!subjects.empty()) return NamesAnyOf(f, subjects);
    for (const std::string& t : f.themes) {
      if (std::find(themes.begin(), themes.end(), t) != themes.end()) return true;
    }
    return false;
  }
  int Named(const StoredFinding& f) const {
    int n = 0;
    for (const std::string& s : f.subjects) n += std::count(subjects.begin(), subjects.end(), s) > 0;
    return n;
  }
  // Subjects the finding names that are not the area's: a finding about the
  // front door and the 16-17 homeless panel is a weaker quote for the MASH.
  int Elsewhere(const StoredFinding& f) const { return static_cast<int>(f.subjects.size()) - Named(f); }
};

About AboutArea(const AreaForImprovement& a, const AuthorityHistory& h) {
  return About{KeySubjects(a, h.practice_subjects), a.themes};
}

std::vector<const StoredFinding*> FindingsAbout(const std::vector<StoredFinding>& findings, const About& about) {
  std::vector<const StoredFinding*> out;
  for (const StoredFinding& f : findings) {
    if (about.Holds(f)) out.push_back(&f);
  }
  return out;
}

// Which judgements speak for a status, for picking quotes.
bool Agrees(AreaStatus status, Judgement j) {
  switch (status) {
    // The inspection raised the area for what was wrong: its criticism first.
    case AreaStatus::kBaseline: return j == Judgement::kWeakness || j == Judgement::kMixed;
    case AreaStatus::kWeaknessPersists: return j == Judgement::kWeakness || j == Judgement::kMixed;
    case AreaStatus::kImproving: return j == Judgement::kProgress || j == Judgement::kStrength;
    case AreaStatus::kStrength: return j == Judgement::kStrength;
    case AreaStatus::kMixed: return j != Judgement::kNeutral && j != Judgement::kProgress;
    default: return j != Judgement::kNeutral;
  }
}

// Counts, status (for a reviewed column) and quotes from the findings about an area.
void Fill(const std::vector<const StoredFinding*>& findings, const StoredDocument& doc, const About& about,
          bool judge, ProgressCell* cell) {
  for (const StoredFinding* f : findings) cell->counts[static_cast<int>(f->judgement)]++;
  if (judge) cell->status = StatusFromCounts(cell->counts);
  auto score = [&](const StoredFinding* f) {
    int s = 0;
    if (Agrees(cell->status, f->judgement)) s += 10;
    if (f->judgement == Judgement::kNeutral) s -= 10;
    s += 3 * about.Named(*f);
    s -= 3 * about.Elsewhere(*f);
    if (!f->quantifier.empty()) s += 1;
    if (f->text.size() < 50 || f->text.size() > 400) s -= 4;
    return s;
  };
  std::vector<const StoredFinding*> ranked = findings;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const StoredFinding* a, const StoredFinding* b) { return score(a) > score(b); });
  for (const StoredFinding* f : ranked) {
    if (cell->quotes.size() >= 3) break;
    if (f->judgement == Judgement::kNeutral && cell->Evaluative() > 0) continue;
    cell->quotes.push_back(Quote{f, &doc});
  }
}

// The areas a visit's letter says it covered (its first document that lists any).
std::vector<const AreaForImprovement*> CoveredAreas(const Visit& v) {
  for (const StoredDocument* d : v.documents) {
    std::vector<const AreaForImprovement*> covered = d->AreasOf(AreaKind::kCovered);
    if (!covered.empty()) return covered;
  }
  return {};
}

std::vector<const AreaForImprovement*> AreasToFollow(const StoredDocument& d) {
  std::vector<const AreaForImprovement*> out = d.AreasOf(AreaKind::kImprove);
  for (const AreaForImprovement* a : d.AreasOf(AreaKind::kPriority)) out.push_back(a);
  return out;
}

// The grade of a domain at an inspection; care leavers graded within children
// in care before 2023 and apart from them after are taken as one judgement.
GradeValue GradeAt(const StoredDocument& d, GradeDomain domain) {
  if (const Grade* g = d.GradeOf(domain)) return g->value;
  if (domain == GradeDomain::kCareLeavers) {
    if (const Grade* g = d.GradeOf(GradeDomain::kInCare)) return g->value;
  }
  return GradeValue::kNone;
}

// The judgement an area belongs to: where most of the baseline's findings about it sit.
void FindDomain(const std::vector<const StoredFinding*>& findings, AreaProgress* row) {
  std::map<GradeDomain, int> votes;
  for (const StoredFinding* f : findings) {
    GradeDomain d;
    bool combined = false;
    if (GradeDomainOfLabel(f->section, &d, &combined) && d != GradeDomain::kOverall) votes[d]++;
  }
  int best = 0;
  for (const auto& [d, n] : votes) {
    if (n > best) {
      best = n;
      row->domain = d;
      row->domain_known = true;
    }
  }
}

ProgressCell Column(const AuthorityHistory& h, const std::vector<Visit>& visits, const InspectionProgress& ins,
                    int visit, const AreaProgress& row, const std::vector<AreaLink>& links) {
  const Visit& v = visits[visit];
  const StoredDocument& doc = v.primary();
  const AreaForImprovement& area = *row.area;
  const About about = AboutArea(area, h);
  const std::vector<StoredFinding>& findings = h.FindingsOf(doc);
  ProgressCell cell;
  if (visit == ins.baseline) {
    cell.review = ReviewKind::kBaseline;
    cell.status = AreaStatus::kBaseline;
    Fill(FindingsAbout(findings, about), doc, about, false, &cell);
    return cell;
  }
  if (visit == ins.next_inspection) {
    cell.review = ReviewKind::kNextInspection;
    cell.match = MatchArea(area, AreasToFollow(doc), h.urn, links, h.practice_subjects);
    cell.status = cell.match ? AreaStatus::kRaisedAgain : AreaStatus::kNotRaised;
    Fill(FindingsAbout(findings, about), doc, about, false, &cell);
    if (row.domain_known) {
      cell.grade_before = GradeAt(visits[ins.baseline].primary(), row.domain);
      cell.grade_after = GradeAt(doc, row.domain);
    }
    return cell;
  }
  std::vector<const AreaForImprovement*> covered = CoveredAreas(v);
  std::vector<const StoredFinding*> about_area = FindingsAbout(findings, about);
  if (covered.empty()) {
    cell.review = ReviewKind::kNoList;
    Fill(about_area, doc, about, true, &cell);
    return cell;
  }
  cell.match = MatchArea(area, covered, h.urn, links, h.practice_subjects);
  if (!cell.match && row.domain_known) cell.match = MatchWholeJudgement(row.domain, covered);
  if (cell.match) {
    cell.review = ReviewKind::kCovered;
    if (about_area.empty()) {
      // The letter speaks of the covered area in its own words.
      About as_covered = AboutArea(*cell.match->other, h);
      Fill(FindingsAbout(findings, as_covered), doc, as_covered, true, &cell);
    } else {
      Fill(about_area, doc, about, true, &cell);
    }
    return cell;
  }
  cell.review = about_area.empty() ? ReviewKind::kNotCovered : ReviewKind::kMentioned;
  Fill(about_area, doc, about, false, &cell);
  return cell;
}

InspectionProgress Follow(const AuthorityHistory& h, const std::vector<Visit>& visits, int baseline,
                          const std::vector<AreaLink>& links) {
  InspectionProgress ins;
  ins.baseline = baseline;
  ins.columns.push_back(baseline);
  for (int i = baseline + 1; i < static_cast<int>(visits.size()); ++i) {
    ins.columns.push_back(i);
    if (visits[i].IsFullInspection()) {
      ins.next_inspection = i;
      break;
    }
  }
  const StoredDocument& doc = visits[baseline].primary();
  for (const AreaForImprovement* a : AreasToFollow(doc)) {
    AreaProgress row;
    row.area = a;
    FindDomain(FindingsAbout(h.FindingsOf(doc), AboutArea(*a, h)), &row);
    for (int c : ins.columns) row.cells.push_back(Column(h, visits, ins, c, row, links));
    ins.areas.push_back(std::move(row));
  }
  return ins;
}

}  // namespace

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
    Date when = document->published.valid() ? document->published : document->visit_start;
    if (when.valid()) out += ", " + when.Long();
    if (document->source_kind == SourceKind::kPdf) {
      if (finding->page > 0) out += ", page " + std::to_string(finding->page);
    } else if (finding->line > 0) {
      out += ", line " + std::to_string(finding->line);
    }
  }
  if (!finding->para.empty()) {
    out += ", para " + finding->para;
  } else {
    out += ", paragraph " + std::to_string(finding->block_no) + " of the text";
  }
  return out;
}

ProgressModel BuildProgress(const AuthorityHistory& history, const std::vector<AreaLink>& links) {
  ProgressModel m;
  m.history = &history;
  m.visits = BuildTimeline(history);
  for (int i = 0; i < static_cast<int>(m.visits.size()); ++i) {
    if (!m.visits[i].IsFullInspection()) continue;
    m.full_inspections.push_back(i);
    if (!AreasToFollow(m.visits[i].primary()).empty()) m.inspections.push_back(Follow(history, m.visits, i, links));
  }
  // From the latest inspection with areas; when no visit has followed it yet,
  // from the full inspection before it, so the map shows the way there.
  int from = 0;
  if (const InspectionProgress* latest = m.latest()) {
    from = latest->baseline;
    if (latest->columns.size() == 1) {
      for (int f : m.full_inspections) {
        if (f < latest->baseline) from = f;
      }
    }
  }
  for (int i = from; i < static_cast<int>(m.visits.size()); ++i) m.theme_columns.push_back(i);
  for (const auto& [id, label] : history.themes) {
    ThemeProgress row{id, label, {}};
    About about{{}, {id}};
    for (int c : m.theme_columns) {
      const StoredDocument& doc = m.visits[c].primary();
      ProgressCell cell;
      cell.review = ReviewKind::kNoList;
      Fill(FindingsAbout(history.FindingsOf(doc), about), doc, about, true, &cell);
      row.cells.push_back(std::move(cell));
    }
    m.themes.push_back(std::move(row));
  }
  return m;
}

}  // namespace oftrack
