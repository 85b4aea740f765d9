// `oftrack check [--db FILE]`: the documents whose reading may be wrong, one
// line each (file, what is odd, where to look), from the plausibility warnings
// stored at ingest (documents/plausibility.h); then the files that could not
// be read. Exit status 0 when there is nothing to look at, 1 otherwise.
#include <iostream>

#include "cli/common.h"

namespace oftrack {
namespace {

int Check(const CommonOptions& common) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  auto docs = LoadDocuments(&store->db());
  auto errors = IngestErrors(&store->db());
  if (!docs.ok() || !errors.ok()) {
    PrintError((docs.ok() ? errors.status() : docs.status()).ToString());
    return 2;
  }
  int flagged = 0, ofsted = 0;
  for (const StoredDocument& d : docs.value()) {
    bool is_ofsted = d.type != DocType::kCommitteePack && d.type != DocType::kOther;
    ofsted += is_ofsted;
    if (d.warnings.empty()) continue;
    ++flagged;
    std::string where = d.file;
    if (d.index > 0 || d.source_kind == SourceKind::kText) {
      where += " (document " + std::to_string(d.index + 1) + ", from line " + std::to_string(d.first_line) + ")";
    }
    std::cout << where << ": " << DocTypeId(d.type) << (d.visit_start.valid() ? " " + d.visit_start.Iso() : "");
    for (size_t i = 0; i < d.warnings.size(); ++i) std::cout << (i ? "; " : ": ") << d.warnings[i];
    std::cout << "\n";
  }
  for (const ErrorRecord& e : errors.value()) {
    std::cout << e.display_path << ": not read: " << e.reason << "\n";
  }
  std::cout << flagged << " of " << docs->size() << " documents (" << ofsted
            << " Ofsted reports and letters) to look at; " << errors->size() << " file(s) could not be read\n";
  return flagged > 0 || !errors->empty() ? 1 : 0;
}

}  // namespace

void AddCheckCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "check",
      "List the documents whose reading may be wrong (a grade table short of rows, no areas for improvement, a "
      "letter without inspectors or areas covered, odd dates, ...), one line each with what to look at, and the "
      "files that could not be read. Example: oftrack check --db oftrack.db");
  cmd->footer("Example:\n  oftrack check --db oftrack.db");
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->callback([&common, exit_code] { *exit_code = Check(common); });
}

}  // namespace oftrack
