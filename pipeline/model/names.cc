// Stable identifiers of the model's enums, as stored in the database and exports.
#include "model/document.h"
#include "model/finding.h"

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

Judgement JudgementFromId(const std::string& id) {
  for (Judgement j : {Judgement::kStrength, Judgement::kWeakness, Judgement::kMixed, Judgement::kProgress}) {
    if (id == JudgementId(j)) return j;
  }
  return Judgement::kNeutral;
}

}  // namespace oftrack
