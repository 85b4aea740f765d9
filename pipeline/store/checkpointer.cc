#include "store/checkpointer.h"

#include <sqlite3.h>

namespace oftrack {

std::unique_ptr<Checkpointer> Checkpointer::Start(sqlite3* writer, const std::string& path) {
  sqlite3* own = nullptr;
  if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    sqlite3_close_v2(own);
    return nullptr;
  }
  // The connection that checkpoints decides how it flushes: as the writer does.
  sqlite3_exec(own, "PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
  return std::unique_ptr<Checkpointer>(new Checkpointer(writer, own));
}

Checkpointer::Checkpointer(sqlite3* writer, sqlite3* own) : writer_(writer), own_(own) {
  thread_ = std::thread([this] { Run(); });
  // Replaces the writer's automatic checkpoints (they share this hook).
  sqlite3_wal_hook(writer_, &Checkpointer::OnCommit, this);
}

Checkpointer::~Checkpointer() {
  // Give the writer back SQLite's own checkpoints before this object goes.
  sqlite3_wal_autocheckpoint(writer_, kWakePages);
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
  sqlite3_close_v2(own_);
}

int Checkpointer::checkpoints() const {
  std::lock_guard<std::mutex> lock(mu_);
  return done_;
}

int Checkpointer::OnCommit(void* self, sqlite3*, const char*, int pages) {
  if (pages < kWakePages) return SQLITE_OK;
  auto* c = static_cast<Checkpointer*>(self);
  std::unique_lock<std::mutex> lock(c->mu_);
  c->pending_ = true;
  c->wake_.notify_one();
  if (pages >= kBackstopPages) {
    // The next checkpoint to start sees every frame of this commit.
    int target = c->started_ + 1;
    c->finished_.wait(lock, [&] { return c->done_ >= target || c->stop_; });
  }
  return SQLITE_OK;
}

void Checkpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [this] { return stop_ || pending_; });
    if (stop_) break;
    pending_ = false;
    int mine = ++started_;
    lock.unlock();
    // Errors (disk full, I/O) are the writer's to report: the log stays and the
    // next checkpoint, or the final one at close, copies it.
    sqlite3_wal_checkpoint_v2(own_, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    done_ = mine;
    finished_.notify_all();
  }
  finished_.notify_all();
}

}  // namespace oftrack
