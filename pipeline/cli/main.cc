// oftrack: the command line. Parses arguments and calls into the library.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"oftrack: Ofsted children's services findings, tracked"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
