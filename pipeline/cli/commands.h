// The subcommands of `oftrack`. Each Add*Command registers its options on the
// app; the callback stores its exit code in *exit_code (0 ok, 1 some input
// failed, 2 usage or setup error). Only cli/ parses arguments and prints.
#ifndef OFTRACK_CLI_COMMANDS_H_
#define OFTRACK_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <string>

namespace oftrack {

struct CommonOptions {
  std::string db = "oftrack.db";  // --db, default ./oftrack.db
  std::string rules;              // --rules, default the project's rules/
};

void AddIngestCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddAuthoritiesCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddTimelineCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddReportCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddExportCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddInspectCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddRulesCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddEvalCommand(CLI::App& app, CommonOptions& common, int* exit_code);
void AddCheckCommand(CLI::App& app, CommonOptions& common, int* exit_code);
// `oftrack help [COMMAND [SUBCOMMAND]]`: the help of the app or of one command.
void AddHelpCommand(CLI::App& app, int* exit_code);

// Prints "oftrack: <message>" on stderr.
void PrintError(const std::string& message);

}  // namespace oftrack

#endif  // OFTRACK_CLI_COMMANDS_H_
