#include "documents/grade_words.h"

#include <string>

namespace oftrack {

GradeValue GradeOfWords(std::string_view words) {
  std::string w;
  for (char c : words) {
    if (c == ' ' && (w.empty() || w.back() == ' ')) continue;
    w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  while (!w.empty() && w.back() == ' ') w.pop_back();
  if (w == "outstanding") return GradeValue::kOutstanding;
  if (w == "good") return GradeValue::kGood;
  if (w == "adequate") return GradeValue::kAdequate;
  if (w == "inadequate") return GradeValue::kInadequate;
  if (w.rfind("requires improvement", 0) == 0 || w.rfind("require improvement", 0) == 0) {
    return GradeValue::kRequiresImprovement;
  }
  return GradeValue::kNone;
}

}  // namespace oftrack
