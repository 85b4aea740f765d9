// Load: read one file's bytes and hash them. Owns file I/O for ingest.
#ifndef OFTRACK_INGEST_LOAD_H_
#define OFTRACK_INGEST_LOAD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/input_files.h"
#include "model/source_text.h"
#include "model/status.h"

namespace oftrack {

struct LoadOptions {
  // Files larger than this are refused with kBadInput. Default 200 MB.
  size_t max_bytes = 200u * 1024 * 1024;
};

// Reads the whole file. Fails with NotFound / IoError (unreadable, a folder,
// a symlink loop) or BadInput (empty). The kind is decided from the extension
// and, for PDFs, the "%PDF" signature.
Result<RawFile> LoadFile(const InputFile& input, const LoadOptions& options = {});

// 32 lowercase hex digits: XXH3-128 of the bytes.
std::string ContentHash(std::string_view bytes);

}  // namespace oftrack

#endif  // OFTRACK_INGEST_LOAD_H_
