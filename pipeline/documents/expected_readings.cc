// Reading the shared samples' expectations and setting them beside what was
// stored. The expected values are turned into the strings oftrack writes
// (ISO dates, grade ids, counts), so the comparison is string equality.
#include "documents/expected_readings.h"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "documents/csv.h"
#include "documents/dates.h"

namespace oftrack {
namespace {

const char* const kGradeFields[] = {"overall", "leaders", "help_protection", "in_care", "care_leavers", "adoption",
                                    "lscb"};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string JoinSorted(std::set<std::string> items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open the expected readings");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<std::vector<ExpectedReading>> ReportsFromCsv(const std::string& path, const std::string& text) {
  std::vector<std::vector<std::string>> rows = ParseCsv(text);
  if (rows.empty()) return Status::BadInput(path, "no header row");
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[Trim(rows[0][i])] = i;
  for (const char* needed : {"file", "urn", "doc_type", "inspection_start", "inspection_end", "lead_inspector",
                             "overall", "combined_care", "afi_count", "verified"}) {
    if (!col.count(needed)) return Status::BadInput(path, std::string("no column '") + needed + "'");
  }
  std::vector<ExpectedReading> out;
  for (size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    auto cell = [&](const std::string& name) {
      auto it = col.find(name);
      return it != col.end() && it->second < row.size() ? Trim(row[it->second]) : std::string();
    };
    ExpectedReading e;
    e.file = cell("file");
    if (e.file.empty()) continue;
    e.verified = cell("verified") == "read";
    e.notes = cell("notes");
    e.fields["doc_type"] = cell("doc_type");
    if (e.fields["doc_type"] != "other") {
      e.fields["urn"] = cell("urn");
      e.fields["visit_start"] = cell("inspection_start");
      e.fields["visit_end"] = cell("inspection_end");
      e.fields["lead_inspector"] = cell("lead_inspector");
      for (const char* g : kGradeFields) e.fields[g] = cell(g);
      if (!cell("combined_care").empty()) e.fields["combined_care"] = cell("combined_care");
      if (!cell("afi_count").empty()) e.fields["improve_count"] = cell("afi_count");
    }
    out.push_back(std::move(e));
  }
  return out;
}

// One letter's row of expected.md (see the header for its form).
Result<ExpectedReading> LetterFromRow(const std::string& path, int line, const std::string& file,
                                      const std::string& text) {
  auto fail = [&](const std::string& what) {
    return Status::BadInput(path + ":" + std::to_string(line), "cannot read " + what + " for " + file);
  };
  ExpectedReading e;
  e.file = file;
  std::string type, urn, visit, number, dated, inspectors, headings;
  static const RE2 kType("\\btype (\\w+)");
  static const RE2 kUrn("\\bURN (\\d+)");
  static const RE2 kVisit("; visit ([^;]+);");
  static const RE2 kNumber("visit number: ([^;]+)");
  static const RE2 kDated("letter dated ([^;]+)");
  static const RE2 kInspectors("; inspectors ([^;(]+)");
  static const RE2 kHeadings("headings: ([^;]*)");
  if (!RE2::PartialMatch(text, kType, &type)) return fail("the type");
  if (!RE2::PartialMatch(text, kUrn, &urn)) return fail("the URN");
  if (!RE2::PartialMatch(text, kVisit, &visit)) return fail("the visit dates");
  DateRange range = ParseDateRange(visit);
  if (!range.start.valid()) return fail("the visit dates '" + visit + "'");
  e.fields["doc_type"] = type;
  e.fields["urn"] = urn;
  e.fields["visit_start"] = range.start.Iso();
  e.fields["visit_end"] = range.end.Iso();
  if (RE2::PartialMatch(text, kNumber, &number)) {
    static const RE2 kDigits("(\\d+)");
    std::string n;
    e.fields["visit_number"] = RE2::PartialMatch(number, kDigits, &n) ? n : "";
  }
  if (RE2::PartialMatch(text, kDated, &dated)) e.fields["published"] = ParseDate(dated).Iso();
  if (!RE2::PartialMatch(text, kInspectors, &inspectors)) return fail("the inspectors");
  std::vector<std::string> names;
  std::stringstream list(inspectors);
  for (std::string name; std::getline(list, name, ',');) {
    if (!Trim(name).empty()) names.push_back(Trim(name));
  }
  std::string joined;
  for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
  e.fields["inspectors"] = joined;
  e.fields["lead_inspector"] = names.empty() ? "" : names.front();
  // Areas covered: «unit» → themes; «unit» → themes; ...
  static const RE2 kUnit("«([^»]*)»\\s*→\\s*([^;«]*)");
  static const RE2 kThemeId("^[a-z_0-9]+$");
  re2::StringPiece rest(text);
  std::string unit, themes;
  int units = 0;
  std::set<std::string> theme_set;
  while (RE2::FindAndConsume(&rest, kUnit, &unit, &themes)) {
    ++units;
    std::stringstream ids(themes);
    for (std::string id; std::getline(ids, id, ',');) {
      id = Trim(id);
      if (RE2::FullMatch(id, kThemeId)) theme_set.insert(id);
    }
  }
  e.fields["covered_count"] = std::to_string(units);
  e.fields["covered_themes"] = JoinSorted(theme_set);
  if (!RE2::PartialMatch(text, kHeadings, &headings)) return fail("the headings");
  static const RE2 kImprove("(?i)what needs to improve[^(/]*\\((\\d+)");
  static const RE2 kPriority("(?i)priority action[^(/]*\\((\\d+)");
  std::string improve = "0", priority = "0";
  RE2::PartialMatch(headings, kImprove, &improve);
  RE2::PartialMatch(headings, kPriority, &priority);
  e.fields["improve_count"] = improve;
  e.fields["priority_count"] = priority;
  static const RE2 kNotes("notes: (.*)$");
  RE2::PartialMatch(text, kNotes, &e.notes);
  return e;
}

Result<std::vector<ExpectedReading>> LettersFromMarkdown(const std::string& path, const std::string& text) {
  std::vector<ExpectedReading> out;
  std::stringstream in(text);
  static const RE2 kRow("^\\|\\s*([^|]+?\\.pdf)\\s*\\|(.*)\\|\\s*$");
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    std::string file, rest;
    if (!RE2::FullMatch(line, kRow, &file, &rest)) continue;
    auto e = LetterFromRow(path, line_no, file, rest);
    if (!e.ok()) return e.status();
    out.push_back(std::move(e).value());
  }
  if (out.empty()) return Status::BadInput(path, "no rows '| file.pdf | expected ... |'");
  return out;
}

}  // namespace

