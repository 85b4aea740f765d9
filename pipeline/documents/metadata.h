// Metadata: what a document is, about whom, and when, read from its first
// lines (and, for letters, its opening paragraph and signature).
#ifndef OFTRACK_DOCUMENTS_METADATA_H_
#define OFTRACK_DOCUMENTS_METADATA_H_

#include "documents/authority_directory.h"
#include "model/document.h"
#include "model/source_text.h"

namespace oftrack {

// Sets type and type_reason (CODEBOOK.md "Documents"; unknown -> kOther with
// the reason), authority_as_written, urn, visit_start/end, published,
// lead_inspector, inspectors, visit_number, judged_inadequate_in.
void ReadMetadata(const DocumentText& text, const AuthorityDirectory& authorities, Document* doc);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_METADATA_H_
