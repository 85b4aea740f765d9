#include "ingest/extract.h"

#include <catch2/catch.hpp>

namespace oftrack {
namespace {

TEST_CASE("Extract dispatches on the file's kind", "[ingest]") {
  RawFile file;
  file.path = file.display_path = "letter.pdf";
  file.bytes = "Monitoring visit to Leeds children's services\n";
  file.kind = SourceKind::kText;
  Result<PageText> text = Extract(file);
  REQUIRE(text.ok());
  CHECK(text->encoding == "UTF-8");
  file.kind = SourceKind::kPdf;
  Result<PageText> pdf = Extract(file);
  REQUIRE_FALSE(pdf.ok());
  CHECK(pdf.status().code() == Status::Code::kBadPdf);
}

}  // namespace
}  // namespace oftrack
