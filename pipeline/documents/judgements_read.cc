// ReadGradesAndAreas: grades from the grade table (grade_table.cc) and from
// section headings, areas from the areas sections (areas_list.cc).
//
// Headings carry a grade after a colon ("The experiences and progress of
// children who need help and protection: inadequate"); Segment puts it in
// Section::heading_grade, also for a SIF section whose first rows hold the
// grade and a 2013 section followed by "Grade 4 (Inadequate)". Both sources
// are kept (source "table" / "heading"); when they disagree on a domain the
// document gets a warning naming both.
#include "documents/judgements_read.h"

#include <re2/re2.h>

#include <string>

#include "documents/judgements_read_parts.h"

namespace oftrack {
namespace judgements {
namespace {

std::vector<Grade> HeadingGrades(const Document& doc) {
  std::vector<Grade> out;
  for (const Section& s : doc.sections) {
    if (s.heading_grade == GradeValue::kNone) continue;
    Grade g;
    if (!DomainOfLabel(s.heading, &g.domain, &g.combined_care)) continue;
    g.value = s.heading_grade;
    g.source = "heading";
    g.raw = s.heading;
    g.page = s.page;
    g.line = s.line;
    out.push_back(std::move(g));
  }
  return out;
}

void WarnOnDisagreement(const std::vector<Grade>& grades, Document* doc) {
  for (const Grade& t : grades) {
    if (t.source != "table") continue;
    for (const Grade& h : grades) {
      if (h.source != "heading" || h.domain != t.domain || h.value == t.value) continue;
      doc->warnings.push_back(std::string("grade for ") + GradeDomainId(t.domain) + ": table says " +
                              GradeId(t.value) + " (page " + std::to_string(t.page) + "), heading '" + h.raw +
                              "' says " + GradeId(h.value) + " (page " + std::to_string(h.page) + ")");
    }
  }
}

}  // namespace

bool DomainOfLabel(std::string_view label, GradeDomain* domain, bool* combined_care) {
  return GradeDomainOfLabel(label, domain, combined_care);
}

}  // namespace judgements

void ReadGradesAndAreas(const DocumentText& text, Document* doc) {
  doc->grades = judgements::ReadTableGrades(text, doc->type);
  if (IsFullInspection(doc->type)) {
    for (Grade& g : judgements::HeadingGrades(*doc)) doc->grades.push_back(std::move(g));
    judgements::WarnOnDisagreement(doc->grades, doc);
  }
  doc->areas = judgements::ReadAreas(*doc);
}

}  // namespace oftrack
