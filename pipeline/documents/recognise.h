// Recognise and segment: from one DocumentText to a Document.
//   type (CODEBOOK.md "Documents"), authority and URN, visit dates, publication
//   or letter date, lead inspector and inspectors, visit number, grades (table
//   and section headings), areas for improvement / covered / priority, and the
//   structure: sections, blocks (headings, numbered paragraphs, list items,
//   paragraphs, table rows) and ICU sentences with provenance.
// Warnings (grades in table and headings disagree, a grade table short of
// rows, no areas found in a report, a letter without inspectors, ...: see
// plausibility.h) go to Document::warnings.
#ifndef OFTRACK_DOCUMENTS_RECOGNISE_H_
#define OFTRACK_DOCUMENTS_RECOGNISE_H_

#include "documents/authority_directory.h"
#include "model/document.h"
#include "model/source_text.h"
#include "text/sentence_splitter.h"

namespace oftrack {

// REQUIRES: text.lines are cleaned (text/clean.h). `today` is the date dates
// after which are implausible; unset, they are not checked.
Document Recognise(const DocumentText& text, const AuthorityDirectory& authorities,
                   const SentenceSplitter& splitter, const Date& today = {});

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_RECOGNISE_H_
