// Rulebook: compiles a checked RuleSpec into the matchers of Rulebook::Impl.
// Each pattern was already compiled alone while reading (to report its error
// with its line), so combining them here can only fail on RE2's size limits,
// which are reported against the file as a whole.
#include "analysis/rulebook.h"

#include "analysis/rulebook_impl.h"

#include <atomic>
#include <unordered_map>

namespace oftrack {
namespace {

// "(?:a)|(?:b)|...", one alternation of the patterns.
std::string Alternation(const std::vector<PatternSpec>& patterns) {
  std::string out;
  for (const PatternSpec& p : patterns) {
    if (!out.empty()) out += '|';
    out += "(?:" + p.text + ")";
  }
  return out;
}

// Compiles pattern; on failure adds a problem naming file and returns null.
std::unique_ptr<RE2> Compile(const std::string& pattern, bool longest, const std::string& file,
                             std::vector<Status>* problems) {
  auto re = std::make_unique<RE2>(pattern, RuleOptions(longest));
  if (re->ok()) return re;
  problems->push_back(Status::BadRule(file, "rules too large to compile together: " + re->error()));
  return nullptr;
}

// A KindScanner over kinds (each a list of patterns; an empty list never matches).
// True when pattern can only match the same way in any context: no ^ or $
// (a ^ that opens a [^...] class is not an anchor).
bool ContextFree(const std::string& pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
    } else if (pattern[i] == '$' || (pattern[i] == '^' && (i == 0 || pattern[i - 1] != '['))) {
      return false;
    }
  }
  return true;
}

KindScanner CompileKinds(const std::vector<const std::vector<PatternSpec>*>& kinds, const std::string& file,
                         std::vector<Status>* problems) {
  static std::atomic<uint64_t> serials{0};
  KindScanner scanner;
  scanner.serial = ++serials;
  scanner.remember = true;
  for (const auto* kind : kinds) {
    for (const PatternSpec& p : *kind) scanner.remember = scanner.remember && ContextFree(p.text);
  }
  std::string any;
  for (const auto* kind : kinds) {
    if (kind->empty()) {
      scanner.kinds.push_back(nullptr);
      continue;
    }
    std::string alternation = Alternation(*kind);
    if (!any.empty()) any += '|';
    any += alternation;
    scanner.kinds.push_back(Compile(WholeWord(alternation), true, file, problems));
  }
  if (!any.empty()) scanner.any = Compile(WholeWord(any), true, file, problems);
  return scanner;
}

// Adds one member (its patterns and exclude phrases) to a family being built.
void AddMember(const std::vector<PatternSpec>& patterns, const std::vector<PatternSpec>& exclude,
               const std::string& file, PhraseFamily* family, std::vector<Status>* problems) {
  if (!family->set) family->set = std::make_unique<RE2::Set>(RuleOptions(false), RE2::UNANCHORED);
  int index = static_cast<int>(family->members.size());
  PhraseFamily::Member m;
  m.any = Compile(WholeWord(Alternation(patterns)), false, file, problems);
  if (!exclude.empty()) m.exclude = Compile(WholeWord(Alternation(exclude)), true, file, problems);
  family->members.push_back(std::move(m));
  for (bool is_exclude : {false, true}) {
    for (const PatternSpec& p : is_exclude ? exclude : patterns) {
      std::string error;
      if (family->set->Add(WholeWord(p.text), &error) < 0) {
        problems->push_back(Status::BadRule(p.file + ":" + std::to_string(p.line), error));
      }
      family->entries.push_back({index, is_exclude});
    }
  }
}

void CompileFamily(const std::string& file, const char* what, PhraseFamily* family, std::vector<Status>* problems) {
  if (family->set && !family->set->Compile()) {
    problems->push_back(Status::BadRule(file, std::string(what) + " patterns too large to compile"));
  }
}

