// `oftrack report progress|briefing|national`: the reports for people.
//   progress --la NAME [--format html|md|csv|xlsx] [--out FILE]
//   briefing --la NAME [--visit DATE|latest] [--format html|md] [--out FILE]
//   national [--la NAME] [--format html|md] [--out FILE]
// Each reads the database, builds its model (track/) and renders it (reports/).
#include <iostream>
#include <memory>

#include "analysis/rulebook.h"
#include "cli/common.h"
#include "reports/briefing_report.h"
#include "reports/national_report.h"
#include "reports/progress_report.h"
#include "track/briefing.h"
#include "track/national.h"
#include "track/progress.h"

namespace oftrack {
namespace {

struct ReportArgs {
  std::string la;
  std::string format = "html";
  std::string out;
  std::string visit = "latest";
};

// Writes text to args.out (or stdout) and says where it went.
int Emit(const ReportArgs& args, const std::string& text) {
  if (!WriteOutput(args.out, text)) return 2;
  if (!args.out.empty() && args.out != "-") std::cout << "wrote " << args.out << "\n";
  return 0;
}

int Fail(const Status& status) {
  PrintError(status.ToString());
  return 2;
}

// An authority's history and its progress model: the model points into the history.
struct Loaded {
  AuthorityHistory history;
  std::vector<AreaLink> links;
  ProgressModel model;
};

std::unique_ptr<Loaded> LoadProgress(Store* store, const CommonOptions& common, const std::string& la, int* code) {
  *code = 2;
  auto authority = ResolveAuthority(&store->db(), la);
  if (!authority) return nullptr;
  auto history = LoadHistory(&store->db(), authority->urn);
  if (!history.ok()) {
    Fail(history.status());
    return nullptr;
  }
  auto links = LoadAreaLinks(RulesDir(common));
  if (!links.ok()) {
    Fail(links.status());
    return nullptr;
  }
  auto loaded = std::make_unique<Loaded>();
  loaded->history = std::move(history).value();
  loaded->links = std::move(links).value();
  loaded->model = BuildProgress(loaded->history, loaded->links);
  *code = 0;
  return loaded;
}

int Progress(const CommonOptions& common, const ReportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  int code = 0;
  auto loaded = LoadProgress(store.get(), common, args.la, &code);
  if (!loaded) return code;
  const ProgressModel* model = &loaded->model;
  ReportInfo info{Today(), common.db};
  if (args.format == "xlsx") {
    if (args.out.empty() || args.out == "-") return Fail(Status::Usage("--format xlsx needs --out FILE"));
    Status st = WriteProgressXlsx(*model, info, args.out);
    if (!st.ok()) return Fail(st);
    std::cout << "wrote " << args.out << "\n";
    return 0;
  }
  if (args.format == "md") return Emit(args, RenderProgressMarkdown(*model, info));
  if (args.format == "csv") return Emit(args, RenderProgressCsv(*model));
  return Emit(args, RenderProgressHtml(*model, info));
}

int Briefing(const CommonOptions& common, const ReportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  int code = 0;
  auto loaded = LoadProgress(store.get(), common, args.la, &code);
  if (!loaded) return code;
  const ProgressModel* model = &loaded->model;
  auto column = FindBriefingColumn(*model, args.visit);
  if (!column.ok()) return Fail(column.status());
  auto briefing = BuildBriefing(*model, column.value());
  if (!briefing.ok()) return Fail(briefing.status());
  ReportInfo info{Today(), common.db};
  return Emit(args, args.format == "md" ? RenderBriefingMarkdown(briefing.value(), info)
                                        : RenderBriefingHtml(briefing.value(), info));
}

int National(const CommonOptions& common, const ReportArgs& args) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  int urn = 0;
  if (!args.la.empty()) {
    auto authority = ResolveAuthority(&store->db(), args.la);
    if (!authority) return 2;
    urn = authority->urn;
  }
  NationalRecords records;
  auto docs = LoadDocuments(&store->db());
  auto refs = AuthorityReferences(&store->db());
  auto themes = ThemeLabels(&store->db());
  if (!docs.ok()) return Fail(docs.status());
  if (!refs.ok()) return Fail(refs.status());
  if (!themes.ok()) return Fail(themes.status());
  records.documents = std::move(docs).value();
  records.authorities = std::move(refs).value();
  records.themes = std::move(themes).value();
  auto model = BuildNational(records, urn);
  if (!model.ok()) return Fail(model.status());
  ReportInfo info{Today(), common.db};
  return Emit(args, args.format == "md" ? RenderNationalMarkdown(model.value(), info)
                                        : RenderNationalHtml(model.value(), info));
}

void Common(CLI::App* cmd, CommonOptions& common, ReportArgs& args) {
  cmd->add_option("--out", args.out, "Output file (default: standard output)");
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->add_option("--rules", common.rules, "Rules folder, for the hand links of areas.toml (default: rules/ in the data folder, see oftrack --help)");
}

}  // namespace

void AddReportCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("report", "Reports for people: progress, briefing, national");
  cmd->require_subcommand(1);
  cmd->footer("Examples:\n  oftrack report progress --la \"Nottingham City\" --out progress.html\n"
              "  oftrack report briefing --la \"Nottingham City\" --visit latest --out briefing.html\n"
              "  oftrack report national --format md --out national.md");
  static ReportArgs progress_args, briefing_args, national_args;

  auto* progress = cmd->add_subcommand("progress", "Areas for improvement followed visit by visit, with quotes");
  progress->footer("Examples:\n  oftrack report progress --la \"Nottingham City\" --out progress.html\n"
                   "  oftrack report progress --la 80533 --format xlsx --out progress.xlsx");
  progress->add_option("--la", progress_args.la, "Authority: name or URN")->required();
  progress->add_option("--format", progress_args.format, "html (default), md, csv or xlsx (needs --out)")
      ->check(CLI::IsMember({"html", "md", "csv", "xlsx"}));
  Common(progress, common, progress_args);
  progress->callback([&common, exit_code] { *exit_code = Progress(common, progress_args); });

  auto* briefing = cmd->add_subcommand("briefing", "Scrutiny briefing: one visit against those before it");
  briefing->footer("Example:\n  oftrack report briefing --la \"Nottingham City\" --visit 2023-11-22 --out briefing.html");
  briefing->add_option("--la", briefing_args.la, "Authority: name or URN")->required();
  briefing->add_option("--visit", briefing_args.visit, "Start date of the visit (YYYY-MM-DD) or latest (default)");
  briefing->add_option("--format", briefing_args.format, "html (default) or md")->check(CLI::IsMember({"html", "md"}));
  Common(briefing, common, briefing_args);
  briefing->callback([&common, exit_code] { *exit_code = Briefing(common, briefing_args); });

  auto* national = cmd->add_subcommand("national", "Themes of areas for improvement over every authority");
  national->footer("Example:\n  oftrack report national --la \"Nottingham City\" --out national.html");
  national->add_option("--la", national_args.la, "Also set this authority beside its statistical neighbours");
  national->add_option("--format", national_args.format, "html (default) or md")->check(CLI::IsMember({"html", "md"}));
  Common(national, common, national_args);
  national->callback([&common, exit_code] { *exit_code = National(common, national_args); });
}

}  // namespace oftrack
