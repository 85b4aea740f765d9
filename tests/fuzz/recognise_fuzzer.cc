// Grade-table and areas reading through Recognise on fuzzed text:
// CleanForTest -> SplitPack -> Recognise (type, authority, dates, Segment,
// ReadGradesAndAreas).
#include <cstdint>
#include <string>

#include "documents/pack_splitter.h"
#include "documents/recognise.h"
#include "fuzz_support.h"
#include "text/clean.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oftrack;
  if (size == 0) return 0;
  SourceKind kind = (data[0] & 1) ? SourceKind::kPdf : SourceKind::kText;
  CleanText clean = CleanForTest(fuzz::AsText(data + 1, size - 1), kind);
  clean.kind = kind;
  for (const DocumentText& part : SplitPack(clean)) {
    Document doc = Recognise(part, fuzz::Authorities(), fuzz::Splitter());
    (void)doc;
  }
  return 0;
}
