// Eval: gold-set reading and scoring. Theme scores count labels: a sentence
// with gold {a, b} and predicted {b, c} gives b a TP, c an FP and a an FN.
#include "analysis/eval.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "analysis/classify.h"

namespace oftrack {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

bool KnownJudgement(const std::string& id) {
  return id == "neutral" || JudgementFromId(id) != Judgement::kNeutral;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out.empty() ? "-" : out;
}

void AddLine(std::string* out, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void AddLine(std::string* out, const char* fmt, ...) {
  char buf[512];
  va_list args;
  va_start(args, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  *out += buf;
  *out += '\n';
}

void ScoreThemes(const GoldItem& item, const std::vector<std::string>& predicted, EvalReport* report) {
  for (ThemeScore& score : report->themes) {
    bool gold = std::count(item.themes.begin(), item.themes.end(), score.theme) > 0;
    bool pred = std::count(predicted.begin(), predicted.end(), score.theme) > 0;
    score.tp += gold && pred;
    score.fp += !gold && pred;
    score.fn += gold && !pred;
  }
  // Gold ids the rulebook does not know can never be found.
  for (const std::string& id : item.themes) {
    bool known = std::any_of(report->themes.begin(), report->themes.end(), [&](const ThemeScore& s) { return s.theme == id; });
    if (!known) ++report->micro.fn;
  }
}

}  // namespace

Result<std::vector<GoldItem>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path, "cannot open gold file");
  std::vector<GoldItem> items;
  std::string line;
  int number = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (!header) {
      if (f.size() != 5 || f[0] != "id" || f[2] != "text" || f[3] != "themes" || f[4] != "judgement") {
        return Status::BadInput(path + ":" + std::to_string(number), "expected header 'id\\tsource\\ttext\\tthemes\\tjudgement'");
      }
      header = true;
      continue;
    }
    if (f.size() != 5) return Status::BadInput(path + ":" + std::to_string(number), "expected 5 tab-separated fields");
    if (!KnownJudgement(f[4])) return Status::BadInput(path + ":" + std::to_string(number), "unknown judgement '" + f[4] + "'");
    GoldItem item{f[0], f[1], f[2], {}, JudgementFromId(f[4]), number};
    if (!f[3].empty()) item.themes = Split(f[3], ',');
    items.push_back(std::move(item));
  }
  if (!header) return Status::BadInput(path, "empty gold file");
  return items;
}

EvalReport Evaluate(const std::vector<GoldItem>& items, const Rulebook& rules) {
  EvalReport report;
  for (const ThemeInfo& t : rules.themes()) report.themes.push_back({t.id});
  for (const GoldItem& item : items) {
    SentenceLabel label = LabelSentence(item.text, rules);
    ++report.sentences;
    ScoreThemes(item, label.themes, &report);
    report.confusion[static_cast<int>(item.judgement)][static_cast<int>(label.judgement)]++;
    bool judgement_ok = label.judgement == item.judgement;
    report.judgement_correct += judgement_ok;
    std::set<std::string> gold(item.themes.begin(), item.themes.end()), pred(label.themes.begin(), label.themes.end());
    if (!judgement_ok || gold != pred) {
      report.misses.push_back({&item, label.themes, label.judgement, FormatExplanation(ExplainSentence(item.text, rules))});
    }
  }
  for (const ThemeScore& s : report.themes) {
    report.micro.tp += s.tp;
    report.micro.fp += s.fp;
    report.micro.fn += s.fn;
  }
  report.micro.theme = "micro";
  return report;
}

double EvalReport::JudgementRecall(Judgement j) const {
  const auto& row = confusion[static_cast<int>(j)];
  int total = 0;
  for (int n : row) total += n;
  return total ? double(row[static_cast<int>(j)]) / total : 0;
}

double EvalReport::JudgementPrecision(Judgement j) const {
  int total = 0;
  for (const auto& row : confusion) total += row[static_cast<int>(j)];
  return total ? double(confusion[static_cast<int>(j)][static_cast<int>(j)]) / total : 0;
}

