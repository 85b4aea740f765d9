// Shared set-up for the libFuzzer targets: the real splitter and authority
// directory, loaded once per process from the source tree.
#ifndef OFTRACK_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define OFTRACK_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "documents/authority_directory.h"
#include "text/sentence_splitter.h"

namespace oftrack {
namespace fuzz {

inline const SentenceSplitter& Splitter() {
  static std::shared_ptr<const SentenceSplitter> splitter = [] {
    auto s = SentenceSplitter::FromFile(std::string(OFTRACK_SOURCE_DIR) + "/rules/abbreviations.txt");
    if (!s.ok()) std::abort();
    return std::move(s).value();
  }();
  return *splitter;
}

inline const AuthorityDirectory& Authorities() {
  static const AuthorityDirectory* dir = [] {
    auto loaded = AuthorityDirectory::Load(std::string(OFTRACK_SOURCE_DIR) + "/reference/local_authorities.csv");
    if (!loaded.ok()) std::abort();
    return new AuthorityDirectory(std::move(loaded).value());
  }();
  return *dir;
}

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace fuzz
}  // namespace oftrack

#endif  // OFTRACK_TESTS_FUZZ_FUZZ_SUPPORT_H_
