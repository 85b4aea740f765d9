// Database and Statement: small RAII owners of sqlite3 handles. Only store/
// includes sqlite3.h. Statements bind every value as a parameter: document
// text never becomes SQL.
// Thread-safety: one Database per thread (SQLite is built serialized, but the
// store keeps a connection to one thread).
#ifndef OFTRACK_STORE_DATABASE_H_
#define OFTRACK_STORE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "model/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace oftrack {

class Checkpointer;
class Statement;

class Database {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  // Opens (creating for kReadWrite) the file; WAL mode, foreign keys on, a busy
  // timeout so a second writer waits before it gives up.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements with no parameters (schema, PRAGMAs, BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  // A prepared statement, cached per SQL text for the life of the Database.
  Result<Statement*> Prepare(const std::string& sql);
  int64_t LastInsertId() const;
  // True inside BEGIN ... COMMIT.
  bool InTransaction() const;
  const std::string& path() const { return path_; }
  // A Status::Database naming the file and SQLite's message.
  Status Error(std::string_view what) const;
  // From now on the write-ahead log is copied into the file on a thread of its
  // own (store/checkpointer.h), not inside this connection's commits.
  void CheckpointInBackground();
  // Background checkpoints run so far (0 without CheckpointInBackground).
  int background_checkpoints() const;

 private:
  Database(sqlite3* db, std::string path);
  struct Cache;
  sqlite3* db_;
  std::string path_;
  std::unique_ptr<Cache> cache_;
  std::unique_ptr<Checkpointer> checkpointer_;  // stopped before db_ closes
};

// A prepared statement. Bind parameters are 1-based as in SQLite. Reset() is
// called by Bind* after a previous run, so a statement can be reused in a loop.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt, Database* db) : stmt_(stmt), db_(db) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Reset();
  Statement& Bind(int index, std::string_view text);  // empty text binds NULL only via BindNullable
  // The text is not copied: it must stay alive and unchanged until the
  // statement has run (the writer's findings, bound and run at once).
  Statement& BindUncopied(int index, std::string_view text);
  Statement& BindNullable(int index, std::string_view text);  // "" -> NULL
  Statement& Bind(int index, int64_t value);
  Statement& BindNullable(int index, int64_t value);  // 0 -> NULL
  // Steps once: true when a row is ready, false when done; *status set on error.
  bool Step(Status* status);
  // Runs to completion (for INSERT/UPDATE/DELETE).
  Status Run();
  std::string Text(int column) const;
  int64_t Int(int column) const;
  bool IsNull(int column) const;

 private:
  sqlite3_stmt* stmt_;
  Database* db_;
  bool used_ = false;
};

// All or nothing: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
// unless Commit() was called. Inside another transaction (a Store's group of
// files) it is a savepoint instead: Commit() releases it into the outer
// transaction, destruction without Commit() undoes only its own changes.
class Transaction {
 public:
  explicit Transaction(Database* db);
  ~Transaction();
  const Status& begin_status() const { return begin_; }
  Status Commit();

 private:
  Database* db_;
  Status begin_;
  bool nested_ = false;
  bool done_ = false;
};

}  // namespace oftrack

#endif  // OFTRACK_STORE_DATABASE_H_
