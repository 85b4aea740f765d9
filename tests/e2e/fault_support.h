// Helpers for the fault tests (crash, concurrency, resource faults, hostile
// input): start `oftrack` as a child process that can be killed, and read a
// database into a summary that two runs can be compared by.
#ifndef OFTRACK_TESTS_E2E_FAULT_SUPPORT_H_
#define OFTRACK_TESTS_E2E_FAULT_SUPPORT_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "e2e_support.h"
#include "store/database.h"
#include "store/store.h"

namespace oftrack::e2e {

inline std::vector<std::string> CorpusPaths() {
  return {std::string(OFTRACK_SOURCE_DIR) + "/corpora/ofsted-reports",
          std::string(OFTRACK_SOURCE_DIR) + "/corpora/committee-packs"};
}

// `oftrack ARGS...` as a child process; output goes to log_path.
class Child {
 public:
  Child(const std::vector<std::string>& args, const std::string& log_path) {
    pid_ = fork();
    if (pid_ == 0) {
      int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
      }
      std::vector<char*> argv;
      std::string bin = Oftrack();
      argv.push_back(bin.data());
      std::vector<std::string> copy = args;
      for (std::string& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(bin.c_str(), argv.data());
      _exit(127);
    }
  }
  ~Child() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  bool Running() {
    if (reaped_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      reaped_ = true;
      status_ = status;
      return false;
    }
    return true;
  }
  // Sends SIGKILL; true when the child was still running (the kill landed).
  bool Kill9() {
    if (!Running()) return false;
    kill(pid_, SIGKILL);
    Wait();
    return WIFSIGNALED(status_) && WTERMSIG(status_) == SIGKILL;
  }
  // Exit code, or -1 when killed by a signal.
  int Wait() {
    if (!reaped_) {
      waitpid(pid_, &status_, 0);
      reaped_ = true;
    }
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  int status_ = 0;
};

inline std::vector<std::string> IngestArgs(const std::string& db) {
  std::vector<std::string> args = {"ingest", "--db", db};
  for (const std::string& p : CorpusPaths()) args.push_back(p);
  return args;
}

// What a database holds, in a form two runs can be compared by.
struct DbSummary {
  bool opened = false;
  std::string open_error;
  std::string integrity;  // PRAGMA integrity_check, rows joined by "\n"
  long tables = 0;         // schema objects: 0 for a file killed before its schema was committed
  long schema_version = -1;
  long sources = 0, distinct_hashes = 0, distinct_paths = 0, documents = 0, findings = 0;
  long sources_without_documents = 0;  // a source is stored with all its documents or not at all
  long orphans = 0;                    // rows whose parent row is missing (foreign_key_check)
  // "content_hash#doc_index" (the file, wherever it was found) -> "type findings=N themes=N grades=N areas=N sections=N"
  std::map<std::string, std::string> per_document;
};

inline std::string QueryText(Database* db, const std::string& sql) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return "error: " + stmt.status().ToString();
  std::string out;
  Status st;
  while ((*stmt)->Step(&st)) {
    if (!out.empty()) out += "\n";
    out += (*stmt)->Text(0);
  }
  if (!st.ok()) return "error: " + st.ToString();
  return out;
}

inline long QueryInt(Database* db, const std::string& sql) {
  std::string text = QueryText(db, sql);
  return text.empty() || text.rfind("error", 0) == 0 ? -1 : std::atol(text.c_str());
}

inline DbSummary Summarise(const std::string& path) {
  DbSummary s;
  auto db = Database::Open(path, Database::Mode::kReadOnly);
  if (!db.ok()) {
    s.open_error = db.status().ToString();
    return s;
  }
  s.opened = true;
  Database* d = db.value().get();
  s.integrity = QueryText(d, "PRAGMA integrity_check");
  s.tables = QueryInt(d, "SELECT count(*) FROM sqlite_master");
  if (s.tables == 0) return s;
  s.schema_version = QueryInt(d, "SELECT max(version) FROM schema_version");
  s.sources = QueryInt(d, "SELECT count(*) FROM sources");
  s.distinct_hashes = QueryInt(d, "SELECT count(DISTINCT content_hash) FROM sources");
  s.distinct_paths = QueryInt(d, "SELECT count(DISTINCT display_path) FROM sources");
  s.documents = QueryInt(d, "SELECT count(*) FROM documents");
  s.findings = QueryInt(d, "SELECT count(*) FROM findings");
  s.sources_without_documents =
      QueryInt(d, "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.source_id = s.id)");
  s.orphans = QueryInt(d, "SELECT count(*) FROM pragma_foreign_key_check");
  auto stmt = d->Prepare(
      "SELECT s.content_hash || '#' || d.doc_index, d.doc_type || ' findings=' || "
      "(SELECT count(*) FROM findings f WHERE f.document_id = d.id) || ' themes=' || "
      "(SELECT count(*) FROM finding_themes t JOIN findings f ON f.id = t.finding_id WHERE f.document_id = d.id) || "
      "' grades=' || (SELECT count(*) FROM grades g WHERE g.document_id = d.id) || ' areas=' || "
      "(SELECT count(*) FROM areas a WHERE a.document_id = d.id) || ' sections=' || "
      "(SELECT count(*) FROM sections x WHERE x.document_id = d.id) "
      "FROM documents d JOIN sources s ON s.id = d.source_id");
  if (stmt.ok()) {
    Status st;
    while ((*stmt)->Step(&st)) s.per_document[(*stmt)->Text(0)] = (*stmt)->Text(1);
  }
  return s;
}

// The bundled corpus, ingested once into a clean database: what every run
// must end with.
inline const DbSummary& Reference() {
  static DbSummary ref = Summarise(CorpusDb());
  return ref;
}

// Every document that is stored is stored whole: its findings, themes,
// grades, areas and sections are those of the clean run.
inline std::vector<std::string> PartialDocuments(const DbSummary& got, const DbSummary& ref) {
  std::vector<std::string> bad;
  for (const auto& [key, value] : got.per_document) {
    auto it = ref.per_document.find(key);
    if (it == ref.per_document.end()) {
      bad.push_back(key + " is not in the reference run");
    } else if (it->second != value) {
      bad.push_back(key + ": " + value + " (reference: " + it->second + ")");
    }
  }
  return bad;
}

inline std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += s + "\n";
  return out;
}

inline std::string ReadAll(const std::string& path) {
  std::string out;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
  }
  return out;
}

}  // namespace oftrack::e2e

#endif  // OFTRACK_TESTS_E2E_FAULT_SUPPORT_H_
