// Rule-file parsing: Rulebook::Load on a temporary rules folder whose
// themes.toml is the fuzzed input; areas.toml is the project's own, and
// judgements.toml a small valid one (the project's compiles hundreds of cue
// patterns, which made each run take half a second). Load must either build a
// rulebook or return problems; it must never crash, leak or hang.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "analysis/rulebook.h"
#include "fuzz_support.h"

namespace {

const std::string& RulesDir() {
  static const std::string dir = [] {
    namespace fs = std::filesystem;
    fs::path d = fs::temp_directory_path() / ("oftrack-rules-fuzz-" + std::to_string(getpid()));
    fs::create_directories(d);
    const fs::path src = fs::path(OFTRACK_SOURCE_DIR) / "rules";
    for (const char* name : {"areas.toml", "abbreviations.txt"}) {
      fs::copy_file(src / name, d / name, fs::copy_options::overwrite_existing);
    }
    std::ofstream(d / "judgements.toml") << R"TOML(
[positive]
patterns = ["well supported", "strong"]
[negative]
patterns = ["not consistently", "weak"]
[progress]
patterns = ["has improved"]
[neutral]
patterns = ["the visit"]
[negation]
patterns = ["not", "never"]
window_words = 3
[contrast]
patterns = ["however", "although"]
after_comma = ["but"]
[rules]
settled_positive_margin = 2
[[quantifier]]
name = "most"
patterns = ["most"]
)TOML";
    return d.string();
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oftrack;
  const std::string& dir = RulesDir();
  {
    std::ofstream out(dir + "/themes.toml", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::vector<Status> problems;
  auto book = Rulebook::Load(dir, &problems);
  if (book.ok() && !problems.empty()) {
    // A rulebook built despite problems would be a run with half the rules.
    std::abort();
  }
  return 0;
}
