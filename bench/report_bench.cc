// `oftrack_bench report`: the progress report (model + HTML + Markdown) of
// every authority with documents in the database, each timed alone after the
// database is open, as `oftrack report progress --la NAME` does it: its
// history loaded, the model built, both documents rendered.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "analysis/rulebook.h"
#include "bench/bench.h"
#include "reports/progress_report.h"
#include "store/queries.h"
#include "store/store.h"
#include "track/progress.h"

namespace oftrack::bench {

int ReportBench(const std::string& db_path, const std::string& rules) {
  auto store = Store::OpenReadOnly(db_path);
  if (!store.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", store.status().ToString().c_str());
    return 2;
  }
  Database* db = &store.value()->db();
  auto authorities = ListAuthorities(db);
  if (!authorities.ok() || authorities.value().empty()) {
    std::fprintf(stderr, "oftrack_bench: no authorities in %s\n", db_path.c_str());
    return 2;
  }
  // The hand links of rules/areas.toml, as `oftrack report` reads them.
  auto loaded = LoadAreaLinks(rules);
  if (!loaded.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", loaded.status().ToString().c_str());
    return 2;
  }
  const std::vector<AreaLink>& links = loaded.value();
  using Clock = std::chrono::steady_clock;
  std::vector<std::pair<double, std::string>> times;
  size_t html_bytes = 0;
  for (const AuthoritySummary& a : authorities.value()) {
    auto start = Clock::now();
    auto history = LoadHistory(db, a.urn);
    if (!history.ok()) {
      std::fprintf(stderr, "oftrack_bench: %s: %s\n", a.name.c_str(), history.status().ToString().c_str());
      return 2;
    }
    ProgressModel model = BuildProgress(history.value(), links);
    ReportInfo info{"2025-01-01", db_path};
    html_bytes += RenderProgressHtml(model, info).size();
    html_bytes += RenderProgressMarkdown(model, info).size();
    times.emplace_back(std::chrono::duration<double>(Clock::now() - start).count(),
                       a.name + " (" + std::to_string(a.documents) + " documents)");
  }
  std::sort(times.begin(), times.end());
  double median = times[times.size() / 2].first;
  const auto& slowest = times.back();
  std::printf("progress reports (HTML + Markdown) for %zu authorities, %.1f MB written: median %.4f s, slowest "
              "%.4f s (%s)\n",
              times.size(), html_bytes / 1e6, median, slowest.first, slowest.second.c_str());
  std::printf("authorities=%zu report_median_s=%.4f report_max_s=%.4f\n", times.size(), median, slowest.first);
  return 0;
}

}  // namespace oftrack::bench
