#include "run/ingest_run.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <chrono>
#include <memory>
#include <thread>
#include <unordered_set>

#include "ingest/input_files.h"
#include "ingest/load.h"
#include "store/store.h"

namespace oftrack {
namespace {

using SteadyClock = std::chrono::steady_clock;

int64_t Since(SteadyClock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - start).count();
}

// One file travelling through the pipeline.
struct Work {
  InputFile input;
  RawFile file;
  Status error;
  bool unchanged = false;
  FileAnalysis analysis;
  StageClock clock;
  int64_t load_ns = 0;
};

// Files travel in small batches: a worker reads every file of its batch, then
// labels their documents together (LabelFiles), so each labelling step's
// automaton is loaded into the caches once per batch rather than once per
// file. A batch closes at kBatchFiles files or kBatchBytes of input, so PDFs
// (hundreds of KB each, most of their time in extraction) still spread
// evenly over the workers to the end of a run.
constexpr size_t kBatchFiles = 8;
constexpr uintmax_t kBatchBytes = 512 * 1024;
using Batch = std::vector<Work>;

std::vector<AuthorityRow> AuthorityRows(const AuthorityDirectory& directory) {
  std::vector<AuthorityRow> rows;
  for (const Authority& a : directory.all()) {
    std::string neighbours;
    for (const auto& c : a.stat_neighbour_codes) neighbours += (neighbours.empty() ? "" : ",") + c;
    rows.push_back({a.urn, a.name, a.la_code, a.region, a.type, neighbours});
  }
  return rows;
}

std::vector<ThemeRow> ThemeRows(const Rulebook& rules) {
  std::vector<ThemeRow> rows;
  for (const ThemeInfo& t : rules.themes()) rows.push_back({t.id, t.label, t.description});
  return rows;
}

// The serial writer: stores one file's documents or its error. A failure of
// the database itself (disk full, read-only, locked past the busy timeout, I/O
// error) is not the file's fault: it goes to *fatal and the run stops, since
// every later file would fail the same way. The file's transaction was rolled
// back, so nothing of it is stored.
void WriteWork(Store* store, const std::string& reader, Work& w, IngestSummary* summary, Status* fatal) {
  auto t = SteadyClock::now();
  summary->load_ns += w.load_ns;
  summary->clock.extract_ns += w.clock.extract_ns;
  summary->clock.clean_ns += w.clock.clean_ns;
  summary->clock.recognise_ns += w.clock.recognise_ns;
  summary->clock.classify_ns += w.clock.classify_ns;  // the batch's, on its first file
  if (w.unchanged) {
    summary->unchanged++;
    return;
  }
  if (w.error.ok()) {
    SourceRecord source{w.file.path, w.file.display_path, w.file.content_hash,
                        static_cast<int64_t>(w.file.bytes.size()), w.file.kind, w.analysis.encoding,
                        w.analysis.pages, w.analysis.warnings, reader};
    w.error = store->WriteSource(source, w.analysis.documents);
    if (w.error.code() == Status::Code::kDatabase) {
      *fatal = Status::Database(w.error.file(), "cannot store " + w.input.display_path + ": " + w.error.reason() +
                                                    " (the run stopped; files stored before it are complete, run "
                                                    "the same command again to go on)");
      return;
    }
  }
  if (!w.error.ok()) {
    // The one place a file's failure is recorded; the run goes on.
    Status recorded = store->RecordError(w.input.path, w.input.display_path, w.file.content_hash, w.error);
    summary->errors.push_back(recorded.ok() ? w.error : recorded);
  } else {
    summary->new_files++;
    summary->bytes += static_cast<int64_t>(w.file.bytes.size());
    for (const Analysis& a : w.analysis.documents) {
      DocType type = a.document.type;
      if (type == DocType::kCommitteePack || type == DocType::kOther) {
        summary->other_documents++;
      } else {
        summary->ofsted_documents++;
      }
      summary->findings += static_cast<int>(a.findings.size());
    }
  }
  summary->write_ns += Since(t);
}

// Files are committed in groups (Store::BeginGroup): a group closes when it
// has been open this long or holds this many files, so a crash loses at most
// about a second of work, and the commit's page writes are shared by the files.
constexpr double kGroupSeconds = 1.0;
constexpr int kGroupFiles = 64;

// Files are read largest first, so the biggest PDF does not start last and
// leave one core idle while it finishes (a batch's wall time is bounded by its
// tail). Equal sizes keep the walk's sorted order; a file that cannot be
// stat'ed counts as empty and fails later with its reason.
std::vector<std::pair<InputFile, uintmax_t>> LargestFirst(std::vector<InputFile> inputs) {
  std::vector<std::pair<uintmax_t, size_t>> order;
  order.reserve(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::error_code ec;
    uintmax_t size = std::filesystem::file_size(inputs[i].path, ec);
    order.emplace_back(ec ? 0 : size, i);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::pair<InputFile, uintmax_t>> out;
  out.reserve(inputs.size());
  for (const auto& [size, i] : order) out.emplace_back(std::move(inputs[i]), size);
  return out;
}

// Reads and labels a batch's files (those loaded, not already stored).
void AnalyseBatch(Batch& batch, const Context& context) {
  std::vector<FileReading> readings;
  std::vector<Work*> read;
  for (Work& w : batch) {
    if (!w.error.ok() || w.unchanged) continue;
    auto reading = ReadFile(w.file, context, &w.clock);
    if (!reading.ok()) {
      w.error = reading.status();
      continue;
    }
    readings.push_back(std::move(reading).value());
    read.push_back(&w);
  }
  if (read.empty()) return;
  std::vector<FileAnalysis> labelled = LabelFiles(std::move(readings), context, &read.front()->clock);
  for (size_t i = 0; i < read.size(); ++i) read[i]->analysis = std::move(labelled[i]);
}

}  // namespace

Result<IngestSummary> RunIngest(const std::vector<std::string>& paths, const Context& context,
                                const IngestOptions& options,
                                const std::function<void(const IngestProgress&)>& on_progress) {
  auto start = SteadyClock::now();
  // A file's text and analysis are a few hundred KB to a few MB, allocated and
  // freed once per file. With glibc's defaults the top of the heap goes back to
  // the kernel after nearly every file and is taken again for the next (brk +
  // page faults + TLB flushes: a fifth of the CPU time on text, measured with
  // bench/). Keep freed memory for reuse instead; peak RSS is unchanged, as it
  // is bounded by the files in flight, not by the number of files.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  auto store = Store::Open(options.db_path);
  if (!store.ok()) return store.status();
  if (Status st = store.value()->ReplaceAuthorities(AuthorityRows(*context.authorities)); !st.ok()) return st;
  if (Status st = store.value()->ReplaceThemes(ThemeRows(*context.rules)); !st.ok()) return st;
  if (Status st = store.value()->ReplaceSubjects(context.rules->subjects()); !st.ok()) return st;
  auto known_result = store.value()->KnownHashes(context.reader);
  if (!known_result.ok()) return known_result.status();
  auto stale = store.value()->StaleSources(context.reader);
  if (!stale.ok()) return stale.status();
  const std::unordered_set<std::string> known = std::move(known_result).value();

  IngestSummary summary;
  summary.stored_by_other_reader = stale.value();
  std::vector<Status> walk_errors;
  std::vector<std::pair<InputFile, uintmax_t>> inputs = LargestFirst(FindInputFiles(paths, &walk_errors));
  summary.files = static_cast<int>(inputs.size());
  for (const Status& e : walk_errors) {
    Status recorded = store.value()->RecordError(e.file(), e.file(), "", e);
    summary.errors.push_back(recorded.ok() ? e : recorded);
  }

  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // With more than one thread, copying the write-ahead log into the file runs
  // on a thread of its own (store/checkpointer.h) so the serial writer never
  // waits for it; --jobs 1 keeps everything on one thread (SQLite's own
  // checkpoints, inside the writer's commits).
  if (jobs > 1) store.value()->db().CheckpointInBackground();
  size_t next = 0;
  IngestProgress progress;
  progress.files_total = summary.files;
  Store* writer = store.value().get();
  Status fatal;                      // set by the writer; the input filter then stops
  SteadyClock::time_point group_start;  // the writer's open group of files
  int group_files = 0;
  std::atomic<bool> stopping{false};
  tbb::task_arena arena(jobs);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(jobs) * 2,
        tbb::make_filter<void, std::shared_ptr<Batch>>(
            tbb::filter_mode::serial_in_order,
            [&](tbb::flow_control& fc) -> std::shared_ptr<Batch> {
              if (next >= inputs.size() || stopping.load()) {
                fc.stop();
                return nullptr;
              }
              auto batch = std::make_shared<Batch>();
              uintmax_t bytes = 0;
              while (next < inputs.size() && batch->size() < kBatchFiles &&
                     (batch->empty() || bytes + inputs[next].second <= kBatchBytes)) {
                bytes += inputs[next].second;
                batch->emplace_back().input = inputs[next++].first;
              }
              return batch;
            }) &
            tbb::make_filter<std::shared_ptr<Batch>, std::shared_ptr<Batch>>(
                tbb::filter_mode::parallel,
                [&](std::shared_ptr<Batch> batch) {
                  for (Work& w : *batch) {
                    auto t = SteadyClock::now();
                    auto raw = LoadFile(w.input);
                    w.load_ns = Since(t);
                    if (!raw.ok()) {
                      w.error = raw.status();
                    } else {
                      w.file = std::move(raw).value();
                      w.unchanged = known.count(w.file.content_hash) > 0;
                    }
                  }
                  return batch;
                }) &
            tbb::make_filter<std::shared_ptr<Batch>, std::shared_ptr<Batch>>(
                tbb::filter_mode::parallel,
                [&](std::shared_ptr<Batch> batch) {
                  AnalyseBatch(*batch, context);
                  return batch;
                }) &
            tbb::make_filter<std::shared_ptr<Batch>, void>(
                tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Batch> batch) {
                  for (Work& w : *batch) {
                    if (!fatal.ok()) return;  // files already in flight when the database failed
                    if (!writer->InGroup()) {
                      if (Status st = writer->BeginGroup(); !st.ok()) fatal = st;
                      group_start = SteadyClock::now();
                      group_files = 0;
                    }
                    if (fatal.ok()) WriteWork(writer, context.reader, w, &summary, &fatal);
                    if (++group_files >= kGroupFiles || Since(group_start) >= kGroupSeconds * 1e9 || !fatal.ok()) {
                      auto t = SteadyClock::now();
                      Status st = writer->CommitGroup();
                      summary.write_ns += Since(t);
                      if (!st.ok() && fatal.ok()) fatal = st;
                    }
                    if (!fatal.ok()) stopping.store(true);
                    progress.files_done++;
                    progress.bytes_done += static_cast<int64_t>(w.file.bytes.size());
                    progress.seconds = Since(start) / 1e9;
                    progress.current = w.input.display_path;
                    if (on_progress) on_progress(progress);
                    // Free the text now: memory must not grow with the number of files.
                    w = Work();
                  }
                }));
  });
  // The last group, then closing, which copies the write-ahead log into the
  // database file (a checkpoint): part of storing the text, so inside the timed run.
  auto close_start = SteadyClock::now();
  if (Status st = writer->CommitGroup(); !st.ok() && fatal.ok()) fatal = st;
  store.value().reset();
  summary.close_ns = Since(close_start);
  summary.wall_seconds = Since(start) / 1e9;
  if (!fatal.ok()) return fatal;
  return summary;
}

}  // namespace oftrack
