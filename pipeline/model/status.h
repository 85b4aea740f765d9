// Status: the outcome of a stage, an error as a value (see docs/architecture.md).
// A failed Status names the file and the reason, in words a user can act on.
// Thread-safety: a const Status may be shared; copying is cheap.
#ifndef OFTRACK_MODEL_STATUS_H_
#define OFTRACK_MODEL_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace oftrack {

class Status {
 public:
  enum class Code {
    kOk,
    kNotFound,     // the path does not exist or cannot be opened
    kIoError,      // read/write failure, permission, symlink loop
    kBadInput,     // empty, binary, too large, unsupported kind of file
    kBadPdf,       // not a PDF or a damaged one
    kEncrypted,    // PDF needs a password
    kNoText,       // PDF without a text layer (scanned)
    kDecode,       // text bytes that cannot be decoded
    kBadRule,      // a rule file is invalid
    kDatabase,     // SQLite failure
    kUsage,        // bad command-line use
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string file, std::string reason) { return {Code::kNotFound, std::move(file), std::move(reason)}; }
  static Status IoError(std::string file, std::string reason) { return {Code::kIoError, std::move(file), std::move(reason)}; }
  static Status BadInput(std::string file, std::string reason) { return {Code::kBadInput, std::move(file), std::move(reason)}; }
  static Status BadPdf(std::string file, std::string reason) { return {Code::kBadPdf, std::move(file), std::move(reason)}; }
  static Status Encrypted(std::string file, std::string reason) { return {Code::kEncrypted, std::move(file), std::move(reason)}; }
  static Status NoText(std::string file, std::string reason) { return {Code::kNoText, std::move(file), std::move(reason)}; }
  static Status Decode(std::string file, std::string reason) { return {Code::kDecode, std::move(file), std::move(reason)}; }
  static Status BadRule(std::string file, std::string reason) { return {Code::kBadRule, std::move(file), std::move(reason)}; }
  static Status Database(std::string file, std::string reason) { return {Code::kDatabase, std::move(file), std::move(reason)}; }
  static Status Usage(std::string reason) { return {Code::kUsage, "", std::move(reason)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& file() const { return file_; }
  const std::string& reason() const { return reason_; }
  // Short machine-readable name of the code: "bad_pdf", "encrypted", ...
  const char* CodeName() const;
  // "FILE: reason" on one line (newlines in the reason are flattened).
  std::string ToString() const;

 private:
  Status(Code code, std::string file, std::string reason)
      : code_(code), file_(std::move(file)), reason_(std::move(reason)) {}
  Code code_ = Code::kOk;
  std::string file_;
  std::string reason_;
};

// Result<T>: a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_STATUS_H_
