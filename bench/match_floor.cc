// The matching floor and the pattern export for the JavaScript peer.
// The floor is the least work any labeller of these themes must do: the same
// compiled RE2::Set oftrack uses, run once over each file's whole text and
// once over each of its lines (about a sentence of layout text), with the
// files already in memory, so no reading, splitting, cleaning or storing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analysis/rulebook.h"
#include "bench/bench.h"

namespace oftrack::bench {
namespace {

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string JsonList(const std::vector<std::string>& patterns) {
  std::string out = "[";
  for (size_t i = 0; i < patterns.size(); ++i) out += (i ? ", " : "") + JsonString(patterns[i]);
  return out + "]";
}

}  // namespace

std::vector<std::string> ReadTextFiles(const std::string& folder) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    auto ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".txt" || ext == ".md")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    texts.push_back(buf.str());
  }
  return texts;
}

int ExportPatterns(const std::string& rules, const std::string& out) {
  auto themes = ReadThemePatterns(rules);
  if (!themes.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", themes.status().ToString().c_str());
    return 2;
  }
  std::string json = "{\"themes\": [\n";
  for (size_t i = 0; i < themes->size(); ++i) {
    const ThemePatternText& t = (*themes)[i];
    json += "  {\"id\": " + JsonString(t.id) + ", \"patterns\": " + JsonList(t.patterns) +
            ", \"exclude\": " + JsonList(t.exclude) + "}" + (i + 1 < themes->size() ? ",\n" : "\n");
  }
  json += "]}\n";
  if (out.empty() || out == "-") {
    std::fwrite(json.data(), 1, json.size(), stdout);
    return 0;
  }
  std::ofstream file(out, std::ios::binary);
  file << json;
  return file ? 0 : 2;
}

int MatchFloor(const std::string& rules, const std::string& folder) {
  auto rulebook = Rulebook::Load(rules);
  if (!rulebook.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", rulebook.status().ToString().c_str());
    return 2;
  }
  // The pipeline's own set: every theme pattern and every exclude phrase.
  const Rulebook& book = *rulebook.value();
  const size_t pattern_count = static_cast<size_t>(book.ThemePhraseCount());
  std::vector<std::string> texts = ReadTextFiles(folder);
  int64_t bytes = 0;
  for (const auto& t : texts) bytes += static_cast<int64_t>(t.size());

  using Clock = std::chrono::steady_clock;
  std::vector<int> hits;
  int64_t file_hits = 0, lines = 0, labelled_lines = 0;
  auto start = Clock::now();
  for (const auto& t : texts) {
    file_hits += book.ScanThemePhrases(t, &hits).entries;
  }
  double file_s = std::chrono::duration<double>(Clock::now() - start).count();

  start = Clock::now();
  for (const auto& t : texts) {
    std::string_view rest(t);
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++lines;
      if (book.ScanThemePhrases(line, &hits).theme) ++labelled_lines;
    }
  }
  double line_s = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("RE2::Set of %d theme patterns and exclude phrases over %zu files, %.1f MB: whole files %.3f s (%.1f MB/s), "
              "line by line %.3f s (%.1f MB/s, %lld lines, %lld with a theme)\n",
              static_cast<int>(pattern_count), texts.size(), bytes / 1e6, file_s, bytes / 1e6 / file_s, line_s, bytes / 1e6 / line_s,
              static_cast<long long>(lines), static_cast<long long>(labelled_lines));
  std::printf("files=%zu bytes=%lld set_file_s=%.4f set_line_s=%.4f set_file_mb_per_s=%.3f set_line_mb_per_s=%.3f\n",
              texts.size(), static_cast<long long>(bytes), file_s, line_s, bytes / 1e6 / file_s,
              bytes / 1e6 / line_s);
  return 0;
}

}  // namespace oftrack::bench
