// Headings are decided in two steps. Shape (here) rejects what cannot be a
// heading whatever its place: "Inspection date: 11 – 22 July 2022" (a field),
// "Dear Catherine", "4 April 2023", "... through a" (a wrapped sentence).
// Place (segment_blocks.cc) then accepts a well-shaped line only where a
// heading sits: after a blank line or a finished paragraph, and before a blank
// line, a numbered paragraph, a bullet or a table.
//
// ClassifyHeading names the section kinds of every Ofsted layout seen since
// 2012: ILACS and short ILACS judgement headings ("The experiences and
// progress of children who need help and protection: inadequate"), the SIF
// ones ("Leadership, management and governance"), the 2012-13 looked-after
// ones ("Outcomes for looked after children and young people", "Quality of
// provision"), and the letters' ("Headline findings", "Findings and evaluation
// of progress", "Areas covered by the visit", "Areas for priority action").
#include "documents/headings.h"

#include <re2/re2.h>

#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "documents/grade_words.h"

namespace oftrack {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The heading without markdown marks, footnote digits glued to the last word
// ("Information about this local authority area2") and a trailing grade.
std::string NormaliseHeading(std::string_view heading) {
  static const RE2 kGradeTail(std::string(R"((?i)(?:\s*:\s*|\s+)(?:)") + kGradeWords + R"()\s*$)");
  static const RE2 kFootnote(R"(([a-z)?])\d{1,2}$)");
  std::string s = Lower(heading);
  if (!s.empty() && s.back() == '.') s.pop_back();
  RE2::Replace(&s, kGradeTail, "");
  RE2::Replace(&s, kFootnote, "\\1");
  while (!s.empty() && (s.back() == ' ' || s.back() == '?' || s.back() == ':')) s.pop_back();
  return s;
}

bool IsLetter(DocType type) {
  return type == DocType::kMonitoringVisit || type == DocType::kFocusedVisit || type == DocType::kJtai;
}

}  // namespace

bool EndsWithConnective(std::string_view text) {
  static const RE2 kConnective(
      R"((?i)\b(and|or|of|the|a|an|to|for|in|on|with|who|that|by|from|at|as|looked|need|their|its|children|local)$)");
  std::string_view t = text;
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), kConnective);
}

bool HeadingShape(std::string_view text) {
  static const RE2 kNotHeading(
      R"((?i)^(dear\s|yours\s|\d|[-•(\[])|^[^:]{1,40}:\s*\S)");  // salutation, date, list, "Label: value"
  static const RE2 kGradeTail(std::string(R"((?i):\s*(?:)") + kGradeWords + R"()\s*$)");
  if (text.empty() || text.size() > 110) return false;
  if (text.find(". ") != std::string_view::npos) return false;  // two sentences, not a title
  re2::StringPiece sp(text.data(), text.size());
  unsigned char first = static_cast<unsigned char>(text[0]);
  if (first < 0x80 && !std::isupper(first)) return false;
  // "Section 2: the effectiveness of the local safeguarding children board" is a heading, not a field.
  static const RE2 kSection(R"((?i)^section \d+\s*:)");
  if (RE2::PartialMatch(sp, kNotHeading) && !RE2::PartialMatch(sp, kGradeTail) && !RE2::PartialMatch(sp, kSection)) {
    return false;
  }
  char last = text.back();
  // A sentence ending inside quotes: "... arrangements for the 'front door'.'"
  if (text.size() >= 2 && (last == '\'' || last == '"') && text[text.size() - 2] == '.') return false;
  // "... protection requires improvement to be good." (2018-19 short ILACS).
  if (last == '.' && TrailingGrade(text) != GradeValue::kNone) return text.size() > 1;
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') return false;
  int words = 1;
  for (char c : text) words += (c == ' ');
  return words <= 20;
}

GradeValue TrailingGrade(std::string_view heading) {
  static const RE2 kGrade(std::string(R"((?i)(?:^|:\s*|\s)()") + kGradeWords + R"()\s*$)");
  std::string grade;
  if (!heading.empty() && heading.back() == '.') heading.remove_suffix(1);
  if (!RE2::PartialMatch(re2::StringPiece(heading.data(), heading.size()), kGrade, &grade)) {
    return GradeValue::kNone;
  }
  return GradeOfWords(grade);
}

