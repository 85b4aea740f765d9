// `oftrack export documents|grades|areas|findings [--format csv|tsv] [--out FILE]`
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "reports/exports.h"
#include "store/queries.h"

namespace oftrack {
namespace {

struct ExportArgs {
  std::string what;
  std::string format = "csv";
  std::string out;
};

int Export(const CommonOptions& common, const ExportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  TableFormat format = args.format == "tsv" ? TableFormat::kTsv : TableFormat::kCsv;
  std::ostringstream text;
  Status st;
  if (args.what == "findings") {
    st = WriteFindings(&store->db(), format, text);
  } else {
    auto docs = LoadDocuments(&store->db());
    auto authorities = AuthorityReferences(&store->db());
    if (!docs.ok()) {
      st = docs.status();
    } else if (!authorities.ok()) {
      st = authorities.status();
    } else {
      std::map<int, std::string> names;
      for (const AuthorityReference& a : authorities.value()) names[a.urn] = a.name;
      Table table = args.what == "grades"  ? GradesTable(docs.value(), names)
                    : args.what == "areas" ? AreasTable(docs.value(), names)
                                           : DocumentsTable(docs.value(), names);
      WriteTable(table, format, text);
    }
  }
  if (!st.ok()) {
    PrintError(st.ToString());
    return 2;
  }
  if (!WriteOutput(args.out, text.str())) return 2;
  if (!args.out.empty() && args.out != "-") std::cout << "wrote " << args.out << "\n";
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("export", "Tables for spreadsheets: documents, grades, areas or findings");
  static ExportArgs args;
  cmd->add_option("WHAT", args.what,
                  "documents (one row per report or letter: dates, inspectors, counts of areas, warnings) | "
                  "grades | areas | findings")
      ->required()
      ->check(CLI::IsMember({"documents", "grades", "areas", "findings"}));
  cmd->add_option("--format", args.format, "csv (default) or tsv")->check(CLI::IsMember({"csv", "tsv"}));
  cmd->add_option("--out", args.out, "Output file (default: standard output)");
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->callback([&common, exit_code] { *exit_code = Export(common, args); });
}

}  // namespace oftrack
