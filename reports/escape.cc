#include "reports/escape.h"

namespace oftrack {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string FormulaSafe(std::string_view text) {
  std::string out(text);
  if (!out.empty() && (out[0] == '=' || out[0] == '+' || out[0] == '-' || out[0] == '@' || out[0] == '\t' ||
                       out[0] == '\r')) {
    out.insert(out.begin(), '\'');
  }
  return out;
}

std::string CsvField(std::string_view text) {
  std::string safe = FormulaSafe(text);
  if (safe.find_first_of(",\"\n\r") == std::string::npos) return safe;
  std::string out = "\"";
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string TsvField(std::string_view text) {
  std::string safe = FormulaSafe(text);
  for (char& c : safe) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return safe;
}

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace oftrack
