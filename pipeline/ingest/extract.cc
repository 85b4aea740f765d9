#include "ingest/extract.h"

namespace oftrack {

Result<PageText> Extract(const RawFile& file) {
  return file.kind == SourceKind::kPdf ? ExtractPdfText(file) : DecodeText(file);
}

}  // namespace oftrack
