// `oftrack help [COMMAND [SUBCOMMAND]]`: prints what `oftrack COMMAND --help`
// prints (description, options, example), for people who type help first.
#include <iostream>

#include "cli/commands.h"

namespace oftrack {

void AddHelpCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("help", "What a command does, its options and an example");
  cmd->footer("Example:\n  oftrack help report progress");
  static std::vector<std::string> names;
  cmd->add_option("COMMAND", names, "A command, and a subcommand of it (report progress)");
  cmd->callback([&app, exit_code] {
    const CLI::App* target = &app;
    for (const std::string& name : names) {
      const CLI::App* sub = nullptr;
      try {
        sub = target->get_subcommand(name);
      } catch (const CLI::OptionNotFound&) {
        PrintError("no command '" + name + "'; the commands are listed by 'oftrack --help'");
        *exit_code = 2;
        return;
      }
      target = sub;
    }
    // App::help() would show the help of the subcommand parsed (this one).
    std::cout << target->get_formatter()->make_help(target, target->get_name(), CLI::AppFormatMode::Normal);
    *exit_code = 0;
  });
}

}  // namespace oftrack
