// Escaping for every output format. Document text is data: it reaches HTML only
// escaped, and CSV/TSV/Excel only formula-safe.
#ifndef OFTRACK_REPORTS_ESCAPE_H_
#define OFTRACK_REPORTS_ESCAPE_H_

#include <string>
#include <string_view>

namespace oftrack {

// & < > " ' escaped; safe in element content and in quoted attributes.
std::string HtmlEscape(std::string_view text);
// A cell that a spreadsheet cannot run: text starting with = + - @ (or TAB/CR)
// gets a leading apostrophe.
std::string FormulaSafe(std::string_view text);
// One CSV field (RFC 4180): formula-safe, quoted when it holds , " or a newline.
std::string CsvField(std::string_view text);
// One TSV field: formula-safe, TABs and newlines replaced by spaces.
std::string TsvField(std::string_view text);
// Markdown table cell: pipes escaped, newlines flattened, HTML-significant characters escaped.
std::string MarkdownCell(std::string_view text);

}  // namespace oftrack

#endif  // OFTRACK_REPORTS_ESCAPE_H_
