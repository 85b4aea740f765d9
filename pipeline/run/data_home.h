// Where oftrack finds the data it reads at run time: the rule files (rules/)
// and the list of authorities (reference/local_authorities.csv). No path of
// the build machine is compiled in; the first of these that holds
// rules/themes.toml is used:
//   1. the folder given with --home (SetDataHome), as given;
//   2. OFTRACK_HOME in the environment, as given;
//   3. the install prefix, found from the binary: <bin>/../share/oftrack
//      (`cmake --install build --prefix P` puts P/bin/oftrack and
//      P/share/oftrack/{rules,reference});
//   4. the folder of the binary, then its parent (a build tree: CMake links
//      rules/ and reference/ into the build folder);
//   5. the current folder (a run from the source folder).
// --rules DIR still overrides the rules folder alone.
#ifndef OFTRACK_RUN_DATA_HOME_H_
#define OFTRACK_RUN_DATA_HOME_H_

#include <string>
#include <vector>

namespace oftrack {

// --home DIR: used before anything else (an empty dir clears it).
void SetDataHome(const std::string& dir);

// The data folder chosen by the order above; "" when none holds rules/themes.toml.
std::string DataHome();

// Every folder looked in, in order, for the error message when none holds the data.
std::vector<std::string> DataHomeCandidates();

// DataHome() + "/rules" and + "/reference/local_authorities.csv"; relative to
// the current folder when no data folder was found (the load then fails
// naming the folder, and the message says where oftrack looked).
std::string DefaultRulesDir();
std::string DefaultReferenceCsv();

}  // namespace oftrack

#endif  // OFTRACK_RUN_DATA_HOME_H_
