// Committee-pack splitting and segmentation: CleanForTest -> SplitPack, then
// SegmentForTest on each document's lines (and on the raw input, first byte
// choosing the document type).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "documents/pack_splitter.h"
#include "documents/segment.h"
#include "fuzz_support.h"
#include "model/document.h"
#include "text/clean.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oftrack;
  if (size == 0) return 0;
  SourceKind kind = (data[0] & 1) ? SourceKind::kPdf : SourceKind::kText;
  DocType type = static_cast<DocType>((data[0] >> 1) % (static_cast<int>(DocType::kOther) + 1));
  std::string_view text = fuzz::AsText(data + 1, size - 1);
  CleanText clean = CleanForTest(text, kind);
  clean.kind = kind;
  for (const DocumentText& part : SplitPack(clean)) {
    if (part.first_line > clean.lines.size()) std::abort();
    std::string joined;
    for (const TextLine& line : part.lines) joined += line.text + "\n";
    Document doc = SegmentForTest(joined, type, fuzz::Splitter());
    for (const auto& s : doc.sentences) {
      if (s.begin > s.end || s.end > doc.text.size()) std::abort();
    }
  }
  Document whole = SegmentForTest(text, type, fuzz::Splitter());
  for (const auto& s : whole.sentences) {
    if (s.begin > s.end || s.end > whole.text.size()) std::abort();
  }
  return 0;
}
