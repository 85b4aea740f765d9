// `oftrack inspect FILE`: how the tool understood a document, for a user who
// wants to check a surprising result: type, metadata, grades, areas, sections
// with paragraph counts and first sentences, findings by judgement, warnings.
// `oftrack inspect --sentence TEXT`: the themes and judgement one sentence
// gets, with the words and cues behind them (analysis/classify.h).
#include <fmt/format.h>

#include <iostream>

#include "analysis/classify.h"
#include "cli/common.h"
#include "ingest/input_files.h"
#include "ingest/load.h"
#include "run/analyse_file.h"

namespace oftrack {
namespace {

std::string Shorten(std::string_view text, size_t max) {
  std::string s(text);
  if (s.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    s = s.substr(0, cut) + "...";
  }
  return s;
}

void PrintDocument(const Analysis& a) {
  const Document& d = a.document;
  std::cout << fmt::format("\n== document {}: {} ({})\n", d.index + 1, DocTypeId(d.type), d.type_reason);
  std::cout << fmt::format("   authority:  {} (URN {})\n", d.authority_as_written, d.urn);
  std::cout << fmt::format("   visit:      {} to {}\n", d.visit_start.Iso(), d.visit_end.Iso());
  std::cout << fmt::format("   published:  {}\n", d.published.Iso());
  std::string inspectors;
  for (const auto& i : d.inspectors) inspectors += (inspectors.empty() ? "" : ", ") + i;
  std::cout << fmt::format("   lead:       {}\n   inspectors: {}\n", d.lead_inspector, inspectors);
  if (d.visit_number) {
    std::cout << fmt::format("   visit no.:  {} (judged inadequate in {})\n", d.visit_number, d.judged_inadequate_in);
  }
  std::cout << fmt::format("   starts at:  page {}, line {}\n", d.first_page, d.first_line);
  for (const Grade& g : d.grades) {
    std::cout << fmt::format("   grade:      {:<16} {:<22} from {}{}\n", GradeDomainId(g.domain), GradeId(g.value),
                             g.source, g.combined_care ? " (children in care and care leavers)" : "");
  }
  for (const AreaForImprovement& ar : d.areas) {
    std::string themes;
    for (const auto& t : ar.themes) themes += (themes.empty() ? "" : ",") + t;
    std::cout << fmt::format("   area {} {}: {}  [{}]\n", AreaKindId(ar.kind), ar.ordinal, Shorten(ar.text, 90),
                             themes);
  }
  std::cout << "   sections:\n";
  for (const Section& s : d.sections) {
    int numbered = 0, sentences = 0;
    std::string first;
    for (int b = s.first_block; b < s.first_block + s.block_count; ++b) {
      numbered += d.blocks[b].kind == BlockKind::kNumberedParagraph;
    }
    for (const Sentence& sen : d.sentences) {
      if (sen.block >= s.first_block && sen.block < s.first_block + s.block_count) {
        if (sentences++ == 0) first = std::string(d.SentenceText(sen));
      }
    }
    std::cout << fmt::format("    - [{}{}] {} (p{} l{}): {} blocks, {} numbered, {} sentences\n",
                             SectionKindId(s.kind),
                             s.heading_grade != GradeValue::kNone ? std::string(": ") + GradeId(s.heading_grade) : "",
                             Shorten(s.heading.empty() ? "(no heading)" : s.heading, 70), s.page, s.line,
                             s.block_count, numbered, sentences);
    if (!first.empty()) std::cout << "        \"" << Shorten(first, 110) << "\"\n";
  }
  int counts[5] = {0, 0, 0, 0, 0};
  for (const Finding& f : a.findings) counts[static_cast<int>(f.judgement)]++;
  std::cout << fmt::format("   findings:   {} (strength {}, weakness {}, mixed {}, progress {}, neutral {})\n",
                           a.findings.size(), counts[1], counts[2], counts[3], counts[4], counts[0]);
  for (const auto& w : d.warnings) std::cout << "   warning:    " << w << "\n";
}

int Inspect(const CommonOptions& common, const std::string& path) {
  auto context = LoadContextOrPrint(common);
  if (!context) return 2;
  auto raw = LoadFile(InputFile{path, path});
  if (!raw.ok()) {
    PrintError(raw.status().ToString());
    return 1;
  }
  auto analysis = AnalyseFile(raw.value(), *context);
  if (!analysis.ok()) {
    PrintError(analysis.status().ToString());
    return 1;
  }
  const FileAnalysis& fa = analysis.value();
  std::cout << fmt::format("{}: {} bytes, {}, {} page(s), {} document(s)\n", path, raw->bytes.size(), fa.encoding,
                           fa.pages, fa.documents.size());
  for (const auto& w : fa.warnings) std::cout << "warning: " << w << "\n";
  for (const Analysis& a : fa.documents) PrintDocument(a);
  return 0;
}

int ExplainOne(const CommonOptions& common, const std::string& sentence) {
  auto rules = LoadRulesOrPrint(common);
  if (!rules) return 2;
  SentenceExplanation e = ExplainSentence(sentence, *rules);
  std::cout << "sentence:  " << sentence << "\n";
  std::cout << "themes:   ";
  for (const auto& [id, words] : e.themes) std::cout << " " << id << " (\"" << words << "\")";
  std::cout << (e.themes.empty() ? " none" : "") << "\n";
  std::cout << "cues:     ";
  for (const std::string& c : e.cues) std::cout << " " << c;
  std::cout << (e.cues.empty() ? " none" : "") << "   (+ praise, - criticism, > progress, = description)\n";
  if (!e.condition.empty()) std::cout << "condition: \"" << e.condition << "\" (its cues set aside)\n";
  if (!e.contrast.empty()) std::cout << "contrast:  at \"" << e.contrast << "\"\n";
  std::cout << "judgement: " << JudgementId(e.label.judgement) << " (" << e.decided_by << ")\n";
  if (!e.label.quantifier.empty()) std::cout << "claim:     " << e.label.quantifier << "\n";
  return 0;
}

}  // namespace

void AddInspectCommand(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto* cmd = app.add_subcommand("inspect", "Show how one file is understood (nothing is stored)");
  cmd->footer("Examples:\n  oftrack inspect nottingham-80533-published-2022-09-05.pdf\n"
              "  oftrack inspect --sentence \"Supervision is regular, but not all managers use the tool effectively.\"");
  static std::string file, sentence;
  auto* file_option = cmd->add_option("FILE", file, "A PDF, .txt or .md file");
  auto* sentence_option = cmd->add_option("--sentence", sentence, "Instead of a file: one sentence, its labels and why");
  file_option->excludes(sentence_option);
  cmd->add_option("--rules", common.rules, "Rules folder (default: rules/ in the data folder, see oftrack --help)");
  cmd->callback([&common, exit_code] {
    if (!sentence.empty()) {
      *exit_code = ExplainOne(common, sentence);
    } else if (file.empty()) {
      PrintError("inspect needs a FILE, or --sentence TEXT");
      *exit_code = 2;
    } else {
      *exit_code = Inspect(common, file);
    }
  });
}

}  // namespace oftrack
