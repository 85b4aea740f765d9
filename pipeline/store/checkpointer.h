// Checkpointer: copies the write-ahead log back into the database file on a
// thread of its own, so the ingest's writer never waits for that copy and its
// disk flushes.
//
// SQLite appends every commit to the write-ahead log (oftrack.db-wal) and a
// checkpoint later copies the pages into oftrack.db. By default the writing
// connection does that itself, inside the COMMIT of every document that takes
// the log past 1,000 pages: the serial writer then stalls on two fsyncs.
// Here the writer's automatic checkpoints are off; after each commit SQLite's
// WAL hook reports the log's length and, past kWakePages, wakes this thread,
// which runs a PASSIVE checkpoint on a second connection. PASSIVE never waits
// for and never blocks the writer or readers. The log starts over only once a
// checkpoint has caught up with every commit; a writer that commits faster
// than the thread copies would let it grow, so past kBackstopPages the writer
// waits for one checkpoint that starts after its commit (the log then starts
// over at its next commit), as it would have waited for SQLite's own. A
// checkpoint that fails (disk
// full) leaves the log as it is: the next one, or the final one when the
// database closes, copies it. Crash safety is SQLite's: a checkpoint killed
// half-way is redone from the log.
#ifndef OFTRACK_STORE_CHECKPOINTER_H_
#define OFTRACK_STORE_CHECKPOINTER_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace oftrack {

class Checkpointer {
 public:
  // Log length (pages) that wakes the thread: SQLite's own default threshold.
  static constexpr int kWakePages = 1000;
  // Log length at which the writer checkpoints itself (see above).
  static constexpr int kBackstopPages = 4 * kWakePages;

  // Takes over checkpointing for `writer` (a connection in WAL mode on `path`).
  // Returns null, leaving SQLite's automatic checkpoints on, when the second
  // connection cannot be opened.
  static std::unique_ptr<Checkpointer> Start(sqlite3* writer, const std::string& path);
  // Stops the thread (after the checkpoint in progress) and closes its connection.
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Checkpoints run so far (for tests and the benchmark).
  int checkpoints() const;

 private:
  Checkpointer(sqlite3* writer, sqlite3* own);
  static int OnCommit(void* self, sqlite3* db, const char* name, int pages);
  void Run();

  sqlite3* writer_;
  sqlite3* own_;
  mutable std::mutex mu_;
  std::condition_variable wake_;      // the thread waits here for work
  std::condition_variable finished_;  // a writer past the backstop waits here
  bool pending_ = false;
  bool stop_ = false;
  int started_ = 0, done_ = 0;        // checkpoints begun and ended
  std::thread thread_;
};

}  // namespace oftrack

#endif  // OFTRACK_STORE_CHECKPOINTER_H_
