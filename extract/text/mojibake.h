// Repair of text that was UTF-8, read as Latin-1 or Windows-1252 and written out again as
// UTF-8 ("â€™" or "â" with two control characters for "’").
#ifndef NEWSRECON_EXTRACT_TEXT_MOJIBAKE_H_
#define NEWSRECON_EXTRACT_TEXT_MOJIBAKE_H_

#include <string>

namespace newsrecon::extract {

// Rewrites, in the valid UTF-8 `text`, each run of characters that spells the bytes of one
// UTF-8 character through Latin-1 or Windows-1252 as that character. A run is rewritten
// only when one of its trailing characters is a C1 control (U+0080–U+009F) or a
// Windows-1252 character of 0x80–0x9F (€, ’, “, ™ ...), which no real text puts after
// "â" or "Ã"; "Ã©" alone is left, as it may be meant. Everything else is unchanged; a
// text without such runs is returned as it is, after one scan.
void RepairMojibake(std::string* text);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_MOJIBAKE_H_
