// The checks are cheap counts over what Recognise read; each warning names
// the part of the document to look at, so that a reader can settle it with
// the PDF open ("grade table: 3 of the 4 rows an ILACS report has: ... look
// at the table on page 1").
#include "documents/plausibility.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

namespace oftrack {
namespace {

std::string Where(int page, int line) {
  return page > 0 ? "page " + std::to_string(page) : "line " + std::to_string(line);
}

bool IsLetter(DocType t) { return t == DocType::kMonitoringVisit || t == DocType::kFocusedVisit; }

bool IsIlacs(DocType t) { return t == DocType::kIlacs || t == DocType::kIlacsShort; }

// The judgement domains a report of this type and year grades in its table.
std::vector<GradeDomain> TableDomains(const Document& doc) {
  using D = GradeDomain;
  if (IsIlacs(doc.type)) {
    // From 2023 care leavers are graded apart from children in care.
    if (doc.visit_start.valid() && doc.visit_start.year >= 2023) {
      return {D::kOverall, D::kLeaders, D::kHelpProtection, D::kInCare, D::kCareLeavers};
    }
    return {D::kOverall, D::kLeaders, D::kHelpProtection, D::kInCare};
  }
  if (doc.type == DocType::kSif) {
    return {D::kOverall, D::kHelpProtection, D::kInCare, D::kAdoption, D::kCareLeavers, D::kLeaders};
  }
  return {};  // 2012-13 looked-after reports grade outside the model's domains
}

void CheckGradeTable(Document* doc) {
  std::vector<GradeDomain> expected = TableDomains(*doc);
  if (expected.empty()) return;
  std::vector<std::string> missing;
  int page = 0;
  for (GradeDomain d : expected) {
    auto it = std::find_if(doc->grades.begin(), doc->grades.end(),
                           [d](const Grade& g) { return g.source == "table" && g.domain == d; });
    if (it == doc->grades.end()) {
      missing.push_back(GradeDomainId(d));
    } else if (page == 0) {
      page = it->page;
    }
  }
  if (missing.empty()) return;
  std::string list;
  for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
  size_t found = expected.size() - missing.size();
  doc->warnings.push_back("grade table: " + std::to_string(found) + " of the " + std::to_string(expected.size()) +
                          " rows a " + DocTypeId(doc->type) + " report of " + std::to_string(doc->visit_start.year) +
                          " has (missing: " + list + "): look at the grade table" +
                          (page > 0 ? " on page " + std::to_string(page) : " on the first page"));
}

int CountSentences(const std::string& text) {
  static const RE2 kBoundary("[.!?]['\"]?\\s+[A-Z]");
  int n = 1;
  re2::StringPiece rest(text);
  while (RE2::FindAndConsume(&rest, kBoundary)) ++n;
  return n;
}

// An area for improvement is a short noun phrase (ILACS) or a recommendation
// of a few sentences (SIF, early letters); a list that ran on into the
// findings gives "areas" that are whole paragraphs of findings.
void CheckAreas(Document* doc) {
  int improve = 0;
  for (const AreaForImprovement& a : doc->areas) {
    if (a.kind == AreaKind::kImprove) ++improve;
    if (a.kind == AreaKind::kCovered) continue;
    int sentences = CountSentences(a.text);
    // ILACS lists are noun phrases ("The quality of supervision."); SIF
    // recommendations and 2018-19 letters' items run to a few sentences.
    bool finding_like = IsIlacs(doc->type) ? (sentences > 1 || a.text.size() > 350) : a.text.size() > 800;
    if (finding_like) {
      doc->warnings.push_back(std::string("area ") + AreaKindId(a.kind) + " " + std::to_string(a.ordinal) +
                              " reads like a finding (" + std::to_string(sentences) + " sentence" +
                              (sentences == 1 ? "" : "s") + ", " + std::to_string(a.text.size()) +
                              " characters): look whether the list ran on past its end, " + Where(a.page, a.line));
    }
  }
  if (IsIlacs(doc->type) && improve == 0) {
    doc->warnings.push_back("no areas for improvement in an ILACS report: look for its 'What needs to improve' list");
  } else if (IsIlacs(doc->type) && improve > 15) {
    doc->warnings.push_back(std::to_string(improve) +
                            " areas for improvement in an ILACS report (they have 1 to 15): look where its "
                            "'What needs to improve' list ends");
  } else if (IsFullInspection(doc->type) && !IsIlacs(doc->type) && improve == 0) {
    doc->warnings.push_back("no areas for improvement or recommendations found in an inspection report: look for "
                            "its 'Recommendations' list");
  }
}

bool MentionsCovid(const DocumentText& text) {
  static const RE2 kCovid("(?i)covid|coronavirus|pandemic");
  for (size_t i = 0; i < text.lines.size() && i < 120; ++i) {
    if (RE2::PartialMatch(text.lines[i].text, kCovid)) return true;
  }
  return false;
}

void CheckLetter(const DocumentText& text, Document* doc) {
  if (doc->inspectors.empty()) {
    doc->warnings.push_back("no inspectors found: look at the letter's first paragraph and its signature");
  }
  bool covered = std::any_of(doc->areas.begin(), doc->areas.end(),
                             [](const AreaForImprovement& a) { return a.kind == AreaKind::kCovered; });
  if (!covered && !MentionsCovid(text)) {
    doc->warnings.push_back(std::string("no areas covered found: look for the ") +
                            (doc->type == DocType::kFocusedVisit ? "focus statement ('Inspectors looked at ...')"
                                                                 : "'Areas covered by the visit' list") +
                            " in the letter's opening");
  }
}

void CheckDates(const Date& today, Document* doc) {
  if (!doc->visit_start.valid()) {
    doc->warnings.push_back(std::string("no ") + (IsLetter(doc->type) ? "visit" : "inspection") +
                            " dates found: look at the " +
                            (IsLetter(doc->type) ? "letter's first sentence" : "'Inspection dates' line"));
    return;
  }
  if (doc->visit_end.valid() && doc->visit_end < doc->visit_start) {
    doc->warnings.push_back("visit ends (" + doc->visit_end.Iso() + ") before it starts (" + doc->visit_start.Iso() +
                            "): look at the dates line");
  }
  if (doc->published.valid() && doc->published < doc->visit_start) {
    doc->warnings.push_back(std::string(IsLetter(doc->type) ? "letter dated " : "published ") +
                            doc->published.Iso() + ", before the visit (" + doc->visit_start.Iso() +
                            "): look at the dates");
  }
  if (today.valid()) {
    for (const Date* d : {&doc->visit_start, &doc->visit_end, &doc->published}) {
      if (d->valid() && today < *d) {
        doc->warnings.push_back("date " + d->Iso() + " is in the future: look at the dates");
        break;
      }
    }
  }
}

// A PDF whose first page speaks of Ofsted or an inspection, but no title was read.
void CheckUntyped(const DocumentText& text, Document* doc) {
  if (text.kind != SourceKind::kPdf || text.in_pack) return;
  static const RE2 kOfsted("(?i)\\bofsted\\b|\\binspection\\b|\\bmonitoring visit\\b|\\bfocused visit\\b");
  for (const TextLine& l : text.lines) {
    if (l.page > 1) break;
    if (RE2::PartialMatch(l.text, kOfsted)) {
      doc->warnings.push_back(std::string("typed ") + DocTypeId(doc->type) +
                              ", but the first page names Ofsted or an inspection ('" + l.text.substr(0, 80) +
                              "'): look at the title on page 1");
      return;
    }
  }
}

}  // namespace

void CheckPlausibility(const DocumentText& text, const Date& today, Document* doc) {
  if (doc->type == DocType::kCommitteePack || doc->type == DocType::kOther) {
    CheckUntyped(text, doc);
    return;
  }
  if (doc->urn == 0) doc->warnings.push_back("authority not recognised: look at the title and the addressee");
  CheckDates(today, doc);
  if (IsFullInspection(doc->type)) {
    CheckGradeTable(doc);
    CheckAreas(doc);
  } else if (IsLetter(doc->type)) {
    CheckLetter(text, doc);
    CheckAreas(doc);
  }
}

}  // namespace oftrack
