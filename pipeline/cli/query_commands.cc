// `oftrack authorities` and `oftrack timeline --la NAME`: what is on record.
#include <fmt/format.h>

#include <iostream>

#include "cli/common.h"
#include "track/timeline.h"

namespace oftrack {
namespace {

int Authorities(const CommonOptions& common) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  auto list = ListAuthorities(&store->db());
  if (!list.ok()) {
    PrintError(list.status().ToString());
    return 2;
  }
  std::cout << fmt::format("{:<8} {:<32} {:<26} {:>9}  {}\n", "URN", "Authority", "Region", "Documents",
                           "First - last visit");
  for (const auto& a : list.value()) {
    std::cout << fmt::format("{:<8} {:<32} {:<26} {:>9}  {} - {}\n", a.urn, a.name, a.region, a.documents,
                             a.first_visit, a.last_visit);
  }
  auto errors = IngestErrors(&store->db());
  if (errors.ok() && !errors->empty()) {
    std::cout << "\n" << errors->size() << " file(s) could not be read:\n";
    for (const auto& e : errors.value()) std::cout << "  " << e.display_path << ": " << e.reason << "\n";
  }
  return 0;
}

int Timeline(const CommonOptions& common, const std::string& la) {
  auto store = OpenForReading(common);
  if (!store) return 2;
  auto authority = ResolveAuthority(&store->db(), la);
  if (!authority) return 2;
  auto history = LoadHistory(&store->db(), authority->urn);
  if (!history.ok()) {
    PrintError(history.status().ToString());
    return 2;
  }
  std::cout << authority->DisplayName() << " (" << authority->name << ", URN " << authority->urn << ")\n";
  for (const Visit& v : BuildTimeline(history.value())) {
    std::cout << fmt::format("{:<10}  {:<55}  {}\n", v.start.Iso(), v.Title(), v.primary().file);
    for (size_t i = 1; i < v.documents.size(); ++i) {
      std::cout << fmt::format("{:<10}  {:<55}  {}\n", "", "  also in", v.documents[i]->file);
    }
  }
  return 0;
}

}  // namespace

void AddAuthoritiesCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("authorities", "List the local authorities with documents in the database");
  cmd->footer("Example:\n  oftrack authorities --db oftrack.db");
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->callback([&common, exit_code] { *exit_code = Authorities(common); });
}

void AddTimelineCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("timeline", "One authority's inspections and visits in date order");
  cmd->footer("Example:\n  oftrack timeline --la \"Nottingham City\" --db oftrack.db");
  static std::string la;
  cmd->add_option("--la", la, "Authority: Ofsted or ONS name, or URN (\"Nottingham City\", \"Nottingham\", 80533)")
      ->required();
  cmd->add_option("--db", common.db, "Database file (default ./oftrack.db)");
  cmd->callback([&common, exit_code] { *exit_code = Timeline(common, la); });
}

}  // namespace oftrack
