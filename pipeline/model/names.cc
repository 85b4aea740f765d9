// Stable identifiers of the model's enums, as stored in the database and exports.
#include <string>
#include <string_view>

#include "model/document.h"
#include "model/finding.h"
#include "model/tracking.h"

namespace oftrack {

const char* DocTypeId(DocType type) {
  switch (type) {
    case DocType::kIlacs: return "ilacs";
    case DocType::kIlacsShort: return "ilacs_short";
    case DocType::kSif: return "sif";
    case DocType::kLookedAfter: return "looked_after";
    case DocType::kMonitoringVisit: return "monitoring_visit";
    case DocType::kFocusedVisit: return "focused_visit";
    case DocType::kJtai: return "jtai";
    case DocType::kCommitteePack: return "committee_pack";
    case DocType::kOther: return "other";
  }
  return "other";
}

DocType DocTypeFromId(const std::string& id) {
  for (DocType t : {DocType::kIlacs, DocType::kIlacsShort, DocType::kSif, DocType::kLookedAfter,
                    DocType::kMonitoringVisit, DocType::kFocusedVisit, DocType::kJtai,
                    DocType::kCommitteePack}) {
    if (id == DocTypeId(t)) return t;
  }
  return DocType::kOther;
}

bool IsFullInspection(DocType type) {
  return type == DocType::kIlacs || type == DocType::kIlacsShort || type == DocType::kSif ||
         type == DocType::kLookedAfter;
}

const char* GradeId(GradeValue grade) {
  switch (grade) {
    case GradeValue::kNone: return "";
    case GradeValue::kOutstanding: return "outstanding";
    case GradeValue::kGood: return "good";
    case GradeValue::kRequiresImprovement: return "requires_improvement";
    case GradeValue::kAdequate: return "adequate";
    case GradeValue::kInadequate: return "inadequate";
  }
  return "";
}

GradeValue GradeFromId(const std::string& id) {
  for (GradeValue g : {GradeValue::kOutstanding, GradeValue::kGood, GradeValue::kRequiresImprovement,
                       GradeValue::kAdequate, GradeValue::kInadequate}) {
    if (id == GradeId(g)) return g;
  }
  return GradeValue::kNone;
}

const char* GradeDomainId(GradeDomain domain) {
  switch (domain) {
    case GradeDomain::kOverall: return "overall";
    case GradeDomain::kLeaders: return "leaders";
    case GradeDomain::kHelpProtection: return "help_protection";
    case GradeDomain::kInCare: return "in_care";
    case GradeDomain::kCareLeavers: return "care_leavers";
    case GradeDomain::kAdoption: return "adoption";
    case GradeDomain::kLscb: return "lscb";
  }
  return "";
}

bool GradeDomainFromId(const std::string& id, GradeDomain* domain) {
  for (GradeDomain d : {GradeDomain::kOverall, GradeDomain::kLeaders, GradeDomain::kHelpProtection,
                        GradeDomain::kInCare, GradeDomain::kCareLeavers, GradeDomain::kAdoption, GradeDomain::kLscb}) {
    if (id == GradeDomainId(d)) {
      *domain = d;
      return true;
    }
  }
  return false;
}

AreaKind AreaKindFromId(const std::string& id) {
  if (id == "covered") return AreaKind::kCovered;
  if (id == "priority") return AreaKind::kPriority;
  return AreaKind::kImprove;
}

namespace {

// label lower-cased, its whitespace runs made single spaces.
std::string LowerWords(std::string_view label) {
  std::string out;
  for (char c : label) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// True when `words` stands in `text` as whole words.
bool HasWords(const std::string& text, std::string_view words) {
  for (size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
    bool before = at == 0 || !IsWordChar(text[at - 1]);
    size_t end = at + words.size();
    bool after = end >= text.size() || !IsWordChar(text[end]);
    if (before && after) return true;
  }
  return false;
}

// "2.1 Adoption performance" -> "adoption performance": a table row's number dropped.
std::string WithoutNumber(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
  if (i == 0 || i >= s.size() || s[i] != ' ') return s;
  return s.substr(i + 1);
}

}  // namespace

bool GradeDomainOfLabel(std::string_view label, GradeDomain* domain, bool* combined_care) {
  const std::string l = WithoutNumber(LowerWords(label));
  *combined_care = false;
  for (const char* outside : {"capacity to improve", "outcomes for", "quality of provision"}) {
    if (l.rfind(outside, 0) == 0) return false;
  }
  if (HasWords(l, "overall effectiveness")) {
    *domain = GradeDomain::kOverall;
  } else if (HasWords(l, "impact of leaders") || l.rfind("leadership", 0) == 0) {
    *domain = GradeDomain::kLeaders;
  } else if (HasWords(l, "help and protection") || HasWords(l, "need help") || HasWords(l, "needing help")) {
    *domain = GradeDomain::kHelpProtection;
  } else if (HasWords(l, "adoption")) {
    *domain = GradeDomain::kAdoption;
  } else if (l.find("safeguarding children board") != std::string::npos ||
             l.find("safeguarding children's board") != std::string::npos || HasWords(l, "lscb")) {
    *domain = GradeDomain::kLscb;
  } else if (HasWords(l, "children in care") || HasWords(l, "looked after") || HasWords(l, "achieving permanence")) {
    *domain = GradeDomain::kInCare;
    *combined_care = HasWords(l, "care leavers");
  } else if (HasWords(l, "care leavers")) {
    *domain = GradeDomain::kCareLeavers;
  } else {
    return false;
  }
  return true;
}

const char* AreaKindId(AreaKind kind) {
  switch (kind) {
    case AreaKind::kImprove: return "improve";
    case AreaKind::kCovered: return "covered";
    case AreaKind::kPriority: return "priority";
  }
  return "";
}

const char* BlockKindId(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kNumberedParagraph: return "numbered";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kTableRow: return "table_row";
  }
  return "";
}

const char* SectionKindId(SectionKind kind) {
  switch (kind) {
    case SectionKind::kFront: return "front";
    case SectionKind::kSummary: return "summary";
    case SectionKind::kAreas: return "areas";
    case SectionKind::kFindings: return "findings";
    case SectionKind::kBoilerplate: return "boilerplate";
    case SectionKind::kOther: return "other";
  }
  return "";
}

const char* JudgementId(Judgement j) {
  switch (j) {
    case Judgement::kNeutral: return "neutral";
    case Judgement::kStrength: return "strength";
    case Judgement::kWeakness: return "weakness";
    case Judgement::kMixed: return "mixed";
    case Judgement::kProgress: return "progress";
  }
  return "neutral";
}

const char* ReviewKindId(ReviewKind kind) {
  switch (kind) {
    case ReviewKind::kBaseline: return "baseline";
    case ReviewKind::kCovered: return "covered";
    case ReviewKind::kMentioned: return "mentioned";
    case ReviewKind::kNotCovered: return "not_covered";
    case ReviewKind::kNoList: return "no_list";
    case ReviewKind::kNextInspection: return "next_inspection";
  }
  return "";
}

const char* ReviewKindLabel(ReviewKind kind) {
  switch (kind) {
    case ReviewKind::kBaseline: return "baseline";
    case ReviewKind::kCovered: return "covered by the visit";
    case ReviewKind::kMentioned: return "mentioned in passing";
    case ReviewKind::kNotCovered: return "not covered";
    case ReviewKind::kNoList: return "no areas listed: judged on the findings";
    case ReviewKind::kNextInspection: return "next inspection";
  }
  return "";
}

const char* AreaStatusId(AreaStatus status) {
  switch (status) {
    case AreaStatus::kBaseline: return "baseline";
    case AreaStatus::kNotReviewed: return "not_reviewed";
    case AreaStatus::kWeaknessPersists: return "weakness_persists";
    case AreaStatus::kMixed: return "mixed";
    case AreaStatus::kImproving: return "improving";
    case AreaStatus::kStrength: return "strength";
    case AreaStatus::kRaisedAgain: return "raised_again";
    case AreaStatus::kNotRaised: return "not_raised";
  }
  return "";
}

const char* AreaStatusLabel(AreaStatus status) {
  switch (status) {
    case AreaStatus::kBaseline: return "baseline";
    case AreaStatus::kNotReviewed: return "not reviewed";
    case AreaStatus::kWeaknessPersists: return "weakness persists";
    case AreaStatus::kMixed: return "mixed";
    case AreaStatus::kImproving: return "improving";
    case AreaStatus::kStrength: return "strength";
    case AreaStatus::kRaisedAgain: return "raised again";
    case AreaStatus::kNotRaised: return "not raised again";
  }
  return "";
}

const char* DocTypeLabel(DocType type) {
  switch (type) {
    case DocType::kIlacs: return "ILACS inspection";
    case DocType::kIlacsShort: return "ILACS short inspection";
    case DocType::kSif: return "SIF inspection";
    case DocType::kLookedAfter: return "Looked-after children inspection";
    case DocType::kMonitoringVisit: return "Monitoring visit";
    case DocType::kFocusedVisit: return "Focused visit";
    case DocType::kJtai: return "Joint targeted area inspection";
    case DocType::kCommitteePack: return "Committee papers";
    case DocType::kOther: return "Other document";
  }
  return "";
}

const char* GradeLabel(GradeValue grade) {
  switch (grade) {
    case GradeValue::kNone: return "";
    case GradeValue::kOutstanding: return "Outstanding";
    case GradeValue::kGood: return "Good";
    case GradeValue::kRequiresImprovement: return "Requires improvement to be good";
    case GradeValue::kAdequate: return "Adequate";
    case GradeValue::kInadequate: return "Inadequate";
  }
  return "";
}

const char* GradeShortLabel(GradeValue grade) {
  switch (grade) {
    case GradeValue::kRequiresImprovement: return "Requires improvement";
    case GradeValue::kNone: return "no grade read";
    default: return GradeLabel(grade);
  }
}

int GradeRank(GradeValue grade) {
  switch (grade) {
    case GradeValue::kOutstanding: return 4;
    case GradeValue::kGood: return 3;
    case GradeValue::kRequiresImprovement: case GradeValue::kAdequate: return 2;
    case GradeValue::kInadequate: return 1;
    case GradeValue::kNone: return 0;
  }
  return 0;
}

const char* GradeDomainLabel(GradeDomain domain) {
  switch (domain) {
    case GradeDomain::kOverall: return "Overall effectiveness";
    case GradeDomain::kLeaders: return "Impact of leaders";
    case GradeDomain::kHelpProtection: return "Help and protection";
    case GradeDomain::kInCare: return "Children in care";
    case GradeDomain::kCareLeavers: return "Care leavers";
    case GradeDomain::kAdoption: return "Adoption";
    case GradeDomain::kLscb: return "LSCB";
  }
  return "";
}

Judgement JudgementFromId(const std::string& id) {
  for (Judgement j : {Judgement::kStrength, Judgement::kWeakness, Judgement::kMixed, Judgement::kProgress}) {
    if (id == JudgementId(j)) return j;
  }
  return Judgement::kNeutral;
}

}  // namespace oftrack
