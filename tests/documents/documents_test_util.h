// Test helpers for tests/documents: text snippets and whole files through the
// real stages (LoadFile -> Extract -> Clean -> SplitPack -> Recognise).
#ifndef OFTRACK_TESTS_DOCUMENTS_DOCUMENTS_TEST_UTIL_H_
#define OFTRACK_TESTS_DOCUMENTS_DOCUMENTS_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "documents/authority_directory.h"
#include "documents/pack_splitter.h"
#include "documents/recognise.h"
#include "ingest/extract.h"
#include "ingest/load.h"
#include "model/document.h"
#include "text/clean.h"
#include "text/sentence_splitter.h"

namespace oftrack {
namespace testing {

inline const AuthorityDirectory& Authorities() {
  static const AuthorityDirectory* dir = [] {
    auto loaded = AuthorityDirectory::Load(std::string(OFTRACK_SOURCE_DIR) + "/reference/local_authorities.csv");
    return new AuthorityDirectory(std::move(loaded).value());
  }();
  return *dir;
}

inline const SentenceSplitter& Splitter() {
  static std::shared_ptr<const SentenceSplitter> splitter =
      SentenceSplitter::FromFile(std::string(OFTRACK_SOURCE_DIR) + "/rules/abbreviations.txt").value();
  return *splitter;
}

// Cleaned lines of a snippet ("\f" separates PDF pages) as one document.
inline DocumentText LinesForTest(std::string_view text, SourceKind kind = SourceKind::kPdf) {
  DocumentText doc;
  doc.lines = CleanForTest(text, kind).lines;
  doc.kind = kind;
  return doc;
}

// Every document of a file under the source tree, through the real stages;
// empty when a stage fails (the caller REQUIREs a size).
inline std::vector<Document> RecogniseFile(const std::string& relative_path) {
  std::string path = std::string(OFTRACK_SOURCE_DIR) + "/" + relative_path;
  auto raw = LoadFile(InputFile{path, relative_path});
  if (!raw.ok()) return {};
  auto pages = Extract(raw.value());
  if (!pages.ok()) return {};
  CleanText clean = Clean(pages.value(), raw->kind);
  std::vector<Document> out;
  for (const DocumentText& part : SplitPack(clean)) out.push_back(Recognise(part, Authorities(), Splitter()));
  return out;
}

inline std::vector<const Grade*> TableGrades(const Document& doc) {
  std::vector<const Grade*> out;
  for (const Grade& g : doc.grades) {
    if (g.source == "table") out.push_back(&g);
  }
  return out;
}

inline std::vector<const AreaForImprovement*> AreasOfKind(const Document& doc, AreaKind kind) {
  std::vector<const AreaForImprovement*> out;
  for (const AreaForImprovement& a : doc.areas) {
    if (a.kind == kind) out.push_back(&a);
  }
  return out;
}

}  // namespace testing
}  // namespace oftrack

#endif  // OFTRACK_TESTS_DOCUMENTS_DOCUMENTS_TEST_UTIL_H_
