// Store: claims with their values, and contradictions with their history and verdicts.
#include <cstdint>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "core/candidates.h"
#include "core/figures.h"
#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

using nlohmann::json;

std::string RolesJson(const std::vector<core::Role>& roles) {
  json out = json::array();
  for (const auto& r : roles) out.push_back({{"name", r.name}, {"party", r.party}});
  return out.dump();
}

// The text of a bad JSON column, shortened for a one-line message.
std::string Shown(const std::string& text) {
  return "'" + (text.size() > 60 ? text.substr(0, 60) + "..." : text) + "'";
}

// Decodes a claim's roles column: a JSON array of {"name": text, "party": text}. Fails
// with kCorruption on anything else; never throws.
core::Status ParseRoles(const std::string& text, std::vector<core::Role>* roles) {
  json parsed = json::parse(text, nullptr, false);
  auto text_of = [](const json& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() ? std::optional<std::string>("")
                         : it->is_string() ? std::optional<std::string>(it->get<std::string>())
                                           : std::nullopt;
  };
  bool ok = parsed.is_array();
  for (size_t i = 0; ok && i < parsed.size(); ++i) {
    const json& r = parsed[i];
    auto name = r.is_object() ? text_of(r, "name") : std::nullopt;
    auto party = r.is_object() ? text_of(r, "party") : std::nullopt;
    ok = name && party;
    if (ok) roles->push_back({*name, *party});
  }
  if (ok) return core::Status::Ok();
  return core::Corruption("roles " + Shown(text) + " are not a JSON array of {name, party}");
}

// Decodes a JSON array of strings (a claim's parties). Fails with kCorruption on anything
// else; never throws.
core::Status ParseStrings(const std::string& text, std::vector<std::string>* out) {
  json parsed = json::parse(text, nullptr, false);
  bool ok = parsed.is_array();
  for (size_t i = 0; ok && i < parsed.size(); ++i) {
    ok = parsed[i].is_string();
    if (ok) out->push_back(parsed[i].get<std::string>());
  }
  if (ok) return core::Status::Ok();
  return core::Corruption("parties " + Shown(text) + " are not a JSON array of strings");
}

constexpr const char* kClaimSelect =
    "SELECT c.id, c.article_id, a.source_id, s.name, "
    "CASE WHEN a.canonical_url != '' THEN a.canonical_url ELSE a.url END, "
    "coalesce(a.published, ''), a.title, c.sentence_idx, c.relation, c.roles, c.parties, "
    "c.polarity, c.phase, c.attribution, c.keywords, c.start, c.\"end\", c.quote, c.undisclosed, "
    "coalesce(a.duplicate_of, a.id), a.site_name, coalesce(a.story_id, 0) ";
constexpr const char* kClaimJoins =
    "FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id ";

constexpr int kClaimColumnCount = 22;  // the columns kClaimSelect selects
// The most claims a frame block or a speaker's group holds; beyond, they are too generic.
constexpr size_t kMaxFrameBlock = 5000;

// Reads one row of kClaimSelect. Fails with kCorruption, naming the claim, when its roles
// or parties cannot be decoded or its polarity or phase is not a known name.
core::Result<StoredClaim> ReadClaim(const Stmt& st) {
  StoredClaim sc;
  core::Claim& c = sc.claim;
  c.id = st.Int(0);
  sc.article_id = st.Int(1);
  sc.source_id = st.Int(2);
  sc.source = st.Text(3);
  sc.url = st.Text(4);
  sc.published = st.Text(5);
  sc.title = st.Text(6);
  c.sentence = static_cast<size_t>(st.Int(7));
  c.relation = st.Text(8);
  core::Status decoded = ParseRoles(st.Text(9), &c.roles);
  if (decoded.ok()) decoded = ParseStrings(st.Text(10), &c.parties);
  const std::string row = "claim " + std::to_string(c.id);
  if (!decoded.ok()) return decoded.Prefixed(row);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParsePolarity, st.Text(11), row, "polarity", &c.polarity));
  NR_RETURN_IF_ERROR(ParseColumn(core::ParsePhase, st.Text(12), row, "phase", &c.phase));
  c.attribution = st.Text(13);
  std::string words = st.Text(14);
  for (size_t at = 0; at < words.size();) {
    size_t next = words.find(' ', at);
    if (next == std::string::npos) next = words.size();
    if (next > at) c.keywords.push_back(words.substr(at, next - at));
    at = next + 1;
  }
  c.span = {static_cast<size_t>(st.Int(15)), static_cast<size_t>(st.Int(16))};
  c.quote = st.Text(17);
  c.undisclosed = st.Int(18) != 0;
  sc.voice = st.Int(19);
  sc.site_name = st.Text(20);
  sc.story_id = st.Int(21);
  return sc;
}