void CompileThemes(const RuleSpec& spec, Rulebook::Impl* impl, std::vector<Status>* problems) {
  const std::string file = impl->dir + "/themes.toml";
  for (const RuleSpec::Theme& theme : spec.themes) {
    impl->themes.push_back(theme.info);
    Rulebook::Impl::ThemeRule rule;
    if (!theme.area_patterns.empty()) {
      rule.area = Compile(WholeWord(Alternation(theme.area_patterns)), false, file, problems);
    }
    impl->theme_rules.push_back(std::move(rule));
    AddMember(theme.patterns, theme.exclude, file, &impl->theme_phrases, problems);
  }
  CompileFamily(file, "theme", &impl->theme_phrases, problems);
}

void CompileSubjects(const RuleSpec& spec, Rulebook::Impl* impl, std::vector<Status>* problems) {
  const std::string file = impl->dir + "/subjects.toml";
  for (const RuleSpec::Subject& subject : spec.subjects) {
    impl->subjects.push_back(subject.info);
    AddMember(subject.patterns, subject.exclude, file, &impl->subject_phrases, problems);
  }
  CompileFamily(file, "subject", &impl->subject_phrases, problems);
  impl->links = spec.links;
}

void CompileCues(const RuleSpec& spec, Rulebook::Impl* impl, std::vector<Status>* problems) {
  const std::string file = impl->dir + "/judgements.toml";
  // Kind order must follow CueKind.
  impl->cues = CompileKinds({&spec.positive, &spec.negative, &spec.progress, &spec.neutral}, file, problems);
  impl->negation = Compile(WholeWord(Alternation(spec.negation)), true, file, problems);
  impl->contrast = CompileKinds({&spec.contrast, &spec.contrast_after_comma}, file, problems);
  if (!spec.condition.empty()) {
    // Only at the start of the sentence, after an optional "However,".
    impl->condition = Compile("^[\\s\"']*(?:however,?\\s+)?(?:" + Alternation(spec.condition) + ")\\b", false, file, problems);
  }
  if (!spec.condition_mid.empty()) impl->condition_mid = Compile(WholeWord(Alternation(spec.condition_mid)), true, file, problems);
  if (!spec.mitigation.empty()) impl->mitigation = Compile(WholeWord(Alternation(spec.mitigation)), true, file, problems);
  impl->negation_window = spec.negation_window;
  impl->settled_positive_margin = spec.settled_positive_margin;

  std::vector<const std::vector<PatternSpec>*> quantifiers;
  for (const RuleSpec::Quantifier& q : spec.quantifiers) {
    quantifiers.push_back(&q.patterns);
    impl->quantifier_names.push_back(q.name);
  }
  impl->quantifiers = CompileKinds(quantifiers, file, problems);

  impl->matchers = std::make_unique<RE2::Set>(RuleOptions(false), RE2::UNANCHORED);
  auto add = [&](Matcher m, const RE2* re) {
    if (!re) return;
    std::string error;
    if (impl->matchers->Add(re->pattern(), &error) < 0) {
      problems->push_back(Status::BadRule(file, error));
      return;
    }
    impl->matcher_of_entry.push_back(m);
  };
  add(Matcher::kNegation, impl->negation.get());
  add(Matcher::kMitigation, impl->mitigation.get());
  add(Matcher::kCondition, impl->condition.get());
  add(Matcher::kConditionMid, impl->condition_mid.get());
  add(Matcher::kContrast, impl->contrast.any.get());
  add(Matcher::kQuantifiers, impl->quantifiers.any.get());
  if (!impl->matchers->Compile()) problems->push_back(Status::BadRule(file, "judgement patterns too large to compile"));
}

void CompileOverrides(const RuleSpec& spec, Rulebook::Impl* impl, std::vector<Status>* problems) {
  for (const RuleSpec::Override& o : spec.overrides) {
    Rulebook::Impl::AreaOverride area;
    area.pattern = Compile(WholeWord(o.pattern.text), false, o.pattern.file, problems);
    area.themes = o.themes;
    area.replace = o.replace;
    impl->overrides.push_back(std::move(area));
  }
}

}  // namespace

