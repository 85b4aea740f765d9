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

std::string OverallGrade(const std::vector<GradeRecord>& grades) {
  std::string from_heading;
  for (const GradeRecord& g : grades) {
    if (g.domain != "overall") continue;
    if (g.source == "table") return g.grade;
    if (from_heading.empty()) from_heading = g.grade;
  }
  return from_heading;
}

// True when candidate a should stand for its visit rather than b.
bool Better(const NationalInspection& a, const NationalInspection& b) {
  if (a.areas.size() != b.areas.size()) return a.areas.size() > b.areas.size();
  if ((a.document.source_kind == "pdf") != (b.document.source_kind == "pdf")) return a.document.source_kind == "pdf";
  return a.document.id < b.document.id;
}

Result<std::vector<NationalInspection>> ReadInspections(Database* db) {
  auto docs = AllDocuments(db);
  if (!docs.ok()) return docs.status();
  auto authorities = ListAuthorities(db);
  if (!authorities.ok()) return authorities.status();
  std::map<int, std::string> names;
  for (const auto& a : authorities.value()) names[a.urn] = a.name;

  std::map<std::pair<int, std::string>, NationalInspection> by_visit;  // (urn, start) -> chosen document
  for (const DocumentRecord& d : docs.value()) {
    if (d.urn == 0 || d.visit_start.empty() || !IsFullInspection(DocTypeFromId(d.doc_type))) continue;
    NationalInspection in;
    in.urn = d.urn;
    in.authority = names.count(d.urn) ? names[d.urn] : d.authority_as_written;
    in.document = d;
    in.year = Date::FromIso(d.visit_start).year;
    auto grades = GradesForDocument(db, d.id);
    if (!grades.ok()) return grades.status();
    in.overall = OverallGrade(grades.value());
    auto areas = AreasForDocument(db, d.id);
    if (!areas.ok()) return areas.status();
    for (AreaRecord& a : areas.value()) {
      if (a.kind == "improve" || a.kind == "priority") in.areas.push_back(std::move(a));
    }
    std::stable_sort(in.areas.begin(), in.areas.end(), [](const AreaRecord& x, const AreaRecord& y) {
      return x.kind != y.kind ? x.kind == "priority" : x.ordinal < y.ordinal;
    });
    auto key = std::make_pair(d.urn, d.visit_start);
    auto it = by_visit.find(key);
    if (it == by_visit.end()) {
      by_visit.emplace(key, std::move(in));
    } else if (Better(in, it->second)) {
      if (in.overall.empty()) in.overall = it->second.overall;
      it->second = std::move(in);
    } else if (it->second.overall.empty()) {
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
  std::set<std::string> grades;
  for (const NationalInspection& in : m->inspections) {
    years.insert(in.year);
    grades.insert(in.overall);
    m->inspections_by_year[in.year]++;
    m->inspections_by_grade[in.overall]++;
    std::set<std::string> seen;
    for (const AreaRecord& a : in.areas) {
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
                   [](const std::string& a, const std::string& b) { return GradeOrder(a) < GradeOrder(b); });
}

Status FillNeighbours(Database* db, int urn, NationalModel* m) {
  auto refs = AuthorityReferences(db);
  if (!refs.ok()) return refs.status();
  const AuthorityReference* self = nullptr;
  std::map<std::string, const AuthorityReference*> by_code;
  for (const AuthorityReference& a : refs.value()) {
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
      for (const AreaRecord& area : col.latest->areas) {
        for (const std::string& t : area.themes) col.themes[t]++;
      }
    }
    m->neighbours.push_back(std::move(col));
  }
  return Status::OK();
}

}  // namespace

int GradeOrder(const std::string& g) {
  if (g == "outstanding") return 0;
  if (g == "good") return 1;
  if (g == "requires_improvement") return 2;
  if (g == "adequate") return 3;
  if (g == "inadequate") return 4;
  return 5;
}

Result<NationalModel> BuildNational(Database* db, int urn) {
  NationalModel m;
  auto labels = ThemeLabels(db);
  if (!labels.ok()) return labels.status();
  for (const auto& [id, label] : labels.value()) m.labels[id] = label;
  auto inspections = ReadInspections(db);
  if (!inspections.ok()) return inspections.status();
  m.inspections = std::move(inspections).value();
  CountThemes(&m);
  if (urn != 0) {
    Status st = FillNeighbours(db, urn, &m);
    if (!st.ok()) return st;
  }
  return m;
}

}  // namespace oftrack
