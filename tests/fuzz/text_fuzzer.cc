// Text normalisation and sentence segmentation on arbitrary bytes:
// NormaliseLine, CleanForTest (PDF and text shapes), SentenceSplitter::Split.
// The first byte picks the source kind; every sentence range must lie inside
// its paragraph.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_support.h"
#include "text/clean.h"
#include "text/sentence_splitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oftrack;
  if (size == 0) return 0;
  SourceKind kind = (data[0] & 1) ? SourceKind::kPdf : SourceKind::kText;
  std::string_view text = fuzz::AsText(data + 1, size - 1);
  std::string normal = NormaliseLine(text);
  for (const auto& [b, e] : fuzz::Splitter().Split(normal)) {
    if (b > e || e > normal.size()) std::abort();
  }
  CleanText clean = CleanForTest(text, kind);
  for (const TextLine& line : clean.lines) {
    for (const auto& [b, e] : fuzz::Splitter().Split(line.text)) {
      if (b > e || e > line.text.size()) std::abort();
    }
  }
  return 0;
}