// Reads a claim_values row of claim `claim_id` whose type column is at `at` + 1 (the
// columns before it are the caller's). Fails with kCorruption, naming the claim, when its
// type, bound, precision, role or direction is not a known name.
core::Result<core::Value> ReadValue(const Stmt& st, int64_t claim_id, int at = 0) {
  core::Value v;
  const std::string row = "claim " + std::to_string(claim_id) + " value";
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseValueType, st.Text(at + 1), row, "type", &v.type));
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseBound, st.Text(at + 2), row, "bound", &v.bound));
  v.text = st.Text(at + 3);
  v.span = {static_cast<size_t>(st.Int(at + 4)), static_cast<size_t>(st.Int(at + 5))};
  v.amount = st.Double(at + 6);
  v.high = st.Double(at + 7);
  v.currency = st.Text(at + 8);
  v.unit = st.Text(at + 9);
  v.date = st.Text(at + 10);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseDatePrecision, st.Text(at + 11), row, "precision",
                                 &v.precision));
  v.qualifier = st.Text(at + 12);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseValueRole, st.Text(at + 13), row, "role", &v.role));
  v.frame = st.Text(at + 14);
  v.subject = st.Text(at + 15);
  v.when = st.Text(at + 16);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseDirection, st.Text(at + 17), row, "direction",
                                 &v.direction));
  return v;
}

// Reads claims selected by `where` (with its bindings done by `bind`), values attached.
template <typename BindFn>
core::Result<std::vector<StoredClaim>> QueryClaims(Db* db, const std::string& where, BindFn bind) {
  auto stmt = db->Prepare(std::string(kClaimSelect) + kClaimJoins + where +
                          " ORDER BY c.article_id, c.sentence_idx, c.id");
  if (!stmt.ok()) return stmt.status();
  bind(*stmt);
  std::vector<StoredClaim> out;
  std::map<int64_t, size_t> index;
  core::Status bad;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    if (!bad.ok()) return;
    auto claim = ReadClaim(*stmt);
    if (!claim.ok()) {
      bad = claim.status();
      return;
    }
    out.push_back(std::move(*claim));
    index[out.back().claim.id] = out.size() - 1;
  }));
  NR_RETURN_IF_ERROR(bad);
  if (out.empty()) return out;
  auto values = db->Prepare(
      "SELECT claim_id, type, bound, text, start, \"end\", amount, high, currency, unit, date, "
      "precision, qualifier, role, frame, subject, \"when\", direction FROM claim_values "
      "WHERE claim_id BETWEEN ? AND ? "
      "ORDER BY claim_id, idx");
  if (!values.ok()) return values.status();
  values->Bind(1, index.begin()->first).Bind(2, index.rbegin()->first);
  NR_RETURN_IF_ERROR(values->ForEachRow([&] {
    auto it = index.find(values->Int(0));
    if (it == index.end() || !bad.ok()) return;
    auto value = ReadValue(*values, it->first);
    if (value.ok()) {
      out[it->second].claim.values.push_back(std::move(*value));
    } else {
      bad = value.status();
    }
  }));
  NR_RETURN_IF_ERROR(bad);
  return out;
}

}  // namespace

