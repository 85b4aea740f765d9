// The judgement of one sentence, from its cues.
//
// 1. Cues. One leftmost-longest scan finds praise (+), criticism (-), progress
//    and neutral cues; overlaps go to the longest cue, so "not always" is one
//    negative cue and "no delays" one positive cue.
// 2. Negation scope. A negation word ("not", "without", "lack of") at most
//    `window_words` words before a praise or criticism cue, in the same clause
//    (no , ; : between), turns it around: "not always timely" has two negative
//    cues, "is not leading to delays" two positive ones.
// 3. Contrast. A contrast marker splits the sentence: mid-sentence at the
//    marker ("..., but not all managers..."); when the marker opens the
//    sentence ("Despite the delays ..., strategy discussions ...") at the first
//    comma after it. Praise on one side and criticism on the other is `mixed`,
//    as is progress on one side and criticism on the other.
//    A mitigating verb before criticism turns it into praise the same way
//    ("minimise drift", "address the shortfalls"); it never turns praise around.
// 4. Circumstance. A sentence opening with a condition ("When risks are not
//    addressed, timely court applications are made") is judged on what follows
//    the clause's comma: praise and criticism inside the condition describe the
//    children's situation, not the practice. Used only when the rest has a cue.
// 5. Otherwise the counts decide: progress cues make `progress` unless praise
//    outnumbers them by `settled_positive_margin` (settled good practice);
//    criticism outweighs praise (inspectors hedge praise, not criticism); no
//    cue at all is `neutral`.
#include <algorithm>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

struct Cue {
  size_t begin = 0, end = 0;
  CueKind kind = CueKind::kNeutral;
  bool negated = false;  // turned around by a negation before it
};

struct Counts {
  int positive = 0, negative = 0, progress = 0, neutral = 0;
};

bool IsClauseBreak(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')'; }

