// oftrack_bench: the benchmark tool. See bench/run.sh for the whole benchmark
// and README.md ("Benchmark") for what each figure means.
//   oftrack_bench ingest   --db FILE [--jobs N] [--rules DIR] PATH...
//   oftrack_bench patterns [--rules DIR] [--out FILE]
//   oftrack_bench match    [--rules DIR] FOLDER
//   oftrack_bench floors   --db FILE --scratch FILE [--rules DIR] FOLDER
//   oftrack_bench report   --db FILE [--rules DIR]
//   oftrack_bench generate --out DIR [--docs N] [--pdf-copies K] [--corpus DIR]
#include <CLI/CLI.hpp>

#include "bench/bench.h"
#include "run/context.h"

int main(int argc, char** argv) {
  using namespace oftrack::bench;
  CLI::App app{"oftrack_bench: oftrack's throughput, its peers and floors, and a national-sized corpus"};
  app.require_subcommand(1);
  int code = 0;

  std::string db, rules = oftrack::DefaultRulesDir(), out, folder;
  int jobs = 1;
  std::vector<std::string> paths;

  auto* ingest = app.add_subcommand("ingest", "Ingest PATHs into --db, timing every stage");
  ingest->add_option("--db", db, "Database file (use a fresh temporary one)")->required();
  ingest->add_option("--jobs,-j", jobs, "Worker threads (default 1)");
  ingest->add_option("--rules", rules, "Rules folder");
  ingest->add_option("PATH", paths, "Files or folders")->required();
  ingest->callback([&] { code = IngestBench(db, jobs, rules, paths); });

  auto* patterns = app.add_subcommand("patterns", "Export the theme patterns as JSON");
  patterns->add_option("--rules", rules, "Rules folder");
  patterns->add_option("--out", out, "Output file (default stdout)");
  patterns->callback([&] { code = ExportPatterns(rules, out); });

  auto* match = app.add_subcommand("match", "The matching floor: one RE2::Set pass over the text");
  match->add_option("--rules", rules, "Rules folder");
  match->add_option("FOLDER", folder, "Folder of .txt/.md files")->required();
  match->callback([&] { code = MatchFloor(rules, folder); });

  std::string scratch;
  auto* floors = app.add_subcommand("floors", "The simplest program for each text stage: ICU, RE2::Set, SQLite inserts");
  floors->add_option("--rules", rules, "Rules folder");
  floors->add_option("--db", db, "A database an ingest of FOLDER wrote (its rows are inserted again)")->required();
  floors->add_option("--scratch", scratch, "A database file to create, fill and delete")->required();
  floors->add_option("FOLDER", folder, "Folder of .txt/.md files")->required();
  floors->callback([&] { code = StageFloors(rules, folder, db, scratch); });

  auto* report = app.add_subcommand("report", "Time the progress report of every authority in --db");
  report->add_option("--db", db, "Database file")->required();
  report->add_option("--rules", rules, "Rules folder (for the hand links of areas.toml)");
  report->callback([&] { code = ReportBench(db, rules); });

  GenerateOptions gen;
  gen.corpus = std::string(OFTRACK_SOURCE_DIR) + "/corpora";
  gen.reference = oftrack::DefaultReferenceCsv();
  auto* generate = app.add_subcommand("generate", "Write a national-sized corpus to a temporary folder");
  generate->add_option("--out", gen.out, "Output folder (not inside corpora/)")->required();
  generate->add_option("--docs", gen.documents, "Text documents to write (default 2000)");
  generate->add_option("--pdf-copies", gen.pdf_copies, "Copies of every real PDF under OUT/pdf (default 0)");
  generate->add_option("--corpus", gen.corpus, "Folder of real reports and packs (default the project's corpora/)");
  generate->add_option("--reference", gen.reference, "local_authorities.csv");
  generate->callback([&] { code = Generate(gen); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  return code;
}
