// Reads a file with POSIX calls so every failure keeps its errno: ENOENT is
// NotFound, EACCES / ELOOP / EISDIR are IoError with a plain-words reason.
// O_NONBLOCK keeps open() from hanging on a FIFO; anything that is not a
// regular file is refused after fstat().
#include "ingest/load.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>

namespace oftrack {
namespace {

// RAII owner of a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Status OpenError(const std::string& path, int err) {
  switch (err) {
    case ENOENT: return Status::NotFound(path, "no such file");
    case EACCES: return Status::IoError(path, "permission denied");
    case ELOOP: return Status::IoError(path, "symlink loop");
    case EISDIR: return Status::IoError(path, "is a folder, not a file");
    default: return Status::IoError(path, std::string("cannot open: ") + std::strerror(err));
  }
}

std::string Megabytes(size_t bytes) {
  return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB";
}

std::string LowerExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// A PDF by extension, or by the "%PDF-" signature (which the PDF standard lets
// readers find anywhere in the first 1024 bytes).
SourceKind DecideKind(const std::string& path, const std::string& bytes) {
  if (LowerExtension(path) == ".pdf") return SourceKind::kPdf;
  size_t sig = bytes.find("%PDF-");
  return (sig != std::string::npos && sig < 1024) ? SourceKind::kPdf : SourceKind::kText;
}

// Reads up to limit + 1 bytes (the file may grow after fstat).
Status ReadAll(int fd, const std::string& path, size_t size_hint, size_t limit, std::string* out) {
  out->reserve(std::min(size_hint, limit) + 1);
  char buf[1 << 16];
  while (out->size() <= limit) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(path, std::string("read failed: ") + std::strerror(errno));
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  return Status::OK();
}

}  // namespace

Result<RawFile> LoadFile(const InputFile& input, const LoadOptions& options) {
  const std::string& path = input.path;
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) return OpenError(path, errno);
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return OpenError(path, errno);
  if (S_ISDIR(st.st_mode)) return Status::IoError(path, "is a folder, not a file");
  if (!S_ISREG(st.st_mode)) return Status::BadInput(path, "not a regular file");
  size_t size = static_cast<size_t>(st.st_size);
  if (size > options.max_bytes) {
    return Status::BadInput(path, "file too large (" + Megabytes(size) + ", limit " + Megabytes(options.max_bytes) + ")");
  }
  RawFile file;
  Status read = ReadAll(fd.get(), path, size, options.max_bytes, &file.bytes);
  if (!read.ok()) return read;
  if (file.bytes.empty()) return Status::BadInput(path, "empty file");
  if (file.bytes.size() > options.max_bytes) {
    return Status::BadInput(path, "file too large (over " + Megabytes(options.max_bytes) + ")");
  }
  file.path = path;
  file.display_path = input.display_path.empty() ? path : input.display_path;
  file.kind = DecideKind(path, file.bytes);
  file.content_hash = ContentHash(file.bytes);
  return file;
}

std::string ContentHash(std::string_view bytes) {
  XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, hash);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(32);
  for (unsigned char byte : canonical.digest) {
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 15]);
  }
  return out;
}

}  // namespace oftrack
