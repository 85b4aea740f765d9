// Quantifiers: the first quantifier phrase of a sentence. The scanner is
// leftmost-longest with one kind per quantifier name, so at one
// position "not all" beats "all" and "the majority of" beats "the majority".
#include "analysis/rulebook_impl.h"

namespace oftrack {

std::string FindQuantifier(std::string_view text, const Rulebook::Impl& impl, unsigned present) {
  std::string name;
  if (!Has(present, Matcher::kQuantifiers)) return name;
  impl.quantifiers.ForEach(text, [&](size_t, size_t, int kind) {
    if (kind >= 0) name = impl.quantifier_names[kind];
    return false;  // the first phrase only
  });
  return name;
}

}  // namespace oftrack
