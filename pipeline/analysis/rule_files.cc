// Reading rules/*.toml into a RuleSpec, checking as we go. Every problem is
// collected, not just the first, each as "file:line: what", so one run of
// `oftrack rules check` lists everything a rule editor has to fix. toml++
// reports syntax errors by exception; they are caught here and become a
// Status like any other problem.
#include <toml++/toml.h>

#include <filesystem>
#include <set>

#include "analysis/rulebook_impl.h"

namespace oftrack {
namespace {

// Rule patterns are matched byte by byte (Latin-1, see RuleOptions): a
// character beyond ASCII is several bytes, which is the same match as a plain
// sequence ("’s") but not inside [...] or before a repeat (?, *, +, {), where
// it would stand for its bytes one at a time. Where such a character stands
// so, or "" when none does.
std::string ByteWiseTrap(const std::string& pattern) {
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(pattern[i]);
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c < 0x80) continue;
    if (in_class) return "inside [...]";
    size_t next = i + 1;
    while (next < pattern.size() && (static_cast<unsigned char>(pattern[next]) & 0xC0) == 0x80) ++next;
    if (next < pattern.size() && std::string_view("?*+{").find(pattern[next]) != std::string_view::npos) {
      return "before a repeat";
    }
    i = next - 1;
  }
  return "";
}

// Collects problems for one file.
class Reader {
 public:
  Reader(std::string path, std::vector<Status>* problems) : path_(std::move(path)), problems_(problems) {}

  void Problem(int line, const std::string& what) {
    problems_->push_back(Status::BadRule(path_ + ":" + std::to_string(line), what));
  }
  static int Line(const toml::node* node) { return node ? static_cast<int>(node->source().begin.line) : 0; }

  // Parses the file; false (with a problem recorded) on a syntax error.
  bool Parse(toml::table* out) {
    try {
      *out = toml::parse_file(path_);
      return true;
    } catch (const toml::parse_error& e) {
      Problem(static_cast<int>(e.source().begin.line), std::string("TOML syntax: ") + std::string(e.description()));
      return false;
    }
  }

  // A required non-empty string field of table t (line: where t starts).
  std::string String(const toml::table& t, const char* key, int line, bool required = true) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) Problem(line, std::string("missing field '") + key + "'");
      return "";
    }
    auto v = n->value<std::string>();
    if (!v || v->empty()) {
      Problem(Line(n), std::string("'") + key + "' must be a non-empty string");
      return "";
    }
    return *v;
  }

  // An array of regex strings; each is compiled once here to report its error.
  std::vector<PatternSpec> Patterns(const toml::table& t, const char* key, int line, bool required) {
    std::vector<PatternSpec> out;
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) Problem(line, std::string("missing field '") + key + "'");
      return out;
    }
    const toml::array* arr = n->as_array();
    if (!arr || (required && arr->empty())) {
      Problem(Line(n), std::string("'") + key + "' must be a non-empty array of patterns");
      return out;
    }
    for (const toml::node& item : *arr) {
      auto s = item.value<std::string>();
      if (!s || s->empty()) {
        Problem(Line(&item), std::string("'") + key + "' holds something that is not a pattern string");
        continue;
      }
      PatternSpec p{*s, path_, Line(&item)};
      if (CheckRegex(p)) out.push_back(std::move(p));
    }
    return out;
  }

  bool CheckRegex(const PatternSpec& p) {
    if (std::string where = ByteWiseTrap(p.text); !where.empty()) {
      Problem(p.line, "pattern '" + p.text + "': a character beyond ASCII " + where +
                          ": patterns match byte by byte (RuleOptions), so write it as a plain sequence or "
                          "spell out the choices, (?:\u2019|')");
      return false;
    }
    // As it will be used (one compile per pattern: this check is part of
    // every ingest's start); on failure again as written, so the error
    // quotes the editor's own text.
    RE2 re(WholeWord(p.text), RuleOptions(false));
    if (re.ok()) return true;
    RE2 raw(p.text, RuleOptions(false));
    Problem(p.line, "invalid pattern '" + p.text + "': " + (raw.ok() ? re.error() : raw.error()));
    return false;
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<Status>* problems_;
};

bool ValidId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

void ReadThemes(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems) {
  Reader r(dir + "/themes.toml", problems);
  toml::table root;
  if (!r.Parse(&root)) return;
  const toml::array* themes = root["theme"].as_array();
  if (!themes || themes->empty()) {
    r.Problem(1, "no [[theme]] tables");
    return;
  }
  std::set<std::string> seen;
  for (const toml::node& node : *themes) {
    const toml::table* t = node.as_table();
    int line = Reader::Line(&node);
    if (!t) {
      r.Problem(line, "'theme' must be an array of tables ([[theme]])");
      continue;
    }
    RuleSpec::Theme theme;
    theme.info.id = r.String(*t, "id", line);
    theme.info.label = r.String(*t, "label", line);
    theme.info.description = r.String(*t, "description", line, /*required=*/false);
    theme.patterns = r.Patterns(*t, "patterns", line, /*required=*/true);
    theme.exclude = r.Patterns(*t, "exclude", line, /*required=*/false);
    theme.area_patterns = r.Patterns(*t, "area_patterns", line, /*required=*/false);
    if (theme.info.id.empty()) continue;
    int id_line = Reader::Line(t->get("id"));
    if (!ValidId(theme.info.id)) r.Problem(id_line, "theme id '" + theme.info.id + "' must be lower-case letters, digits and _");
    if (!seen.insert(theme.info.id).second) r.Problem(id_line, "duplicate theme id '" + theme.info.id + "'");
    spec->themes.push_back(std::move(theme));
  }
}

