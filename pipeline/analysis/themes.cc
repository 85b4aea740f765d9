// Theme matching. One RE2::Set pass finds every theme with a matching pattern.
// A theme with `exclude` patterns is then re-checked on a copy of the sentence
// with the excluded phrases blanked out: "supervision records" must not make
// a sentence about `records`, but "supervision records ... case records" must.
#include <algorithm>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

// True when theme still matches once its exclude phrases are blanked.
bool SurvivesExclude(std::string_view text, const Rulebook::Impl::ThemeRule& rule) {
  // Most sentences that hit a theme hold none of its exclude phrases: no copy for them.
  if (!rule.exclude->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0)) {
    return true;
  }
  thread_local std::string blanked;
  blanked.assign(text.data(), text.size());
  re2::StringPiece input(blanked);
  re2::StringPiece match;
  size_t pos = 0;
  bool excluded = false;
  while (pos <= blanked.size() &&
         rule.exclude->Match(input, pos, blanked.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = match.data() - blanked.data();
    std::fill(blanked.begin() + begin, blanked.begin() + begin + match.size(), ' ');
    excluded = true;
    pos = begin + std::max<size_t>(match.size(), 1);
  }
  if (!excluded) return true;
  return RE2::PartialMatch(blanked, *rule.any);
}

}  // namespace

void MatchThemes(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out) {
  out->clear();
  std::vector<int> hits;
  if (!impl.theme_set->Match(re2::StringPiece(text.data(), text.size()), &hits)) return;
  for (int pattern : hits) out->push_back(impl.theme_of_pattern[pattern]);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int theme) {
                              const auto& rule = impl.theme_rules[theme];
                              return rule.exclude && !SurvivesExclude(text, rule);
                            }),
             out->end());
}

}  // namespace oftrack
