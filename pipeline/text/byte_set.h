// ByteSet: "is this byte one of these?" with one table lookup, for the tests
// run on every line of every file. std::string_view::find_first_of calls
// memchr on its set for every byte it looks at, several times slower.
#ifndef OFTRACK_TEXT_BYTE_SET_H_
#define OFTRACK_TEXT_BYTE_SET_H_

#include <array>
#include <string_view>

namespace oftrack {

class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) member_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool Has(char c) const { return member_[static_cast<unsigned char>(c)]; }
  // Whether any byte of s is in the set.
  constexpr bool AnyIn(std::string_view s) const {
    for (char c : s) {
      if (Has(c)) return true;
    }
    return false;
  }

 private:
  std::array<bool, 256> member_{};
};

}  // namespace oftrack

#endif  // OFTRACK_TEXT_BYTE_SET_H_
