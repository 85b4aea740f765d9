// Sentence splitting on hard cases taken from Ofsted reports and letters.
#include "text/sentence_splitter.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

namespace oftrack {
namespace {

const SentenceSplitter& Splitter() {
  static auto made = SentenceSplitter::FromFile(std::string(OFTRACK_SOURCE_DIR) + "/rules/abbreviations.txt");
  REQUIRE(made.ok());
  return *made.value();
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (auto [b, e] : Splitter().Split(text)) out.push_back(text.substr(b, e - b));
  return out;
}

TEST_CASE("plain sentences split at full stops", "[sentence]") {
  auto s = Sentences("Weaknesses in the MASH are significant, widespread and systemic. Risk of harm is not "
                     "always recognised, leaving too many children with insufficient protection.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Weaknesses in the MASH are significant, widespread and systemic.");
}

TEST_CASE("a sentence starting with a digit gets its own break", "[sentence]") {
  auto s = Sentences("Children are matched with adopters within 12 months. 6 children were matched in the last "
                     "year. In 2022. 141 languages are spoken by pupils in its schools.");
  REQUIRE(s.size() == 4);
  CHECK(s[1] == "6 children were matched in the last year.");
  CHECK(s[3] == "141 languages are spoken by pupils in its schools.");
}

TEST_CASE("abbreviations do not end sentences", "[sentence]") {
  CHECK(Sentences("Partners, e.g. Police and health, attend. Plans are clear.").size() == 2);
  CHECK(Sentences("Support is timely, i.e. Within days of a referral.").size() == 1);
  CHECK(Sentences("The report was presented by Mr. Smith to the board.").size() == 1);
  CHECK(Sentences("See No. 5 in the plan. It is late.").size() == 2);
  CHECK(Sentences("Services in St. Helens are good.").size() == 1);
}

TEST_CASE("PA. ends a sentence before a capital, not before lower case", "[sentence]") {
  // "PAs build strong positive relationships ..." follows a sentence ending in "PA."
  CHECK(Sentences("Every care leaver has a PA. PAs build strong positive relationships.").size() == 2);
  CHECK(Sentences("Care leavers, etc. are supported.").size() == 1);
  CHECK(Sentences("They offer training, advice, etc. The offer is good.").size() == 2);
}

TEST_CASE("a quoted question ends a sentence", "[sentence]") {
  auto s = Sentences("Managers ask 'So what?' This helps workers to reflect.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Managers ask 'So what?'");
  auto curly = Sentences("Managers ask \u2018So what?\u2019 This helps workers to reflect.");
  CHECK(curly.size() == 2);
}

TEST_CASE("URLs and e-mail addresses are never cut", "[sentence]") {
  std::string licence =
      "To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence/, write to the "
      "Information Policy Team, or email psi@nationalarchives.gsi.gov.uk. This publication is available at "
      "http://reports.ofsted.gov.uk/Inspection.Report.";
  auto s = Sentences(licence);
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "This publication is available at http://reports.ofsted.gov.uk/Inspection.Report.");
}

TEST_CASE("a bullet glyph starts a sentence", "[sentence]") {
  auto s = Sentences("Inspectors focused on the following. • Quality and suitability of accommodation.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "• Quality and suitability of accommodation.");
}

TEST_CASE("offsets are bytes into UTF-8 text, trimmed", "[sentence]") {
  std::string text = "  Children\u2019s plans are reviewed \u2013 mostly on time.   Too many wait.  ";
  auto ranges = Splitter().Split(text);
  REQUIRE(ranges.size() == 2);
  CHECK(text.substr(ranges[0].first, ranges[0].second - ranges[0].first) ==
        "Children\u2019s plans are reviewed \u2013 mostly on time.");
  CHECK(text.substr(ranges[1].first, ranges[1].second - ranges[1].first) == "Too many wait.");
  CHECK(Splitter().Split("   ").empty());
}

TEST_CASE("Split is safe from many threads", "[sentence]") {
  const std::string text = "Supervision is too variable. There are gaps in frequency. Some records are copied.";
  std::vector<std::thread> threads;
  std::vector<size_t> counts(8);
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      size_t n = 0;
      for (int i = 0; i < 200; ++i) n += Splitter().Split(text).size();
      counts[t] = n;
    });
  }
  for (auto& th : threads) th.join();
  for (size_t n : counts) CHECK(n == 600);
}

TEST_CASE("bad abbreviation files are reported", "[sentence]") {
  CHECK_FALSE(SentenceSplitter::FromFile("/nonexistent/abbreviations.txt").ok());
  CHECK_FALSE(SentenceSplitter::Create({"e.g. sometimes"}).ok());
}

}  // namespace
}  // namespace oftrack
