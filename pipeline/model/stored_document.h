// StoredDocument: one Ofsted document as the database holds it, decoded once
// into the model's values (DocType, Date, Grade, AreaForImprovement with its
// themes), so that what reads it (exports, checks, tracking) never re-parses
// strings. store/ fills it (store/queries.h, LoadDocuments).
#ifndef OFTRACK_MODEL_STORED_DOCUMENT_H_
#define OFTRACK_MODEL_STORED_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/finding.h"
#include "model/source_text.h"

namespace oftrack {

struct StoredDocument {
  int64_t id = 0;        // documents.id
  int64_t visit_id = 0;  // 0 when it has no visit (no authority or no date)
  std::string file;      // as found under the PATH given to `ingest`
  SourceKind source_kind = SourceKind::kPdf;
  int index = 0;         // position within its file (committee packs hold several)
  DocType type = DocType::kOther;
  std::string type_reason;
  int urn = 0;
  std::string authority_as_written;
  Date visit_start, visit_end, published;
  std::string lead_inspector;
  std::vector<std::string> inspectors;  // the lead first
  int visit_number = 0;
  std::string judged_inadequate_in;
  std::vector<Grade> grades;                // table grades first, then heading grades
  std::vector<AreaForImprovement> areas;    // by kind, then ordinal; themes filled
  std::vector<std::string> warnings;        // plausibility warnings (documents/plausibility.h)
  int first_page = 1, first_line = 1;

  // The areas of one kind, in order.
  std::vector<const AreaForImprovement*> AreasOf(AreaKind kind) const {
    std::vector<const AreaForImprovement*> out;
    for (const AreaForImprovement& a : areas) {
      if (a.kind == kind) out.push_back(&a);
    }
    return out;
  }
  // The grade of a domain: from the table when it has one, else from a heading.
  const Grade* GradeOf(GradeDomain domain) const {
    const Grade* heading = nullptr;
    for (const Grade& g : grades) {
      if (g.domain != domain) continue;
      if (g.source == "table") return &g;
      if (!heading) heading = &g;
    }
    return heading;
  }
};

// One stored finding, decoded: a sentence of inspector text with its labels
// and where it came from.
struct StoredFinding {
  int64_t id = 0;
  int64_t document_id = 0;
  std::string section;    // heading of its section
  std::string para;       // paragraph number as printed ("12"), or ""
  int block_no = 0;       // 1-based block within the document
  int sentence_no = 0;    // 1-based within its paragraph
  int page = 0, line = 0;
  Judgement judgement = Judgement::kNeutral;
  std::string quantifier;
  std::string text;
  std::vector<std::string> themes;
  std::vector<std::string> subjects;
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_STORED_DOCUMENT_H_
