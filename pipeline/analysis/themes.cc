// Theme and subject matching. One RE2::Set pass finds every member with a
// matching pattern. The same pass finds the members' exclude phrases; a
// member that matches beside one of its own exclude phrases is then re-checked
// on a copy of the sentence with the excluded phrases blanked out:
// "supervision records" must not make a sentence about `records`, but
// "supervision records ... case records" must.
#include <algorithm>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

// The text with member m's exclude phrases blanked; false when it has none in text.
bool Blanked(std::string_view text, const PhraseFamily::Member& m, std::string* out) {
  out->assign(text.data(), text.size());
  bool excluded = false;
  // Blanking only touches what the scan has passed.
  ForEachMatch(*m.exclude, *out, [&](size_t begin, size_t end) {
    std::fill(out->begin() + begin, out->begin() + end, ' ');
    excluded = true;
    return true;
  });
  return excluded;
}

// True when member m still matches once its exclude phrases are blanked.
bool SurvivesExclude(std::string_view text, const PhraseFamily::Member& m) {
  thread_local std::string blanked;
  if (!Blanked(text, m, &blanked)) return true;
  return RE2::PartialMatch(blanked, *m.any);
}

}  // namespace

void PhraseFamily::Match(std::string_view text, std::vector<int>* out) const {
  out->clear();
  thread_local std::vector<int> hits;
  thread_local std::vector<int> excluded;  // members with an exclude phrase in the text
  hits.clear();
  excluded.clear();
  if (!set || !set->Match(re2::StringPiece(text.data(), text.size()), &hits)) return;
  for (int entry : hits) {
    const SetEntry& e = entries[entry];
    (e.exclude ? excluded : *out).push_back(e.member);
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  if (excluded.empty()) return;
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int m) {
                              if (std::find(excluded.begin(), excluded.end(), m) == excluded.end()) return false;
                              return !SurvivesExclude(text, members[m]);
                            }),
             out->end());
}

std::string PhraseFamily::Words(std::string_view text, int m) const {
  const Member& member = members[m];
  std::string blanked;
  std::string_view scan = text;
  if (member.exclude && Blanked(text, member, &blanked)) scan = blanked;
  re2::StringPiece match;
  if (!member.any->Match(re2::StringPiece(scan.data(), scan.size()), 0, scan.size(), RE2::UNANCHORED, &match, 1)) {
    return "";
  }
  return std::string(text.substr(match.data() - scan.data(), match.size()));
}

void MatchThemes(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out) {
  impl.theme_phrases.Match(text, out);
}

void MatchSubjects(std::string_view text, const Rulebook::Impl& impl, std::vector<int>* out) {
  impl.subject_phrases.Match(text, out);
}

}  // namespace oftrack
