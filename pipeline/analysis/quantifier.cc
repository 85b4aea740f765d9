// Quantifiers: the first quantifier phrase of a sentence. The scanner is
// leftmost-longest with one capture group per quantifier name, so at one
// position "not all" beats "all" and "the majority of" beats "the majority".
#include "analysis/rulebook_impl.h"

namespace oftrack {

std::string FindQuantifier(std::string_view text, const Rulebook::Impl& impl) {
  if (!impl.quantifiers) return "";
  const int groups = static_cast<int>(impl.quantifier_names.size());
  re2::StringPiece input(text.data(), text.size());
  thread_local std::vector<re2::StringPiece> match;
  const int n = groups + 1;
  match.assign(n, re2::StringPiece());
  if (!impl.quantifiers->Match(input, 0, text.size(), RE2::UNANCHORED, match.data(), n)) return "";
  for (int g = 1; g < n; ++g) {
    if (match[g].data() != nullptr) return impl.quantifier_names[g - 1];
  }
  return "";
}

}  // namespace oftrack
