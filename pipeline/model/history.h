// AuthorityHistory: everything on record about one local authority, as plain
// values decoded once by store/ (store/queries.h, LoadHistory): its Ofsted
// documents, their grades, areas (with themes and subjects) and findings.
// track/ answers every tracking question from this value alone, so the
// tracking rules are tested without a database.
#ifndef OFTRACK_MODEL_HISTORY_H_
#define OFTRACK_MODEL_HISTORY_H_

#include <cstdint>
#include <map>
#include <utility>
#include <string>
#include <vector>

#include "model/stored_document.h"

namespace oftrack {

// One row of the authorities table (reference/local_authorities.csv as loaded).
struct AuthorityReference {
  int urn = 0;
  std::string name, la_code, region;
  std::vector<std::string> stat_neighbours;  // DfE LA codes, in the order the reference lists them
};

struct AuthorityHistory {
  int urn = 0;
  std::string name;         // ONS name: "Nottingham"
  std::string ofsted_name;  // as its latest Ofsted document writes it: "Nottingham City"; "" when none
  std::string region;
  const std::string& DisplayName() const { return ofsted_name.empty() ? name : ofsted_name; }

  std::vector<StoredDocument> documents;  // its Ofsted documents (no committee packs), by visit start
  std::map<int64_t, std::vector<StoredFinding>> findings;  // by document id, in reading order
  // (id, label) of every theme and subject, in the rule files' order.
  std::vector<std::pair<std::string, std::string>> themes, subjects;
  std::vector<std::string> practice_subjects;  // subject ids that are parts of practice (SubjectInfo::practice)

  const std::string& ThemeLabel(const std::string& id) const { return LabelOf(themes, id); }
  const std::string& SubjectLabel(const std::string& id) const { return LabelOf(subjects, id); }

  const std::vector<StoredFinding>& FindingsOf(const StoredDocument& d) const {
    static const std::vector<StoredFinding> kNone;
    auto it = findings.find(d.id);
    return it == findings.end() ? kNone : it->second;
  }

 private:
  static const std::string& LabelOf(const std::vector<std::pair<std::string, std::string>>& list,
                                    const std::string& id) {
    for (const auto& [key, label] : list) {
      if (key == id) return label;
    }
    return id;
  }
};

}  // namespace oftrack

#endif  // OFTRACK_MODEL_HISTORY_H_