RE2::Options RuleOptions(bool longest_match) {
  // Byte by byte (Latin-1) rather than UTF-8: the rules are ASCII words and
  // ASCII is the same either way (RE2's \b, \w and \s are ASCII-only in both),
  // but the UTF-8 automata are larger (a caseless 'k' or 's' also matches the
  // Kelvin sign and the long s) and classify ran 15% slower on real reports.
  // The one difference, a non-ASCII character in [...] or before a repeat, is
  // refused when the rule files are read (ByteWiseTrap in rule_files.cc).
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(longest_match);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

std::string WholeWord(const std::string& pattern) { return "\\b(?:" + pattern + ")\\b"; }

unsigned Rulebook::Impl::MatchersIn(std::string_view text) const {
  thread_local std::vector<int> hits;
  unsigned present = 0;
  if (!matchers || !matchers->Match(re2::StringPiece(text.data(), text.size()), &hits)) return present;
  for (int entry : hits) present |= 1u << static_cast<int>(matcher_of_entry[entry]);
  return present;
}

int KindScanner::KindOf(std::string_view text, size_t begin, size_t end) const {
  auto find = [&] {
    re2::StringPiece input(text.data(), text.size());
    for (size_t k = 0; k < kinds.size(); ++k) {
      // The whole text is the context, so \b at the span's edges sees its neighbours.
      if (kinds[k] && kinds[k]->Match(input, begin, end, RE2::ANCHOR_BOTH, nullptr, 0)) return static_cast<int>(k);
    }
    return -1;
  };
  if (!remember) return find();
  // Keyed by the scanner's serial and the span's bytes, case included (the
  // patterns are caseless, so this only remembers more entries).
  thread_local std::unordered_map<std::string, int> memory;
  thread_local std::string key;
  key.assign(reinterpret_cast<const char*>(&serial), sizeof serial);
  key.append(text.data() + begin, end - begin);
  if (auto it = memory.find(key); it != memory.end()) return it->second;
  if (memory.size() > 100000) memory.clear();  // bounded: a run of odd text cannot grow it without end
  int kind = find();
  memory.emplace(key, kind);
  return kind;
}

Result<std::shared_ptr<const Rulebook>> Rulebook::Load(const std::string& dir, std::vector<Status>* problems) {
  std::vector<Status> local;
  std::vector<Status>* found = problems ? problems : &local;
  size_t before = found->size();
  RuleSpec spec;
  ReadRuleFiles(dir, &spec, found);
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  if (found->size() == before) {
    CompileThemes(spec, impl.get(), found);
    CompileSubjects(spec, impl.get(), found);
    CompileCues(spec, impl.get(), found);
    CompileOverrides(spec, impl.get(), found);
  }
  if (found->size() > before) {
    const Status& first = (*found)[before];
    size_t more = found->size() - before - 1;
    std::string reason = first.reason();
    if (more > 0) reason += " (and " + std::to_string(more) + " more problem" + (more > 1 ? "s" : "") + ")";
    if (first.code() == Status::Code::kNotFound) return Status::NotFound(first.file(), reason);
    return Status::BadRule(first.file(), reason);
  }
  return std::shared_ptr<const Rulebook>(new Rulebook(std::move(impl)));
}

Rulebook::Rulebook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Rulebook::~Rulebook() = default;

const std::vector<ThemeInfo>& Rulebook::themes() const { return impl_->themes; }
const std::vector<SubjectInfo>& Rulebook::subjects() const { return impl_->subjects; }
const std::vector<AreaLink>& Rulebook::area_links() const { return impl_->links; }
const std::string& Rulebook::dir() const { return impl_->dir; }

const ThemeInfo* Rulebook::FindTheme(const std::string& id) const {
  for (const ThemeInfo& t : impl_->themes) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

Rulebook::PhraseScan Rulebook::ScanThemePhrases(std::string_view text, std::vector<int>* scratch) const {
  PhraseScan scan;
  const PhraseFamily& family = impl_->theme_phrases;
  if (!family.set || !family.set->Match(re2::StringPiece(text.data(), text.size()), scratch)) return scan;
  scan.entries = static_cast<int>(scratch->size());
  for (int hit : *scratch) scan.theme = scan.theme || !family.entries[hit].exclude;
  return scan;
}

int Rulebook::ThemePhraseCount() const { return static_cast<int>(impl_->theme_phrases.entries.size()); }

}  // namespace oftrack
