#include "model/status.h"

namespace oftrack {

const char* Status::CodeName() const {
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kNotFound: return "not_found";
    case Code::kIoError: return "io_error";
    case Code::kBadInput: return "bad_input";
    case Code::kBadPdf: return "bad_pdf";
    case Code::kEncrypted: return "encrypted";
    case Code::kNoText: return "no_text";
    case Code::kDecode: return "decode";
    case Code::kBadRule: return "bad_rule";
    case Code::kDatabase: return "database";
    case Code::kUsage: return "usage";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out = file_.empty() ? reason_ : file_ + ": " + reason_;
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace oftrack
