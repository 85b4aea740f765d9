// oftrack_bench: measures oftrack against its peers and floors (bench/run.sh
// drives it). One function per subcommand; each prints its figures on stdout,
// last a single `key=value ...` line that run.sh reads, and returns an exit code.
#ifndef OFTRACK_BENCH_BENCH_H_
#define OFTRACK_BENCH_BENCH_H_

#include <string>
#include <vector>

namespace oftrack::bench {

// `ingest`: RunIngest over paths into db with jobs workers; bytes, documents,
// findings, wall/CPU seconds, MB/s, documents/s, time per stage, peak RSS.
int IngestBench(const std::string& db, int jobs, const std::string& rules, const std::vector<std::string>& paths);

// `patterns`: the theme patterns of rules/themes.toml as JSON
// {"themes":[{"id":..,"patterns":[..],"exclude":[..]}]} for the JavaScript peer.
int ExportPatterns(const std::string& rules, const std::string& out);

// The text of every .txt/.md file under folder, in path order.
std::vector<std::string> ReadTextFiles(const std::string& folder);

// `floors`: the simplest program for each text stage, on the same text:
// ICU sentence breaking alone over folder's files (segment), one theme
// RE2::Set pass over the findings stored in db (classify), and those rows
// inserted alone into a fresh database at scratch (write). Prints seconds and
// MB/s of each.
int StageFloors(const std::string& rules, const std::string& folder, const std::string& db, const std::string& scratch);

// `match`: the matching floor, one RE2::Set pass of the theme patterns over the
// text of every .txt/.md file in folder (files read into memory first).
int MatchFloor(const std::string& rules, const std::string& folder);

// `report`: builds and renders the progress report of every authority in db,
// timing each; prints the median and the slowest.
int ReportBench(const std::string& db, const std::string& rules);

struct GenerateOptions {
  std::string corpus;       // folder of real reports (.pdf) and packs (.txt); default the project's corpora/
  std::string reference;    // reference/local_authorities.csv
  std::string out;          // REQUIRES: not inside corpora/; created
  int documents = 2000;     // text files to write
  int pdf_copies = 0;       // copies of every real PDF to write under out/pdf/
};
// `generate`: a national-sized corpus: the bundled texts repeated with other
// authorities' names and URNs and shifted years, as .txt; optionally copies of
// the real PDFs made distinct by a trailing PDF comment line.
int Generate(const GenerateOptions& options);

}  // namespace oftrack::bench

#endif  // OFTRACK_BENCH_BENCH_H_
