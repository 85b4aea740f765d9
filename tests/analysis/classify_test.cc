// LabelSentence, AreaThemes and Classify on real sentences from the codebook
// and the corpus (Nottingham City 2022 ILACS and 2023 monitoring letters).
#include "analysis/classify.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace oftrack {
namespace {

const Rulebook& Rules() {
  static std::shared_ptr<const Rulebook> rules = [] {
    auto loaded = Rulebook::Load(std::string(OFTRACK_SOURCE_DIR) + "/rules");
    REQUIRE(loaded.ok());
    return loaded.value();
  }();
  return *rules;
}

bool Has(const SentenceLabel& l, const std::string& theme) {
  return std::find(l.themes.begin(), l.themes.end(), theme) != l.themes.end();
}

TEST_CASE("supervision, mostly regular but not all managers: mixed", "[classify]") {
  auto l = LabelSentence(
      "Supervision for social workers is mostly taking place regularly, but not all managers use the "
      "tool effectively.",
      Rules());
  CHECK(Has(l, "supervision"));
  CHECK(l.judgement == Judgement::kMixed);
  CHECK(l.quantifier == "most");
}

TEST_CASE("the letter's 'However, not all managers' sentence alone is a weakness", "[classify]") {
  auto l = LabelSentence("However, not all managers use the tool effectively.", Rules());
  CHECK(l.judgement == Judgement::kWeakness);
  CHECK(l.quantifier == "not all");
}

TEST_CASE("strategy discussions well recorded: enquiries + records, strength", "[classify]") {
  auto l = LabelSentence("Strategy discussions are well recorded, with the right thresholds applied.", Rules());
  CHECK(Has(l, "child_protection_enquiries"));
  CHECK(Has(l, "records"));
  CHECK(l.judgement == Judgement::kStrength);
}

TEST_CASE("early signs of tangible improvements: progress", "[classify]") {
  auto l = LabelSentence(
      "There are early signs of tangible improvements in field work practice and the environment in which staff work.",
      Rules());
  CHECK(l.judgement == Judgement::kProgress);
}

TEST_CASE("too many changes in social worker: workforce, weakness", "[classify]") {
  auto l = LabelSentence("Some children have too many changes in social worker.", Rules());
  CHECK(Has(l, "workforce"));
  CHECK(l.judgement == Judgement::kWeakness);
  CHECK(l.quantifier == "some");
}

TEST_CASE("a negation before praise makes a weakness", "[classify]") {
  CHECK(LabelSentence("Strategy meetings are not always timely.", Rules()).judgement == Judgement::kWeakness);
  CHECK(LabelSentence("Management oversight is not effective when applying thresholds.", Rules()).judgement ==
        Judgement::kWeakness);
  CHECK(LabelSentence("Children are now considered at conferences without any undue delay.", Rules()).judgement ==
        Judgement::kStrength);
}

TEST_CASE("too soon to see its impact: progress", "[classify]") {
  auto l = LabelSentence("This is very early in its implementation, so it is too soon to see its impact.", Rules());
  CHECK(l.judgement == Judgement::kProgress);
}

// Sentences of the tune part of tests/gold/sample-tune.tsv (Wakefield 2018, Bromley 2016).
TEST_CASE("an opening condition says when, not how well: the rest of the sentence decides", "[classify]") {
  CHECK(LabelSentence("When risks are not addressed, timely court applications are made for those children who need them.",
                      Rules()).judgement == Judgement::kStrength);
  CHECK(LabelSentence("Where the threshold is not met, the referrer is notified promptly of the decision and any advisory actions.",
                      Rules()).judgement == Judgement::kStrength);
  // The condition does not hide criticism after its comma ...
  CHECK(LabelSentence("When children go missing, return home interviews are not always offered.", Rules()).judgement ==
        Judgement::kWeakness);
  // ... and without a cue after the comma the whole sentence still counts.
  CHECK(LabelSentence("When children are not safe, they are referred to the MASH.", Rules()).judgement ==
        Judgement::kWeakness);
  // Not a condition: "where" mid-sentence.
  CHECK(LabelSentence("Inspectors saw cases where plans are not reviewed, and children wait too long.", Rules()).judgement ==
        Judgement::kWeakness);
}

TEST_CASE("an explanation shows the words behind each theme and the cues behind the judgement", "[classify]") {
  SentenceExplanation cond = ExplainSentence(
      "When risks are not addressed, timely court applications are made for those children who need them.", Rules());
  CHECK(cond.label.judgement == Judgement::kStrength);
  CHECK(cond.condition == "When risks are not addressed");
  CHECK(cond.cues == std::vector<std::string>{"+timely"});
  CHECK(cond.decided_by == "praise");
  REQUIRE(!cond.themes.empty());
  CHECK(cond.themes[0] == std::make_pair(std::string("drift_delay"), std::string("timely")));

  SentenceExplanation mixed = ExplainSentence(
      "Supervision for social workers is mostly taking place regularly, but not all managers use the tool effectively.",
      Rules());
  CHECK(mixed.label.judgement == Judgement::kMixed);
  CHECK(mixed.contrast.rfind("but not all", 0) == 0);
  CHECK(std::find(mixed.cues.begin(), mixed.cues.end(), "-not all") != mixed.cues.end());
  CHECK(std::find(mixed.themes.begin(), mixed.themes.end(), std::make_pair(std::string("supervision"), std::string("Supervision"))) !=
        mixed.themes.end());

  SentenceExplanation negated = ExplainSentence("Risk assessments are not timely.", Rules());
  CHECK(negated.label.judgement == Judgement::kWeakness);
  CHECK(std::find(negated.cues.begin(), negated.cues.end(), "-timely (negated)") != negated.cues.end());
  CHECK(FormatExplanation(negated).find("judged weakness") != std::string::npos);

  SentenceExplanation none = ExplainSentence("There are three children known to be privately fostered.", Rules());
  CHECK(none.cues == std::vector<std::string>{"=There are three children"});  // a description cue
  CHECK(none.label.judgement == Judgement::kNeutral);
  CHECK(none.themes.empty());
}

// Sentences of tests/gold/sample-tune.tsv and dev.tsv.
TEST_CASE("a verb that works against criticism turns it into praise, and never turns praise around", "[classify]") {
  auto minimise = ExplainSentence(
      "Senior managers ensure effective review of the pre-proceedings stage through panels, which provides tight "
      "tracking to minimise drift and delay for children.", Rules());
  CHECK(minimise.label.judgement == Judgement::kStrength);
  CHECK(std::find(minimise.cues.begin(), minimise.cues.end(), "+drift (negated)") != minimise.cues.end());
  CHECK(LabelSentence("A stable and committed political and senior leadership team challenges low aspirations for children in care.",
                      Rules()).judgement == Judgement::kStrength);
  // "challenges and supports schools": the verb does not turn the praise after it.
  CHECK(LabelSentence("The council challenges and supports schools appropriately, and this is helping to reduce exclusions.",
                      Rules()).judgement == Judgement::kStrength);
}

TEST_CASE("a circumstance inside a sentence does not count against the practice around it", "[classify]") {
  auto school = ExplainSentence(
      "Good partnership working with schools has supported children's learning when they have not been in school "
      "due to the COVID-19 pandemic.", Rules());
  CHECK(school.label.judgement == Judgement::kStrength);
  CHECK(std::find(school.cues.begin(), school.cues.end(), "-have not") == school.cues.end());
  // Criticism outside the clause still counts.
  CHECK(LabelSentence("Plans are not updated when circumstances change.", Rules()).judgement == Judgement::kWeakness);
  // A clause that holds the only cue keeps it.
  CHECK(LabelSentence("Children are referred to the MASH when they are not safe.", Rules()).judgement == Judgement::kWeakness);
}

TEST_CASE("description only: neutral", "[classify]") {
  auto l = LabelSentence("Inspectors reviewed the following areas.", Rules());
  CHECK(l.judgement == Judgement::kNeutral);
  CHECK(l.themes.empty());
}

TEST_CASE("supervision records stay supervision, not records", "[classify]") {
  auto l = LabelSentence("Supervision records lack detail, reflection and analysis.", Rules());
  CHECK(Has(l, "supervision"));
  CHECK_FALSE(Has(l, "records"));
  CHECK(l.judgement == Judgement::kWeakness);
}

TEST_CASE("quantifier: longest phrase first", "[classify]") {
  CHECK(LabelSentence("The majority of assessments have a clear purpose.", Rules()).quantifier == "most");
  CHECK(LabelSentence("A small number of children experience delay.", Rules()).quantifier == "a small number");
  CHECK(LabelSentence("Children are seen alone.", Rules()).quantifier.empty());
}

TEST_CASE("areas for improvement get themes; overrides add to them", "[classify]") {
  // "Timeliness" beside another theme is an aspect of it (rules/themes.toml,
  // drift_delay's area_patterns), as the shared letters' gold reads "the quality
  // and timeliness of pathway plans" (Swindon 2019) and "of permanence"
  // (Doncaster 2024); drift and delay named as such stay.
  auto a = AreaThemes("The quality and timeliness of return home interviews.", Rules());
  CHECK(std::count(a.begin(), a.end(), "missing_exploitation") == 1);
  CHECK(std::count(a.begin(), a.end(), "drift_delay") == 0);
  auto delay = AreaThemes("Drift and delay in permanence planning for children in care.", Rules());
  CHECK(std::count(delay.begin(), delay.end(), "permanence") == 1);
  CHECK(std::count(delay.begin(), delay.end(), "drift_delay") == 1);
  auto b = AreaThemes(
      "Social work capacity, so that social workers and first-line managers can respond effectively to children in "
      "need of help and protection, and that children in care have greater consistency of social worker.",
      Rules());
  CHECK(std::count(b.begin(), b.end(), "caseloads") == 1);
  CHECK(std::count(b.begin(), b.end(), "workforce") == 1);
  auto c = AreaThemes("The service response to young people who are aged 16 and 17 who present as homeless.", Rules());
  CHECK(std::count(c.begin(), c.end(), "homeless_16_17") == 1);
}

TEST_CASE("Classify labels sentences of findings sections only, skipping headings", "[classify]") {
  Document doc;
  doc.text = "Findings\n\nInspectors reviewed the MASH.\n\nSupervision is too variable.";
  doc.sections = {{"Areas", SectionKind::kAreas, GradeValue::kNone, 0, 1}, {"Findings", SectionKind::kFindings, GradeValue::kNone, 1, 2}};
  doc.blocks = {{BlockKind::kParagraph, "Inspectors reviewed the MASH.", "", 0, 10},
                {BlockKind::kHeading, "Findings", "", 1, 0},
                {BlockKind::kNumberedParagraph, "Supervision is too variable.", "1", 1, 41}};
  doc.sentences = {{0, 1, 10, 39}, {1, 1, 0, 8}, {2, 1, 41, 69}};
  doc.areas.push_back({AreaKind::kImprove, 1, "Management oversight and supervision.", {}});
  Analysis a = Classify(doc, Rules());
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].sentence == 2);
  CHECK(a.findings[0].judgement == Judgement::kWeakness);
  CHECK(a.findings[0].themes == std::vector<std::string>{"supervision"});
  CHECK(a.document.areas[0].themes == std::vector<std::string>{"management_oversight", "supervision"});
}

}  // namespace
}  // namespace oftrack