namespace {

// A judgement-by-judgement table under `title`; with `scores`, each row also
// gives that judgement's recall and precision.
void AddConfusion(const std::array<std::array<int, 5>, 5>& confusion, const char* title, const EvalReport* scores,
                  std::string* out) {
  AddLine(out, "%s", title);
  std::string header = "          ";
  for (const char* name : {"neutral", "strength", "weakness", "mixed", "progress"}) header += std::string(9 - std::strlen(name), ' ') + name;
  if (scores) header += "   recall  precis.";
  *out += header + "\n";
  for (int g = 0; g < 5; ++g) {
    const auto& row = confusion[g];
    auto j = static_cast<Judgement>(g);
    char line[160];
    int n = std::snprintf(line, sizeof line, "%-10s %8d %8d %8d %8d %8d", JudgementId(j), row[0], row[1], row[2], row[3], row[4]);
    if (scores) std::snprintf(line + n, sizeof line - n, " %8.3f %8.3f", scores->JudgementRecall(j), scores->JudgementPrecision(j));
    *out += std::string(line) + "\n";
  }
}

std::string MissLine(const EvalMiss& m) {
  return "  " + m.gold->id + "  " + JudgementId(m.gold->judgement) + " -> " + JudgementId(m.judgement) + "  [" +
         Join(m.gold->themes) + "] -> [" + Join(m.themes) + "]  " + m.gold->source + "\n      " + m.gold->text +
         "\n      why: " + m.why + "\n";
}

bool Has(const std::vector<std::string>& v, const std::string& id) { return std::find(v.begin(), v.end(), id) != v.end(); }

// Per theme, worst F1 first: the sentences whose gold has it and the rules
// did not give (missed), then the ones the rules gave and gold has not (added).
void AddMissesByTheme(const EvalReport& r, const std::vector<ThemeScore>& themes, int max_misses, std::string* out) {
  AddLine(out, "\nmisses by theme (gold -> predicted; up to %d missed and %d added per theme)", max_misses, max_misses);
  for (const ThemeScore& s : themes) {
    if (s.fn + s.fp == 0) continue;
    AddLine(out, "%s  (missed %d, added %d)", s.theme.c_str(), s.fn, s.fp);
    for (int pass = 0; pass < 2; ++pass) {
      int shown = 0;
      for (const EvalMiss& m : r.misses) {
        bool gold = Has(m.gold->themes, s.theme), pred = Has(m.themes, s.theme);
        if (pass == 0 ? !(gold && !pred) : !(pred && !gold)) continue;
        if (shown++ >= max_misses) break;
        *out += (pass == 0 ? " missed" : " added ") + MissLine(m);
      }
    }
  }
}

// Per gold -> predicted judgement pair, most frequent first.
void AddMissesByConfusion(const EvalReport& r, int max_misses, std::string* out) {
  std::vector<std::pair<int, std::pair<int, int>>> pairs;
  for (int g = 0; g < 5; ++g) {
    for (int p = 0; p < 5; ++p) {
      if (g != p && r.confusion[g][p] > 0) pairs.push_back({r.confusion[g][p], {g, p}});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  AddLine(out, "\nmisses by judgement (gold -> predicted, most frequent first; up to %d each)", max_misses);
  for (const auto& [count, gp] : pairs) {
    auto gold = static_cast<Judgement>(gp.first), pred = static_cast<Judgement>(gp.second);
    AddLine(out, "%s -> %s  (%d)", JudgementId(gold), JudgementId(pred), count);
    int shown = 0;
    for (const EvalMiss& m : r.misses) {
      if (m.gold->judgement != gold || m.judgement != pred) continue;
      if (shown++ >= max_misses) break;
      *out += MissLine(m);
    }
  }
}

}  // namespace

std::string FormatEvalReport(const EvalReport& r, int max_misses) {
  std::string out;
  AddLine(&out, "sentences            %d", r.sentences);
  AddLine(&out, "theme micro P/R/F1   %.3f / %.3f / %.3f  (TP %d, FP %d, FN %d)", r.micro.Precision(), r.micro.Recall(),
          r.micro.F1(), r.micro.tp, r.micro.fp, r.micro.fn);
  AddLine(&out, "judgement accuracy   %.3f  (%d of %d)", r.JudgementAccuracy(), r.judgement_correct, r.sentences);
  AddConfusion(r.confusion, "\nconfusion (rows gold, columns predicted)", &r, &out);
  std::vector<ThemeScore> themes = r.themes;
  std::stable_sort(themes.begin(), themes.end(), [](const ThemeScore& a, const ThemeScore& b) { return a.F1() < b.F1(); });
  AddLine(&out, "\n%-28s %6s %6s %6s %7s %5s %5s %5s", "theme (worst F1 first)", "P", "R", "F1", "support", "TP", "FP",
          "FN");
  for (const ThemeScore& s : themes) {
    AddLine(&out, "%-28s %6.3f %6.3f %6.3f %7d %5d %5d %5d", s.theme.c_str(), s.Precision(), s.Recall(), s.F1(),
            s.Support(), s.tp, s.fp, s.fn);
  }
  if (max_misses > 0) {
    AddMissesByTheme(r, themes, max_misses, &out);
    AddMissesByConfusion(r, max_misses, &out);
  }
  return out;
}

Agreement CompareLabellers(const std::vector<GoldItem>& first, const std::vector<GoldItem>& second) {
  Agreement a;
  std::map<std::string, const GoldItem*> by_id;
  for (const GoldItem& item : first) by_id[item.id] = &item;
  for (const GoldItem& b : second) {
    auto it = by_id.find(b.id);
    if (it == by_id.end()) continue;
    const GoldItem& f = *it->second;
    ++a.sentences;
    a.confusion[static_cast<int>(f.judgement)][static_cast<int>(b.judgement)]++;
    a.judgement_same += f.judgement == b.judgement;
    std::set<std::string> x(f.themes.begin(), f.themes.end()), y(b.themes.begin(), b.themes.end());
    a.theme_sets_same += x == y;
    for (const std::string& t : x) (y.count(t) ? a.themes.tp : a.themes.fn)++;
    for (const std::string& t : y) a.themes.fp += !x.count(t);
  }
  if (a.sentences > 0) {
    double n = a.sentences, observed = a.judgement_same / n, expected = 0;
    for (int j = 0; j < 5; ++j) {
      int row = 0, col = 0;
      for (int k = 0; k < 5; ++k) row += a.confusion[j][k], col += a.confusion[k][j];
      expected += (row / n) * (col / n);
    }
    a.kappa = expected < 1 ? (observed - expected) / (1 - expected) : 1;
  }
  return a;
}

std::string FormatAgreement(const Agreement& a) {
  std::string out;
  AddLine(&out, "sentences labelled by both   %d", a.sentences);
  AddLine(&out, "judgement agreement          %.3f  (%d of %d), Cohen's kappa %.3f",
          a.sentences ? double(a.judgement_same) / a.sentences : 0, a.judgement_same, a.sentences, a.kappa);
  AddLine(&out, "theme F1 between labellers   %.3f  (both %d, second only %d, first only %d); same theme set %d of %d",
          a.themes.F1(), a.themes.tp, a.themes.fp, a.themes.fn, a.theme_sets_same, a.sentences);
  AddConfusion(a.confusion, "\njudgements (rows first labeller, columns second)", nullptr, &out);
  return out;
}

Status CheckRules(const std::string& dir, std::vector<Status>* problems) {
  auto loaded = Rulebook::Load(dir, problems);
  return loaded.ok() ? Status::OK() : loaded.status();
}

}  // namespace oftrack
