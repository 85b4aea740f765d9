// Context: what every worker needs to analyse a file, built once before the
// first document and shared read-only by all threads: the rulebook, the
// sentence splitter and the authority directory.
#ifndef OFTRACK_RUN_CONTEXT_H_
#define OFTRACK_RUN_CONTEXT_H_

#include <memory>
#include <string>

#include "analysis/rulebook.h"
#include "documents/authority_directory.h"
#include "model/date.h"
#include "model/status.h"
#include "run/data_home.h"  // DefaultRulesDir, DefaultReferenceCsv
#include "text/sentence_splitter.h"

namespace oftrack {

struct Context {
  std::shared_ptr<const Rulebook> rules;
  std::shared_ptr<const SentenceSplitter> splitter;
  std::shared_ptr<const AuthorityDirectory> authorities;
  Date today;  // the run's date (UTC): a document dated after it gets a warning
  // Which oftrack and rules read the files: "oftrack 0.2.0; rules 0123abcd...;
  // reference 4567...". Stored with each source; a file stored by another
  // reader is read again (Store::KnownHashes).
  std::string reader;
};


// Loads rules (rules_dir), abbreviations (rules_dir/abbreviations.txt) and the
// authority list. Fails with the first problem; *problems gets every rule problem.
Result<Context> LoadContext(const std::string& rules_dir, const std::string& reference_csv,
                            std::vector<Status>* problems = nullptr);

}  // namespace oftrack

#endif  // OFTRACK_RUN_CONTEXT_H_