GradeValue BareGrade(std::string_view line) {
  static const RE2 kBare(std::string(R"((?i)^(?:grade\s+\d\s*\()?\s*()") + kGradeWords + R"()\s*\)?\.?$)");
  std::string grade;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), kBare, &grade)) return GradeValue::kNone;
  return GradeOfWords(grade);
}

std::optional<AreaKind> AreasHeadingKind(std::string_view heading) {
  static const RE2 kAreas(
      R"(what needs to improve(?: .{1,60})?|what does the local authority need to improve|recommendations?|)"
      R"(areas? for (?:improvement|priority action|development)|priority and immediate actions?|priority actions?|)"
      R"(areas? (?:covered|reviewed|considered|of focus) (?:by|in|during|for|on) (?:the|this) (?:monitoring )?visit)");
  static const RE2 kPriority(R"(\bpriority\b)");
  static const RE2 kCovered(R"(\b(?:covered|reviewed|considered|of focus)\b)");
  std::string h = NormaliseHeading(heading);
  if (h.size() > 90 || !RE2::FullMatch(h, kAreas)) return std::nullopt;
  if (RE2::PartialMatch(h, kPriority)) return AreaKind::kPriority;
  if (RE2::PartialMatch(h, kCovered)) return AreaKind::kCovered;
  return AreaKind::kImprove;
}

bool OpensBoilerplate(std::string_view paragraph) {
  static const RE2 kOpener(
      R"((?i)^(i am copying this letter|yours sincerely|yours faithfully|the office for standards in education|)"
      R"(if you would like a copy of this document|you may reuse this information|© crown copyright|)"
      R"(ofsted produces this report|further copies of this report|this document may be reproduced|)"
      R"(interested in our work\?))");
  return RE2::PartialMatch(re2::StringPiece(paragraph.data(), paragraph.size()), kOpener);
}

HeadingClass ClassifyHeading(std::string_view heading, DocType type) {
  struct Rule {
    const char* pattern;
    SectionKind kind;
  };
  // Order matters: the first match wins. Patterns see the lower-cased heading
  // without its trailing grade and "?".
  static const Rule kRules[] = {
      {R"(^(the )?local safeguarding children board|^review of the effectiveness (of )?(the )?local safeguarding|lscb\)?$|local safeguarding children board$)",
       SectionKind::kOther},
      {R"(^summary for children and young people)", SectionKind::kOther},
      {R"(^record of main findings)", SectionKind::kOther},
      {R"(^(the )?experiences (and|of) progress of (children|care leavers|young people)|^(the )?impact of leaders)",
       SectionKind::kFindings},
      {R"(^leadership,? management and governance|^leadership and management$|^quality of provision|^outcomes for (looked after )?(children|young people)|^overall effectiveness (of|for) |^capacity (to|for) improve)",
       SectionKind::kFindings},
      {R"(^inspection judgements? about the local authority)", SectionKind::kFindings},
      {R"(^headline findings|^findings and evaluation of progress|^(main |inspection )?findings$|^(key )?strengths$|^evaluation of progress)",
       SectionKind::kFindings},
      {R"(^contents$|^about this (inspection|visit)|^information about (this|the) (inspection|local authority)|^the inspection judgements and what they mean|^inspection judgements$|^service information$|^the local authority$|^the inspection team$|^next steps$)",
       SectionKind::kBoilerplate},
      {R"(^executive summary$|^summary of (findings|judgements)$|^the local authority'?s strengths$|^progress since the last inspection$)",
       SectionKind::kSummary},
  };
  static const auto* kCompiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>();
    for (const Rule& r : kRules) v->push_back(std::make_unique<RE2>(r.pattern));
    return v;
  }();

  HeadingClass out;
  std::string h = NormaliseHeading(heading);
  if (AreasHeadingKind(heading)) {
    out.known = true;
    out.kind = SectionKind::kAreas;
    return out;
  }
  if (h == "overview") {  // focused-visit letters open with it; reports' overview is a summary
    out.known = true;
    out.kind = IsLetter(type) ? SectionKind::kFindings : SectionKind::kSummary;
    return out;
  }
  for (size_t i = 0; i < std::size(kRules); ++i) {
    if (RE2::PartialMatch(h, *(*kCompiled)[i])) {
      out.known = true;
      out.kind = kRules[i].kind;
      out.lscb = (i == 0);
      out.judgement_name = (i >= 3 && i <= 5);
      return out;
    }
  }
  return out;
}

}  // namespace oftrack
