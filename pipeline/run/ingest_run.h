// RunIngest: the whole `ingest` job. The pipeline wiring lives here and only
// here: a oneTBB parallel_pipeline with
//   serial in-order input (next file) -> parallel load + hash (skip known bytes)
//   -> parallel extract/clean/recognise/classify -> serial in-order writer
// The writer owns the Store: one transaction per file, errors recorded as rows.
#ifndef OFTRACK_RUN_INGEST_RUN_H_
#define OFTRACK_RUN_INGEST_RUN_H_

#include <functional>
#include <string>
#include <vector>

#include "model/status.h"
#include "run/analyse_file.h"
#include "run/context.h"

namespace oftrack {

struct IngestOptions {
  std::string db_path = "oftrack.db";  // default ./oftrack.db
  int jobs = 0;                         // worker threads; 0 = every core
};

struct IngestProgress {
  int files_total = 0;
  int files_done = 0;
  int64_t bytes_done = 0;
  double seconds = 0;
  std::string current;  // display path of the file just written
};

struct IngestSummary {
  int files = 0;            // input files found
  int new_files = 0;        // read and stored
  int unchanged = 0;        // bytes already stored by this oftrack and rules: skipped after hashing
  int stored_by_other_reader = 0;  // sources on record read by another oftrack or other rules (read again when given)
  int ofsted_documents = 0; // Ofsted documents found in new files
  int other_documents = 0;  // packs/other with no Ofsted document
  int findings = 0;
  int64_t bytes = 0;        // bytes read
  std::vector<Status> errors;  // one per file that failed (already recorded in the database)
  StageClock clock;
  int64_t load_ns = 0, write_ns = 0;
  int64_t close_ns = 0;     // closing the database: the final write-ahead-log checkpoint
  double wall_seconds = 0;  // from the start of the run to the database closed
};

// Fails when the run cannot start (database cannot be opened) or when the
// database itself fails during the run (disk full, read-only, locked past the
// busy timeout): then the run stops at that file, whose transaction is rolled
// back; files stored before it are complete. Per-file failures (unreadable
// PDFs, ...) are in IngestSummary::errors.
Result<IngestSummary> RunIngest(const std::vector<std::string>& paths, const Context& context,
                                const IngestOptions& options,
                                const std::function<void(const IngestProgress&)>& on_progress = {});

}  // namespace oftrack

#endif  // OFTRACK_RUN_INGEST_RUN_H_
