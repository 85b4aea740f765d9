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

FileAnalysis AnalysePages(const PageText& pages, SourceKind kind, const Context& context, StageClock* clock) {
  FileAnalysis out;
  out.encoding = pages.encoding;
  out.pages = static_cast<int>(pages.pages.size());
  auto t = SteadyClock::now();
  CleanText clean = Clean(pages, kind);
  if (clock) clock->clean_ns += Since(t);
  out.warnings = clean.warnings;
  t = SteadyClock::now();
  std::vector<Document> documents;
  for (const DocumentText& part : SplitPack(std::move(clean))) {
    documents.push_back(Recognise(part, *context.authorities, *context.splitter, context.today));
  }
  if (clock) clock->recognise_ns += Since(t);
  t = SteadyClock::now();
  for (Document& doc : documents) out.documents.push_back(Classify(std::move(doc), *context.rules));
  if (clock) clock->classify_ns += Since(t);
  return out;
}

Result<FileAnalysis> AnalyseFile(const RawFile& file, const Context& context, StageClock* clock) {
  auto t = SteadyClock::now();
  auto pages = Extract(file);
  if (clock) clock->extract_ns += Since(t);
  if (!pages.ok()) return pages.status();
  return AnalysePages(pages.value(), file.kind, context, clock);
}

}  // namespace oftrack