Result<std::vector<ExpectedReading>> LoadExpectedReadings(const std::string& path) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.status();
  bool csv = path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0;
  return csv ? ReportsFromCsv(path, text.value()) : LettersFromMarkdown(path, text.value());
}

std::map<std::string, std::string> FieldsOfFile(const std::vector<const StoredDocument*>& documents) {
  std::map<std::string, std::string> f;
  const StoredDocument* d = nullptr;
  for (const StoredDocument* doc : documents) {
    if (doc->type != DocType::kCommitteePack && doc->type != DocType::kOther) {
      d = doc;
      break;
    }
  }
  if (!d) {
    f["doc_type"] = "other";
    return f;
  }
  f["doc_type"] = DocTypeId(d->type);
  f["urn"] = d->urn ? std::to_string(d->urn) : "";
  f["visit_start"] = d->visit_start.Iso();
  f["visit_end"] = d->visit_end.Iso();
  f["published"] = d->published.Iso();
  f["lead_inspector"] = d->lead_inspector;
  std::string inspectors;
  for (const std::string& n : d->inspectors) inspectors += (inspectors.empty() ? "" : ", ") + n;
  f["inspectors"] = inspectors;
  f["visit_number"] = d->visit_number ? std::to_string(d->visit_number) : "";
  for (const char* field : kGradeFields) {
    GradeDomain domain;
    GradeDomainFromId(field, &domain);
    const Grade* g = d->GradeOf(domain);
    f[field] = g ? GradeId(g->value) : "";
  }
  const Grade* in_care = d->GradeOf(GradeDomain::kInCare);
  f["combined_care"] = in_care && in_care->combined_care ? "1" : "0";
  f["improve_count"] = std::to_string(d->AreasOf(AreaKind::kImprove).size());
  f["priority_count"] = std::to_string(d->AreasOf(AreaKind::kPriority).size());
  std::vector<const AreaForImprovement*> covered = d->AreasOf(AreaKind::kCovered);
  f["covered_count"] = std::to_string(covered.size());
  std::set<std::string> themes;
  for (const AreaForImprovement* a : covered) themes.insert(a->themes.begin(), a->themes.end());
  f["covered_themes"] = JoinSorted(themes);
  return f;
}

