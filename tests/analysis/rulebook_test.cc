// Rulebook: the real rules/ load; each kind of bad rule is reported with its
// file and line.
#include "analysis/rulebook.h"

#include "analysis/classify.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace oftrack {
namespace {

const std::string kRules = std::string(OFTRACK_SOURCE_DIR) + "/rules";
const std::string kBad = std::string(OFTRACK_TEST_DATA) + "/rules-bad/";

// Loads dir, expecting failure; returns every problem as "file:line: reason".
std::vector<std::string> ProblemsOf(const std::string& dir) {
  std::vector<Status> problems;
  auto loaded = Rulebook::Load(dir, &problems);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kBadRule);
  std::vector<std::string> out;
  for (const Status& p : problems) out.push_back(p.ToString());
  return out;
}

bool AnyContains(const std::vector<std::string>& lines, const std::string& a, const std::string& b) {
  for (const std::string& l : lines) {
    if (l.find(a) != std::string::npos && l.find(b) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("the shipped rules load with the 24 codebook themes", "[rulebook]") {
  std::vector<Status> problems;
  auto loaded = Rulebook::Load(kRules, &problems);
  for (const Status& p : problems) UNSCOPED_INFO(p.ToString());
  REQUIRE(loaded.ok());
  const Rulebook& rules = *loaded.value();
  CHECK(rules.themes().size() == 24);
  for (const char* id : {"front_door", "management_oversight", "supervision", "caseloads", "workforce", "assessments",
                         "plans_reviews", "drift_delay", "direct_work_voice", "child_protection_enquiries", "early_help",
                         "placement_sufficiency", "care_leavers", "homeless_16_17", "missing_exploitation",
                         "education_cme_ehe", "lado", "quality_assurance", "leadership_governance", "partnership",
                         "permanence", "disabled_children", "domestic_abuse_neglect", "records"}) {
    INFO(id);
    CHECK(rules.FindTheme(id) != nullptr);
  }
  CHECK(rules.FindTheme("no_such_theme") == nullptr);
  CHECK(rules.dir() == kRules);
}

TEST_CASE("an invalid regex names file, line and the RE2 error", "[rulebook]") {
  auto problems = ProblemsOf(kBad + "bad-regex");
  REQUIRE(problems.size() == 1);
  CHECK(AnyContains(problems, "bad-regex/themes.toml:10:", "missing )"));
  CHECK(AnyContains(problems, "themes.toml:10:", "(case records"));
}

TEST_CASE("a character beyond ASCII inside [...] or before a repeat is refused: patterns match byte by byte",
          "[rulebook]") {
  auto problems = ProblemsOf(kBad + "byte-wise");
  for (const std::string& p : problems) UNSCOPED_INFO(p);
  REQUIRE(problems.size() == 2);
  CHECK(AnyContains(problems, "byte-wise/themes.toml:11:", "inside [...]"));
  CHECK(AnyContains(problems, "byte-wise/themes.toml:12:", "before a repeat"));
}

TEST_CASE("a character beyond ASCII as a plain sequence or a choice matches as in UTF-8", "[rulebook]") {
  auto loaded = Rulebook::Load(std::string(OFTRACK_TEST_DATA) + "/rules-byte-wise");
  REQUIRE(loaded.ok());
  const Rulebook& rules = *loaded.value();
  using Themes = std::vector<std::string>;
  CHECK(LabelSentence("Workers take account of children\u2019s views.", rules).themes == Themes{"direct_work_voice"});
  CHECK(LabelSentence("Workers take account of children's views.", rules).themes.empty());
  CHECK(LabelSentence("Children\u2019s records are up to date.", rules).themes == Themes{"records"});
  CHECK(LabelSentence("Children's records are up to date.", rules).themes == Themes{"records"});
  // Caseless matching still holds for ASCII, and a word boundary next to the
  // bytes of a dash is a boundary.
  CHECK(LabelSentence("CASE RECORDS\u2013 are late.", rules).themes == Themes{"records"});
  CHECK(LabelSentence("Staff update showcase records daily.", rules).themes.empty());
}

TEST_CASE("an unknown theme id in areas.toml names file and line", "[rulebook]") {
  auto problems = ProblemsOf(kBad + "unknown-theme");
  REQUIRE(problems.size() == 1);
  CHECK(AnyContains(problems, "unknown-theme/areas.toml:4:", "unknown theme id 'recording'"));
}

TEST_CASE("a duplicate theme id names file and line", "[rulebook]") {
  auto problems = ProblemsOf(kBad + "duplicate-id");
  REQUIRE(problems.size() == 1);
  CHECK(AnyContains(problems, "duplicate-id/themes.toml:8:", "duplicate theme id 'supervision'"));
}

TEST_CASE("a missing field names file and line", "[rulebook]") {
  auto problems = ProblemsOf(kBad + "missing-field");
  REQUIRE(problems.size() == 1);
  CHECK(AnyContains(problems, "missing-field/themes.toml:7:", "missing field 'patterns'"));
}

TEST_CASE("the shipped subjects name what real areas for improvement are about", "[rulebook]") {
  auto loaded = Rulebook::Load(kRules);
  REQUIRE(loaded.ok());
  const Rulebook& rules = *loaded.value();
  CHECK(rules.subjects().size() >= 25);
  auto subjects_of = [&](const std::string& text) {
    AreaForImprovement a;
    a.text = text;
    AreaSubjects(&a, rules);
    REQUIRE(a.subject_words.size() == a.subjects.size());
    return a.subjects;
  };
  using V = std::vector<std::string>;
  // Nottingham City 2022's areas, and the three letters' areas covered.
  CHECK(subjects_of("The quality and impact of the MASH and the effectiveness of decision-making in the front door.") ==
        V{"front_door", "management_oversight"});
  CHECK(subjects_of("Children in care living in unregistered children's homes.") == V{"placements"});
  CHECK(subjects_of("Practice with care leavers in relation to their accommodation and employment.") ==
        V{"care_leavers"});
  CHECK(subjects_of("Increase the use of fostering for adoption.") == V{"permanence"});
  CHECK(subjects_of("Private fostering arrangements.") == V{"private_fostering"});
}

TEST_CASE("bad subjects and links name file and line", "[rulebook]") {
  auto problems = ProblemsOf(kBad + "bad-subjects");
  CHECK(problems.size() == 3);
  CHECK(AnyContains(problems, "bad-subjects/subjects.toml:8:", "duplicate subject id 'front_door'"));
  CHECK(AnyContains(problems, "bad-subjects/subjects.toml:12:", "missing field 'patterns'"));
  CHECK(AnyContains(problems, "bad-subjects/areas.toml:2:", "needs 'authority'"));
}

TEST_CASE("a link by hand is read with its authority, its two areas and why", "[rulebook]") {
  auto links = LoadAreaLinks(std::string(OFTRACK_TEST_DATA) + "/rules-links");
  REQUIRE(links.ok());
  REQUIRE(links->size() == 2);
  CHECK(links->at(0).urn == 80533);
  CHECK(links->at(0).area == "MASH");
  CHECK(links->at(0).later == "16- and 17-year-olds");
  CHECK(links->at(0).linked);
  CHECK(links->at(0).note == "the homelessness panel sits in the front door");
  CHECK_FALSE(links->at(1).linked);
  auto none = LoadAreaLinks(kBad + "no-such-dir");
  REQUIRE(none.ok());
  CHECK(none->empty());  // no areas.toml: no links
  auto bad = LoadAreaLinks(kBad + "bad-subjects");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString().find("areas.toml:2:") != std::string::npos);
}

TEST_CASE("a missing rules directory is NotFound", "[rulebook]") {
  auto loaded = Rulebook::Load(kBad + "no-such-dir");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace oftrack
