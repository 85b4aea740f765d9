#include <catch2/catch.hpp>

#include <filesystem>

#include "ingest/extract.h"
#include "ingest/load.h"

namespace oftrack {
namespace {

const std::string kReports = OFTRACK_SOURCE_DIR "/corpora/ofsted-reports";

Result<PageText> ExtractFile(const std::string& path) {
  Result<RawFile> file = LoadFile({path, std::filesystem::path(path).filename().string()});
  if (!file.ok()) return file.status();
  return ExtractPdfText(file.value());
}

std::vector<std::string> BundledPdfs() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(kReports)) {
    if (entry.path().extension() == ".pdf") out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("Every bundled report extracts with text on its pages", "[ingest][corpus]") {
  std::vector<std::string> pdfs = BundledPdfs();
  CHECK(pdfs.size() == 23);
  for (const std::string& path : pdfs) {
    INFO(path);
    Result<PageText> text = ExtractFile(path);
    REQUIRE(text.ok());
    CHECK(text->encoding == "pdf");
    REQUIRE(text->pages.size() >= 1);
    CHECK(text->pages[0].find("nspection") != std::string::npos);
    for (const std::string& page : text->pages) CHECK(page.find('\f') == std::string::npos);
  }
}

TEST_CASE("Physical layout keeps a grade table row on one line", "[ingest][corpus]") {
  Result<PageText> text = ExtractFile(kReports + "/nottingham-80533-published-2022-09-05.pdf");
  REQUIRE(text.ok());
  CHECK(text->pages.size() == 11);
  CHECK(text->pages[0].find(" The impact of leaders on social work                     Requires improvement to be good\n") !=
        std::string::npos);
}

TEST_CASE("A web page saved as .pdf is BadPdf naming the file", "[ingest][bad]") {
  Result<PageText> text = ExtractFile(OFTRACK_TEST_DATA "/bad/birmingham-80429-published-2012-10-19.pdf");
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kBadPdf);
  CHECK(text.status().file() == "birmingham-80429-published-2012-10-19.pdf");
  CHECK(text.status().reason().find("not a PDF") != std::string::npos);
  CHECK(text.status().reason().find("web page") != std::string::npos);
}

TEST_CASE("A truncated PDF is BadPdf", "[ingest][bad]") {
  Result<PageText> text = ExtractFile(OFTRACK_TEST_DATA "/bad/truncated.pdf");  // first 400 bytes of a report
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kBadPdf);
  CHECK(text.status().reason().find("damaged PDF") != std::string::npos);
}

TEST_CASE("A PDF that needs a password is Encrypted", "[ingest][bad]") {
  Result<PageText> text = ExtractFile(OFTRACK_TEST_DATA "/bad/encrypted-user-password.pdf");  // qpdf AES-256
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kEncrypted);
  CHECK(text.status().file() == "encrypted-user-password.pdf");
}

TEST_CASE("A PDF with no text layer is NoText", "[ingest][bad]") {
  Result<PageText> text = ExtractFile(OFTRACK_TEST_DATA "/bad/scanned-no-text-layer.pdf");  // one image, no text
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kNoText);
  CHECK(text.status().reason().find("no text layer: scanned PDF?") == 0);
}

TEST_CASE("A minimal one-page PDF extracts", "[ingest]") {
  Result<PageText> text = ExtractFile(OFTRACK_TEST_DATA "/text/one-page-letter.pdf");
  REQUIRE(text.ok());
  REQUIRE(text->pages.size() == 1);
  CHECK(text->pages[0].find("Inspection dates: 1 to 5 May 2023.") != std::string::npos);
}

}  // namespace
}  // namespace oftrack
