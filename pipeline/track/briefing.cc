// BuildBriefing compares one column of a ProgressModel with the columns before
// it (see briefing.h for the rules) and drafts questions for members.
//
// Questions come from what still goes wrong, most serious first: areas where
// a weakness persists (most weakness findings first), then new concerns, then
// themes that turned to a weakness at this visit, then areas still mixed,
// then areas this visit did not look at whose last review found a weakness
// (members may ask how anyone knows they improved); six at most, one per
// finding. Each question quotes the
// finding it rests on, shortened to a readable length, and names the month
// of the visit, e.g.
//   Inspectors found in November 2023 that "Supervision is not regular." What
//   is the plan and timescale to improve the quality of supervision?
#include "track/briefing.h"

#include <algorithm>
#include <set>

#include "model/date.h"

namespace oftrack {
namespace {

int Rank(AreaStatus s) {
  switch (s) {
    case AreaStatus::kWeaknessPersists: return 0;
    case AreaStatus::kMixed: return 1;
    case AreaStatus::kImproving: return 2;
    case AreaStatus::kStrength: return 3;
    case AreaStatus::kNotReviewed:
    case AreaStatus::kBaseline:
    case AreaStatus::kRaisedAgain:
    case AreaStatus::kNotRaised: return -1;
  }
  return -1;
}

bool IsConcern(AreaStatus s) { return s == AreaStatus::kWeaknessPersists || s == AreaStatus::kMixed; }

Movement Compare(AreaStatus before, AreaStatus now) {
  if (now == AreaStatus::kNotReviewed) return Movement::kNotReviewed;
  if (Rank(now) > Rank(before)) return Movement::kImproved;
  if (!IsConcern(now)) return Movement::kSustained;
  return IsConcern(before) ? Movement::kPersists : Movement::kNew;
}

int Total(const JudgementCounts& c) { return c[0] + c[1] + c[2] + c[3] + c[4]; }

// A visit that reviewed the area and found something to judge it by.
bool Reviewed(const ProgressCell& c) {
  return (c.review == ReviewKind::kCovered || c.review == ReviewKind::kNoList) && c.status != AreaStatus::kNotReviewed;
}

// "November 2023".
std::string MonthYear(const Visit& v) {
  if (!v.start.valid()) return "an unknown date";
  return std::string(MonthName(v.start.month)) + " " + std::to_string(v.start.year);
}

// The area text as the object of "to improve ...": trailing full stop dropped,
// first letter lowered unless the text reads as an acronym ("MASH ...").
std::string AreaObject(const std::string& text) {
  std::string out = text;
  while (!out.empty() && (out.back() == '.' || out.back() == ' ' || out.back() == ';')) out.pop_back();
  if (out.size() > 1 && out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z')) out[0] += 'a' - 'A';
  static const char* kVerbs[] = {"improve ", "ensure ", "strengthen ", "develop ", "increase ", "reduce "};
  for (const char* verb : kVerbs) {
    if (out.rfind(verb, 0) == 0) return out;
  }
  return "improve " + out;
}

// The finding in quotation marks, shortened, without its closing full stop
// (the sentence it sits in supplies one).
std::string Quoted(const Quote& q) {
  std::string text = ShortenQuote(q.finding->text, 220);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return "\u201c" + text + "\u201d";
}

// Theme labels do not always read as the object of "improve" ("domestic abuse
// and neglect"), so a theme's question names the theme and asks about "this".
BriefingQuestion AskTheme(const BriefingModel& b, const BriefingTheme& t) {
  return {"Inspectors found in " + MonthYear(b.visit()) + " that " + Quoted(*t.quote) + " (" + t.theme->label +
              "), a concern not raised at the visits before. What is the plan and timescale to address this?",
          t.quote, 0};
}

BriefingQuestion Ask(const BriefingModel& b, const BriefingArea& a) {
  const ProgressModel& p = *b.progress;
  const std::string when = MonthYear(b.visit());
  const std::string object = AreaObject(a.area->area->text);
  BriefingQuestion q{"", a.quote, a.area->area->ordinal};
  if (a.movement == Movement::kNotReviewed) {
    const Quote& earlier = a.area->cells[a.before_column].quotes.front();
    q.quote = &earlier;
    q.text = "Inspectors last reported on this area in " + MonthYear(p.visits[b.inspection->columns[a.before_column]]) +
             ", finding that " + Quoted(earlier) + ". How do officers know whether it has improved since, and when "
             "will members see evidence?";
  } else if (a.movement == Movement::kNew) {
    q.text = "Inspectors found in " + when + " that " + Quoted(*a.quote) +
             ", where earlier visits had seen progress. What has changed, and what is the plan and timescale to " +
             object + "?";
  } else if (a.now == AreaStatus::kMixed) {
    q.text = "Inspectors found in " + when + " that " + Quoted(*a.quote) +
             ". Practice is still uneven: what is the plan and timescale to " + object + " consistently?";
  } else {
    q.text = "Inspectors found in " + when + " that " + Quoted(*a.quote) + ". What is the plan and timescale to " +
             object + "?";
  }
  return q;
}

void DraftQuestions(BriefingModel* b) {
  std::vector<BriefingQuestion> candidates;
  auto add_areas = [&](auto pred) {
    std::vector<const BriefingArea*> group;
    for (const BriefingArea& a : b->areas) {
      if (pred(a)) group.push_back(&a);
    }
    std::stable_sort(group.begin(), group.end(), [](const BriefingArea* x, const BriefingArea* y) {
      return x->cell->counts[2] > y->cell->counts[2];  // most weakness findings first
    });
    for (const BriefingArea* a : group) candidates.push_back(Ask(*b, *a));
  };
  add_areas([](const BriefingArea& a) {
    return a.movement == Movement::kPersists && a.now == AreaStatus::kWeaknessPersists && a.quote;
  });
  add_areas([](const BriefingArea& a) { return a.movement == Movement::kNew && a.quote; });
  for (const BriefingTheme& t : b->new_themes) {
    if (IsConcern(t.cell->status) && t.quote) candidates.push_back(AskTheme(*b, t));
  }
  add_areas([](const BriefingArea& a) {
    return a.movement == Movement::kPersists && a.now == AreaStatus::kMixed && a.quote;
  });
  {
    add_areas([](const BriefingArea& a) {
      return a.movement == Movement::kNotReviewed && a.before_column >= 0 && IsConcern(a.before) &&
             !a.area->cells[a.before_column].quotes.empty();
    });
  }
  // One question per finding: a theme's quote is often an area's too.
  std::set<int64_t> asked;
  for (BriefingQuestion& q : candidates) {
    if (b->questions.size() >= static_cast<size_t>(kMaxQuestions)) break;
    if (asked.insert(q.quote->finding->id).second) b->questions.push_back(std::move(q));
  }
}

void FindNewThemes(BriefingModel* b) {
  // The heat map's columns start at the inspection's baseline or before it.
  const std::vector<int>& columns = b->progress->theme_columns;
  auto at = std::find(columns.begin(), columns.end(), b->inspection->columns[b->column]);
  auto from = std::find(columns.begin(), columns.end(), b->inspection->baseline);
  if (at == columns.end() || from == columns.end()) return;
  const int col = static_cast<int>(at - columns.begin());
  const int first = static_cast<int>(from - columns.begin());
  for (const ThemeProgress& t : b->progress->themes) {
    const ProgressCell& now = t.cells[col];
    if (Total(now.counts) == 0) continue;
    int earlier_total = 0;
    AreaStatus earlier = AreaStatus::kNotReviewed;
    for (int c = first; c < col; ++c) {
      earlier_total += Total(t.cells[c].counts);
      if (t.cells[c].status != AreaStatus::kNotReviewed) earlier = t.cells[c].status;
    }
    std::string reason;
    if (earlier_total == 0 && col > first) {
      reason = "first findings on this theme since the inspection";
    } else if (now.status == AreaStatus::kWeaknessPersists && earlier != AreaStatus::kNotReviewed &&
               earlier != AreaStatus::kWeaknessPersists) {
      reason = std::string("weakness now; ") + AreaStatusLabel(earlier) + " when last reviewed";
    }
    if (reason.empty()) continue;
    b->new_themes.push_back({&t, reason, &now, now.quotes.empty() ? nullptr : &now.quotes.front()});
  }
  std::stable_sort(b->new_themes.begin(), b->new_themes.end(), [](const BriefingTheme& x, const BriefingTheme& y) {
    return Rank(x.cell->status) < Rank(y.cell->status);
  });
  if (b->new_themes.size() > static_cast<size_t>(kMaxNewThemes)) b->new_themes.resize(kMaxNewThemes);
}

}  // namespace

const char* MovementLabel(Movement m) {
  switch (m) {
    case Movement::kImproved: return "improved";
    case Movement::kSustained: return "sustained";
    case Movement::kPersists: return "persists";
    case Movement::kNew: return "new concern";
    case Movement::kNotReviewed: return "not reviewed";
  }
  return "";
}

const char* MovementId(Movement m) {
  switch (m) {
    case Movement::kImproved: return "improved";
    case Movement::kSustained: return "sustained";
    case Movement::kPersists: return "persists";
    case Movement::kNew: return "new";
    case Movement::kNotReviewed: return "not_reviewed";
  }
  return "";
}

std::string ShortenQuote(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  }
  std::string out = text.substr(0, cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == ';')) out.pop_back();
  return out + "\u2026";
}

