// `oftrack report progress --la NAME [--format html|md] [--out FILE]`
#include <iostream>

#include "cli/common.h"
#include "reports/progress_report.h"
#include "track/progress.h"

namespace oftrack {
namespace {

struct ReportArgs {
  std::string la;
  std::string format = "html";
  std::string out;
};

int Progress(const CommonOptions& common, const ReportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  auto authority = ResolveAuthority(&store->db(), args.la);
  if (!authority) return 2;
  auto model = BuildProgress(&store->db(), *authority);
  if (!model.ok()) {
    PrintError(model.status().ToString());
    return 2;
  }
  ReportInfo info{Today(), common.db};
  std::string text = args.format == "md" ? RenderProgressMarkdown(model.value(), info)
                                         : RenderProgressHtml(model.value(), info);
  if (!WriteOutput(args.out, text)) return 2;
  if (!args.out.empty() && args.out != "-") std::cout << "wrote " << args.out << "\n";
  return 0;
}

}  // namespace

void AddReportCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("report", "Reports for people: progress");
  cmd->require_subcommand(1);
  auto* progress = cmd->add_subcommand("progress", "Areas for improvement followed visit by visit, with quotes");
  static ReportArgs args;
  progress->add_option("--la", args.la, "Authority: name or URN")->required();
  progress->add_option("--format", args.format, "html (default) or md")->check(CLI::IsMember({"html", "md"}));
  progress->add_option("--out", args.out, "Output file (default: standard output)");
  progress->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  progress->callback([&common, exit_code] { *exit_code = Progress(common, args); });
}

}  // namespace oftrack
