// Decodes a text file to UTF-8 with ICU's converters.
//
// Order of decisions: a BOM wins (EF BB BF, FF FE, FE FF); without one, NUL
// bytes mean binary data (a .docx or image renamed .txt); then valid UTF-8 is
// taken as is, and anything else is read as Windows-1252 (what Word's "save as
// text" and older council web pages produce: "children\x92s" -> "children’s").
// Converters run with the STOP callback, so a byte sequence that has no
// mapping (0x81 in Windows-1252, a lone surrogate in UTF-16) is a Decode error
// naming the byte offset, never a silent U+FFFD.
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/extract.h"

namespace oftrack {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

std::string Hex(unsigned char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", byte);
  return buf;
}

// Offset of the first invalid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

// Converts `bytes` from `charset` to UTF-8; a Decode error on the first
// unmappable or malformed sequence.
Status Convert(const RawFile& file, std::string_view bytes, const char* charset, size_t base_offset,
               std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  Converter conv(ucnv_open(charset, &err));
  if (U_FAILURE(err)) return Status::Decode(file.display_path, std::string("no converter for ") + charset);
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  icu::UnicodeString text;
  const char* src = bytes.data();
  const char* limit = src + bytes.size();
  UChar buf[1 << 14];
  while (true) {
    UChar* target = buf;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buf + (sizeof buf / sizeof buf[0]), &src, limit, nullptr, true, &err);
    text.append(buf, static_cast<int32_t>(target - buf));
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) {
      char bad[32];
      int8_t len = sizeof bad;
      UErrorCode e2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), bad, &len, &e2);
      size_t offset = base_offset + static_cast<size_t>(src - bytes.data()) - (len > 0 ? len : 0);
      std::string what = len > 0 ? "byte " + Hex(static_cast<unsigned char>(bad[0])) : "bytes";
      return Status::Decode(file.display_path, "cannot decode " + what + " at offset " + std::to_string(offset) +
                                                   " as " + charset);
    }
    break;
  }
  out->clear();
  text.toUTF8String(*out);
  return Status::OK();
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

Result<PageText> DecodeText(const RawFile& file) {
  std::string_view bytes = file.bytes;
  PageText result;
  result.pages.emplace_back();
  std::string& text = result.pages.back();
  const char* utf16 = nullptr;
  if (StartsWith(bytes, "\xFF\xFE")) utf16 = "UTF-16LE";
  if (StartsWith(bytes, "\xFE\xFF")) utf16 = "UTF-16BE";
  if (utf16 != nullptr) {
    if (bytes.size() % 2 != 0) return Status::Decode(file.display_path, std::string("odd number of bytes in ") + utf16);
    Status s = Convert(file, bytes.substr(2), utf16, 2, &text);
    if (!s.ok()) return s;
    result.encoding = std::string(utf16) + " (BOM)";
    return result;
  }
  size_t bom = StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    return Status::BadInput(file.display_path,
                            "binary data (NUL byte at offset " + std::to_string(nul) + "): not a text file");
  }
  size_t invalid = FirstInvalidUtf8(bytes.substr(bom));
  if (invalid == std::string_view::npos) {
    text.assign(bytes.substr(bom));
    result.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    return result;
  }
  if (bom) {
    return Status::Decode(file.display_path, "invalid UTF-8 at offset " + std::to_string(invalid + bom) +
                                                 " in a file that starts with a UTF-8 byte-order mark");
  }
  // Windows-1252 leaves five bytes undefined; ICU would pass them as C1 controls.
  size_t undefined = bytes.find_first_of("\x81\x8D\x8F\x90\x9D");
  if (undefined != std::string_view::npos) {
    return Status::Decode(file.display_path, "neither UTF-8 (invalid at offset " + std::to_string(invalid) +
                                                 ") nor Windows-1252 (byte " +
                                                 Hex(static_cast<unsigned char>(bytes[undefined])) +
                                                 " at offset " + std::to_string(undefined) + " is undefined)");
  }
  Status s = Convert(file, bytes, "windows-1252", 0, &text);
  if (!s.ok()) {
    return Status::Decode(file.display_path, "neither UTF-8 (invalid at offset " + std::to_string(invalid) +
                                                 ") nor Windows-1252 (" + s.reason() + ")");
  }
  result.encoding = "windows-1252";
  return result;
}

}  // namespace oftrack
