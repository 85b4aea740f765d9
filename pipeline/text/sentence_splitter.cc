// How the splitter works.
//
// ICU's UK sentence rules give the candidate boundaries. ICU reads the
// paragraph through a UText opened on the UTF-8 bytes, so every boundary is a
// byte offset into the caller's string. The candidates are then corrected in
// three passes over plain bytes (RE2 patterns, no copies of the text):
//
//   1. suppress: a boundary right after a listed abbreviation is dropped
//      ("support, e.g. MASH referrals" is one sentence; "No. 5", "Mr. Smith"),
//      as is a boundary after a single capital initial ("J. Smith") and any
//      boundary inside a URL or e-mail address ("www.gov.uk/ofsted",
//      "enquiries@ofsted.gov.uk");
//   2. add: ICU never breaks before a digit or a bullet, so
//      "... within 12 months. 6 children were matched ..." and
//      "... were seen. • Plans are ..." get a boundary after the stop;
//   3. trim: each range loses leading and trailing spaces, empty ones go.
//
// The break iterator is costly to build, so one prototype is built in Create()
// and each thread clones it once (a thread_local table keyed by the splitter's
// serial number, so two splitters never share a clone).
#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

namespace oftrack {

namespace {

enum class AbbrevMode { kAlways, kBeforeLower, kBeforeDigit };

std::atomic<uint64_t> g_next_serial{1};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first letter of the text starting at pos (skipping opening quotes and
// brackets): 'l' lower-case, 'u' upper-case or other letter, 'd' digit, 0 none.
char NextWordClass(std::string_view s, size_t pos) {
  while (pos < s.size() && (IsSpace(s[pos]) || s[pos] == '(' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  if (pos >= s.size()) return 0;
  if (IsAsciiLower(s[pos])) return 'l';
  if (IsDigit(s[pos])) return 'd';
  return 'u';
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;
  std::unordered_map<std::string, AbbrevMode> abbreviations;
  uint64_t serial = 0;
  std::mutex clone_mu;  // BreakIterator::clone() is not documented as thread-safe

  icu::BreakIterator* ThreadIterator() {
    thread_local std::unordered_map<uint64_t, std::unique_ptr<icu::BreakIterator>> clones;
    auto& slot = clones[serial];
    if (!slot) {
      std::lock_guard<std::mutex> lock(clone_mu);
      slot.reset(prototype->clone());
    }
    return slot.get();
  }

  // The token that ends just before `end` (after trailing spaces are skipped),
  // without opening brackets or quotes.
  static std::string_view TokenBefore(std::string_view s, size_t end) {
    while (end > 0 && IsSpace(s[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !IsSpace(s[begin - 1])) --begin;
    while (begin < end && (s[begin] == '(' || s[begin] == '"' || s[begin] == '\'')) ++begin;
    return s.substr(begin, end - begin);
  }

  bool SuppressAfter(std::string_view s, size_t boundary) const;
};

bool SentenceSplitter::Impl::SuppressAfter(std::string_view s, size_t boundary) const {
  std::string_view token = TokenBefore(s, boundary);
  if (token.empty() || token.back() != '.') return false;
  char next = NextWordClass(s, boundary);
  // "J. Smith": a lone capital initial.
  if (token.size() == 2 && IsAsciiUpper(token[0]) && next == 'u') return true;
  std::string key(token);
  auto it = abbreviations.find(key);
  if (it == abbreviations.end() && IsAsciiUpper(key[0])) {
    key[0] = static_cast<char>(key[0] - 'A' + 'a');  // "E.g." matches "e.g."
    it = abbreviations.find(key);
  }
  if (it == abbreviations.end()) return false;
  switch (it->second) {
    case AbbrevMode::kAlways: return true;
    case AbbrevMode::kBeforeLower: return next == 'l' || next == 'd';
    case AbbrevMode::kBeforeDigit: return next == 'd';
  }
  return false;
}

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Result<std::shared_ptr<const SentenceSplitter>> SentenceSplitter::Create(std::vector<std::string> abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale::getUK(), status));
  if (U_FAILURE(status) || !bi) {
    return Status::BadInput("", std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
  auto impl = std::make_unique<Impl>();
  impl->prototype = std::move(bi);
  impl->serial = g_next_serial.fetch_add(1);
  for (const std::string& line : abbreviations) {
    std::istringstream fields(line);
    std::string token, mode;
    fields >> token >> mode;
    if (token.empty()) continue;
    AbbrevMode m = AbbrevMode::kAlways;
    if (mode == "lower") m = AbbrevMode::kBeforeLower;
    else if (mode == "digit") m = AbbrevMode::kBeforeDigit;
    else if (!mode.empty()) return Status::BadRule("", "abbreviation '" + token + "': unknown mode '" + mode + "'");
    impl->abbreviations[token] = m;
  }
  return std::shared_ptr<const SentenceSplitter>(new SentenceSplitter(std::move(impl)));
}

Result<std::shared_ptr<const SentenceSplitter>> SentenceSplitter::FromFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path, "cannot open the abbreviations file");
  std::vector<std::string> entries;
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    entries.push_back(line);
  }
  auto made = Create(std::move(entries));
  if (!made.ok()) return Status::BadRule(path, made.status().reason());
  return made;
}

namespace {

// Appends ICU's candidate boundaries (byte offsets), without 0 and the end.
void IcuBoundaries(icu::BreakIterator* bi, std::string_view text, std::vector<size_t>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;  // on the stack: no allocation per paragraph
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  bi->setText(&ut, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      if (b > 0 && static_cast<size_t>(b) < text.size()) out->push_back(static_cast<size_t>(b));
    }
  }
  // Detach the iterator from the UText before closing it.
  bi->setText(icu::UnicodeString());
  utext_close(&ut);
}

// Byte spans of URLs and e-mail addresses: no boundary may fall inside them.
std::vector<std::pair<size_t, size_t>> ProtectedSpans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  // Cheap test first: every URL or address holds "www", "://" or "@".
  auto has_www = [&] {
    for (size_t i = 0; i + 3 < text.size(); ++i) {
      if ((text[i] | 0x20) == 'w' && (text[i + 1] | 0x20) == 'w' && (text[i + 2] | 0x20) == 'w' && text[i + 3] == '.') {
        return true;
      }
    }
    return false;
  };
  if (text.find('@') == std::string_view::npos && text.find("://") == std::string_view::npos && !has_www()) {
    return spans;
  }
  static const RE2 kSpan(
      R"re((?i)((?:https?://|www\.)[^\s<>()"]+[^\s<>()".,;:!?']|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))re");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, kSpan, &match)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    spans.emplace_back(begin, begin + match.size());
  }
  return spans;
}

// Boundaries ICU misses: after a stop, before a digit or a bullet.
// "... 12 months. 6 children were matched ...", "... timely. • Plans ...".
void ExtraBoundaries(std::string_view text, std::vector<size_t>* found) {
  static const RE2 kMissed(
      R"re(((?:[A-Za-z]{2,}|[%)]|\b\d{4})[.!?]["')\]]*\s+)(?:\d|•))re");
  // Cheap test first: such a boundary needs a digit or a bullet after a space.
  bool candidate = false;
  for (size_t i = 1; i < text.size() && !candidate; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    candidate = ((c >= '0' && c <= '9') || c == 0xE2) && IsSpace(text[i - 1]);
  }
  if (!candidate) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece head;
  while (RE2::FindAndConsume(&input, kMissed, &head)) {
    size_t next = static_cast<size_t>(head.data() - text.data()) + head.size();
    found->push_back(next);
    // Step back so the digit or bullet can start the next match.
    size_t consumed = static_cast<size_t>(input.data() - text.data());
    if (consumed > next) input = re2::StringPiece(text.data() + next, text.size() - next);
  }
}

}  // namespace

std::vector<std::pair<size_t, size_t>> SentenceSplitter::Split(std::string_view paragraph) const {
  // Scratch space reused by the thread: no allocation per paragraph once warm.
  thread_local std::vector<size_t> candidates, cuts;
  candidates.clear();
  cuts.clear();
  IcuBoundaries(impl_->ThreadIterator(), paragraph, &candidates);
  ExtraBoundaries(paragraph, &candidates);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  const auto spans = ProtectedSpans(paragraph);
  for (size_t b : candidates) {
    bool inside = std::any_of(spans.begin(), spans.end(),
                              [b](const auto& sp) { return b > sp.first && b < sp.second; });
    if (inside || impl_->SuppressAfter(paragraph, b)) continue;
    cuts.push_back(b);
  }
  cuts.push_back(paragraph.size());

  std::vector<std::pair<size_t, size_t>> out;
  size_t begin = 0;
  for (size_t end : cuts) {
    size_t b = begin, e = end;
    while (b < e && IsSpace(paragraph[b])) ++b;
    while (e > b && IsSpace(paragraph[e - 1])) --e;
    if (e > b) out.emplace_back(b, e);
    begin = end;
  }
  return out;
}

}  // namespace oftrack
