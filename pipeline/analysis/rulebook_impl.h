// Rulebook::Impl: the compiled form of rules/*.toml, shared by the classify
// stage's files (themes.cc, judgement.cc, quantifier.cc). Internal to
// pipeline/analysis; other stages see only rulebook.h.
#ifndef OFTRACK_ANALYSIS_RULEBOOK_IMPL_H_
#define OFTRACK_ANALYSIS_RULEBOOK_IMPL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/rulebook.h"
#include "model/finding.h"

namespace oftrack {

// One pattern as written in a rule file, with where it was written.
struct PatternSpec {
  std::string text;
  std::string file;
  int line = 0;
};

// The rule files read and checked, before compilation (rule_files.cc).
struct RuleSpec {
  struct Theme {
    ThemeInfo info;
    std::vector<PatternSpec> patterns, exclude;
    // Optional: in an area for improvement that also names another theme,
    // this theme is kept only when one of these matches (see rules/README.md).
    std::vector<PatternSpec> area_patterns;
  };
  struct Quantifier {
    std::string name;
    std::vector<PatternSpec> patterns;
  };
  struct Override {
    PatternSpec pattern;
    std::vector<std::string> themes;
    bool replace = false;
  };
  struct Subject {
    SubjectInfo info;
    std::vector<PatternSpec> patterns, exclude;
  };
  std::vector<Theme> themes;
  std::vector<Subject> subjects;  // rules/subjects.toml (optional)
  std::vector<AreaLink> links;    // rules/areas.toml [[link]]
  std::vector<PatternSpec> positive, negative, progress, neutral, negation;
  std::vector<PatternSpec> contrast, contrast_after_comma;  // markers anywhere / only after a comma
  std::vector<PatternSpec> condition;  // words opening a circumstance clause ("When ...,")
  std::vector<PatternSpec> mitigation;  // verbs that turn the criticism after them into praise
  std::vector<PatternSpec> condition_mid;  // condition words inside a sentence
  std::vector<Quantifier> quantifiers;
  std::vector<Override> overrides;
  int negation_window = 3;
  int settled_positive_margin = 2;
};

// Reads themes.toml, judgements.toml, subjects.toml and areas.toml (both optional) from dir.
// Appends one BadRule Status per problem (file:line: what) to *problems; the
// spec is usable only when no problem was added.
void ReadRuleFiles(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems);

// Cue kinds, in the order of Impl::cues's kinds.
enum class CueKind { kPositive, kNegative, kProgress, kNeutral };

// Calls fn(begin, end) for every non-overlapping match of re in text, left to
// right (leftmost-longest when re was compiled so), until fn returns false. The
// whole text stays the context, so \b at a match's edges sees its neighbours.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    size_t end = begin + match.size();
    if (!fn(begin, end)) return;
    pos = end > begin ? end : begin + 1;
  }
}

// A leftmost-longest scanner over several kinds of phrase. `any` finds each
// match with RE2's DFA alone (no capture groups: asking RE2 for groups costs a
// second, much slower match per hit); the kind of a matched span is then the
// first kind whose own pattern matches exactly that span. At one position the
// longest phrase of any kind wins ("not always" + "effective").
struct KindScanner {
  std::unique_ptr<RE2> any;                 // null when every kind is empty
  std::vector<std::unique_ptr<RE2>> kinds;  // one per kind; null for an empty kind
  // When no pattern holds ^ or $, the kind of a span found by `any` depends on
  // its words alone (its edges are word boundaries in any context), so KindOf
  // remembers it per thread: the same few hundred cues recur in every report.
  bool remember = false;
  uint64_t serial = 0;  // tells scanners apart in the per-thread memory (one per compile)

  // The kind (index into kinds) of text[begin, end), or -1.
  int KindOf(std::string_view text, size_t begin, size_t end) const;
  // Calls fn(begin, end, kind) for every non-overlapping match, left to right,
  // until fn returns false.
  template <typename Fn>
  void ForEach(std::string_view text, Fn fn) const {
    if (!any) return;
    ForEachMatch(*any, text, [&](size_t begin, size_t end) { return fn(begin, end, KindOf(text, begin, end)); });
  }
};

