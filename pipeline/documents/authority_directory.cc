// AuthorityDirectory: reads reference/local_authorities.csv and answers "which
// council is this name?".
//
// The CSV (data-to-insight's Provider_data_lookup) starts with a UTF-8 BOM and
// quotes any field holding a comma, as RFC 4180 says:
//   80441,801,E06000023,"846, 383, ...",...,"Bristol, City of",[Bristol],SW,...
//   2532287,839,...,"Bournemouth, Christchurch and Poole","[BCP, Bournemouth, Christchurch & Poole]",...
// Columns are found by name in the header row, so added columns do no harm.
//
// Matching works on a normalised key: lower case, "&" read as "and", every
// character that is not a letter or digit a space, then the words that vary
// between Ofsted's, the ONS's and councils' own spellings dropped ("council",
// "city", "county", "metropolitan", "borough", "district", "royal", "of",
// "the", "and", and "london" when it is part of "London Borough of"). So
// "Nottingham City Council", "Nottingham City" and "Nottingham" all become
// "nottingham", while "Nottinghamshire County Council" becomes
// "nottinghamshire"; "Bristol, City of", "City of Bristol" and "Bristol City
// Council" become "bristol"; "Council of the Isles of Scilly" becomes
// "isles scilly". Each authority is indexed under its ONS name, each name in
// also_known_as, its upper/lower tier names (utla23nm "County Durham") and the
// short form of "X upon Y" / "X-on-Y" names ("Newcastle" for Newcastle upon
// Tyne) unless that short form is shared by two authorities.
#include "documents/authority_directory.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "documents/csv.h"

namespace oftrack {
namespace {

std::vector<std::string> Words(std::string_view name) {
  std::string s;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == '&') {
      s += " and ";
    } else if (c == '\'' ) {
      // "children's" -> "childrens": an apostrophe joins, it does not split.
    } else if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
               static_cast<unsigned char>(name[i + 2]) == 0x99) {
      i += 2;  // U+2019 right single quote, the apostrophe PDFs use
    } else if (std::isalnum(c)) {
      s += static_cast<char>(std::tolower(c));
    } else {
      s += ' ';
    }
  }
  std::vector<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Drops the words that vary between spellings of one council's name.
std::vector<std::string> KeyWords(std::string_view name) {
  static const std::set<std::string> kNoise = {"council", "city", "county", "metropolitan", "borough",
                                               "district", "royal", "of", "the", "and"};
  std::vector<std::string> words = Words(name);
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "london" && i + 1 < words.size() && words[i + 1] == "borough") continue;
    if (kNoise.count(words[i])) continue;
    out.push_back(words[i]);
  }
  return out;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string Key(std::string_view name) { return Join(KeyWords(name)); }

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> SplitList(std::string_view list) {
  std::string s = Trim(list);
  if (!s.empty() && s.front() == '[') s.erase(0, 1);
  if (!s.empty() && s.back() == ']') s.pop_back();
  std::vector<std::string> items;
  std::istringstream in(s);
  for (std::string item; std::getline(in, item, ',');) {
    item = Trim(item);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "Newcastle upon Tyne" -> "newcastle", "Stockton-on-Tees" -> "stockton"; "" if none.
std::string ShortForm(const std::string& key) {
  for (const char* sep : {" upon ", " on "}) {
    size_t at = key.find(sep);
    if (at != std::string::npos && at > 0) return key.substr(0, at);
  }
  return "";
}

}  // namespace

Result<AuthorityDirectory> AuthorityDirectory::Load(const std::string& csv_path) {
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) return Status::NotFound(csv_path, "cannot open the local authority list");
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  auto rows = ParseCsv(text);
  if (rows.empty()) return Status::BadInput(csv_path, "the local authority list is empty");

  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[Trim(rows[0][i])] = i;
  for (const char* needed : {"urn", "local_authority_ons_name"}) {
    if (!col.count(needed)) return Status::BadInput(csv_path, std::string("no column '") + needed + "'");
  }
  auto cell = [&](const std::vector<std::string>& row, const char* name) -> std::string {
    auto it = col.find(name);
    return (it != col.end() && it->second < row.size()) ? Trim(row[it->second]) : "";
  };

  AuthorityDirectory dir;
  std::vector<std::pair<std::string, int>> names;  // every spelling, in priority order
  std::vector<std::pair<std::string, int>> aliases;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    std::string urn = cell(row, "urn");
    if (!AllDigits(urn)) continue;
    Authority a;
    a.urn = std::stoi(urn);
    a.name = cell(row, "local_authority_ons_name");
    a.la_code = cell(row, "la_code");
    a.region = cell(row, "region_name");
    a.type = cell(row, "ons_la_type");
    a.stat_neighbour_codes = SplitList(cell(row, "stat_neighbours"));
    int index = static_cast<int>(dir.authorities_.size());
    names.emplace_back(Key(a.name), index);
    for (const std::string& aka : SplitList(cell(row, "also_known_as"))) aliases.emplace_back(Key(aka), index);
    for (const char* tier : {"utla23nm", "ltla23nm"}) aliases.emplace_back(Key(cell(row, tier)), index);
    dir.authorities_.push_back(std::move(a));
  }

  // ONS names first, then aliases, then short forms; a key already taken by
  // another authority keeps its first owner, and an ambiguous short form is dropped.
  std::map<std::string, int> owner;
  for (auto& list : {names, aliases}) {
    for (const auto& [key, index] : list) {
      if (!key.empty() && !owner.count(key)) owner[key] = index;
    }
  }
  std::map<std::string, std::set<int>> shorts;
  for (const auto& [key, index] : owner) {
    std::string s = ShortForm(key);
    if (!s.empty()) shorts[s].insert(index);
  }
  for (const auto& [key, indices] : shorts) {
    if (indices.size() == 1 && !owner.count(key)) owner[key] = *indices.begin();
  }
  dir.keys_.assign(owner.begin(), owner.end());
  return dir;
}

const Authority* AuthorityDirectory::FindByUrn(int urn) const {
  for (const Authority& a : authorities_) {
    if (a.urn == urn) return &a;
  }
  return nullptr;
}

const Authority* AuthorityDirectory::Find(std::string_view name_or_urn) const {
  std::string s = Trim(name_or_urn);
  if (AllDigits(s) && s.size() <= 9) {
    if (const Authority* a = FindByUrn(std::stoi(s))) return a;
    for (const Authority& a : authorities_) {
      if (a.la_code == s) return &a;
    }
    return nullptr;
  }
  std::string key = Key(s);
  auto it = std::lower_bound(keys_.begin(), keys_.end(), std::make_pair(key, -1));
  if (it != keys_.end() && it->first == key) return &authorities_[it->second];
  return nullptr;
}

const Authority* AuthorityDirectory::FindIn(std::string_view phrase) const {
  std::string padded = " " + Key(phrase) + " ";
  const Authority* best = nullptr;
  size_t best_len = 0;
  for (const auto& [key, index] : keys_) {
    if (key.size() > best_len && padded.find(" " + key + " ") != std::string::npos) {
      best = &authorities_[index];
      best_len = key.size();
    }
  }
  return best;
}

}  // namespace oftrack
