// Extract: raw text by page. PDFs go through poppler-cpp (only ingest/pdf_text.cc
// includes poppler); text files through ICU's converters (ingest/decode.cc).
#ifndef OFTRACK_INGEST_EXTRACT_H_
#define OFTRACK_INGEST_EXTRACT_H_

#include "model/source_text.h"
#include "model/status.h"

namespace oftrack {

// PDF: one string per page, physical layout (columns kept as spaces), UTF-8.
// Fails with BadPdf (not a PDF / damaged), Encrypted, NoText (no text layer).
Result<PageText> ExtractPdfText(const RawFile& file);

// Text: UTF-8 (BOM or not), UTF-16LE/BE with BOM, else Windows-1252 when the
// bytes are not valid UTF-8. The encoding used is recorded in PageText::encoding.
// Fails with Decode on bytes that cannot be converted and BadInput on binary data
// (NUL bytes in a file that claims to be text).
Result<PageText> DecodeText(const RawFile& file);

// Dispatches on file.kind.
Result<PageText> Extract(const RawFile& file);

}  // namespace oftrack

#endif  // OFTRACK_INGEST_EXTRACT_H_
