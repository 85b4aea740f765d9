#include "store/database.h"

#include <sqlite3.h>

#include <unordered_map>

#include "store/checkpointer.h"

namespace oftrack {

struct Database::Cache {
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements;
};

Database::Database(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), cache_(std::make_unique<Cache>()) {}

Database::~Database() {
  checkpointer_.reset();  // its thread stops before the connection it watches closes
  cache_.reset();         // finalize statements before closing
  sqlite3_close_v2(db_);  // the last connection out copies what is left of the log
}

void Database::CheckpointInBackground() {
  if (!checkpointer_) checkpointer_ = Checkpointer::Start(db_, path_);
}

int Database::background_checkpoints() const { return checkpointer_ ? checkpointer_->checkpoints() : 0; }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, Mode mode) {
  sqlite3* db = nullptr;
  int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    if (mode == Mode::kReadOnly && rc == SQLITE_CANTOPEN) {
      return Status::NotFound(path, "no database here: run `oftrack ingest` first (" + msg + ")");
    }
    return Status::Database(path, "cannot open database: " + msg);
  }
  // SQLite quietly falls back to read-only when the file cannot be written
  // (permissions, an immutable file, a read-only mount): say so now, before the
  // run starts, rather than on the first write.
  if (mode == Mode::kReadWrite && sqlite3_db_readonly(db, "main") == 1) {
    sqlite3_close_v2(db);
    return Status::Database(path, "the database file is read-only: cannot write to it (check its permissions, "
                                  "attributes or mount)");
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<Database> out(new Database(db, path));
  Status st = out->Exec("PRAGMA foreign_keys = ON;");
  if (st.ok() && mode == Mode::kReadWrite) st = out->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;");
  if (!st.ok()) return st;
  return out;
}

Status Database::Error(std::string_view what) const {
  std::string msg(what);
  msg += ": ";
  msg += sqlite3_errmsg(db_);
  int code = sqlite3_errcode(db_);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) msg += " (the database is in use: another oftrack is writing to it and did not finish within 10 s; try again when it ends)";
  if (code == SQLITE_READONLY) msg += " (the database file or its folder is read-only)";
  if (code == SQLITE_FULL) msg += " (the disk is full)";
  return Status::Database(path_, msg);
}

Status Database::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    Status base = Error("SQL failed");
    return Status::Database(path_, msg + (base.reason().find("(") != std::string::npos
                                              ? base.reason().substr(base.reason().find(" ("))
                                              : ""));
  }
  return Status::OK();
}

Result<Statement*> Database::Prepare(const std::string& sql) {
  auto it = cache_->statements.find(sql);
  if (it != cache_->statements.end()) {
    it->second->Reset();
    return it->second.get();
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                         nullptr) != SQLITE_OK) {
    return Error("cannot prepare statement");
  }
  auto owned = std::make_unique<Statement>(stmt, this);
  Statement* raw = owned.get();
  cache_->statements.emplace(sql, std::move(owned));
  return raw;
}

int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  used_ = false;
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  if (used_) Reset();
  sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindUncopied(int index, std::string_view text) {
  if (used_) Reset();
  sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::BindNullable(int index, std::string_view text) {
  if (used_) Reset();
  if (text.empty()) {
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  return Bind(index, text);
}

Statement& Statement::Bind(int index, int64_t value) {
  if (used_) Reset();
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::BindNullable(int index, int64_t value) {
  if (used_) Reset();
  if (value == 0) {
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  return Bind(index, value);
}

bool Statement::Step(Status* status) {
  used_ = true;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE && status) *status = db_->Error("SQL step failed");
  return false;
}

Status Statement::Run() {
  Status st;
  while (Step(&st)) {
  }
  sqlite3_reset(stmt_);
  return st;
}

std::string Statement::Text(int column) const {
  const unsigned char* t = sqlite3_column_text(stmt_, column);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, column)) : std::string();
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

bool Database::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

Transaction::Transaction(Database* db) : db_(db), nested_(db->InTransaction()) {
  begin_ = db_->Exec(nested_ ? "SAVEPOINT part" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_ || !begin_.ok()) return;
  db_->Exec(nested_ ? "ROLLBACK TO part; RELEASE part" : "ROLLBACK");
}

Status Transaction::Commit() {
  done_ = true;
  return db_->Exec(nested_ ? "RELEASE part" : "COMMIT");
}

}  // namespace oftrack
