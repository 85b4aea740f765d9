// `oftrack ingest [--db FILE] [--jobs N] [--rules DIR] PATH...`
// Prints a progress line on a terminal (quiet otherwise), one line per failed
// file, and one summary line. Exit 0 when every input was read, 1 when some
// failed (the others are stored), 2 when the run could not start.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/common.h"
#include "run/ingest_run.h"

namespace oftrack {
namespace {

void ShowProgress(const IngestProgress& p) {
  double mb = p.bytes_done / 1e6;
  double rate = p.seconds > 0 ? p.files_done / p.seconds : 0;
  int width = 24;
  int filled = p.files_total ? width * p.files_done / p.files_total : width;
  std::string bar(filled, '#');
  bar.resize(width, '.');
  std::string name = p.current.size() > 40 ? "..." + p.current.substr(p.current.size() - 37) : p.current;
  std::fprintf(stderr, "\r[%s] %d/%d files  %.1f MB  %.1f files/s  %-40s", bar.c_str(), p.files_done,
               p.files_total, mb, rate, name.c_str());
  std::fflush(stderr);
}

int RunIngestCommand(const CommonOptions& common, int jobs, const std::vector<std::string>& paths) {
  auto context = LoadContextOrPrint(common);
  if (!context) return 2;
  IngestOptions options;
  options.db_path = common.db;
  options.jobs = jobs;
  bool tty = isatty(STDERR_FILENO);
  auto summary = RunIngest(paths, *context, options, tty ? ShowProgress : std::function<void(const IngestProgress&)>());
  if (tty) std::fprintf(stderr, "\r%100s\r", "");
  if (!summary.ok()) {
    PrintError(summary.status().ToString());
    return 2;
  }
  const IngestSummary& s = summary.value();
  for (const Status& e : s.errors) std::cerr << "error: " << e.ToString() << "\n";
  std::cout << "ingested " << s.files << " files (" << s.new_files << " new, " << s.unchanged << " unchanged): "
            << s.ofsted_documents << " Ofsted documents, " << s.findings << " findings, " << s.errors.size()
            << (s.errors.size() == 1 ? " error" : " errors") << " in " << std::fixed;
  std::cout.precision(1);
  std::cout << s.wall_seconds << " s -> " << common.db << "\n";
  if (s.stored_by_other_reader > 0) {
    std::cout << s.stored_by_other_reader
              << " file(s) on record had been read by an earlier oftrack or other rules; those given here were "
                 "read again, with this oftrack and rules\n";
  }
  return s.errors.empty() ? 0 : 1;
}

}  // namespace

void AddIngestCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("ingest", "Read reports, letters and committee packs (PDF, .txt, .md; folders "
                                           "recursively) into the database");
  cmd->footer("Examples:\n  oftrack ingest --db oftrack.db ~/Downloads/ofsted/\n  oftrack ingest --db oftrack.db --jobs 2 letter.pdf committee-pack.pdf");
  static int jobs = 0;
  static std::vector<std::string> paths;
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->add_option("--jobs,-j", jobs, "Worker threads (default: every core)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--rules", common.rules, "Rules folder (default: rules/ in the data folder, see oftrack --help)");
  cmd->add_option("PATH", paths, "Files or folders to read")->required();
  cmd->callback([&common, exit_code] { *exit_code = RunIngestCommand(common, jobs, paths); });
}

}  // namespace oftrack
