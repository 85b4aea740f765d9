// Eval: gold-set reading and scoring. Theme scores count labels: a sentence
// with gold {a, b} and predicted {b, c} gives b a TP, c an FP and a an FN.
#include "analysis/eval.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <fstream>
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
    if (!judgement_ok || gold != pred) report.misses.push_back({&item, label.themes, label.judgement});
  }
  for (const ThemeScore& s : report.themes) {
    report.micro.tp += s.tp;
    report.micro.fp += s.fp;
    report.micro.fn += s.fn;
  }
  report.micro.theme = "micro";
  return report;
}

std::string FormatEvalReport(const EvalReport& r, int max_misses) {
  std::string out;
  AddLine(&out, "sentences            %d", r.sentences);
  AddLine(&out, "theme micro P/R/F1   %.3f / %.3f / %.3f  (TP %d, FP %d, FN %d)", r.micro.Precision(), r.micro.Recall(),
          r.micro.F1(), r.micro.tp, r.micro.fp, r.micro.fn);
  AddLine(&out, "judgement accuracy   %.3f  (%d of %d)", r.JudgementAccuracy(), r.judgement_correct, r.sentences);
  AddLine(&out, "\nconfusion (rows gold, columns predicted)");
  AddLine(&out, "%-10s %8s %8s %8s %8s %8s", "", "neutral", "strength", "weakness", "mixed", "progress");
  for (int g = 0; g < 5; ++g) {
    const auto& row = r.confusion[g];
    AddLine(&out, "%-10s %8d %8d %8d %8d %8d", JudgementId(static_cast<Judgement>(g)), row[0], row[1], row[2], row[3], row[4]);
  }
  std::vector<ThemeScore> themes = r.themes;
  std::stable_sort(themes.begin(), themes.end(), [](const ThemeScore& a, const ThemeScore& b) { return a.F1() < b.F1(); });
  AddLine(&out, "\n%-28s %6s %6s %6s %5s %5s %5s", "theme (worst F1 first)", "P", "R", "F1", "TP", "FP", "FN");
  for (const ThemeScore& s : themes) {
    AddLine(&out, "%-28s %6.3f %6.3f %6.3f %5d %5d %5d", s.theme.c_str(), s.Precision(), s.Recall(), s.F1(), s.tp, s.fp, s.fn);
  }
  int shown = 0;
  for (const EvalMiss& m : r.misses) {
    if (shown++ >= max_misses) break;
    if (shown == 1) AddLine(&out, "\nmisses (gold -> predicted)");
    out += m.gold->id + "  " + JudgementId(m.gold->judgement) + " -> " + JudgementId(m.judgement) + "  [" +
           Join(m.gold->themes) + "] -> [" + Join(m.themes) + "]\n    " + m.gold->text + "\n";
  }
  return out;
}

Status CheckRules(const std::string& dir, std::vector<Status>* problems) {
  auto loaded = Rulebook::Load(dir, problems);
  return loaded.ok() ? Status::OK() : loaded.status();
}

}  // namespace oftrack
