// Rulebook: the codebook as editable rule files (rules/*.toml), compiled once.
//   themes.toml      [[theme]] id, label, description, patterns = [...], exclude = [...]
//   judgements.toml  positive / negative / progress / neutral cues, negations,
//                    contrast markers, quantifiers
//   subjects.toml    optional: [[subject]] id, label, patterns, exclude: what an
//                    area is about, for following it from visit to visit
//   areas.toml       optional overrides: an area's text pattern -> theme ids;
//                    [[link]]: two areas of one authority linked or kept apart by hand
// Every pattern is RE2 syntax, matched case-insensitively against a sentence
// whose quotes/apostrophes are straightened. A bad rule (invalid regex,
// unknown theme id, duplicate id) is reported with file and line and the
// rulebook is not built: a run never starts with half the rules.
// Thread-safety: immutable once built; share by const&.
#ifndef OFTRACK_ANALYSIS_RULEBOOK_H_
#define OFTRACK_ANALYSIS_RULEBOOK_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/status.h"
#include "model/tracking.h"

namespace oftrack {

struct ThemeInfo {
  std::string id;
  std::string label;
  std::string description;
};

class Rulebook {
 public:
  // Loads and compiles every rule file in dir. On failure the Status names the
  // file and line; *problems (if given) receives every problem found, not just the first.
  static Result<std::shared_ptr<const Rulebook>> Load(const std::string& dir,
                                                      std::vector<Status>* problems = nullptr);
  const std::vector<ThemeInfo>& themes() const;
  const std::vector<SubjectInfo>& subjects() const;
  // Per-authority links between areas, set by hand in areas.toml ([[link]]).
  const std::vector<AreaLink>& area_links() const;
  const ThemeInfo* FindTheme(const std::string& id) const;
  // Directory it was loaded from.
  const std::string& dir() const;

  // The first step of theme labelling alone, for the benchmark's floor (one
  // RE2::Set pass of every theme pattern and exclude phrase over text):
  // `entries` matched, and whether one of them is a theme pattern rather than
  // only an exclude phrase. `scratch` is reused between calls.
  struct PhraseScan {
    int entries = 0;
    bool theme = false;
  };
  PhraseScan ScanThemePhrases(std::string_view text, std::vector<int>* scratch) const;
  int ThemePhraseCount() const;  // patterns and exclude phrases in that set

  ~Rulebook();
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Rulebook(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The theme patterns of dir/themes.toml as written (RE2 syntax), for tools
// that match them another way (the benchmark's JavaScript peer). Fails on the
// first problem of any rule file.
struct ThemePatternText {
  std::string id;
  std::vector<std::string> patterns, exclude;
};
Result<std::vector<ThemePatternText>> ReadThemePatterns(const std::string& dir);

// Only the [[link]] tables of dir/areas.toml, for the reports (which need no
// other rule): none when the file is absent; BadRule naming file:line on an
// invalid one.
Result<std::vector<AreaLink>> LoadAreaLinks(const std::string& dir);

}  // namespace oftrack

#endif  // OFTRACK_ANALYSIS_RULEBOOK_H_
