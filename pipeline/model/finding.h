// Finding: one sentence of inspector text under a findings section, with the
// themes it speaks about and the inspector's verdict (CODEBOOK.md, "Findings").
#ifndef OFTRACK_MODEL_FINDING_H_
#define OFTRACK_MODEL_FINDING_H_

#include <string>
#include <vector>

#include "model/document.h"

namespace oftrack {

enum class Judgement { kNeutral, kStrength, kWeakness, kMixed, kProgress };
const char* JudgementId(Judgement j);  // "neutral", "strength", "weakness", "mixed", "progress"
Judgement JudgementFromId(const std::string& id);  // kNeutral when unknown

struct Finding {
  int sentence = 0;                  // index into Document::sentences
  std::vector<std::string> themes;   // theme ids, in rulebook order
  std::vector<std::string> subjects; // subject ids (rules/subjects.toml) the sentence names
  Judgement judgement = Judgement::kNeutral;
  std::string quantifier;            // "most", "some", "not all", ... or ""
};

// The classify stage's output: the document with its findings.
struct Analysis {
  Document document;
  std::vector<Finding> findings;
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_FINDING_H_
