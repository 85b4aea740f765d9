// oftrack: the command line. Parses arguments and calls into the library.
#include <iostream>

#include "cli/commands.h"
#include "run/data_home.h"

int main(int argc, char** argv) {
  CLI::App app{"oftrack: reads Ofsted children's services reports and letters, labels every finding, and tracks "
               "each area for improvement from inspection to inspection."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");
  app.set_version_flag("--version", std::string("oftrack ") + OFTRACK_VERSION);
  // Options of the main command may also follow a subcommand's name.
  app.fallthrough();
  static std::string home;
  app.add_option("--home", home, "Folder holding oftrack's rules/ and reference/ (default: OFTRACK_HOME, then the install "
                           "prefix's share/oftrack, then beside the binary)")
      ->each([](const std::string& dir) { oftrack::SetDataHome(dir); });
  app.footer("Run 'oftrack help COMMAND' (or 'oftrack COMMAND --help') for what a command does, with an example.\n"
             "First run: oftrack ingest --db oftrack.db reports/  then  oftrack report progress --la \"Nottingham City\" "
             "--out progress.html");
  oftrack::CommonOptions common;
  int exit_code = 0;
  oftrack::AddIngestCommand(app, common, &exit_code);
  oftrack::AddAuthoritiesCommand(app, common, &exit_code);
  oftrack::AddTimelineCommand(app, common, &exit_code);
  oftrack::AddReportCommand(app, common, &exit_code);
  oftrack::AddExportCommand(app, common, &exit_code);
  oftrack::AddInspectCommand(app, common, &exit_code);
  oftrack::AddRulesCommand(app, common, &exit_code);
  oftrack::AddEvalCommand(app, common, &exit_code);
  oftrack::AddCheckCommand(app, common, &exit_code);
  oftrack::AddHelpCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error
  }
  return exit_code;
}