core::Result<int64_t> Store::InsertClaims(int64_t article_id,
                                          const std::vector<core::Claim>& claims) {
  auto claim = db_->Prepare(
      "INSERT INTO claims(article_id, sentence_idx, relation, roles, parties, polarity, phase, "
      "attribution, keywords, start, \"end\", quote, undisclosed) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  if (!claim.ok()) return claim.status();
  auto value = db_->Prepare(
      "INSERT INTO claim_values(claim_id, idx, type, bound, text, start, \"end\", amount, high, "
      "currency, unit, date, precision, qualifier, role, frame, subject, \"when\", direction, "
      "frame_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!value.ok()) return value.status();
  for (const core::Claim& c : claims) {
    std::string words;
    for (const auto& w : c.keywords) words += (words.empty() ? "" : " ") + w;
    claim->Reset();
    claim->Bind(1, article_id).Bind(2, static_cast<int64_t>(c.sentence)).Bind(3, c.relation);
    claim->Bind(4, RolesJson(c.roles)).Bind(5, json(c.parties).dump());
    claim->Bind(6, core::ToString(c.polarity)).Bind(7, core::ToString(c.phase));
    claim->Bind(8, c.attribution).Bind(9, words);
    claim->Bind(10, static_cast<int64_t>(c.span.start)).Bind(11, static_cast<int64_t>(c.span.end));
    claim->Bind(12, c.quote).Bind(13, int64_t{c.undisclosed ? 1 : 0});
    auto inserted = claim->RunReturningId();
    if (!inserted.ok()) return inserted.status();
    int64_t claim_id = inserted->value_or(0);
    for (size_t i = 0; i < c.values.size(); ++i) {
      const core::Value& v = c.values[i];
      value->Reset();
      value->Bind(1, claim_id).Bind(2, static_cast<int64_t>(i)).Bind(3, core::ToString(v.type));
      value->Bind(4, core::ToString(v.bound)).Bind(5, v.text);
      value->Bind(6, static_cast<int64_t>(v.span.start)).Bind(7, static_cast<int64_t>(v.span.end));
      value->Bind(8, v.amount).Bind(9, v.high).Bind(10, v.currency).Bind(11, v.unit);
      value->Bind(12, v.date).Bind(13, core::ToString(v.precision)).Bind(14, v.qualifier);
      value->Bind(15, core::ToString(v.role));
      value->Bind(16, v.frame).Bind(17, v.subject).Bind(18, v.when).Bind(19, core::ToString(v.direction));
      value->Bind(20, core::FrameOf(v));
      NR_RETURN_IF_ERROR(value->Run());
    }
  }
  return static_cast<int64_t>(claims.size());
}

core::Status Store::ReplaceClaims(int64_t article_id, const std::vector<core::Claim>& claims,
                                  const std::string& claims_version) {
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto del = db_->Prepare("DELETE FROM claims WHERE article_id = ?");
  if (!del.ok()) return del.status();
  NR_RETURN_IF_ERROR(del->Bind(1, article_id).Run());
  auto inserted = InsertClaims(article_id, claims);
  if (!inserted.ok()) return inserted.status();
  auto ver = db_->Prepare("UPDATE articles SET claims_version = ? WHERE id = ?");
  if (!ver.ok()) return ver.status();
  NR_RETURN_IF_ERROR(ver->Bind(1, claims_version).Bind(2, article_id).Run());
  return txn.Commit();
}

core::Result<std::vector<StoredClaim>> Store::LoadClaims() {
  return QueryClaims(db_.get(), "WHERE a.not_article IS NULL AND a.superseded_by IS NULL",
                     [](Stmt&) {});
}

core::Status Store::StreamClaims(
    const std::string& values_join, const std::string& where, const std::string& key_expr,
    const std::string& order, size_t max_group, bool (*keep)(const core::Claim&),
    const std::function<core::Status(const std::vector<StoredClaim>&)>& group) {
  // One pass over claims joined with their values, in `order`; a group is complete when
  // its key changes. Superseded versions of a page take no part. `where` may select more
  // than the rule: `keep` (core/candidates.h) decides, so the rule is written once.
  auto stmt = db_->Prepare(
      std::string(kClaimSelect) +
      ", v.type, v.bound, v.text, v.start, v.\"end\", v.amount, v.high, v.currency, "
      "v.unit, v.date, v.precision, v.qualifier, v.role, v.frame, v.subject, v.\"when\", "
      "v.direction, " + key_expr + " " +
      kClaimJoins + values_join + " claim_values v ON v.claim_id = c.id "
      "WHERE a.not_article IS NULL AND a.superseded_by IS NULL AND " + where + " ORDER BY " + order);
  if (!stmt.ok()) return stmt.status();
  std::vector<StoredClaim> current;
  std::string key;
  int64_t left_out = 0;  // the claim whose rows are being skipped: not a candidate
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    int64_t id = stmt->Int(0);
    if (id == left_out) continue;
    std::string k = stmt->Text(kClaimColumnCount + 17);  // the key, after the value columns
    if (k == key && current.size() >= max_group && current.back().claim.id != id) continue;
    if (current.empty() || current.back().claim.id != id || k != key) {
      NR_ASSIGN_OR_RETURN(StoredClaim sc, ReadClaim(*stmt));
      if (!keep(sc.claim)) {
        left_out = id;
        continue;
      }
      if (k != key && !current.empty()) {
        NR_RETURN_IF_ERROR(group(current));
        current.clear();
      }
      key = std::move(k);
      current.push_back(std::move(sc));
    }
    if (!stmt->IsNull(kClaimColumnCount)) {
      NR_ASSIGN_OR_RETURN(core::Value v, ReadValue(*stmt, id, kClaimColumnCount - 1));
      current.back().claim.values.push_back(std::move(v));
    }
  }
  if (!current.empty()) NR_RETURN_IF_ERROR(group(current));
  return core::Status::Ok();
}

// Each stream orders rows by its candidate set's key and selects in SQL a superset of the
// set; the rule itself (core/candidates.h) picks the claims.
core::Status Store::ForEachClaimGroup(
    const std::function<core::Status(const std::vector<StoredClaim>&)>& group) {
  return StreamClaims("LEFT JOIN", "c.relation != ''", "c.relation || ' ' || c.parties",
                      "c.relation, c.parties, c.id, v.idx", SIZE_MAX, core::InRelationGroup,
                      group);
}

// The key is the story and each value's frame_key, which InsertClaims writes as
// core::FrameOf: the rule is written once. The grouping tests hold the store's blocks to
// the in-memory twin's.
core::Status Store::ForEachFrameBlock(
    const std::function<core::Status(const std::vector<StoredClaim>&)>& block) {
  // A block never spans two stories.
  return StreamClaims("JOIN", "c.relation = ''", "coalesce(a.story_id, 0) || ' ' || v.frame_key",
                      "coalesce(a.story_id, 0), v.frame_key, c.id, v.idx", kMaxFrameBlock,
                      core::InFrameBlocks, block);
}

namespace {
bool AnyClaim(const core::Claim&) { return true; }
}  // namespace

core::Status Store::ForEachCopyGroup(
    const std::function<core::Status(const std::vector<StoredClaim>&)>& group) {
  return StreamClaims(
      "LEFT JOIN",
      "coalesce(a.duplicate_of, a.id) IN (SELECT duplicate_of FROM articles WHERE duplicate_of "
      "IS NOT NULL)",
      "coalesce(a.duplicate_of, a.id)",
      "coalesce(a.duplicate_of, a.id), c.article_id, c.id, v.idx", SIZE_MAX, AnyClaim, group);
}

core::Status Store::ForEachSpeaker(
    const std::function<core::Status(const std::vector<StoredClaim>&)>& group) {
  return StreamClaims("LEFT JOIN", "c.attribution != ''",
                      "coalesce(a.story_id, 0) || ' ' || c.attribution",
                      "coalesce(a.story_id, 0), c.attribution, c.id, v.idx", kMaxFrameBlock,
                      core::InSpeakerGroup, group);
}

core::Status Store::ForEachAlignmentBlock(
    const std::function<core::Status(const std::vector<StoredClaim>&)>& block) {
  return StreamClaims("LEFT JOIN", "c.relation = '' AND json_array_length(c.parties) > 0",
                      "c.relation || ' ' || c.parties", "c.relation, c.parties, c.id, v.idx",
                      SIZE_MAX, core::InAlignmentBlock, block);
}

core::Result<std::set<std::pair<int64_t, long long>>> Store::HedgedFigures() {
  auto stmt = db_->Prepare(
      "SELECT DISTINCT c.article_id, v.amount FROM claim_values v "
      "JOIN claims c ON c.id = v.claim_id WHERE v.bound = 'up_to'");
  if (!stmt.ok()) return stmt.status();
  std::set<std::pair<int64_t, long long>> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    out.insert({stmt->Int(0), core::FigureKey(stmt->Double(1))});  // not SQL's round()
  }));
  return out;
}

core::Result<std::vector<StoredClaim>> Store::LoadClaimsById(const std::vector<int64_t>& ids) {
  std::vector<StoredClaim> out;
  for (int64_t id : ids) {
    auto one = QueryClaims(db_.get(), "WHERE c.id = ?", [id](Stmt& s) { s.Bind(1, id); });
    if (!one.ok()) return one.status();
    for (auto& c : *one) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace newsrecon::store
