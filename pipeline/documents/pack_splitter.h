// Split pack: cut the Ofsted documents out of a file. A report or letter on its
// own is one document; a council committee pack (agenda, minutes, officer
// reports) may embed several, each starting at its title line
// ("Inspection of Nottingham City local authority children's services",
// "Monitoring visit to ... children's services", the letter's date/addressee
// block before it) and ending at the signature block / Ofsted licence text or
// the next document. A pack with no Ofsted document yields one DocumentText
// covering the whole file (it will be recognised as committee_pack/other).
#ifndef OFTRACK_DOCUMENTS_PACK_SPLITTER_H_
#define OFTRACK_DOCUMENTS_PACK_SPLITTER_H_

#include <vector>

#include "model/source_text.h"

namespace oftrack {

// Takes the text by value: a file that is one document moves its lines through
// without a copy (call with std::move when the CleanText is not needed after).
std::vector<DocumentText> SplitPack(CleanText text);

}  // namespace oftrack

#endif  // OFTRACK_DOCUMENTS_PACK_SPLITTER_H_
