// A focused visit's focus: what the inspectors looked at, stated in the
// letter's opening, becomes its areas covered (CODEBOOK.md, "Documents").
//
// The focus opens with a sentence like
//   "Inspectors looked at the local authority's arrangements for the front door."
//   "Inspectors considered / evaluated / reviewed the local authority's arrangements for ..."
//   "The focus of this visit was on planning and achieving permanence for children, ..."
//   "The inspectors focused on the local authority's arrangements for children in need ..."
//   "This visit looked at the quality and impact of key decision-making across ..."
// and runs to the end of its paragraph, or to the first sentence about how the
// visit was done ("They looked at a range of evidence ...", "This visit was
// carried out in line with the ... framework"). A next paragraph that adds to
// it ("Inspectors also evaluated the effectiveness of performance management
// ...", "Specifically, they considered ...") is part of it. When it ends with
// a colon ("... care leavers aged 18 to 25, with a particular focus on:"),
// each list item after it is an area covered of its own.
// COVID-19-period visits (2020-21) state no focus: they get no areas covered.
#include <re2/re2.h>

#include <string>

#include "documents/judgements_read_parts.h"

namespace oftrack {
namespace judgements {
namespace {

// How the visit was done, not what it looked at.
bool AboutMethod(std::string_view sentence) {
  static const RE2 kMethod(
      "(?i)\\brange of evidence\\b|\\bin line with the\\b|\\bcarried out (?:by|in|partly|fully|entirely|on)\\b|"
      "\\bcase discussions?\\b|\\bvideo (?:calls?|link)\\b|\\bremote means\\b|\\bon site\\b|\\bwere (?:based|primarily)\\b|"
      "^(?:the )?inspectors? (?:also )?(?:spoke|met|talked|used|were|sampled|observed|tracked)\\b|"
      "^(?:they|both inspectors) (?:also )?(?:spoke|met|talked|used|looked at (?:a range|local authority performance))|"
      "\\bthe (?:lead inspector|methodology)\\b|\\bcovid|\\bcoronavirus\\b|\\bchief inspector\\b|"
      "\\bthroughout this letter\\b|\\bare referred to as\\b");
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kMethod);
}

// The sentence that states the focus.
bool OpensFocus(std::string_view sentence) {
  static const RE2 kOpens(
      "(?i)^(?:specifically,\\s+)?(?:(?:the )?inspectors?|this (?:focused )?visit|the (?:focused )?visit|they) "
      "(?:looked at|considered|evaluated|reviewed|focused on|examined|scrutinised|assessed)\\s|"
      "^the focus of (?:this|the) (?:focused )?visit (?:was|were)\\b");
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kOpens) && !AboutMethod(sentence);
}

// A later paragraph that adds to the focus.
bool AddsToFocus(std::string_view sentence) {
  static const RE2 kAdds(
      "(?i)^(?:specifically,\\s+|in addition,\\s+)?(?:(?:the )?inspectors?|they) also "
      "(?:looked at|considered|evaluated|reviewed|examined|scrutinised|assessed)\\s|"
      "^specifically,\\s|^this (?:included|also included)\\b|^the visit (?:also )?included\\b");
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kAdds) && !AboutMethod(sentence);
}

bool EndsWithColon(const std::string& s) {
  size_t end = s.find_last_not_of(" ");
  return end != std::string::npos && s[end] == ':';
}

}  // namespace

std::vector<AreaForImprovement> ReadFocus(const Document& doc) {
  std::vector<AreaForImprovement> out;
  // Sentences by block, over the opening (the sections before the first heading Ofsted names).
  std::vector<std::vector<std::string_view>> sentences(doc.blocks.size());
  for (const Sentence& s : doc.sentences) sentences[s.block].push_back(doc.SentenceText(s));
  auto in_opening = [&](int b) { return doc.sections[doc.blocks[b].section].kind == SectionKind::kFront; };
  auto add = [&](const std::string& text, const Block& b) {
    AreaForImprovement a;
    a.kind = AreaKind::kCovered;
    a.ordinal = static_cast<int>(out.size()) + 1;
    a.text = text;
    a.page = b.page;
    a.line = b.line;
    out.push_back(std::move(a));
  };
  int n = static_cast<int>(doc.blocks.size());
  for (int b = 0; b < n && in_opening(b); ++b) {
    if (doc.blocks[b].kind != BlockKind::kParagraph && doc.blocks[b].kind != BlockKind::kNumberedParagraph) continue;
    const std::vector<std::string_view>& ss = sentences[b];
    size_t first = 0;
    while (first < ss.size() && !OpensFocus(ss[first])) ++first;
    if (first == ss.size()) continue;
    // The focus paragraph, then any paragraph that adds to it.
    std::string focus;
    int last = b;
    for (int p = b; p < n && in_opening(p); ++p) {
      if (p > b && (doc.blocks[p].kind != BlockKind::kParagraph || sentences[p].empty() ||
                    !AddsToFocus(sentences[p].front()))) {
        break;
      }
      bool method = false;
      for (size_t k = p == b ? first : 0; k < sentences[p].size() && !method; ++k) {
        method = AboutMethod(sentences[p][k]);
        if (method) break;
        if (!focus.empty()) focus += ' ';
        focus += std::string(sentences[p][k]);
      }
      last = p;
      if (method) break;
    }
    add(focus, doc.blocks[b]);
    // "... with a particular focus on:" and the items under it.
    if (EndsWithColon(focus)) {
      for (int p = last + 1; p < n && doc.blocks[p].kind == BlockKind::kListItem; ++p) {
        add(doc.blocks[p].text, doc.blocks[p]);
      }
    }
    break;
  }
  return out;
}

}  // namespace judgements
}  // namespace oftrack
