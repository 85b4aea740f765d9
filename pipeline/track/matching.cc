#include "track/matching.h"

#include <algorithm>

namespace oftrack {
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

bool Contains(const std::string& text, const std::string& phrase) {
  return Lower(text).find(Lower(phrase)) != std::string::npos;
}

std::vector<std::string> Shared(const AreaForImprovement& a, const AreaForImprovement& b) {
  std::vector<std::string> out;
  for (const std::string& s : a.subjects) {
    if (std::find(b.subjects.begin(), b.subjects.end(), s) != b.subjects.end()) out.push_back(s);
  }
  return out;
}

std::string WordsFor(const AreaForImprovement& a, const std::string& subject) {
  for (size_t i = 0; i < a.subjects.size() && i < a.subject_words.size(); ++i) {
    if (a.subjects[i] == subject) return a.subject_words[i];
  }
  return "";
}

}  // namespace

std::string AreaMatch::Explain(const AreaForImprovement& area, const AuthorityHistory& history) const {
  std::string kind = other->kind == AreaKind::kCovered ? "covered area" : std::string("area ") + AreaKindId(other->kind);
  std::string out = kind + " " + std::to_string(other->ordinal) + " \"" + other->text + "\"";
  if (link) return out + " (linked by hand" + (link->note.empty() ? "" : ": " + link->note) + ")";
  if (whole_judgement) {
    std::string label = GradeDomainLabel(domain);
    for (char& c : label) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out + " (the visit looked at " + label + " as a whole, the judgement this area belongs to)";
  }
  std::string why;
  for (const std::string& s : subjects) {
    why += (why.empty() ? "" : "; ") + history.SubjectLabel(s) + ": \"" + WordsFor(area, s) + "\" / \"" +
           WordsFor(*other, s) + "\"";
  }
  return out + " (both name " + why + ")";
}

std::optional<AreaMatch> MatchWholeJudgement(GradeDomain domain, const std::vector<const AreaForImprovement*>& covered) {
  for (const AreaForImprovement* c : covered) {
    if (!c->subjects.empty()) return std::nullopt;
  }
  for (const AreaForImprovement* c : covered) {
    GradeDomain named;
    bool combined = false;
    if (GradeDomainOfLabel(c->text, &named, &combined) && named == domain && domain != GradeDomain::kOverall) {
      AreaMatch m;
      m.other = c;
      m.whole_judgement = true;
      m.domain = domain;
      return m;
    }
  }
  return std::nullopt;
}

std::vector<std::string> KeySubjects(const AreaForImprovement& a, const std::vector<std::string>& practice) {
  const std::string text = Lower(a.text);
  std::string head;
  size_t first = std::string::npos;
  for (size_t i = 0; i < a.subjects.size() && i < a.subject_words.size(); ++i) {
    size_t at = a.subject_words[i].empty() ? std::string::npos : text.find(Lower(a.subject_words[i]));
    if (at != std::string::npos && (first == std::string::npos || at < first)) {
      first = at;
      head = a.subjects[i];
    }
  }
  auto is_service = [&](const std::string& s) { return std::find(practice.begin(), practice.end(), s) == practice.end(); };
  // An area about parts of practice alone is about each of them.
  if (head.empty() || std::none_of(a.subjects.begin(), a.subjects.end(), is_service)) return a.subjects;
  std::vector<std::string> out;
  for (const std::string& s : a.subjects) {
    if (s == head || is_service(s)) out.push_back(s);
  }
  return out;
}

bool NamesAnyOf(const StoredFinding& finding, const std::vector<std::string>& subjects) {
  for (const std::string& s : finding.subjects) {
    if (std::find(subjects.begin(), subjects.end(), s) != subjects.end()) return true;
  }
  return false;
}

std::optional<AreaMatch> MatchArea(const AreaForImprovement& area, const std::vector<const AreaForImprovement*>& candidates,
                                   int urn, const std::vector<AreaLink>& links, const std::vector<std::string>& practice) {
  auto is_service = [&](const std::string& s) { return std::find(practice.begin(), practice.end(), s) == practice.end(); };
  std::vector<const AreaForImprovement*> allowed;
  for (const AreaForImprovement* c : candidates) {
    const AreaLink* hand = nullptr;
    for (const AreaLink& l : links) {
      if (l.urn == urn && Contains(area.text, l.area) && Contains(c->text, l.later)) hand = &l;
    }
    if (hand && hand->linked) return AreaMatch{c, {}, hand};
    if (!hand) allowed.push_back(c);
  }
  std::optional<AreaMatch> best;
  for (const AreaForImprovement* c : allowed) {
    std::vector<std::string> shared = Shared(area, *c);
    if (shared.empty()) continue;
    // Parts of practice alone do not join two areas about different services or groups.
    if (std::none_of(shared.begin(), shared.end(), is_service) &&
        std::any_of(c->subjects.begin(), c->subjects.end(), is_service) &&
        std::any_of(area.subjects.begin(), area.subjects.end(), is_service)) {
      continue;
    }
    if (!best || shared.size() > best->subjects.size()) best = AreaMatch{c, shared, nullptr};
  }
  return best;
}

}  // namespace oftrack
