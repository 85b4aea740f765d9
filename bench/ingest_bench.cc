// `oftrack_bench ingest`: one RunIngest, measured. Run once per --jobs value,
// each in its own process, so peak RSS belongs to that run alone.
#include <sys/resource.h>

#include <cstdio>

#include "bench/bench.h"
#include "run/ingest_run.h"
#include "store/database.h"

namespace oftrack::bench {
namespace {

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Bytes of segmented document text now in the database (UTF-8).
int64_t TextBytesInDatabase(const std::string& path) {
  auto db = Database::Open(path, Database::Mode::kReadOnly);
  if (!db.ok()) return 0;
  auto stmt = db.value()->Prepare("SELECT COALESCE(SUM(LENGTH(CAST(text AS BLOB))), 0) FROM documents");
  if (!stmt.ok()) return 0;
  Status st;
  return (*stmt)->Step(&st) ? (*stmt)->Int(0) : 0;
}

}  // namespace

int IngestBench(const std::string& db, int jobs, const std::string& rules, const std::vector<std::string>& paths) {
  double cpu_before = CpuSeconds();
  auto context = LoadContext(rules, DefaultReferenceCsv());
  if (!context.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", context.status().ToString().c_str());
    return 2;
  }
  double cpu_start = CpuSeconds();
  IngestOptions options;
  options.db_path = db;
  options.jobs = jobs;
  auto result = RunIngest(paths, context.value(), options);
  double cpu = CpuSeconds() - cpu_start;
  if (!result.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", result.status().ToString().c_str());
    return 2;
  }
  const IngestSummary& s = result.value();
  int documents = s.ofsted_documents + s.other_documents;
  double wall = s.wall_seconds;
  double mb = s.bytes / 1e6;
  int64_t text_bytes = TextBytesInDatabase(db);
  const double ns = 1e9;
  std::printf("files %d (%d new, %d unchanged, %zu errors), documents %d, findings %d\n", s.files, s.new_files,
              s.unchanged, s.errors.size(), documents, s.findings);
  std::printf("input %.1f MB, document text in database %.1f MB\n", mb, text_bytes / 1e6);
  std::printf("wall %.3f s, CPU %.3f s (rules load %.3f s CPU), %.2f MB/s, %.1f documents/s, %.1f files/s\n", wall,
              cpu, cpu_start - cpu_before, wall > 0 ? mb / wall : 0, wall > 0 ? documents / wall : 0,
              wall > 0 ? s.files / wall : 0);
  std::printf("stage seconds (summed over workers): load+hash %.3f  extract %.3f  clean %.3f  recognise+segment %.3f  "
              "classify %.3f  write (serial) %.3f  close (checkpoint) %.3f\n",
              s.load_ns / ns, s.clock.extract_ns / ns, s.clock.clean_ns / ns, s.clock.recognise_ns / ns,
              s.clock.classify_ns / ns, s.write_ns / ns, s.close_ns / ns);
  std::printf("peak RSS %.1f MB\n", PeakRssKb() / 1024.0);
  std::printf("jobs=%d files=%d new=%d unchanged=%d errors=%zu documents=%d findings=%d bytes=%lld text_bytes=%lld "
              "wall_s=%.4f cpu_s=%.4f mb_per_s=%.3f docs_per_s=%.2f load_s=%.4f extract_s=%.4f clean_s=%.4f "
              "recognise_s=%.4f classify_s=%.4f write_s=%.4f close_s=%.4f peak_rss_mb=%.1f\n",
              jobs, s.files, s.new_files, s.unchanged, s.errors.size(), documents, s.findings,
              static_cast<long long>(s.bytes), static_cast<long long>(text_bytes), wall, cpu,
              wall > 0 ? mb / wall : 0, wall > 0 ? documents / wall : 0, s.load_ns / ns, s.clock.extract_ns / ns,
              s.clock.clean_ns / ns, s.clock.recognise_ns / ns, s.clock.classify_ns / ns, s.write_ns / ns,
              s.close_ns / ns, PeakRssKb() / 1024.0);
  return 0;
}

}  // namespace oftrack::bench
