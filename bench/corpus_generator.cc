// `oftrack_bench generate`: a national-sized corpus built from the bundled one.
//
// Every bundled file (real report PDFs, committee packs as text) is read once
// through oftrack's own extraction (PDF pages joined by form feeds, as
// `pdftotext` writes them). Copy i of source s is then rewritten for another
// authority: the source authority's name (found from the file name's slug,
// "birmingham-80429-...") becomes the target's, whole words only, its URN the
// target's URN, and every year 20xx moves back (i / sources) % 3 years, so
// copies differ in authority and dates and no two copies share a visit until
// every (source, authority) pair is used. The result is .txt files: the text
// throughput is measured on them. For PDF throughput, --pdf-copies writes
// copies of the real PDFs, each with a PDF comment line appended ("%" +
// counter, which poppler ignores) so their content hashes differ. Text
// files go in folders of 100 (text/part-000, ...) so a sample is a folder.
// Nothing is written inside the corpus folder, nor into any database.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <re2/re2.h>

#include "bench/bench.h"
#include "documents/authority_directory.h"
#include "ingest/extract.h"
#include "ingest/load.h"

namespace oftrack::bench {
namespace {

namespace fs = std::filesystem;

struct Source {
  std::string stem;  // file name without extension
  std::string text;
  const Authority* authority = nullptr;
};

std::string Slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// The name as reports write it: "Bristol, City of" -> "Bristol".
std::string PlainName(const std::string& name) { return name.substr(0, name.find(',')); }

// The authority whose slug is the longest prefix of the file name.
const Authority* AuthorityOfFile(const std::string& stem, const AuthorityDirectory& directory) {
  const Authority* best = nullptr;
  size_t best_len = 0;
  for (const Authority& a : directory.all()) {
    std::string slug = Slug(PlainName(a.name));
    if (slug.size() > best_len && stem.rfind(slug, 0) == 0 &&
        (stem.size() == slug.size() || stem[slug.size()] == '-')) {
      best = &a;
      best_len = slug.size();
    }
  }
  return best;
}

// Moves every standalone year 2000-2099 back by `years`.
std::string ShiftYears(const std::string& text, int years) {
  if (years == 0) return text;
  std::string out;
  out.reserve(text.size());
  auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '2' && i + 3 < text.size() && text[i + 1] == '0' && digit(i + 2) && digit(i + 3) &&
        !(i > 0 && digit(i - 1)) && !digit(i + 4)) {
      out += std::to_string(std::stoi(text.substr(i, 4)) - years);
      i += 3;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Rewrite(const Source& source, const Authority& target, int years) {
  std::string text = source.text;
  if (source.authority) {
    std::string from = PlainName(source.authority->name), to = PlainName(target.name);
    RE2::GlobalReplace(&text, "\\b" + RE2::QuoteMeta(from) + "\\b", to);
    RE2::GlobalReplace(&text, "\\b" + std::to_string(source.authority->urn) + "\\b", std::to_string(target.urn));
  }
  return ShiftYears(text, years);
}

bool Inside(const fs::path& child, const fs::path& parent) {
  auto c = fs::weakly_canonical(child), p = fs::weakly_canonical(parent);
  auto [pe, ce] = std::mismatch(p.begin(), p.end(), c.begin(), c.end());
  return pe == p.end();
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

std::vector<fs::path> FilesIn(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(folder)) {
    auto ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".pdf" || ext == ".txt")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int Generate(const GenerateOptions& options) {
  if (Inside(options.out, options.corpus) || Inside(options.out, std::string(OFTRACK_SOURCE_DIR) + "/corpora")) {
    std::fprintf(stderr, "oftrack_bench: refusing to write inside the corpus folder: %s\n", options.out.c_str());
    return 2;
  }
  auto directory = AuthorityDirectory::Load(options.reference);
  if (!directory.ok()) {
    std::fprintf(stderr, "oftrack_bench: %s\n", directory.status().ToString().c_str());
    return 2;
  }
  const std::vector<Authority>& authorities = directory.value().all();
  std::vector<Source> sources;
  std::vector<fs::path> pdfs;
  for (const fs::path& path : FilesIn(options.corpus)) {
    if (path.extension() == ".pdf") pdfs.push_back(path);
    // Only the sources the text documents will use are extracted.
    if (sources.size() >= static_cast<size_t>(std::max(options.documents, 0))) continue;
    auto raw = LoadFile({path.string(), path.filename().string()});
    if (!raw.ok()) continue;
    auto pages = Extract(raw.value());
    if (!pages.ok()) continue;
    Source s;
    s.stem = path.stem().string();
    for (size_t p = 0; p < pages.value().pages.size(); ++p) s.text += (p ? "\f" : "") + pages.value().pages[p];
    s.authority = AuthorityOfFile(s.stem, directory.value());
    sources.push_back(std::move(s));
  }
  if ((sources.empty() && options.documents > 0) || authorities.empty()) {
    std::fprintf(stderr, "oftrack_bench: nothing to build from in %s\n", options.corpus.c_str());
    return 2;
  }
  fs::create_directories(fs::path(options.out) / "text");
  int64_t bytes = 0;
  for (int i = 0; i < options.documents && !sources.empty(); ++i) {
    size_t s = static_cast<size_t>(i) % sources.size();
    size_t round = static_cast<size_t>(i) / sources.size();
    const Authority& target = authorities[(round + s * 11) % authorities.size()];
    int years = static_cast<int>(round % 3);
    std::string text = Rewrite(sources[s], target, years);
    // Folders of 100 documents, so a sample of the corpus is a folder or two.
    char part[32], name[32];
    std::snprintf(part, sizeof part, "part-%03d", i / 100);
    std::snprintf(name, sizeof name, "%05d-", i);
    fs::create_directories(fs::path(options.out) / "text" / part);
    fs::path path = fs::path(options.out) / "text" / part /
                    (name + Slug(PlainName(target.name)) + "-" + std::to_string(target.urn) + "-from-" + sources[s].stem + ".txt");
    if (!WriteFile(path, text)) {
      std::fprintf(stderr, "oftrack_bench: cannot write %s\n", path.c_str());
      return 2;
    }
    bytes += static_cast<int64_t>(text.size());
  }
  int64_t pdf_bytes = 0;
  for (int k = 0; k < options.pdf_copies; ++k) {
    fs::path folder = fs::path(options.out) / "pdf" / ("copy-" + std::to_string(k));
    fs::create_directories(folder);
    for (const fs::path& pdf : pdfs) {
      auto raw = LoadFile({pdf.string(), pdf.filename().string()});
      if (!raw.ok()) continue;
      std::string copy = raw.value().bytes + "\n%oftrack-bench copy " + std::to_string(k) + "\n";
      if (!WriteFile(folder / pdf.filename(), copy)) return 2;
      pdf_bytes += static_cast<int64_t>(copy.size());
    }
  }
  std::printf("wrote %d text documents (%.1f MB) to %s/text from %zu sources x %zu authorities",
              options.documents, bytes / 1e6, options.out.c_str(), sources.size(), authorities.size());
  if (options.pdf_copies > 0) {
    std::printf(", and %d copies of %zu PDFs (%.1f MB) to %s/pdf", options.pdf_copies, pdfs.size(), pdf_bytes / 1e6,
                options.out.c_str());
  }
  std::printf("\ntext_docs=%d text_bytes=%lld pdf_files=%zu pdf_bytes=%lld\n", options.documents,
              static_cast<long long>(bytes), pdfs.size() * static_cast<size_t>(options.pdf_copies),
              static_cast<long long>(pdf_bytes));
  return 0;
}

}  // namespace oftrack::bench
