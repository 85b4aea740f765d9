// BuildNational: every full-inspection document is read with its overall
// grade and its areas; documents of one visit (a report and its copy in a
// committee pack) are folded to the one with most areas, PDF first, so each
// inspection counts once. Theme counts are then sums over those areas.
#include "track/national.h"

#include <algorithm>
#include <set>

#include "model/date.h"
#include "model/document.h"

namespace oftrack {
namespace {

// True when candidate a should stand for its visit rather than b.
bool Better(const NationalInspection& a, const NationalInspection& b) {
  if (a.areas.size() != b.areas.size()) return a.areas.size() > b.areas.size();
  bool a_pdf = a.document.source_kind == SourceKind::kPdf, b_pdf = b.document.source_kind == SourceKind::kPdf;
  if (a_pdf != b_pdf) return a_pdf;
  return a.document.id < b.document.id;
}

std::vector<NationalInspection> ReadInspections(const NationalRecords& records) {
  std::map<int, std::string> names;
  for (const AuthorityReference& a : records.authorities) names[a.urn] = a.name;
  std::map<std::pair<int, std::string>, NationalInspection> by_visit;  // (urn, start) -> chosen document
  for (const StoredDocument& d : records.documents) {
    if (d.urn == 0 || !d.visit_start.valid() || !IsFullInspection(d.type)) continue;
    NationalInspection in;
    in.urn = d.urn;
    in.authority = names.count(d.urn) ? names[d.urn] : d.authority_as_written;
    in.document = d;
    in.year = d.visit_start.year;
    const Grade* overall = d.GradeOf(GradeDomain::kOverall);
    in.overall = overall ? overall->value : GradeValue::kNone;
    for (const AreaForImprovement* a : d.AreasOf(AreaKind::kPriority)) in.areas.push_back(*a);
    for (const AreaForImprovement* a : d.AreasOf(AreaKind::kImprove)) in.areas.push_back(*a);
    auto key = std::make_pair(d.urn, d.visit_start.Iso());
    auto it = by_visit.find(key);
    if (it == by_visit.end()) {
      by_visit.emplace(key, std::move(in));
    } else if (Better(in, it->second)) {
      if (in.overall == GradeValue::kNone) in.overall = it->second.overall;
      it->second = std::move(in);
    } else if (it->second.overall == GradeValue::kNone) {
      it->second.overall = in.overall;
    }
  }
  std::vector<NationalInspection> out;
  for (auto& [key, in] : by_visit) out.push_back(std::move(in));
  std::stable_sort(out.begin(), out.end(), [](const NationalInspection& a, const NationalInspection& b) {
    return a.authority != b.authority ? a.authority < b.authority : a.document.visit_start < b.document.visit_start;
  });
  return out;
}

void CountThemes(NationalModel* m) {
  std::map<std::string, NationalTheme> themes;
  std::set<int> years;
  std::set<GradeValue> grades;
  for (const NationalInspection& in : m->inspections) {
    years.insert(in.year);
    grades.insert(in.overall);
    m->inspections_by_year[in.year]++;
    m->inspections_by_grade[in.overall]++;
    std::set<std::string> seen;
    for (const AreaForImprovement& a : in.areas) {
      for (const std::string& t : a.themes) {
        NationalTheme& row = themes[t];
        row.theme = t;
        row.areas++;
        row.by_year[in.year]++;
        row.by_grade[in.overall]++;
        if (seen.insert(t).second) row.inspections++;
      }
    }
  }
  for (auto& [id, row] : themes) {
    row.label = m->labels.count(id) ? m->labels[id] : id;
    m->themes.push_back(std::move(row));
  }
  std::stable_sort(m->themes.begin(), m->themes.end(),
                   [](const NationalTheme& a, const NationalTheme& b) { return a.areas > b.areas; });
  m->years.assign(years.begin(), years.end());
  m->grades.assign(grades.begin(), grades.end());
  std::stable_sort(m->grades.begin(), m->grades.end(),
                   [](GradeValue a, GradeValue b) { return GradeRank(a) > GradeRank(b); });
}

Status FillNeighbours(const std::vector<AuthorityReference>& refs, int urn, NationalModel* m) {
  const AuthorityReference* self = nullptr;
  std::map<std::string, const AuthorityReference*> by_code;
  for (const AuthorityReference& a : refs) {
    if (a.urn == urn) self = &a;
    if (!a.la_code.empty()) by_code[a.la_code] = &a;
  }
  if (!self) return Status::Usage("authority " + std::to_string(urn) + " is not in the reference table");
  std::vector<const AuthorityReference*> order = {self};
  for (const std::string& code : self->stat_neighbours) {
    auto it = by_code.find(code);
    if (it != by_code.end()) order.push_back(it->second);
  }
  for (const AuthorityReference* a : order) {
    NeighbourColumn col{*a, nullptr, {}};
    for (const NationalInspection& in : m->inspections) {
      if (in.urn == a->urn) col.latest = &in;  // inspections are in date order per authority
    }
    if (col.latest) {
      for (const AreaForImprovement& area : col.latest->areas) {
        for (const std::string& t : area.themes) col.themes[t]++;
      }
    }
    m->neighbours.push_back(std::move(col));
  }
  return Status::OK();
}

}  // namespace

Result<NationalModel> BuildNational(const NationalRecords& records, int urn) {
  NationalModel m;
  for (const auto& [id, label] : records.themes) m.labels[id] = label;
  m.inspections = ReadInspections(records);
  CountThemes(&m);
  if (urn != 0) {
    Status st = FillNeighbours(records.authorities, urn, &m);
    if (!st.ok()) return st;
  }
  return m;
}

}  // namespace oftrack
