// Recognise: metadata, then structure, then the judgement parts, each stage
// reading what the one before it set (Segment needs the type; the areas need
// the sections). Missing parts a reader would expect become warnings.
#include "documents/recognise.h"

#include "documents/judgements_read.h"
#include "documents/metadata.h"
#include "documents/segment.h"

namespace oftrack {
namespace {

void WarnOnGaps(Document* doc) {
  if (doc->type == DocType::kCommitteePack || doc->type == DocType::kOther) return;
  if (doc->urn == 0) doc->warnings.push_back("authority not recognised");
  if (!doc->visit_start.valid()) doc->warnings.push_back("no inspection or visit dates found");
  if (!IsFullInspection(doc->type)) return;
  bool table = false, improve = false;
  for (const Grade& g : doc->grades) table = table || g.source == "table";
  for (const AreaForImprovement& a : doc->areas) improve = improve || a.kind == AreaKind::kImprove;
  if (!table) doc->warnings.push_back("no grade table found in a graded inspection report");
  if (!improve) doc->warnings.push_back("no areas for improvement found in an inspection report");
}

}  // namespace

Document Recognise(const DocumentText& text, const AuthorityDirectory& authorities,
                   const SentenceSplitter& splitter) {
  Document doc;
  ReadMetadata(text, authorities, &doc);
  Segment(text, splitter, &doc);
  ReadGradesAndAreas(text, &doc);
  WarnOnGaps(&doc);
  return doc;
}

}  // namespace oftrack
