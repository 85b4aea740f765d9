#include "ingest/input_files.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "temp_dir.h"

namespace oftrack {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> DisplayPaths(const std::vector<InputFile>& files) {
  std::vector<std::string> out;
  for (const InputFile& f : files) out.push_back(f.display_path);
  return out;
}

bool HasError(const std::vector<Status>& errors, Status::Code code, const std::string& words) {
  for (const Status& s : errors) {
    if (s.code() == code && s.reason().find(words) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("FindInputFiles walks a folder sorted, keeps .pdf/.txt/.md in any case", "[ingest]") {
  TempDir tmp;
  tmp.Write("corpora/ofsted-reports/b.PDF", "%PDF-1.4");
  tmp.Write("corpora/ofsted-reports/a.pdf", "%PDF-1.4");
  tmp.Write("corpora/committee-packs/pack.txt", "text");
  tmp.Write("corpora/notes.Md", "# notes");
  tmp.Write("corpora/report.docx", "PK");
  tmp.Write("corpora/.hidden.pdf", "%PDF-1.4");
  std::vector<Status> errors;
  std::vector<InputFile> files = FindInputFiles({tmp.path() + "/corpora"}, &errors);
  CHECK(errors.empty());
  CHECK(DisplayPaths(files) == std::vector<std::string>{"corpora/committee-packs/pack.txt", "corpora/notes.Md",
                                                        "corpora/ofsted-reports/a.pdf", "corpora/ofsted-reports/b.PDF"});
  REQUIRE(files.size() == 4);
  CHECK(files[2].path == tmp.path() + "/corpora/ofsted-reports/a.pdf");
}

TEST_CASE("FindInputFiles names a folder argument the same with a trailing slash", "[ingest]") {
  TempDir tmp;
  tmp.Write("corpora/a.txt", "x");
  std::vector<Status> errors;
  CHECK(DisplayPaths(FindInputFiles({tmp.path() + "/corpora/"}, &errors)) == std::vector<std::string>{"corpora/a.txt"});
  CHECK(DisplayPaths(FindInputFiles({tmp.path() + "/corpora/."}, &errors)) == std::vector<std::string>{"corpora/a.txt"});
  CHECK(errors.empty());
}

TEST_CASE("FindInputFiles takes a file named directly whatever its extension", "[ingest]") {
  TempDir tmp;
  std::string docx = tmp.Write("report.docx", "PK");
  std::vector<Status> errors;
  std::vector<InputFile> files = FindInputFiles({docx}, &errors);
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == docx);
  CHECK(files[0].display_path == docx);
  CHECK(errors.empty());
}

TEST_CASE("FindInputFiles reports a missing path as NotFound", "[ingest]") {
  std::vector<Status> errors;
  CHECK(FindInputFiles({"/no/such/folder/here"}, &errors).empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code() == Status::Code::kNotFound);
  CHECK(errors[0].file() == "/no/such/folder/here");
}

TEST_CASE("FindInputFiles reports symlink loops and still returns the real files", "[ingest]") {
  TempDir tmp;
  tmp.Write("corpora/sub/a.pdf", "%PDF-1.4");
  fs::create_directory_symlink("..", tmp.path() + "/corpora/sub/up");  // sub/up/sub/up/...
  fs::create_symlink("self.pdf", tmp.path() + "/corpora/self.pdf");    // ELOOP when followed
  fs::create_symlink("missing.pdf", tmp.path() + "/corpora/broken.pdf");
  std::vector<Status> errors;
  std::vector<InputFile> files = FindInputFiles({tmp.path() + "/corpora"}, &errors);
  CHECK(DisplayPaths(files) == std::vector<std::string>{"corpora/sub/a.pdf"});
  CHECK(HasError(errors, Status::Code::kIoError, "symlink loop"));
  CHECK(HasError(errors, Status::Code::kNotFound, "broken symbolic link"));
  CHECK(errors.size() == 3);
}

TEST_CASE("FindInputFiles reports an unreadable folder", "[ingest]") {
  if (RunningAsRoot()) {
    WARN("skipped: running as root, folder permissions do not apply");
    return;
  }
  TempDir tmp;
  tmp.Write("corpora/locked/a.pdf", "%PDF-1.4");
  tmp.Write("corpora/open/b.pdf", "%PDF-1.4");
  fs::permissions(tmp.path() + "/corpora/locked", fs::perms::none);
  std::vector<Status> errors;
  std::vector<InputFile> files = FindInputFiles({tmp.path() + "/corpora"}, &errors);
  fs::permissions(tmp.path() + "/corpora/locked", fs::perms::owner_all);
  CHECK(DisplayPaths(files) == std::vector<std::string>{"corpora/open/b.pdf"});
  CHECK(HasError(errors, Status::Code::kIoError, "permission denied"));
}

}  // namespace
}  // namespace oftrack
