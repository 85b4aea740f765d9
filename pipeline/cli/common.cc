#include "cli/common.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "documents/authority_directory.h"

namespace oftrack {

void PrintError(const std::string& message) { std::cerr << "oftrack: " << message << "\n"; }

std::unique_ptr<Store> OpenForReading(const CommonOptions& common) {
  auto store = Store::OpenReadOnly(common.db);
  if (!store.ok()) {
    PrintError(store.status().ToString());
    return nullptr;
  }
  return std::move(store).value();
}

std::optional<AuthoritySummary> ResolveAuthority(Database* db, const std::string& name) {
  auto list = ListAuthorities(db);
  if (!list.ok()) {
    PrintError(list.status().ToString());
    return std::nullopt;
  }
  auto directory = AuthorityDirectory::Load(DefaultReferenceCsv());
  int urn = 0;
  if (directory.ok()) {
    if (const Authority* a = directory->Find(name)) urn = a->urn;
  }
  for (const auto& a : list.value()) {
    if (a.urn == urn || a.name == name || std::to_string(a.urn) == name) return a;
  }
  if (urn == 0) {
    PrintError("no local authority is called \"" + name + "\" (try its Ofsted URN, or `oftrack authorities`)");
  } else {
    PrintError("no Ofsted documents about \"" + name + "\" (URN " + std::to_string(urn) + ") in " + db->path() +
               ": ingest its reports first");
  }
  return std::nullopt;
}

std::string RulesDir(const CommonOptions& common) { return common.rules.empty() ? DefaultRulesDir() : common.rules; }

namespace {

// Every problem found, or the status alone when none was listed.
void PrintProblems(const Status& status, std::vector<Status> problems) {
  if (problems.empty()) problems.push_back(status);
  for (const Status& p : problems) PrintError(p.ToString());
}

}  // namespace

std::optional<Context> LoadContextOrPrint(const CommonOptions& common) {
  std::vector<Status> problems;
  auto ctx = LoadContext(RulesDir(common), DefaultReferenceCsv(), &problems);
  if (ctx.ok()) return std::move(ctx).value();
  PrintProblems(ctx.status(), std::move(problems));
  return std::nullopt;
}

std::shared_ptr<const Rulebook> LoadRulesOrPrint(const CommonOptions& common) {
  std::vector<Status> problems;
  auto rules = Rulebook::Load(RulesDir(common), &problems);
  if (rules.ok()) return rules.value();
  PrintProblems(rules.status(), std::move(problems));
  return nullptr;
}

bool WriteOutput(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    return true;
  }
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    if (!out.good()) {
      PrintError(path + ": cannot write the file");
      return false;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    PrintError(path + ": cannot write the file (" + ec.message() + ")");
    return false;
  }
  return true;
}

std::string Today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}

}  // namespace oftrack
