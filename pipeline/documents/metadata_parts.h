// Internal to documents/: the pieces ReadMetadata is built from, one file each
// (doc_type.cc, people.cc, metadata.cc), and the small line helpers they share.
#ifndef OFTRACK_DOCUMENTS_METADATA_PARTS_H_
#define OFTRACK_DOCUMENTS_METADATA_PARTS_H_

#include <string>
#include <string_view>

#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {

class AuthorityDirectory;

namespace metadata {

// How many non-empty lines from the top are searched for a title.
constexpr int kHeadLines = 40;

// The line's text without leading/trailing spaces.
std::string_view Trimmed(std::string_view s);
// Lines [from, to) joined by single spaces, runs of whitespace collapsed.
std::string JoinLines(const DocumentText& text, size_t from, size_t to);

struct Title {
  bool found = false;
  DocType type = DocType::kOther;
  std::string reason;     // "title 'Monitoring visit to Nottingham City children's services'"
  std::string authority;  // as written in the title ("Nottingham City"), "" when not named there
  size_t line = 0;        // index into DocumentText::lines of the title's first line
};

// The Ofsted title among the first kHeadLines non-empty lines, if any.
Title FindTitle(const DocumentText& text);
// Type and reason when no title was found: committee pack wording or other.
void TypeWithoutTitle(const DocumentText& text, Document* doc);
// Short ILACS or standard, from the inspection dates: a short inspection is
// one week on site (dates at most 7 days apart), a standard one two. Sets
// kIlacsShort or kIlacs for any ILACS report and says why in type_reason.
void SettleShortInspection(Document* doc);

// Lead inspector and inspectors (people.cc). REQUIRES: doc->type set.
void ReadPeople(const DocumentText& text, size_t title_line, Document* doc);

// "Marie McGuinness Senior HMI" -> "Marie McGuinness"; "" when no name is left.
std::string CleanName(std::string_view raw);

}  // namespace metadata
}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_METADATA_PARTS_H_
