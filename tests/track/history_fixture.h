// Builds an AuthorityHistory by hand, the way store/ decodes one, so that the
// tracking rules (track/) and the reports drawn from them are tested without a
// database. Documents are addressed by id while building; pointers into the
// history are taken only once it is complete.
#ifndef OFTRACK_TESTS_TRACK_HISTORY_FIXTURE_H_
#define OFTRACK_TESTS_TRACK_HISTORY_FIXTURE_H_

#include <string>
#include <utility>
#include <vector>

#include "model/history.h"

namespace oftrack::testing {

class HistoryBuilder {
 public:
  HistoryBuilder(int urn, const std::string& name) {
    h_.urn = urn;
    h_.name = name;
    h_.themes = {{"supervision", "Supervision"}, {"front_door", "Front door"}, {"care_leavers", "Care leavers"}};
    h_.subjects = {{"supervision", "supervision"}, {"front_door", "the front door"}, {"care_leavers", "care leavers"},
                   {"workforce", "the workforce"}};
  }

  // A document of its own visit; returns its id.
  int64_t Doc(DocType type, const std::string& start, const std::string& file, int visit_number = 0) {
    StoredDocument d;
    d.id = static_cast<int64_t>(h_.documents.size()) + 1;
    d.visit_id = d.id * 10;
    d.file = file;
    d.type = type;
    d.urn = h_.urn;
    d.visit_start = Date::FromIso(start);
    d.published = d.visit_start;
    d.visit_number = visit_number;
    h_.documents.push_back(d);
    return d.id;
  }

  // A second copy of document `of`'s visit (a committee pack's text copy).
  int64_t CopyOf(int64_t of, const std::string& file) {
    StoredDocument d = Get(of);
    d.id = static_cast<int64_t>(h_.documents.size()) + 1;
    d.file = file;
    d.source_kind = SourceKind::kText;
    h_.documents.push_back(d);
    return d.id;
  }

  void Area(int64_t doc, AreaKind kind, int ordinal, const std::string& text,
            std::vector<std::pair<std::string, std::string>> subjects, std::vector<std::string> themes = {}) {
    AreaForImprovement a;
    a.kind = kind;
    a.ordinal = ordinal;
    a.text = text;
    a.themes = std::move(themes);
    for (auto& [id, words] : subjects) {
      a.subjects.push_back(id);
      a.subject_words.push_back(words);
    }
    Get(doc).areas.push_back(std::move(a));
  }

  void Grade(int64_t doc, GradeDomain domain, GradeValue value) {
    oftrack::Grade g;
    g.domain = domain;
    g.value = value;
    g.source = "table";
    Get(doc).grades.push_back(g);
  }

  // A finding of `doc`, numbered in reading order; returns nothing (pointers
  // are taken once the history is built).
  void Finding(int64_t doc, Judgement j, const std::string& text, std::vector<std::string> subjects,
               const std::string& section = "Findings", std::vector<std::string> themes = {}) {
    std::vector<StoredFinding>& list = h_.findings[doc];
    StoredFinding f;
    f.id = ++next_finding_;
    f.document_id = doc;
    f.section = section;
    f.block_no = static_cast<int>(list.size()) + 1;
    f.para = std::to_string(f.block_no);
    f.sentence_no = 1;
    f.page = 2;
    f.judgement = j;
    f.text = text;
    f.subjects = std::move(subjects);
    f.themes = std::move(themes);
    list.push_back(std::move(f));
  }

  StoredDocument& Get(int64_t id) { return h_.documents[static_cast<size_t>(id - 1)]; }
  AuthorityHistory Build() const { return h_; }

 private:
  AuthorityHistory h_;
  int64_t next_finding_ = 0;
};

}  // namespace oftrack::testing

#endif  // OFTRACK_TESTS_TRACK_HISTORY_FIXTURE_H_
