// Recognise: metadata, then structure, then the judgement parts, each stage
// reading what the one before it set (Segment needs the type; the areas need
// the sections). Then the plausibility checks (plausibility.h): what a reader
// should look at becomes a warning.
#include "documents/recognise.h"

#include "documents/judgements_read.h"
#include "documents/metadata.h"
#include "documents/plausibility.h"
#include "documents/segment.h"

namespace oftrack {

Document Recognise(const DocumentText& text, const AuthorityDirectory& authorities,
                   const SentenceSplitter& splitter, const Date& today) {
  Document doc;
  ReadMetadata(text, authorities, &doc);
  Segment(text, splitter, &doc);
  ReadGradesAndAreas(text, &doc);
  CheckPlausibility(text, today, &doc);
  return doc;
}

}  // namespace oftrack