Result<int> FindBriefingColumn(const ProgressModel& p, const std::string& visit) {
  const InspectionProgress* ins = p.latest();
  const std::string name = p.history ? p.history->DisplayName() : "this authority";
  if (!ins || ins->columns.size() < 2) return Status::Usage("no visits on record for " + name + " since its latest inspection");
  if (visit.empty() || visit == "latest") return static_cast<int>(ins->columns.size()) - 1;
  std::string known;
  for (size_t c = 1; c < ins->columns.size(); ++c) {
    const Visit& v = p.visits[ins->columns[c]];
    if (v.start.Iso() == visit) return static_cast<int>(c);
    known += (known.empty() ? "" : ", ") + v.start.Iso();
  }
  return Status::Usage("no visit to " + name + " starting on " + visit + " since its baseline inspection; visits: " +
                       known + " (or \"latest\")");
}

Result<BriefingModel> BuildBriefing(const ProgressModel& progress, int column) {
  const InspectionProgress* ins = progress.latest();
  const std::string name = progress.history ? progress.history->DisplayName() : "this authority";
  if (!ins || ins->areas.empty()) {
    return Status::Usage("no areas for improvement on record for " + name + ": ingest its latest inspection report first");
  }
  if (column < 0) column = static_cast<int>(ins->columns.size()) - 1;
  if (column < 1 || column >= static_cast<int>(ins->columns.size())) {
    return Status::Usage("no visit to " + name + " since its latest inspection to brief on");
  }
  BriefingModel b;
  b.progress = &progress;
  b.inspection = ins;
  b.column = column;
  for (const AreaProgress& row : ins->areas) {
    BriefingArea a;
    a.area = &row;
    for (int c = column - 1; c >= 1; --c) {
      if (!Reviewed(row.cells[c])) continue;
      a.before = row.cells[c].status;
      a.before_column = c;
      break;
    }
    if (a.before_column < 0 && !row.cells[0].quotes.empty()) a.before_column = 0;  // the inspection's own words
    a.cell = &row.cells[column];
    a.now = Reviewed(*a.cell) ? a.cell->status : AreaStatus::kNotReviewed;
    a.movement = Compare(a.before, a.now);
    a.mentioned = a.cell->review == ReviewKind::kMentioned;
    if (!a.cell->quotes.empty()) a.quote = &a.cell->quotes.front();
    b.areas.push_back(a);
  }
  FindNewThemes(&b);
  DraftQuestions(&b);
  return b;
}

}  // namespace oftrack
