// Markup: the markdown and HTML left in council committee papers saved as text.
// Internal to clean (clean.cc); exposed for tests.
#ifndef OFTRACK_TEXT_MARKUP_H_
#define OFTRACK_TEXT_MARKUP_H_

#include <optional>
#include <string>
#include <string_view>

namespace oftrack {

// One line without its markup:
//   "**Date:** Thursday"                      -> "Date: Thursday"
//   "<b>Judgement</b>\t<b>Grade</b>"          -> "Judgement\tGrade"
//   "Thursday 31<sup>st</sup> March 2022"     -> "Thursday 31st March 2022"
//   "## 1. Background"                        -> "1. Background"
//   "see [here](http://x)"                    -> "see here"
//   "| <b>3</b> | <b>Minutes</b> | 3 - 6 |"   -> "3\tMinutes\t3 - 6"
// Returns nullopt for a line to drop: a pipe-table separator ("|---|---|") or
// a table row whose cells are all empty. Leading spaces of other lines are kept.
// Linear in the line's length.
// Takes the line by value: a line without any character markup starts with
// (* < [ & | #), most lines of a converted pack, is returned as it is, moved.
std::optional<std::string> StripMarkup(std::string line);

}  // namespace oftrack

#endif  // OFTRACK_TEXT_MARKUP_H_
