// Helpers for end-to-end tests: run the real `oftrack` binary on the bundled
// corpus into a temporary database, once per test binary.
#ifndef OFTRACK_TESTS_E2E_SUPPORT_H_
#define OFTRACK_TESTS_E2E_SUPPORT_H_

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace oftrack::e2e {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

inline CommandResult RunCommand(const std::string& command) {
  CommandResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string Oftrack() { return OFTRACK_BINARY; }

// This process's scratch folder, removed when the process ends. One per
// process: ctest runs test cases in parallel processes.
inline const std::filesystem::path& ScratchRoot() {
  struct Root {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("oftrack-e2e-" + std::to_string(getpid()));
    ~Root() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static Root root;
  return root.path;
}

inline std::filesystem::path TempDir(const std::string& name) {
  auto dir = ScratchRoot() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The bundled corpus ingested once into a fresh database; returns its path.
inline const std::string& CorpusDb(CommandResult* first_run = nullptr) {
  static CommandResult run;
  static std::string db = [] {
    auto dir = TempDir("corpus");
    std::string path = (dir / "oftrack.db").string();
    run = RunCommand(Oftrack() + " ingest --db " + path + " " + OFTRACK_SOURCE_DIR + "/corpora/ofsted-reports " + OFTRACK_SOURCE_DIR + "/corpora/committee-packs");
    return path;
  }();
  if (first_run) *first_run = run;
  return db;
}

}  // namespace oftrack::e2e

#endif  // OFTRACK_TESTS_E2E_SUPPORT_H_
