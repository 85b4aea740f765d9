// Classify: the rulebook applied to a segmented document. Findings are the
// sentences of non-heading blocks in findings sections; areas get themes from
// areas.toml overrides first, then the theme rules.
#include "analysis/classify.h"

#include <algorithm>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

// The theme ids of a sentence, in rulebook order.
std::vector<std::string> ThemeIds(std::string_view sentence, const Rulebook::Impl& impl) {
  thread_local std::vector<int> themes;
  MatchThemes(sentence, impl, &themes);
  std::vector<std::string> ids;
  ids.reserve(themes.size());
  for (int t : themes) ids.push_back(impl.themes[t].id);
  return ids;
}

}  // namespace

SentenceLabel LabelSentence(std::string_view sentence, const Rulebook& rules) {
  const Rulebook::Impl& impl = rules.impl();
  SentenceLabel label;
  label.themes = ThemeIds(sentence, impl);
  unsigned present = impl.MatchersIn(sentence);
  label.judgement = JudgeSentence(sentence, impl, present);
  label.quantifier = FindQuantifier(sentence, impl, present);
  return label;
}

SentenceExplanation ExplainSentence(std::string_view sentence, const Rulebook& rules) {
  const Rulebook::Impl& impl = rules.impl();
  // The same steps as LabelSentence, once, keeping their evidence.
  SentenceExplanation e;
  std::vector<int> themes;
  MatchThemes(sentence, impl, &themes);
  for (int t : themes) {
    e.label.themes.push_back(impl.themes[t].id);
    e.themes.emplace_back(impl.themes[t].id, impl.theme_phrases.Words(sentence, t));
  }
  JudgementTrace trace;
  unsigned present = impl.MatchersIn(sentence);
  e.label.judgement = JudgeSentence(sentence, impl, present, &trace);
  e.label.quantifier = FindQuantifier(sentence, impl, present);
  static const char kMark[] = {'+', '-', '>', '='};  // CueKind order
  for (const JudgementTrace::TracedCue& c : trace.cues) {
    e.cues.push_back(kMark[static_cast<int>(c.kind)] + c.words + (c.negated ? " (negated)" : ""));
  }
  e.condition = trace.condition;
  e.contrast = trace.contrast;
  e.decided_by = trace.decided_by;
  return e;
}

std::string FormatExplanation(const SentenceExplanation& e) {
  std::string out = "themes:";
  for (const auto& [id, words] : e.themes) out += " " + id + " (\"" + words + "\")";
  if (e.themes.empty()) out += " none";
  out += "; cues:";
  for (const std::string& c : e.cues) out += " " + c;
  if (e.cues.empty()) out += " none";
  if (!e.condition.empty()) out += "; condition set aside: \"" + e.condition + "\"";
  if (!e.contrast.empty()) out += "; contrast at \"" + e.contrast + "\"";
  out += std::string("; judged ") + JudgementId(e.label.judgement) + ": " + e.decided_by;
  return out;
}

std::vector<std::string> AreaThemes(std::string_view area_text, const Rulebook& rules) {
  const Rulebook::Impl& impl = rules.impl();
  re2::StringPiece input(area_text.data(), area_text.size());
  std::vector<std::string> chosen;
  bool replace = false;
  for (const auto& o : impl.overrides) {
    if (!RE2::PartialMatch(input, *o.pattern)) continue;
    chosen.insert(chosen.end(), o.themes.begin(), o.themes.end());
    replace = replace || o.replace;
  }
  if (!replace) {
    std::vector<int> themes;
    MatchThemes(area_text, impl, &themes);
    // A theme with area_patterns names an aspect of practice ("timeliness",
    // "oversight of"): beside another theme it stays only when named as a
    // subject ("drift and delay", "management oversight").
    bool has_plain = false;
    for (int t : themes) has_plain = has_plain || !impl.theme_rules[t].area;
    for (int t : themes) {
      const RE2* area = impl.theme_rules[t].area.get();
      if (has_plain && area && !RE2::PartialMatch(input, *area)) continue;
      chosen.push_back(impl.themes[t].id);
    }
  }
  // Rulebook order, no repeats.
  std::vector<std::string> out;
  for (const ThemeInfo& t : impl.themes) {
    if (std::find(chosen.begin(), chosen.end(), t.id) != chosen.end()) out.push_back(t.id);
  }
  return out;
}

void AreaSubjects(AreaForImprovement* area, const Rulebook& rules) {
  const Rulebook::Impl& impl = rules.impl();
  std::vector<int> subjects;
  MatchSubjects(area->text, impl, &subjects);
  area->subjects.clear();
  area->subject_words.clear();
  for (int s : subjects) {
    area->subjects.push_back(impl.subjects[s].id);
    area->subject_words.push_back(impl.subject_phrases.Words(area->text, s));
  }
}

Analysis Classify(Document document, const Rulebook& rules) {
  std::vector<Document> one;
  one.push_back(std::move(document));
  return std::move(ClassifyAll(std::move(one), rules).front());
}

std::vector<Analysis> ClassifyAll(std::vector<Document> documents, const Rulebook& rules) {
  const Rulebook::Impl& impl = rules.impl();
  std::vector<Analysis> out(documents.size());
  for (Document& document : documents) {
    for (AreaForImprovement& area : document.areas) {
      area.themes = AreaThemes(area.text, rules);
      AreaSubjects(&area, rules);
    }
  }
  // Every finding of every document, with its text (the documents stay put
  // until the end, so the views hold).
  std::vector<Finding*> findings;
  std::vector<std::string_view> texts;
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& document = documents[d];
    for (size_t i = 0; i < document.sentences.size(); ++i) {
      const Sentence& s = document.sentences[i];
      if (s.block < 0 || static_cast<size_t>(s.block) >= document.blocks.size()) continue;
      const Block& block = document.blocks[s.block];
      if (block.kind == BlockKind::kHeading) continue;
      if (block.section < 0 || static_cast<size_t>(block.section) >= document.sections.size()) continue;
      if (document.sections[block.section].kind != SectionKind::kFindings) continue;
      Finding f;
      f.sentence = static_cast<int>(i);
      out[d].findings.push_back(std::move(f));
    }
    for (Finding& f : out[d].findings) {
      findings.push_back(&f);
      texts.push_back(document.SentenceText(document.sentences[f.sentence]));
    }
  }
  // The labels of LabelSentence, one step at a time over all the findings:
  // each step's automaton then stays in the CPU's caches from one sentence to
  // the next, instead of the sets, the cue scanner and the quantifiers
  // evicting one another at every sentence.
  for (size_t i = 0; i < findings.size(); ++i) findings[i]->themes = ThemeIds(texts[i], impl);
  if (!impl.subjects.empty()) {
    std::vector<int> subjects;
    for (size_t i = 0; i < findings.size(); ++i) {
      MatchSubjects(texts[i], impl, &subjects);
      for (int s : subjects) findings[i]->subjects.push_back(impl.subjects[s].id);
    }
  }
  std::vector<unsigned> present(findings.size());
  for (size_t i = 0; i < findings.size(); ++i) present[i] = impl.MatchersIn(texts[i]);
  for (size_t i = 0; i < findings.size(); ++i) findings[i]->judgement = JudgeSentence(texts[i], impl, present[i]);
  for (size_t i = 0; i < findings.size(); ++i) findings[i]->quantifier = FindQuantifier(texts[i], impl, present[i]);
  for (size_t d = 0; d < documents.size(); ++d) out[d].document = std::move(documents[d]);
  return out;
}

}  // namespace oftrack
