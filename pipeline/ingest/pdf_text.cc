// PDF text through poppler-cpp, the only file that includes poppler.
//
// Each page is read with page::text(rectf(), physical_layout), which matches
// `pdftotext -layout`: columns stay where they are on the page, so a grade
// table row reads
//   " The impact of leaders on social work                     Requires improvement to be good"
// on one line, the grade in its column. (non_raw_non_physical_layout reflows
// instead and puts the two cells of a row on separate lines.)
// poppler reports problems through a global callback and may throw
// std::bad_alloc on huge pages; both are caught here and become a Status.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <cctype>
#include <cstdio>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract.h"

namespace oftrack {
namespace {

// The last message poppler reported on this thread (for BadPdf reasons).
thread_local std::string tls_poppler_message;

void CapturePopplerMessage(const std::string& message, void* /*closure*/) {
  constexpr std::string_view kPrefix = "error: ";
  tls_poppler_message = message.compare(0, kPrefix.size(), kPrefix) == 0 ? message.substr(kPrefix.size()) : message;
}

// A one-page PDF with one word on it, its cross-reference table computed.
std::string TinyPdf() {
  const char* objects[] = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length 36 >>\nstream\nBT /F1 12 Tf 20 100 Td (warm) Tj ET\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < std::size(objects); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Once per process, before any PDF is read: poppler's error callback, and one
// page read on this thread alone. Reading a page builds poppler's shared
// colour profiles (GfxState's static sRGB and XYZ profiles, made on first use
// without a lock): two threads reading their first pages at once could both
// make them, one freeing the profile the other was using (the rare crash of
// `ingest --jobs 2`, seen in poppler 22.12 with lcms2). Threads that arrive
// meanwhile wait for the call to finish.
void PreparePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function(CapturePopplerMessage, nullptr);
    std::string pdf = TinyPdf();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
    if (!doc) return;
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    if (page) page->text(poppler::rectf(), poppler::page::physical_layout);
  });
}

// Says what the bytes are when they are not a PDF: "<!DOCTYPE html>" is the
// usual case (a download that returned the web page instead of the report).
std::string NotPdfReason(const std::string& bytes) {
  std::string head;
  for (char c : bytes.substr(0, 40)) {
    if (c == '\n' || c == '\r') break;
    head.push_back(std::isprint(static_cast<unsigned char>(c)) ? c : '?');
  }
  std::string reason = "not a PDF (the file starts with \"" + head + "\"";
  std::string lower = head;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos) {
    reason += ": a web page, perhaps a failed download";
  }
  return reason + ")";
}

bool HasPdfSignature(const std::string& bytes) {
  size_t sig = bytes.find("%PDF-");
  return sig != std::string::npos && sig < 1024;
}

size_t CountVisible(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c > ' ');
  return n;
}

std::string PageUtf8(const poppler::page& page) {
  poppler::byte_array utf8 = page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::string text(utf8.begin(), utf8.end());
  while (!text.empty() && text.back() == '\f') text.pop_back();  // poppler ends each page with "\n\f"
  return text;
}

Result<PageText> ExtractPages(const RawFile& file) {
  if (!HasPdfSignature(file.bytes)) return Status::BadPdf(file.display_path, NotPdfReason(file.bytes));
  if (file.bytes.size() > 0x7fffffffu) return Status::BadPdf(file.display_path, "PDF larger than 2 GB");
  tls_poppler_message.clear();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(file.bytes.data(), static_cast<int>(file.bytes.size())));
  if (!doc) {
    std::string why = tls_poppler_message.empty() ? "" : ": " + tls_poppler_message;
    return Status::BadPdf(file.display_path, "damaged PDF, cannot be opened" + why);
  }
  if (doc->is_locked()) return Status::Encrypted(file.display_path, "PDF is encrypted and needs a password");
  int count = doc->pages();
  if (count <= 0) return Status::BadPdf(file.display_path, "PDF has no pages");
  PageText out;
  out.encoding = "pdf";
  size_t visible = 0;
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    out.pages.push_back(page ? PageUtf8(*page) : std::string());
    visible += CountVisible(out.pages.back());
  }
  // A scanned report has no characters at all; a few stray ones (a page
  // number stamped in text) do not make a text layer.
  if (visible < 25u * static_cast<size_t>(count)) {
    return Status::NoText(file.display_path, "no text layer: scanned PDF? (" + std::to_string(visible) +
                                                 " characters on " + std::to_string(count) + " pages)");
  }
  return out;
}

}  // namespace

Result<PageText> ExtractPdfText(const RawFile& file) {
  PreparePoppler();
  try {
    return ExtractPages(file);
  } catch (const std::exception& e) {
    return Status::BadPdf(file.display_path, std::string("PDF reader failed: ") + e.what());
  } catch (...) {
    return Status::BadPdf(file.display_path, "PDF reader failed");
  }
}

}  // namespace oftrack
