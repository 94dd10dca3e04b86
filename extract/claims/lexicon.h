// The relation lexicon and the party gazetteer: data, not code.
//
// Both come from TOML: the shipped defaults (data/lexicon.toml, built into the binary)
// plus any file the operator names. A relation lists its roles and RE2 phrasings written
// over a clause in which parties and values are replaced by slots:
//
//   [[relation]]
//   id = "investment"
//   roles = ["investor", "investee"]
//   values = ["money"]
//   phrasings = ['{investor} {gap} invest(?:s|ed|ing)? {gap} in {investee}']
//
// Macros: {ROLE} is the party in that role, {party} any party, {value} the relation's value,
// {start} a value that says when the fact began, {gap} any words that hold no party.
// Phrasings match case-insensitively.
#ifndef NEWSRECON_EXTRACT_CLAIMS_LEXICON_H_
#define NEWSRECON_EXTRACT_CLAIMS_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsrecon::extract {

struct PartyEntry {
  std::string name;                      // canonical
  std::vector<std::string> aliases;      // written forms, case-sensitive ("AWS")
  std::vector<std::string> descriptors;  // phrases that stand for it ("the ChatGPT maker")
};

struct RelationEntry {
  std::string id;
  std::vector<std::string> roles;      // two roles; equal names make the relation symmetric
  std::vector<std::string> values;     // value types the relation carries ("money", ...)
  std::string topic;                   // RE2 that must also match the clause, optional
  std::vector<std::string> phrasings;  // RE2 with macros, see above
  std::string origin;                  // "file:line" of the entry, for error messages
  bool symmetric() const { return roles.size() == 2 && roles[0] == roles[1]; }
};

struct Lexicon {
  std::vector<PartyEntry> parties;
  std::vector<RelationEntry> relations;
  std::vector<std::string> cues_ends;       // phase words, RE2 alternatives
  std::vector<std::string> cues_continues;
  std::vector<std::string> cues_starts;
  std::vector<std::string> cues_past;
};

// Parses [[party]], [[relation]] and [phase] tables from TOML text; `file` names it in
// errors ("FILE:LINE: relation 'x': missing key 'roles'"). Other tables are ignored, so
// the operator's config file can carry its lexicon.
core::Result<Lexicon> ParseLexicon(std::string_view toml_text, const std::string& file);

// Adds `extra` to `base`: parties with a known name gain aliases, relations with a known id
// replace the shipped one, new ones are appended.
void MergeLexicon(const Lexicon& extra, Lexicon* base);

// The shipped default lexicon (parsed once; the build checks that it parses).
const Lexicon& DefaultLexicon();

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_LEXICON_H_
