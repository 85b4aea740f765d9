#include "run/data_home.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace oftrack {
namespace {

namespace fs = std::filesystem;

std::string& GivenHome() {
  static std::string home;
  return home;
}

// The folder holding the running binary ("" when /proc is not there).
fs::path BinaryFolder() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

bool HoldsData(const std::string& dir) {
  std::error_code ec;
  return !dir.empty() && fs::is_regular_file(fs::path(dir) / "rules" / "themes.toml", ec);
}

}  // namespace

void SetDataHome(const std::string& dir) { GivenHome() = dir; }

std::vector<std::string> DataHomeCandidates() {
  std::vector<std::string> out;
  if (!GivenHome().empty()) out.push_back(GivenHome());
  if (const char* env = std::getenv("OFTRACK_HOME"); env && *env) out.push_back(env);
  fs::path bin = BinaryFolder();
  if (!bin.empty()) {
    out.push_back((bin.parent_path() / "share" / "oftrack").lexically_normal().string());
    out.push_back(bin.string());
    out.push_back(bin.parent_path().string());
  }
  out.push_back(".");
  return out;
}

std::string DataHome() {
  // --home and OFTRACK_HOME are what the user asked for: used even when they
  // lack the data, so the error names them rather than another folder.
  if (!GivenHome().empty()) return GivenHome();
  if (const char* env = std::getenv("OFTRACK_HOME"); env && *env) return env;
  for (const std::string& dir : DataHomeCandidates()) {
    if (HoldsData(dir)) return dir;
  }
  return "";
}

std::string DefaultRulesDir() {
  std::string home = DataHome();
  return home.empty() ? "rules" : home + "/rules";
}

std::string DefaultReferenceCsv() {
  std::string home = DataHome();
  return home.empty() ? "reference/local_authorities.csv" : home + "/reference/local_authorities.csv";
}

}  // namespace oftrack
