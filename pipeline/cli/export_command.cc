// `oftrack export documents|grades|areas|findings|progress [--la NAME] [--format csv|tsv] [--out FILE]`
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "analysis/rulebook.h"
#include "reports/exports.h"
#include "reports/progress_detail.h"
#include "track/progress.h"
#include "store/queries.h"

namespace oftrack {
namespace {

struct ExportArgs {
  std::string what;
  std::string format = "csv";
  std::string out;
  std::string la;
};

// Every authority's rows of `export progress`, or one authority's.
Status ProgressTable(Database* db, const CommonOptions& common, const std::string& la, Table* table) {
  auto links = LoadAreaLinks(RulesDir(common));
  if (!links.ok()) return links.status();
  std::vector<int> urns;
  if (!la.empty()) {
    auto authority = ResolveAuthority(db, la);
    if (!authority) return Status::Usage("");  // ResolveAuthority has said why
    urns.push_back(authority->urn);
  } else {
    auto list = ListAuthorities(db);
    if (!list.ok()) return list.status();
    for (const AuthoritySummary& a : list.value()) urns.push_back(a.urn);
  }
  *table = EmptyProgressTable();
  for (int urn : urns) {
    auto history = LoadHistory(db, urn);
    if (!history.ok()) return history.status();
    ProgressModel model = BuildProgress(history.value(), links.value());
    AppendProgressRows(model, table);
  }
  return Status::OK();
}

int Export(const CommonOptions& common, const ExportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  TableFormat format = args.format == "tsv" ? TableFormat::kTsv : TableFormat::kCsv;
  std::ostringstream text;
  Status st;
  auto docs = LoadDocuments(&store->db());
  auto authorities = AuthorityReferences(&store->db());
  if (!docs.ok()) {
    st = docs.status();
  } else if (!authorities.ok()) {
    st = authorities.status();
  } else if (args.what == "progress") {
    Table table;
    st = ProgressTable(&store->db(), common, args.la, &table);
    if (st.ok()) WriteTable(table, format, text);
  } else {
    std::map<int, std::string> names;
    for (const AuthorityReference& a : authorities.value()) names[a.urn] = a.name;
    if (args.what == "findings") {
      std::map<int64_t, const StoredDocument*> by_id;
      for (const StoredDocument& d : docs.value()) by_id[d.id] = &d;
      WriteFindingsHeader(format, text);
      st = ForEachFinding(&store->db(), [&](const StoredFinding& f) {
        auto it = by_id.find(f.document_id);
        if (it != by_id.end()) WriteFindingRow(*it->second, f, names, format, text);
      });
    } else {
      Table table = args.what == "grades"  ? GradesTable(docs.value(), names)
                    : args.what == "areas" ? AreasTable(docs.value(), names)
                                           : DocumentsTable(docs.value(), names);
      WriteTable(table, format, text);
    }
  }
  if (!st.ok()) {
    if (!st.reason().empty()) PrintError(st.ToString());
    return 2;
  }
  if (!WriteOutput(args.out, text.str())) return 2;
  if (!args.out.empty() && args.out != "-") std::cout << "wrote " << args.out << "\n";
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "export",
      "Tables for spreadsheets: documents, grades, areas, findings or progress. Example: oftrack export progress "
      "--la \"Nottingham City\" --out progress.csv");
  cmd->footer("Examples:\n  oftrack export documents --out documents.csv\n  oftrack export progress --la \"Nottingham City\" --format tsv --out progress.tsv");
  static ExportArgs args;
  cmd->add_option("WHAT", args.what,
                  "documents (one row per report or letter: dates, inspectors, counts of areas, warnings) | "
                  "grades | areas | findings | progress (every area of every inspection, column by column: "
                  "reviewed, matched on, status, counts, best quote)")
      ->required()
      ->check(CLI::IsMember({"documents", "grades", "areas", "findings", "progress"}));
  cmd->add_option("--la", args.la, "With progress: one authority (name or URN); default every authority");
  cmd->add_option("--rules", common.rules, "Rules folder, for the hand links of areas.toml (default: rules/ in the data folder, see oftrack --help)");
  cmd->add_option("--format", args.format, "csv (default) or tsv")->check(CLI::IsMember({"csv", "tsv"}));
  cmd->add_option("--out", args.out, "Output file (default: standard output)");
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->callback([&common, exit_code] { *exit_code = Export(common, args); });
}

}  // namespace oftrack