// Words strictly between two byte offsets, or -1 when a clause break lies between.
int WordsBetween(std::string_view text, size_t from, size_t to) {
  int words = 0;
  bool in_word = false;
  for (size_t i = from; i < to; ++i) {
    char c = text[i];
    if (IsClauseBreak(c)) return -1;
    bool word_char = c != ' ' && c != '\t';
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

// Turns around each cue that `can_turn` accepts when a match of `words` ends
// at most `window` words before it in the same clause (the first such match).
template <typename CanTurn>
void TurnAround(std::string_view text, const RE2& words, int window, CanTurn can_turn, std::vector<Cue>* cues) {
  if (std::none_of(cues->begin(), cues->end(), can_turn)) return;
  thread_local std::vector<std::pair<size_t, size_t>> matches;
  matches.clear();
  ForEachMatch(words, text, [&](size_t b, size_t e) {
    matches.emplace_back(b, e);
    return true;
  });
  for (Cue& cue : *cues) {
    if (!can_turn(cue)) continue;
    for (const auto& [mb, me] : matches) {
      if (me > cue.begin) break;
      int between = WordsBetween(text, me, cue.begin);
      if (between < 0 || between > window) continue;
      cue.kind = cue.kind == CueKind::kPositive ? CueKind::kNegative : CueKind::kPositive;
      cue.negated = true;
      break;
    }
  }
}

// Flips praise/criticism cues that a nearby negation scopes over.
void ApplyNegation(std::string_view text, const Rulebook::Impl& impl, unsigned present, std::vector<Cue>* cues) {
  if (!Has(present, Matcher::kNegation)) return;
  TurnAround(text, *impl.negation, impl.negation_window,
             [](const Cue& c) { return c.kind == CueKind::kPositive || c.kind == CueKind::kNegative; }, cues);
}

// Turns criticism into praise when a mitigating verb ("minimise", "address")
// stands at most `window_words` words before it in the same clause; praise,
// and criticism a negation already turned, stay as they are.
void ApplyMitigation(std::string_view text, const Rulebook::Impl& impl, unsigned present, std::vector<Cue>* cues) {
  if (!impl.mitigation || !Has(present, Matcher::kMitigation)) return;
  TurnAround(text, *impl.mitigation, impl.negation_window,
             [](const Cue& c) { return c.kind == CueKind::kNegative && !c.negated; }, cues);
}

// Sets aside the praise and criticism cues `inside` a circumstance clause, when
// a cue of any other kind stands outside it; returns whether it did.
template <typename Inside>
bool SetAside(std::vector<Cue>* cues, Inside inside) {
  bool outside = std::any_of(cues->begin(), cues->end(), [&](const Cue& c) { return c.kind != CueKind::kNeutral && !inside(c); });
  if (!outside) return false;
  cues->erase(std::remove_if(cues->begin(), cues->end(),
                             [&](const Cue& c) {
                               return (c.kind == CueKind::kPositive || c.kind == CueKind::kNegative) && inside(c);
                             }),
              cues->end());
  return true;
}

// Removes the praise and criticism cues of an opening condition clause (up to
// the first comma after the condition's words) when a cue follows the comma;
// returns that comma, or npos.
size_t DropCondition(std::string_view text, const Rulebook::Impl& impl, unsigned present, std::vector<Cue>* cues) {
  if (!impl.condition || !Has(present, Matcher::kCondition)) return std::string_view::npos;
  re2::StringPiece input(text.data(), text.size()), words;
  if (!impl.condition->Match(input, 0, text.size(), RE2::ANCHOR_START, &words, 1)) return std::string_view::npos;
  size_t comma = text.find(',', static_cast<size_t>(words.end() - text.data()));
  if (comma == std::string_view::npos) return comma;
  return SetAside(cues, [&](const Cue& c) { return c.begin < comma; }) ? comma : std::string_view::npos;
}

// Removes the praise and criticism cues of circumstance clauses inside the
// sentence ("... when they have not been in school", up to the next comma or
// the end) when a cue stands outside every such clause.
void DropInnerConditions(std::string_view text, const Rulebook::Impl& impl, unsigned present, std::vector<Cue>* cues) {
  if (!impl.condition_mid || cues->empty() || !Has(present, Matcher::kConditionMid)) return;
  thread_local std::vector<std::pair<size_t, size_t>> clauses;
  clauses.clear();
  ForEachMatch(*impl.condition_mid, text, [&](size_t b, size_t e) {
    if (b == 0) return true;  // an opening condition is DropCondition's
    size_t end = text.find_first_of(",;:", e);
    clauses.emplace_back(b, end == std::string_view::npos ? text.size() : end);
    return true;
  });
  if (clauses.empty()) return;
  SetAside(cues, [&](const Cue& c) {
    for (const auto& [b, e] : clauses) {
      if (c.begin >= b && c.begin < e) return true;
    }
    return false;
  });
}

// Where a contrast marker splits the sentence, or npos.
size_t ContrastSplit(std::string_view text, const Rulebook::Impl& impl) {
  size_t split = std::string_view::npos;
  impl.contrast.ForEach(text, [&](size_t b, size_t e, int kind) {
    // Opening marker: "However," links to the previous sentence; "Although X, Y" splits at the comma.
    size_t lead = text.find_first_not_of(" \"'", 0);
    if (b <= lead) {
      size_t comma = text.find(',', e);
      if (comma != std::string_view::npos && comma > e + 1) split = comma;
      return split == std::string_view::npos;
    }
    size_t before = text.find_last_not_of(' ', b - 1);
    bool after_comma = before != std::string_view::npos && text[before] == ',';
    if (kind == 0 || after_comma) split = b;  // kind 1 (`after_comma` list) needs the comma
    return split == std::string_view::npos;
  });
  return split;
}

Judgement Decide(const Counts& c, int margin, const char** why = nullptr) {
  auto as = [&](Judgement j, const char* reason) {
    if (why) *why = reason;
    return j;
  };
  if (c.progress > 0) {
    if (c.negative > c.progress) return as(Judgement::kWeakness, "more criticism than progress");
    if (c.negative == 0 && c.positive - c.progress >= margin) {
      return as(Judgement::kStrength, "progress settled into praise (praise outnumbers it by the margin)");
    }
    return as(Judgement::kProgress, "progress cues");
  }
  if (c.negative > 0 && 2 * c.negative >= c.positive) return as(Judgement::kWeakness, "criticism, not outweighed two to one by praise");
  if (c.positive > 0) return as(Judgement::kStrength, "praise");
  if (c.negative > 0) return as(Judgement::kWeakness, "criticism");
  return as(Judgement::kNeutral, "no cue of praise, criticism or progress");
}

void Count(const std::vector<Cue>& cues, size_t from, size_t to, Counts* c) {
  for (const Cue& cue : cues) {
    if (cue.begin < from || cue.begin >= to) continue;
    switch (cue.kind) {
      case CueKind::kPositive: ++c->positive; break;
      case CueKind::kNegative: ++c->negative; break;
      case CueKind::kProgress: ++c->progress; break;
      case CueKind::kNeutral: ++c->neutral; break;
    }
  }
}

bool Opposed(Judgement a, Judgement b) {
  auto pair = [&](Judgement x, Judgement y) { return (a == x && b == y) || (a == y && b == x); };
  return pair(Judgement::kStrength, Judgement::kWeakness) || pair(Judgement::kProgress, Judgement::kWeakness);
}

}  // namespace

Judgement JudgeSentence(std::string_view text, const Rulebook::Impl& impl, unsigned present, JudgementTrace* trace) {
  thread_local std::vector<Cue> cues;
  cues.clear();
  impl.cues.ForEach(text, [&](size_t b, size_t e, int kind) {
    if (kind >= 0) cues.push_back({b, e, static_cast<CueKind>(kind)});
    return true;
  });
  auto finish = [&](Judgement j, const char* why) {
    if (trace) {
      trace->decided_by = why;
      for (const Cue& c : cues) trace->cues.push_back({std::string(text.substr(c.begin, c.end - c.begin)), c.kind, c.negated});
    }
    return j;
  };
  if (cues.empty()) return finish(Judgement::kNeutral, "no cue of praise, criticism or progress");
  ApplyNegation(text, impl, present, &cues);
  ApplyMitigation(text, impl, present, &cues);
  size_t condition = DropCondition(text, impl, present, &cues);
  DropInnerConditions(text, impl, present, &cues);
  if (trace && condition != std::string_view::npos) trace->condition = std::string(text.substr(0, condition));

  Counts all;
  Count(cues, 0, text.size(), &all);
  // Only criticism beside praise or progress can make the two sides of a
  // contrast opposed: otherwise the marker cannot change the judgement.
  bool may_oppose = all.negative > 0 && (all.positive > 0 || all.progress > 0);
  size_t split = may_oppose && Has(present, Matcher::kContrast) ? ContrastSplit(text, impl) : std::string_view::npos;
  if (split != std::string_view::npos) {
    Counts left, right;
    Count(cues, 0, split, &left);
    Count(cues, split, text.size(), &right);
    if (Opposed(Decide(left, impl.settled_positive_margin), Decide(right, impl.settled_positive_margin))) {
      if (trace) trace->contrast = std::string(text.substr(split, 24));
      return finish(Judgement::kMixed, "a contrast with praise or progress on one side and criticism on the other");
    }
  }
  const char* why = nullptr;
  Judgement j = Decide(all, impl.settled_positive_margin, &why);
  return finish(j, why);
}

}  // namespace oftrack
