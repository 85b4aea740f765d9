// Helpers for end-to-end tests: run the real `oftrack` binary on the bundled
// corpus into a temporary database, once per test binary.
#ifndef OFTRACK_TESTS_E2E_SUPPORT_H_
#define OFTRACK_TESTS_E2E_SUPPORT_H_

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
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

// The shared sample's folder: OFTRACK_SHARED in the environment, else the
// folder found at build time.
inline std::string SharedCorpora() {
  const char* env = std::getenv("OFTRACK_SHARED");
  return std::string(env && *env ? env : OFTRACK_SHARED_DIR) + "/corpora";
}

// The shared sample (every report and letter) and the bundled committee packs
// in one database. Under ctest it is ingested once per run, before the tests
// that read it, by the fixture test "e2e/setup: ..." (CMakeLists.txt,
// tests/e2e/ingest_shared.sh), whose database OFTRACK_SHARED_DB names, with
// the ingest's output and exit code beside it; a test binary run alone
// ingests it itself. Tests only read it.
struct SharedSample {
  std::string db;
  CommandResult ingest;
};

inline const SharedSample& SharedSampleDb() {
  static SharedSample sample = [] {
    SharedSample s;
    const char* fixture = std::getenv("OFTRACK_SHARED_DB");
    if (fixture && *fixture && std::filesystem::exists(std::string(fixture) + ".rc")) {
      s.db = fixture;
      std::ifstream rc(s.db + ".rc"), log(s.db + ".log");
      rc >> s.ingest.exit_code;
      std::ostringstream text;
      text << log.rdbuf();
      s.ingest.output = text.str();
      return s;
    }
    s.db = (TempDir("shared-sample") / "shared.db").string();
    s.ingest = RunCommand(Oftrack() + " ingest --db " + s.db + " " + SharedCorpora() + "/ofsted-reports " +
                          SharedCorpora() + "/ofsted-letters " + OFTRACK_SOURCE_DIR + "/corpora/committee-packs");
    return s;
  }();
  return sample;
}

}  // namespace oftrack::e2e

#endif  // OFTRACK_TESTS_E2E_SUPPORT_H_
