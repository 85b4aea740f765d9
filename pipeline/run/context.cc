#include "run/context.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/load.h"
#include "run/data_home.h"

namespace oftrack {

Result<Context> LoadContext(const std::string& rules_dir, const std::string& reference_csv,
                            std::vector<Status>* problems) {
  std::error_code ec;
  if (!std::filesystem::is_directory(rules_dir, ec)) {
    std::string looked;
    for (const std::string& dir : DataHomeCandidates()) looked += (looked.empty() ? "" : ", ") + dir;
    return Status::NotFound(rules_dir, "rules folder not found (give --home DIR, the folder holding rules/ and "
                                       "reference/, or set OFTRACK_HOME; looked in " + looked + ")");
  }
  Context ctx;
  auto rules = Rulebook::Load(rules_dir, problems);
  if (!rules.ok()) return rules.status();
  ctx.rules = rules.value();
  auto splitter = SentenceSplitter::FromFile(rules_dir + "/abbreviations.txt");
  if (!splitter.ok()) return splitter.status();
  ctx.splitter = splitter.value();
  auto authorities = AuthorityDirectory::Load(reference_csv);
  if (!authorities.ok()) return authorities.status();
  ctx.authorities = std::make_shared<const AuthorityDirectory>(std::move(authorities).value());
  // Every rule file and the reference list, in a fixed order.
  std::string rules_bytes;
  for (const char* name : {"themes.toml", "judgements.toml", "subjects.toml", "areas.toml", "abbreviations.txt"}) {
    std::ifstream in(rules_dir + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    rules_bytes += std::string(name) + "\n" + bytes.str() + "\n";
  }
  std::ifstream reference(reference_csv, std::ios::binary);
  std::ostringstream reference_bytes;
  reference_bytes << reference.rdbuf();
  ctx.reader = std::string("oftrack ") + OFTRACK_VERSION + "; rules " + ContentHash(rules_bytes).substr(0, 16) +
               "; reference " + ContentHash(reference_bytes.str()).substr(0, 16);
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  ctx.today = Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
  return ctx;
}

}  // namespace oftrack
