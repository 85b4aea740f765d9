// Classify: label findings and areas with themes and judgements.
// A finding is a sentence of a block in a SectionKind::kFindings section (a
// list item counts as one sentence). Areas for improvement get themes by the
// same theme rules (plus overrides in rules/areas.toml), and subjects
// (rules/subjects.toml): what an area, or a finding, is about.
#ifndef OFTRACK_ANALYSIS_CLASSIFY_H_
#define OFTRACK_ANALYSIS_CLASSIFY_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis/rulebook.h"
#include "model/finding.h"

namespace oftrack {

struct SentenceLabel {
  std::vector<std::string> themes;
  Judgement judgement = Judgement::kNeutral;
  std::string quantifier;
};

// Themes, judgement and quantifier of one sentence.
SentenceLabel LabelSentence(std::string_view sentence, const Rulebook& rules);

// The same label with its evidence, for people checking a label
// (`oftrack inspect --sentence`, `oftrack eval --misses`): the words that named
// each theme, every judgement cue as "+words" (praise), "-words" (criticism),
// ">words" (progress), "=words" (description), with "(negated)" when a
// negation turned it around, and how the cues decided.
struct SentenceExplanation {
  SentenceLabel label;
  std::vector<std::pair<std::string, std::string>> themes;  // theme id, the words that named it
  std::vector<std::string> cues;
  std::string condition;  // an opening condition whose cues were set aside ("When risks are not addressed")
  std::string contrast;   // where a contrast split a mixed sentence
  std::string decided_by;
};
SentenceExplanation ExplainSentence(std::string_view sentence, const Rulebook& rules);
// One line: "themes: a (words), b (words); cues: +x -y; judged weakness: <rule>".
std::string FormatExplanation(const SentenceExplanation& e);
// Theme ids of an area-for-improvement text (overrides first, then theme rules).
std::vector<std::string> AreaThemes(std::string_view area_text, const Rulebook& rules);
// An area's subjects (rules/subjects.toml) and the words that named each.
void AreaSubjects(AreaForImprovement* area, const Rulebook& rules);

// The whole document: findings for every finding sentence, themes for every area.
Analysis Classify(Document document, const Rulebook& rules);
// The same for several documents at once, in their order: each labelling step
// runs over every document's findings before the next step starts, so its
// automaton is loaded into the CPU's caches once for all of them (on real
// reports a step's first pass over a document cost 3 to 4 times its second).
std::vector<Analysis> ClassifyAll(std::vector<Document> documents, const Rulebook& rules);

}  // namespace oftrack

#endif  // OFTRACK_ANALYSIS_CLASSIFY_H_