void ReadQuantifiers(Reader& r, const toml::table& root, RuleSpec* spec) {
  const toml::node* n = root.get("quantifier");
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) {
    r.Problem(Reader::Line(n), "'quantifier' must be an array of tables ([[quantifier]])");
    return;
  }
  for (const toml::node& node : *arr) {
    const toml::table* t = node.as_table();
    int line = Reader::Line(&node);
    if (!t) {
      r.Problem(line, "'quantifier' must be an array of tables ([[quantifier]])");
      continue;
    }
    RuleSpec::Quantifier q;
    q.name = r.String(*t, "name", line);
    q.patterns = r.Patterns(*t, "patterns", line, /*required=*/true);
    if (!q.name.empty()) spec->quantifiers.push_back(std::move(q));
  }
}

// One [section] of judgements.toml with a `patterns` array.
std::vector<PatternSpec> CueSection(Reader& r, const toml::table& root, const char* name, bool required) {
  const toml::node* n = root.get(name);
  if (!n) {
    if (required) r.Problem(1, std::string("missing section [") + name + "]");
    return {};
  }
  const toml::table* t = n->as_table();
  if (!t) {
    r.Problem(Reader::Line(n), std::string("'") + name + "' must be a table ([" + name + "])");
    return {};
  }
  return r.Patterns(*t, "patterns", Reader::Line(n), /*required=*/true);
}

int IntField(Reader& r, const toml::table& root, const char* section, const char* key, int fallback) {
  const toml::node* n = root.at_path(std::string(section) + "." + key).node();
  if (!n) return fallback;
  auto v = n->value<int64_t>();
  if (!v || *v < 0 || *v > 100) {
    r.Problem(Reader::Line(n), std::string("'") + key + "' must be a whole number from 0 to 100");
    return fallback;
  }
  return static_cast<int>(*v);
}

void ReadJudgements(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems) {
  Reader r(dir + "/judgements.toml", problems);
  toml::table root;
  if (!r.Parse(&root)) return;
  spec->positive = CueSection(r, root, "positive", true);
  spec->negative = CueSection(r, root, "negative", true);
  spec->progress = CueSection(r, root, "progress", true);
  spec->neutral = CueSection(r, root, "neutral", false);
  spec->negation = CueSection(r, root, "negation", true);
  spec->contrast = CueSection(r, root, "contrast", true);
  if (const toml::table* contrast = root["contrast"].as_table()) {
    spec->contrast_after_comma = r.Patterns(*contrast, "after_comma", Reader::Line(contrast), /*required=*/false);
  }
  spec->condition = CueSection(r, root, "condition", false);
  spec->mitigation = CueSection(r, root, "mitigation", false);
  if (const toml::table* condition = root["condition"].as_table()) {
    spec->condition_mid = r.Patterns(*condition, "mid_sentence", Reader::Line(condition), /*required=*/false);
  }
  spec->negation_window = IntField(r, root, "negation", "window_words", 3);
  spec->settled_positive_margin = IntField(r, root, "rules", "settled_positive_margin", 2);
  ReadQuantifiers(r, root, spec);
}

// subjects.toml is optional: without it no area is followed to later letters.
void ReadSubjects(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems) {
  std::string path = dir + "/subjects.toml";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  Reader r(path, problems);
  toml::table root;
  if (!r.Parse(&root)) return;
  const toml::array* subjects = root["subject"].as_array();
  if (!subjects) {
    r.Problem(1, "no [[subject]] tables");
    return;
  }
  std::set<std::string> seen;
  for (const toml::node& node : *subjects) {
    const toml::table* t = node.as_table();
    int line = Reader::Line(&node);
    if (!t) {
      r.Problem(line, "'subject' must be an array of tables ([[subject]])");
      continue;
    }
    RuleSpec::Subject subject;
    subject.info.id = r.String(*t, "id", line);
    subject.info.label = r.String(*t, "label", line);
    subject.info.practice = (*t)["practice"].value_or(false);
    subject.patterns = r.Patterns(*t, "patterns", line, /*required=*/true);
    subject.exclude = r.Patterns(*t, "exclude", line, /*required=*/false);
    if (subject.info.id.empty() || subject.patterns.empty()) continue;
    int id_line = Reader::Line(t->get("id"));
    if (!ValidId(subject.info.id)) {
      r.Problem(id_line, "subject id '" + subject.info.id + "' must be lower-case letters, digits and _");
    }
    if (!seen.insert(subject.info.id).second) r.Problem(id_line, "duplicate subject id '" + subject.info.id + "'");
    spec->subjects.push_back(std::move(subject));
  }
}

