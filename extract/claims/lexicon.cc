// Lexicon parsing from TOML, merging, and the built-in default.
#include "extract/claims/lexicon.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <iostream>

namespace newsrecon::extract {

extern const char kDefaultLexiconToml[];  // generated from data/lexicon.toml

namespace {

std::string Where(const std::string& file, const toml::node& node) {
  return file + ":" + std::to_string(node.source().begin.line);
}

core::Status Strings(const toml::table& t, const char* key, const std::string& where,
                     std::vector<std::string>* out) {
  const toml::node* node = t.get(key);
  if (node == nullptr) return core::Status::Ok();
  const toml::array* arr = node->as_array();
  if (arr == nullptr) return core::InvalidArgument(where + ": '" + key + "' must be an array of strings");
  for (const toml::node& item : *arr) {
    auto s = item.value<std::string>();
    if (!s) return core::InvalidArgument(where + ": '" + key + "' must be an array of strings");
    out->push_back(*s);
  }
  return core::Status::Ok();
}

core::Result<PartyEntry> ParseParty(const toml::table& t, const std::string& file) {
  PartyEntry p;
  std::string where = Where(file, t);
  auto name = t["name"].value<std::string>();
  if (!name || name->empty()) return core::InvalidArgument(where + ": party needs a 'name'");
  p.name = *name;
  p.aliases.push_back(p.name);  // first, then the listed ones (not insert(begin()): GCC 12 warns)
  NR_RETURN_IF_ERROR(Strings(t, "aliases", where, &p.aliases));
  NR_RETURN_IF_ERROR(Strings(t, "descriptors", where, &p.descriptors));
  return p;
}

core::Result<RelationEntry> ParseRelation(const toml::table& t, const std::string& file) {
  RelationEntry r;
  r.origin = Where(file, t);
  auto id = t["id"].value<std::string>();
  if (!id || id->empty()) return core::InvalidArgument(r.origin + ": relation needs an 'id'");
  r.id = *id;
  std::string where = r.origin + ": relation '" + r.id + "'";
  NR_RETURN_IF_ERROR(Strings(t, "roles", where, &r.roles));
  NR_RETURN_IF_ERROR(Strings(t, "values", where, &r.values));
  NR_RETURN_IF_ERROR(Strings(t, "phrasings", where, &r.phrasings));
  if (r.roles.size() != 2) return core::InvalidArgument(where + ": 'roles' must name two roles");
  if (r.phrasings.empty()) return core::InvalidArgument(where + ": 'phrasings' is empty");
  r.topic = t["topic"].value_or(std::string());
  return r;
}

}  // namespace

core::Result<Lexicon> ParseLexicon(std::string_view toml_text, const std::string& file) {
  // toml++ as Debian builds it reports parse errors by exception; they stop here.
  toml::table root;
  try {
    root = toml::parse(toml_text, file);
  } catch (const toml::parse_error& e) {
    return core::InvalidArgument(file + ":" + std::to_string(e.source().begin.line) + ": " +
                                 std::string(e.description()));
  }
  Lexicon lex;
  if (const toml::array* parties = root["party"].as_array()) {
    for (const toml::node& n : *parties) {
      const toml::table* t = n.as_table();
      if (t == nullptr) return core::InvalidArgument(Where(file, n) + ": [[party]] must be a table");
      auto p = ParseParty(*t, file);
      if (!p.ok()) return p.status();
      lex.parties.push_back(std::move(*p));
    }
  }
  if (const toml::array* relations = root["relation"].as_array()) {
    for (const toml::node& n : *relations) {
      const toml::table* t = n.as_table();
      if (t == nullptr) return core::InvalidArgument(Where(file, n) + ": [[relation]] must be a table");
      auto r = ParseRelation(*t, file);
      if (!r.ok()) return r.status();
      lex.relations.push_back(std::move(*r));
    }
  }
  if (const toml::table* phase = root["phase"].as_table()) {
    std::string where = Where(file, *phase) + ": [phase]";
    NR_RETURN_IF_ERROR(Strings(*phase, "ends", where, &lex.cues_ends));
    NR_RETURN_IF_ERROR(Strings(*phase, "continues", where, &lex.cues_continues));
    NR_RETURN_IF_ERROR(Strings(*phase, "starts", where, &lex.cues_starts));
    NR_RETURN_IF_ERROR(Strings(*phase, "past", where, &lex.cues_past));
  }
  return lex;
}

void MergeLexicon(const Lexicon& extra, Lexicon* base) {
  for (const PartyEntry& p : extra.parties) {
    bool merged = false;
    for (PartyEntry& known : base->parties) {
      if (known.name != p.name) continue;
      known.aliases.insert(known.aliases.end(), p.aliases.begin(), p.aliases.end());
      known.descriptors.insert(known.descriptors.end(), p.descriptors.begin(), p.descriptors.end());
      merged = true;
    }
    if (!merged) base->parties.push_back(p);
  }
  for (const RelationEntry& r : extra.relations) {
    bool replaced = false;
    for (RelationEntry& known : base->relations) {
      if (known.id == r.id) {
        known = r;
        replaced = true;
      }
    }
    if (!replaced) base->relations.push_back(r);
  }
  auto append = [](const std::vector<std::string>& from, std::vector<std::string>* to) {
    to->insert(to->end(), from.begin(), from.end());
  };
  append(extra.cues_ends, &base->cues_ends);
  append(extra.cues_continues, &base->cues_continues);
  append(extra.cues_starts, &base->cues_starts);
  append(extra.cues_past, &base->cues_past);
}

const Lexicon& DefaultLexicon() {
  static const Lexicon kLexicon = [] {
    auto parsed = ParseLexicon(kDefaultLexiconToml, "data/lexicon.toml");
    if (!parsed.ok()) {
      // The build's tests parse this file; reaching here means a broken build.
      std::cerr << "newsrecon: built-in lexicon: " << parsed.status().message() << "\n";
      std::abort();
    }
    return std::move(*parsed);
  }();
  return kLexicon;
}

}  // namespace newsrecon::extract
