#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ingest/extract.h"
#include "ingest/load.h"

namespace oftrack {
namespace {

const std::string kTitle = "Inspection of Nottingham City local authority children\xE2\x80\x99s services\n"
                           "Inspection date: 11 \xE2\x80\x93 22 July 2022\n";

RawFile TextFile(std::string bytes) {
  RawFile file;
  file.path = file.display_path = "test.txt";
  file.bytes = std::move(bytes);
  return file;
}

Result<PageText> DecodeFixture(const std::string& relative) {
  Result<RawFile> file = LoadFile({OFTRACK_TEST_DATA "/" + relative, relative});
  if (!file.ok()) return file.status();
  return DecodeText(file.value());
}

TEST_CASE("DecodeText passes UTF-8 through as one page", "[ingest]") {
  Result<PageText> text = DecodeText(TextFile(kTitle));
  REQUIRE(text.ok());
  CHECK(text->encoding == "UTF-8");
  CHECK(text->pages == std::vector<std::string>{kTitle});
}

TEST_CASE("DecodeText drops a UTF-8 byte-order mark", "[ingest]") {
  Result<PageText> text = DecodeFixture("text/utf8-bom.txt");
  REQUIRE(text.ok());
  CHECK(text->encoding == "UTF-8 (BOM)");
  CHECK(text->pages[0] == kTitle);
}

TEST_CASE("DecodeText reads UTF-16 with a BOM, both byte orders", "[ingest]") {
  for (const char* name : {"text/utf16le-bom.txt", "text/utf16be-bom.txt"}) {
    Result<PageText> text = DecodeFixture(name);
    REQUIRE(text.ok());
    CHECK(text->pages[0] == kTitle);
  }
  CHECK(DecodeFixture("text/utf16le-bom.txt")->encoding == "UTF-16LE (BOM)");
  CHECK(DecodeFixture("text/utf16be-bom.txt")->encoding == "UTF-16BE (BOM)");
}

TEST_CASE("DecodeText falls back to Windows-1252 for invalid UTF-8", "[ingest]") {
  Result<PageText> text = DecodeFixture("text/windows-1252.txt");  // children\x92s, 11 \x96 22
  REQUIRE(text.ok());
  CHECK(text->encoding == "windows-1252");
  CHECK(text->pages[0] == kTitle);
}

TEST_CASE("DecodeText refuses bytes that are neither UTF-8 nor Windows-1252", "[ingest][bad]") {
  Result<PageText> text = DecodeFixture("bad/undecodable.txt");  // children\x81s
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kDecode);
  CHECK(text.status().reason().find("0x81") != std::string::npos);
  CHECK(text.status().file() == "bad/undecodable.txt");
}

TEST_CASE("DecodeText refuses binary data", "[ingest][bad]") {
  Result<PageText> text = DecodeFixture("bad/binary-renamed.txt");  // a PNG header
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kBadInput);
  CHECK(text.status().reason().find("binary data") != std::string::npos);
}

TEST_CASE("DecodeText refuses broken UTF-16 instead of replacing it", "[ingest][bad]") {
  Result<PageText> odd = DecodeText(TextFile(std::string("\xFF\xFE" "a\0b", 5)));
  REQUIRE_FALSE(odd.ok());
  CHECK(odd.status().code() == Status::Code::kDecode);
  Result<PageText> lone = DecodeText(TextFile(std::string("\xFF\xFE" "a\0\x00\xD8" "b\0", 8)));  // lone high surrogate
  REQUIRE_FALSE(lone.ok());
  CHECK(lone.status().code() == Status::Code::kDecode);
}

TEST_CASE("DecodeText refuses invalid UTF-8 after a UTF-8 BOM", "[ingest][bad]") {
  Result<PageText> text = DecodeText(TextFile("\xEF\xBB\xBF" "children\x92s"));
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kDecode);
}

}  // namespace
}  // namespace oftrack
