// Theme matching. One RE2::Set pass finds every theme with a matching pattern.
// The same pass finds the themes' exclude phrases; a theme that matches beside
// one of its own exclude phrases is then re-checked on a copy of the sentence
// with the excluded phrases blanked out: "supervision records" must not make
// a sentence about `records`, but "supervision records ... case records" must.
#include <algorithm>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

// True when theme still matches once its exclude phrases are blanked.
bool SurvivesExclude(std::string_view text, const Rulebook::Impl::ThemeRule& rule) {
  thread_local std::string blanked;
  blanked.assign(text.data(), text.size());
  bool excluded = false;
  // Blanking only touches what the scan has passed.
  ForEachMatch(*rule.exclude, blanked, [&](size_t begin, size_t end) {
    std::fill(blanked.begin() + begin, blanked.begin() + end, ' ');
    excluded = true;
    return true;
  });
  if (!excluded) return true;
  return RE2::PartialMatch(blanked, *rule.any);
}

}  // namespace

void MatchThemes(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out) {
  out->clear();
  thread_local std::vector<int> hits;
  thread_local std::vector<int> excluded;  // themes with an exclude phrase in the text
  hits.clear();
  excluded.clear();
  if (!impl.theme_set->Match(re2::StringPiece(text.data(), text.size()), &hits)) return;
  for (int entry : hits) {
    const auto& e = impl.set_entries[entry];
    (e.exclude ? excluded : *out).push_back(e.theme);
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  if (excluded.empty()) return;
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int theme) {
                              if (std::find(excluded.begin(), excluded.end(), theme) == excluded.end()) return false;
                              return !SurvivesExclude(text, impl.theme_rules[theme]);
                            }),
             out->end());
}

}  // namespace oftrack
