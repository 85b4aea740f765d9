// NormaliseLine: the per-line Unicode clean-up of clean.h.
//
// Most lines of an Ofsted report are plain ASCII, so they are returned after a
// single byte scan. Other lines are walked code point by code point (ICU's
// U8_NEXT), mapping what PDF fonts and Word put in running text to what a
// pattern expects:
//   "children’s"            -> "children's"      (’ ‘ ‛ ′ ´ ʼ -> ')
//   "“So what?”"            -> "\"So what?\""    (“ ” „ ‟ ″ -> ")
//   "speciﬁc ﬂuctuation"    -> "specific fluctuation"
//   "\uF0B7   Effectiveness" -> "• Effectiveness" (also ◼ ■ ▪ ● ◦ ▶ ➢ ✓ at line start)
//   NBSP, thin and other Unicode spaces -> ' '; soft hyphen, zero-width
//   spaces and stray BOMs dropped; ‐ ‑ -> '-'. En and em dashes are kept.
// The result is then put in NFC with ICU, only when it is not already.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>

#include "text/clean.h"

namespace oftrack {
namespace {

constexpr UChar32 kBullet = 0x2022;

// True when every byte is printable ASCII or a TAB: nothing to do.
bool IsPlainAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x7F || (c < 0x20 && c != '\t')) return false;
  }
  return true;
}

bool IsPrivateUseGlyph(UChar32 c) { return c >= 0xF000 && c <= 0xF0FF; }

// Glyphs used as list bullets in Ofsted PDFs and council papers.
bool IsBulletGlyph(UChar32 c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x2219 || c == 0x00B7 ||
         (c >= 0x25A0 && c <= 0x25FF) ||   // geometric shapes: ■ □ ▪ ▶ ► ◆ ○ ◦ ● ◼ ◾
         (c >= 0x2610 && c <= 0x2612) ||   // ballot boxes
         c == 0x2713 || c == 0x2714 || c == 0x2756 || c == 0x2666 ||
         (c >= 0x2794 && c <= 0x27BF) ||   // arrows: ➢ ➤
         c == 0x2B1B || c == 0x2B1C || IsPrivateUseGlyph(c);
}

bool IsOddSpace(UChar32 c) {
  return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool IsDropped(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF || (c < 0x20 && c != '\t') ||
         (c >= 0x7F && c <= 0x9F);
}

// The replacement for one code point, or nullptr to keep it.
const char* Replacement(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return "\"";
    case 0x2010: case 0x2011: return "-";
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: case 0xFB06: return "st";
    default: return nullptr;
  }
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, static_cast<size_t>(n));
}

// Maps code points; a bullet glyph opening the line becomes "• ".
std::string MapCodePoints(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const auto* p = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  bool at_start = true;      // only spaces so far
  bool after_bullet = false; // skipping the spaces after a leading bullet
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (IsOddSpace(c)) c = ' ';
    if (IsDropped(c)) continue;
    if (after_bullet && c == ' ') continue;
    if (after_bullet) out.push_back(' ');
    after_bullet = false;
    if (at_start && c != ' ' && IsBulletGlyph(c)) {
      AppendUtf8(kBullet, &out);
      after_bullet = true;
      at_start = false;
      continue;
    }
    if (c != ' ') at_start = false;
    if (IsPrivateUseGlyph(c)) c = kBullet;
    if (const char* r = Replacement(c)) {
      out.append(r);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string ToNfc(std::string s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || nfc->isNormalizedUTF8(s, err) || U_FAILURE(err)) return s;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  err = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, s, sink, nullptr, err);
  return U_SUCCESS(err) ? out : s;
}

}  // namespace

std::string NormaliseLine(std::string_view line) {
  if (IsPlainAscii(line)) return std::string(line);
  std::string mapped = MapCodePoints(line);
  return IsPlainAscii(mapped) ? mapped : ToNfc(std::move(mapped));
}

}  // namespace oftrack
