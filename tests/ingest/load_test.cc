#include "ingest/load.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "ingest/extract.h"
#include "temp_dir.h"
#include "text/clean.h"

namespace oftrack {
namespace {

const std::string kBad = OFTRACK_TEST_DATA "/bad/";

TEST_CASE("LoadFile reads bytes, hashes them and decides the kind", "[ingest]") {
  TempDir tmp;
  std::string path = tmp.Write("letter.txt", "Monitoring visit to Nottingham City children's services\n");
  Result<RawFile> file = LoadFile({path, "x/letter.txt"});
  REQUIRE(file.ok());
  CHECK(file->kind == SourceKind::kText);
  CHECK(file->path == path);
  CHECK(file->display_path == "x/letter.txt");
  CHECK(file->bytes.size() == 56);
  CHECK(file->content_hash == ContentHash(file->bytes));
}

TEST_CASE("LoadFile takes a PDF by extension or by its signature", "[ingest]") {
  TempDir tmp;
  CHECK(LoadFile({tmp.Write("a.PDF", "<!DOCTYPE html>"), "a.PDF"})->kind == SourceKind::kPdf);
  CHECK(LoadFile({tmp.Write("misnamed.txt", "%PDF-1.7\n..."), "misnamed.txt"})->kind == SourceKind::kPdf);
  CHECK(LoadFile({tmp.Write("b.md", "# Report"), "b.md"})->kind == SourceKind::kText);
}

TEST_CASE("ContentHash is XXH3-128 as 32 lowercase hex digits", "[ingest]") {
  CHECK(ContentHash("") == "99aa06d3014798d86001c324468d497f");  // xxh128sum of an empty file
  std::string h = ContentHash("Inspection of Leeds local authority children's services");
  CHECK(h.size() == 32);
  CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(h != ContentHash("Inspection of Leeds local authority children's services."));
}

TEST_CASE("LoadFile refuses an empty file", "[ingest][bad]") {
  Result<RawFile> file = LoadFile({kBad + "empty.txt", "bad/empty.txt"});
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kBadInput);
  CHECK(file.status().reason() == "empty file");
  CHECK(file.status().file() == kBad + "empty.txt");
}

TEST_CASE("LoadFile refuses a file over max_bytes", "[ingest][bad]") {
  TempDir tmp;
  LoadOptions options;
  options.max_bytes = 10;
  Result<RawFile> file = LoadFile({tmp.Write("big.txt", std::string(11, 'a')), "big.txt"}, options);
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kBadInput);
  CHECK(file.status().reason().find("too large") != std::string::npos);
  CHECK(LoadFile({tmp.Write("ok.txt", std::string(10, 'a')), "ok.txt"}, options).ok());
}

TEST_CASE("LoadFile refuses a folder and a missing file", "[ingest][bad]") {
  TempDir tmp;
  Result<RawFile> folder = LoadFile({tmp.path(), tmp.path()});
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.status().code() == Status::Code::kIoError);
  CHECK(folder.status().reason() == "is a folder, not a file");
  Result<RawFile> missing = LoadFile({tmp.path() + "/none.pdf", "none.pdf"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
}

TEST_CASE("LoadFile reports a symlink loop", "[ingest][bad]") {
  TempDir tmp;
  std::filesystem::create_symlink("loop.pdf", tmp.path() + "/loop.pdf");
  Result<RawFile> file = LoadFile({tmp.path() + "/loop.pdf", "loop.pdf"});
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kIoError);
  CHECK(file.status().reason() == "symlink loop");
}

TEST_CASE("LoadFile reports an unreadable file", "[ingest][bad]") {
  if (RunningAsRoot()) {
    // chmod 000 does not stop root; /proc/self/mem opens but fails to read at
    // offset 0 (EIO), which exercises the same read-error path.
    Result<RawFile> file = LoadFile({"/proc/self/mem", "/proc/self/mem"});
    REQUIRE_FALSE(file.ok());
    CHECK(file.status().code() == Status::Code::kIoError);
    return;
  }
  TempDir tmp;
  std::string path = tmp.Write("locked.pdf", "%PDF-1.4");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  Result<RawFile> file = LoadFile({path, "locked.pdf"});
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kIoError);
  CHECK(file.status().reason() == "permission denied");
}

// Load -> extract -> clean on one 50 MB line: it must finish without error.
// No time is asserted; a quadratic step would show as a hang here.
TEST_CASE("A 50 MB single-line text file loads, decodes and cleans", "[ingest][large]") {
  TempDir tmp;
  const std::string unit = "The children\xE2\x80\x99s <b>plans</b> are reviewed [here](x) \xEF\xAC\x81nely. ";
  std::string bytes;
  bytes.reserve(50u * 1024 * 1024 + unit.size());
  while (bytes.size() < 50u * 1024 * 1024) bytes += unit;
  size_t repeats = bytes.size() / unit.size();
  std::string path = tmp.Write("huge.txt", bytes);
  bytes.clear();
  Result<RawFile> file = LoadFile({path, "huge.txt"});
  REQUIRE(file.ok());
  Result<PageText> pages = Extract(file.value());
  REQUIRE(pages.ok());
  CHECK(pages->encoding == "UTF-8");
  CleanText clean = Clean(pages.value(), SourceKind::kText);
  REQUIRE(clean.lines.size() == 1);
  const std::string cleaned_unit = "The children's plans are reviewed here finely. ";
  CHECK(clean.lines[0].text.size() == repeats * cleaned_unit.size() - 1);  // trailing space stripped
  CHECK(clean.lines[0].text.compare(0, cleaned_unit.size(), cleaned_unit) == 0);
}

}  // namespace
}  // namespace oftrack
