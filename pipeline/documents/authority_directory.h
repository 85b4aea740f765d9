// AuthorityDirectory: the 153 English local authorities with children's
// services, from reference/local_authorities.csv (URN is the key). Resolves the
// names Ofsted writes ("Nottingham City", "London Borough of Bromley", "Bath and
// North East Somerset Council", "Sandwell Metropolitan Borough Council") and the
// ONS / D2I names ("Nottingham", "Bristol, City of") and URNs ("80533").
// Thread-safety: immutable after Load; share by const&.
#ifndef OFTRACK_DOCUMENTS_AUTHORITY_DIRECTORY_H_
#define OFTRACK_DOCUMENTS_AUTHORITY_DIRECTORY_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/status.h"

namespace oftrack {

struct Authority {
  int urn = 0;
  std::string name;         // ONS name: "Nottingham"
  std::string la_code;      // old DfE code: "892"
  std::string region;       // "East Midlands"
  std::string type;         // "Unitary Authority"
  std::vector<std::string> stat_neighbour_codes;  // DfE LA codes
};

class AuthorityDirectory {
 public:
  static Result<AuthorityDirectory> Load(const std::string& csv_path);

  // The authority a name or URN refers to, or nullptr. Case, "&"/"and",
  // "City of", "Council", "Metropolitan Borough", "London Borough of",
  // apostrophes and punctuation are ignored.
  const Authority* Find(std::string_view name_or_urn) const;
  const Authority* FindByUrn(int urn) const;
  // Finds an authority named inside a longer phrase ("Monitoring visit to
  // Nottingham City children's services"): the longest known name wins.
  const Authority* FindIn(std::string_view phrase) const;
  const std::vector<Authority>& all() const { return authorities_; }

 private:
  std::vector<Authority> authorities_;
  std::vector<std::pair<std::string, int>> keys_;  // normalised name -> index
};

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_AUTHORITY_DIRECTORY_H_
