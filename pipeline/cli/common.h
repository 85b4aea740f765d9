// Helpers shared by subcommands: opening the database for reading, finding an
// authority by any of its names, loading the analysis context.
#ifndef OFTRACK_CLI_COMMON_H_
#define OFTRACK_CLI_COMMON_H_

#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "run/context.h"
#include "store/queries.h"
#include "store/store.h"

namespace oftrack {

// nullptr after printing the reason.
std::unique_ptr<Store> OpenForReading(const CommonOptions& common);
// The authority NAME names ("Nottingham City", "Nottingham", "80533") among
// those with documents in the database; nullopt after printing why not.
std::optional<AuthoritySummary> ResolveAuthority(Database* db, const std::string& name);
// The rules folder: --rules, else rules/ in the data folder (run/data_home.h).
std::string RulesDir(const CommonOptions& common);
// Context from --rules (or the default); nullopt after printing every problem.
std::optional<Context> LoadContextOrPrint(const CommonOptions& common);
// The rulebook alone (eval, inspect --sentence); null after printing every problem.
std::shared_ptr<const Rulebook> LoadRulesOrPrint(const CommonOptions& common);
// Writes text to path (creating folders), or to stdout when path is "" or "-".
bool WriteOutput(const std::string& path, const std::string& text);
std::string Today();

}  // namespace oftrack

#endif  // OFTRACK_CLI_COMMON_H_
