#include "run/analyse_file.h"

#include <chrono>

#include "analysis/classify.h"
#include "documents/pack_splitter.h"
#include "documents/recognise.h"
#include "ingest/extract.h"
#include "text/clean.h"

namespace oftrack {
namespace {

using SteadyClock = std::chrono::steady_clock;

int64_t Since(SteadyClock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - start).count();
}

}  // namespace

namespace {

FileReading ReadPages(const PageText& pages, SourceKind kind, const Context& context, StageClock* clock) {
  FileReading out;
  out.analysis.encoding = pages.encoding;
  out.analysis.pages = static_cast<int>(pages.pages.size());
  auto t = SteadyClock::now();
  CleanText clean = Clean(pages, kind);
  if (clock) clock->clean_ns += Since(t);
  out.analysis.warnings = clean.warnings;
  t = SteadyClock::now();
  for (const DocumentText& part : SplitPack(std::move(clean))) {
    out.documents.push_back(Recognise(part, *context.authorities, *context.splitter, context.today));
  }
  if (clock) clock->recognise_ns += Since(t);
  return out;
}

}  // namespace

std::vector<FileAnalysis> LabelFiles(std::vector<FileReading> readings, const Context& context, StageClock* clock) {
  auto t = SteadyClock::now();
  std::vector<Document> all;
  for (FileReading& r : readings) {
    for (Document& d : r.documents) all.push_back(std::move(d));
  }
  std::vector<Analysis> labelled = ClassifyAll(std::move(all), *context.rules);
  std::vector<FileAnalysis> out;
  size_t next = 0;
  for (FileReading& r : readings) {
    FileAnalysis a = std::move(r.analysis);
    for (size_t i = 0; i < r.documents.size(); ++i) a.documents.push_back(std::move(labelled[next++]));
    out.push_back(std::move(a));
  }
  if (clock) clock->classify_ns += Since(t);
  return out;
}

FileAnalysis AnalysePages(const PageText& pages, SourceKind kind, const Context& context, StageClock* clock) {
  std::vector<FileReading> one;
  one.push_back(ReadPages(pages, kind, context, clock));
  return std::move(LabelFiles(std::move(one), context, clock).front());
}

Result<FileReading> ReadFile(const RawFile& file, const Context& context, StageClock* clock) {
  auto t = SteadyClock::now();
  auto pages = Extract(file);
  if (clock) clock->extract_ns += Since(t);
  if (!pages.ok()) return pages.status();
  return ReadPages(pages.value(), file.kind, context, clock);
}

Result<FileAnalysis> AnalyseFile(const RawFile& file, const Context& context, StageClock* clock) {
  auto reading = ReadFile(file, context, clock);
  if (!reading.ok()) return reading.status();
  std::vector<FileReading> one;
  one.push_back(std::move(reading).value());
  return std::move(LabelFiles(std::move(one), context, clock).front());
}

}  // namespace oftrack