std::string AuthorityOfFileName(const std::string& file) {
  static const RE2 kName("^(.+?)-\\d+-(?:focused-visit-|monitoring-visit-)?published-.*$");
  std::string name;
  return RE2::FullMatch(BaseName(file), kName, &name) ? name : BaseName(file);
}

int ReadingComparison::NotAllowed() const {
  return static_cast<int>(std::count_if(differences.begin(), differences.end(),
                                        [](const FieldDifference& d) { return d.allowed_because.empty(); }));
}

Result<Allowances> LoadAllowances(const std::string& path) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.status();
  Allowances out;
  std::stringstream in(text.value());
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, '\t');) cells.push_back(Trim(cell));
    if (cells.size() < 3 || cells[0].empty() || cells[1].empty() || cells[2].empty()) {
      return Status::BadInput(path + ":" + std::to_string(line_no), "an allowance is 'file <TAB> field <TAB> reason'");
    }
    out[{cells[0], cells[1]}] = cells[2];
  }
  return out;
}

ReadingComparison CompareReadings(const std::vector<ExpectedReading>& expected,
                                  const std::map<std::string, std::vector<const StoredDocument*>>& stored,
                                  const std::set<std::string>& unread, const Allowances& allowances,
                                  const ComparisonOptions& options) {
  ReadingComparison c;
  std::set<std::pair<std::string, std::string>> used;
  for (const ExpectedReading& e : expected) {
    std::string authority = AuthorityOfFileName(e.file);
    if (!options.only_authorities.empty() && !options.only_authorities.count(authority)) continue;
    if (options.except_authorities.count(authority)) continue;
    if (!e.verified && !options.include_unverified) continue;
    std::map<std::string, std::string> actual;
    auto it = stored.find(e.file);
    if (it != stored.end()) {
      actual = FieldsOfFile(it->second);
    } else if (unread.count(e.file)) {
      actual["doc_type"] = "other";  // could not be read: nothing of Ofsted's stored
    } else {
      actual["doc_type"] = "(not ingested)";
    }
    c.files_compared.insert(e.file);
    for (const auto& [field, want] : e.fields) {
      std::string got = actual.count(field) ? actual[field] : "";
      FieldScore& score = c.fields[field];
      ++score.compared;
      if (got == want) continue;
      ++score.wrong;
      FieldDifference d{e.file, field, want, got, ""};
      auto allowed = allowances.find({e.file, field});
      if (allowed != allowances.end()) {
        d.allowed_because = allowed->second;
        used.insert(allowed->first);
      } else {
        c.files_wrong.insert(e.file);
      }
      c.differences.push_back(std::move(d));
    }
  }
  for (const auto& [key, reason] : allowances) {
    if (c.files_compared.count(key.first) && !used.count(key)) c.unused_allowances.push_back(key);
  }
  return c;
}

std::string FormatComparison(const ReadingComparison& c, bool list_differences) {
  std::ostringstream out;
  int allowed = static_cast<int>(c.differences.size()) - c.NotAllowed();
  out << c.files_compared.size() << " documents compared; " << c.files_wrong.size()
      << " with a difference not on the allow-list (" << c.NotAllowed() << " fields), " << allowed
      << " allowed differences\n\n";
  out << "field                wrong / compared\n";
  for (const auto& [field, score] : c.fields) {
    char line[96];
    std::snprintf(line, sizeof line, "%-20s %5d / %d\n", field.c_str(), score.wrong, score.compared);
    out << line;
  }
  if (list_differences && !c.differences.empty()) {
    out << "\ndifferences (file | field | expected | stored)\n";
    for (const FieldDifference& d : c.differences) {
      out << d.file << " | " << d.field << " | " << d.expected << " | " << d.actual;
      if (!d.allowed_because.empty()) out << "   [allowed: " << d.allowed_because << "]";
      out << "\n";
    }
  }
  for (const auto& [file, field] : c.unused_allowances) {
    out << "allowance no longer needed: " << file << " " << field << "\n";
  }
  return out.str();
}

}  // namespace oftrack
