// SentenceSplitter: ICU sentence breaks, corrected for the domain.
// ICU alone breaks after abbreviations ("e.g.", "PA.", "St Helens" is fine,
// "No." …) and misses breaks before a sentence starting with a digit. The
// splitter suppresses breaks after the abbreviations listed in
// rules/abbreviations.txt and adds breaks ICU missed.
// Thread-safety: Split() is const and safe from many threads (each thread
// clones the prototype break iterator once).
#ifndef OFTRACK_TEXT_SENTENCE_SPLITTER_H_
#define OFTRACK_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/status.h"

namespace oftrack {

class SentenceSplitter {
 public:
  // abbreviations: tokens such as "e.g.", "i.e.", "PA.", "Mr." after which a
  // full stop does not end a sentence.
  static Result<std::shared_ptr<const SentenceSplitter>> Create(std::vector<std::string> abbreviations);
  // Reads one abbreviation per line ('#' comments) from a file.
  static Result<std::shared_ptr<const SentenceSplitter>> FromFile(const std::string& path);

  // Byte ranges [begin, end) of the sentences of one paragraph of UTF-8 text,
  // leading and trailing spaces trimmed, empty ranges dropped.
  std::vector<std::pair<size_t, size_t>> Split(std::string_view paragraph) const;

  ~SentenceSplitter();
  struct Impl;

 private:
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace oftrack

#endif  // OFTRACK_TEXT_SENTENCE_SPLITTER_H_
