// AnalyseFile: the pure part of ingest for one file, stage after stage:
//   extract -> clean -> split pack -> recognise (+segment) -> classify
// (ReadFile, then LabelFiles).
// No database, no terminal, no threads: `ingest` runs it inside the parallel
// pipeline and `inspect` runs it alone.
#ifndef OFTRACK_RUN_ANALYSE_FILE_H_
#define OFTRACK_RUN_ANALYSE_FILE_H_

#include <vector>

#include "model/finding.h"
#include "model/source_text.h"
#include "model/status.h"
#include "run/context.h"

namespace oftrack {

struct FileAnalysis {
  std::string encoding;
  int pages = 0;
  std::vector<std::string> warnings;  // from cleaning
  std::vector<Analysis> documents;
};

// Nanoseconds spent in each stage, added to by AnalyseFile when given.
struct StageClock {
  int64_t extract_ns = 0, clean_ns = 0, recognise_ns = 0, classify_ns = 0;
};

Result<FileAnalysis> AnalyseFile(const RawFile& file, const Context& context, StageClock* clock = nullptr);

// Stages after extraction, for callers that already hold page text.
FileAnalysis AnalysePages(const PageText& pages, SourceKind kind, const Context& context, StageClock* clock = nullptr);

// AnalyseFile in two halves, for `ingest`, which reads several files and then
// labels their documents together (ClassifyAll: each labelling step's
// automaton stays in the CPU's caches across the files).
// ReadFile: extract -> clean -> split pack -> recognise (+segment); the
// documents are not labelled (FileAnalysis::documents hold no findings yet).
struct FileReading {
  FileAnalysis analysis;            // documents empty until LabelFiles
  std::vector<Document> documents;  // as recognised
};
Result<FileReading> ReadFile(const RawFile& file, const Context& context, StageClock* clock = nullptr);
// Labels every reading's documents (classify), all files together; the same
// labels as labelling each file alone.
std::vector<FileAnalysis> LabelFiles(std::vector<FileReading> readings, const Context& context,
                                     StageClock* clock = nullptr);

}  // namespace oftrack

#endif  // OFTRACK_RUN_ANALYSE_FILE_H_