// [[link]] tables of areas.toml: authority (URN), area, later, linked (default
// true), note.
void ReadLinks(Reader& r, const toml::table& root, RuleSpec* spec) {
  const toml::node* n = root.get("link");
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) {
    r.Problem(Reader::Line(n), "'link' must be an array of tables ([[link]])");
    return;
  }
  for (const toml::node& node : *arr) {
    const toml::table* t = node.as_table();
    int line = Reader::Line(&node);
    if (!t) {
      r.Problem(line, "'link' must be an array of tables ([[link]])");
      continue;
    }
    AreaLink link;
    auto urn = (*t)["authority"].value<int64_t>();
    if (!urn || *urn <= 0) {
      r.Problem(line, "a [[link]] needs 'authority', the Ofsted URN (a number, e.g. 80533)");
      continue;
    }
    link.urn = static_cast<int>(*urn);
    link.area = r.String(*t, "area", line);
    link.later = r.String(*t, "later", line);
    link.linked = (*t)["linked"].value_or(true);
    link.note = (*t)["note"].value_or(std::string());
    if (!link.area.empty() && !link.later.empty()) spec->links.push_back(std::move(link));
  }
}

// areas.toml is optional; its theme ids must name themes of themes.toml.
void ReadAreas(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems) {
  std::string path = dir + "/areas.toml";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  Reader r(path, problems);
  toml::table root;
  if (!r.Parse(&root)) return;
  ReadLinks(r, root, spec);
  const toml::node* n = root.get("override");
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) {
    r.Problem(Reader::Line(n), "'override' must be an array of tables ([[override]])");
    return;
  }
  std::set<std::string> known;
  for (const auto& t : spec->themes) known.insert(t.info.id);
  for (const toml::node& node : *arr) {
    const toml::table* t = node.as_table();
    int line = Reader::Line(&node);
    if (!t) {
      r.Problem(line, "'override' must be an array of tables ([[override]])");
      continue;
    }
    RuleSpec::Override o;
    o.pattern = PatternSpec{r.String(*t, "pattern", line), r.path(), Reader::Line(t->get("pattern"))};
    bool pattern_ok = !o.pattern.text.empty() && r.CheckRegex(o.pattern);
    o.replace = (*t)["replace"].value_or(false);
    const toml::array* themes = (*t)["themes"].as_array();
    if (!themes || themes->empty()) {
      r.Problem(line, "missing field 'themes' (a non-empty array of theme ids)");
      continue;
    }
    for (const toml::node& id_node : *themes) {
      std::string id = id_node.value_or(std::string());
      if (!known.count(id)) {
        r.Problem(Reader::Line(&id_node), "unknown theme id '" + id + "' (not in themes.toml)");
      } else {
        o.themes.push_back(id);
      }
    }
    if (pattern_ok) spec->overrides.push_back(std::move(o));
  }
}

}  // namespace

Result<std::vector<AreaLink>> LoadAreaLinks(const std::string& dir) {
  std::vector<Status> problems;
  RuleSpec spec;
  std::string path = dir + "/areas.toml";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return spec.links;
  Reader r(path, &problems);
  toml::table root;
  if (r.Parse(&root)) ReadLinks(r, root, &spec);
  if (!problems.empty()) return problems.front();
  return spec.links;
}

void ReadRuleFiles(const std::string& dir, RuleSpec* spec, std::vector<Status>* problems) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    problems->push_back(Status::NotFound(dir, "rules directory not found"));
    return;
  }
  for (const char* required : {"themes.toml", "judgements.toml"}) {
    if (!std::filesystem::exists(dir + "/" + required, ec)) {
      problems->push_back(Status::BadRule(dir + "/" + required, "file missing"));
    }
  }
  if (!problems->empty()) return;
  ReadThemes(dir, spec, problems);
  ReadJudgements(dir, spec, problems);
  ReadSubjects(dir, spec, problems);
  ReadAreas(dir, spec, problems);
}

Result<std::vector<ThemePatternText>> ReadThemePatterns(const std::string& dir) {
  RuleSpec spec;
  std::vector<Status> problems;
  ReadRuleFiles(dir, &spec, &problems);
  if (!problems.empty()) return problems.front();
  std::vector<ThemePatternText> out;
  auto texts = [](const std::vector<PatternSpec>& specs) {
    std::vector<std::string> v;
    for (const PatternSpec& p : specs) v.push_back(p.text);
    return v;
  };
  for (const RuleSpec::Theme& t : spec.themes) out.push_back({t.info.id, texts(t.patterns), texts(t.exclude)});
  return out;
}

}  // namespace oftrack
