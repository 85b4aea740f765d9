// Walks PATH arguments into a sorted list of files.
//
// The walk is written by hand rather than with recursive_directory_iterator so
// that loops and unreadable folders are reported where they happen and the walk
// carries on: each folder's entries are read with an error_code, sorted by name,
// and folders reached through a symlink are recursed into only when their
// (device, inode) is not already on the current path. So `a/loop -> ..` is one
// IoError("symlink loop"), not an endless walk; a self-referencing link
// (`x -> x`) fails to stat with ELOOP and is reported the same way.
// Names starting with '.' (".git", macOS "._report.pdf") are skipped in folders.
#include "ingest/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

namespace oftrack {
namespace {

namespace fs = std::filesystem;

bool HasWantedExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf" || ext == ".txt" || ext == ".md";
}

// Status for a failed stat/open of `path`, in words a user can act on.
Status PathError(const std::string& path, const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return Status::IoError(path, "symlink loop");
  if (ec == std::errc::permission_denied) return Status::IoError(path, "permission denied");
  if (ec == std::errc::no_such_file_or_directory) return Status::NotFound(path, "no such file or folder");
  return Status::IoError(path, ec.message());
}

struct FileId {
  dev_t dev;
  ino_t ino;
  bool operator==(const FileId&) const = default;
};

class Walker {
 public:
  Walker(std::vector<InputFile>* out, std::vector<Status>* errors) : out_(out), errors_(errors) {}

  // Walks folder `dir`, whose display name is `shown`.
  void Walk(const fs::path& dir, const std::string& shown) {
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) {
      errors_->push_back(PathError(dir.string(), std::error_code(errno, std::generic_category())));
      return;
    }
    FileId id{st.st_dev, st.st_ino};
    if (std::find(stack_.begin(), stack_.end(), id) != stack_.end()) {
      errors_->push_back(Status::IoError(dir.string(), "symlink loop: this folder contains itself"));
      return;
    }
    std::vector<fs::directory_entry> entries;
    if (!ReadEntries(dir, &entries)) return;
    stack_.push_back(id);
    for (const fs::directory_entry& entry : entries) Visit(entry, shown);
    stack_.pop_back();
  }

 private:
  bool ReadEntries(const fs::path& dir, std::vector<fs::directory_entry>* entries) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) entries->push_back(*it);
    if (ec) {
      errors_->push_back(PathError(dir.string(), ec));
      return false;
    }
    std::sort(entries->begin(), entries->end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    return true;
  }

  void Visit(const fs::directory_entry& entry, const std::string& shown_parent) {
    const fs::path& p = entry.path();
    std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') return;
    std::string shown = shown_parent.empty() ? name : shown_parent + "/" + name;
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);  // follows symlinks
    if (st.type() == fs::file_type::not_found) {  // listed but not there: a dangling link
      errors_->push_back(Status::NotFound(p.string(), "broken symbolic link"));
      return;
    }
    if (ec) {
      errors_->push_back(PathError(p.string(), ec));
      return;
    }
    if (fs::is_directory(st)) {
      Walk(p, shown);
    } else if (fs::is_regular_file(st) && HasWantedExtension(p)) {
      out_->push_back({p.string(), shown});
    }
  }

  std::vector<InputFile>* out_;
  std::vector<Status>* errors_;
  std::vector<FileId> stack_;  // folders on the current path, to detect loops
};

// The name a folder argument contributes to display paths: "corpora" for
// "/x/corpora/" or "corpora/.", the real name for ".".
std::string FolderDisplayName(const std::string& arg) {
  fs::path p = fs::path(arg).lexically_normal();
  if (p.has_filename() && p.filename() != "." && p.filename() != "..") return p.filename().string();
  if (!p.has_filename() && p.has_parent_path() && p.parent_path().has_filename() &&
      p.parent_path().filename() != "..") {
    return p.parent_path().filename().string();  // "corpora/" normalises to "corpora/"
  }
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(p, ec);
  return ec ? std::string() : abs.filename().string();
}

}  // namespace

std::vector<InputFile> FindInputFiles(const std::vector<std::string>& paths, std::vector<Status>* errors) {
  std::vector<InputFile> out;
  for (const std::string& arg : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(PathError(arg, ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory)));
      continue;
    }
    if (fs::is_directory(st)) {
      Walker walker(&out, errors);
      walker.Walk(arg, FolderDisplayName(arg));
    } else {
      out.push_back({arg, arg});  // a file named directly is always taken
    }
  }
  return out;
}

}  // namespace oftrack