// A family of named phrase lists (the themes, the subjects). One RE2::Set
// holds every member's patterns and exclude phrases, one entry each: one
// pass tells which members match and which of them hold an exclude phrase;
// only those are checked again with the excluded phrases blanked out.
struct PhraseFamily {
  struct Member {
    std::unique_ptr<RE2> any;      // alternation of the member's patterns
    std::unique_ptr<RE2> exclude;  // alternation of its exclude phrases; null when none
  };
  struct SetEntry {
    int member = 0;        // index into members
    bool exclude = false;  // an exclude phrase of that member, not one of its patterns
  };
  std::vector<Member> members;
  std::unique_ptr<RE2::Set> set;
  std::vector<SetEntry> entries;  // set index -> what it is

  // Indices of the members that match text (ascending, each once).
  void Match(std::string_view text, std::vector<int>* out) const;
  // The words of text that named member m (its first match once its exclude
  // phrases are set aside), "" when none.
  std::string Words(std::string_view text, int m) const;
};

// The judgement's and quantifier's matchers, one bit each in the mask that
// Rulebook::Impl::MatchersIn gives: most sentences hold no negation,
// condition, contrast or quantifier, and one RE2::Set pass telling which are
// present costs less than the passes of the absent ones.
enum class Matcher { kNegation, kMitigation, kCondition, kConditionMid, kContrast, kQuantifiers };
inline bool Has(unsigned present, Matcher m) { return present & (1u << static_cast<int>(m)); }

struct Rulebook::Impl {
  struct ThemeRule {
    std::unique_ptr<RE2> area;     // alternation of its area_patterns; null when none
  };
  struct AreaOverride {
    std::unique_ptr<RE2> pattern;
    std::vector<std::string> themes;
    bool replace = false;
  };

  std::string dir;
  std::vector<ThemeInfo> themes;
  std::vector<ThemeRule> theme_rules;       // parallel to themes
  PhraseFamily theme_phrases;               // members parallel to themes
  std::vector<SubjectInfo> subjects;
  PhraseFamily subject_phrases;             // members parallel to subjects
  std::vector<AreaLink> links;

  // All judgement cues in one leftmost-longest scanner, one kind per CueKind,
  // so overlapping cues resolve to the longest ("not always" + "effective").
  KindScanner cues;
  std::unique_ptr<RE2> negation;
  KindScanner contrast;                     // kind 0: anywhere; kind 1: only after a comma
  std::unique_ptr<RE2> condition;           // anchored at the sentence start; null when none
  std::unique_ptr<RE2> mitigation;          // null when none
  std::unique_ptr<RE2> condition_mid;       // null when none
  int negation_window = 3;
  int settled_positive_margin = 2;

  // Quantifiers in one leftmost-longest scanner, one kind per name.
  KindScanner quantifiers;
  std::vector<std::string> quantifier_names;

  std::vector<AreaOverride> overrides;

  // Each Matcher's pattern as compiled above, one entry each (entry -> Matcher).
  std::unique_ptr<RE2::Set> matchers;
  std::vector<Matcher> matcher_of_entry;
  // The mask (bit 1 << Matcher) of the matchers that match somewhere in text.
  unsigned MatchersIn(std::string_view text) const;
};

// RE2 options every rule pattern is compiled with: case-insensitive, UTF-8,
// errors reported through ok()/error() rather than logged.
RE2::Options RuleOptions(bool longest_match);
// "\b(?:p)\b": a pattern made whole-word.
std::string WholeWord(const std::string& pattern);

// The labelling steps (themes.cc, judgement.cc, quantifier.cc).
// Theme indices (into impl.themes), ascending, of a sentence.
void MatchThemes(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out);
// Subject indices (into impl.subjects), ascending, of a sentence or an area's text.
void MatchSubjects(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out);
// Why a sentence got its judgement (oftrack inspect --sentence): its cues in
// reading order after negation (a negated cue has its new kind), the opening
// condition set aside, the contrast that split it, and the rule that decided.
struct JudgementTrace {
  struct TracedCue {
    std::string words;
    CueKind kind = CueKind::kNeutral;
    bool negated = false;
  };
  std::vector<TracedCue> cues;
  std::string condition;   // the opening condition whose cues were set aside, or ""
  std::string contrast;    // the words where a contrast split a mixed sentence, or ""
  std::string decided_by;
};
// Both skip every matcher that `present` (impl.MatchersIn(text)) says is absent.
Judgement JudgeSentence(std::string_view text, const Rulebook::Impl& impl, unsigned present,
                        JudgementTrace* trace = nullptr);
std::string FindQuantifier(std::string_view text, const Rulebook::Impl& impl, unsigned present);

}  // namespace oftrack

#endif  // OFTRACK_ANALYSIS_RULEBOOK_IMPL_H_
