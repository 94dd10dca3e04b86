// Store: stories (their rows, lookup keys and articles) and versions of a page (which
// article supersedes which, and the figures a newer version changed).
#include <nlohmann/json.hpp>

#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

StoryRow ReadStory(const Stmt& st) {
  StoryRow row;
  row.id = st.Int(0);
  row.title = st.Text(1);
  row.title_score = st.Double(2);
  row.first_published = st.Text(3);
  row.last_published = st.Text(4);
  row.articles = st.Int(5);
  row.centroid = st.Text(6);
  row.key_count = st.Int(7);
  return row;
}

core::Status AddParties(Stmt& parties, StoryArticle* article) {
  parties.Reset();
  parties.Bind(1, article->article_id);
  core::Status bad;
  NR_RETURN_IF_ERROR(parties.ForEachRow([&] {
    auto list = nlohmann::json::parse(parties.Text(0), nullptr, false);
    bool ok = list.is_array();
    for (size_t i = 0; ok && i < list.size(); ++i) {
      ok = list[i].is_string();
      if (ok) article->parties.push_back(list[i].get<std::string>());
    }
    if (!ok && bad.ok()) {
      bad = core::Corruption("article " + std::to_string(article->article_id) +
                             ": a claim's parties are not a JSON array of strings");
    }
  }));
  return bad;
}

}  // namespace

core::Result<std::vector<StoryArticle>> Store::ArticlesWithoutStory(size_t limit) {
  auto stmt = db_->Prepare(
      "SELECT id, substr(coalesce(published, ''), 1, 10), title, text FROM articles "
      "WHERE story_id IS NULL AND not_article IS NULL "
      "ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published, id LIMIT ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, static_cast<int64_t>(limit));
  std::vector<StoryArticle> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), {}});
  }));
  auto parties = db_->Prepare("SELECT DISTINCT parties FROM claims WHERE article_id = ?");
  if (!parties.ok()) return parties.status();
  for (StoryArticle& a : out) NR_RETURN_IF_ERROR(AddParties(*parties, &a));
  return out;
}

core::Result<std::vector<int64_t>> Store::StoriesWithKeys(const std::vector<int64_t>& keys,
                                                          size_t per_key) {
  auto stmt = db_->Prepare(
      "SELECT story_id FROM story_keys WHERE key = ? ORDER BY story_id DESC LIMIT ?");
  if (!stmt.ok()) return stmt.status();
  std::vector<int64_t> out;
  std::set<int64_t> seen;
  for (int64_t key : keys) {
    stmt->Reset();
    stmt->Bind(1, key).Bind(2, static_cast<int64_t>(per_key));
    NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
      if (seen.insert(stmt->Int(0)).second) out.push_back(stmt->Int(0));
    }));
  }
  return out;
}

core::Result<StoryRow> Store::LoadStory(int64_t id) {
  auto stmt = db_->Prepare(
      "SELECT id, title, title_score, first_published, last_published, articles, centroid, "
      "key_count FROM stories WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return core::NotFound("no story with id " + std::to_string(id));
  return ReadStory(*stmt);
}

core::Result<std::vector<StoryRow>> Store::LoadStories(const std::vector<int64_t>& ids) {
  auto stmt = db_->Prepare(
      "SELECT id, title, title_score, first_published, last_published, articles, centroid, "
      "key_count FROM stories WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  std::vector<StoryRow> out;
  for (int64_t id : ids) {
    stmt->Reset();
    stmt->Bind(1, id);
    NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { out.push_back(ReadStory(*stmt)); }));
  }
  return out;
}

core::Status Store::SaveStories(const StoryBatch& batch) {
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto insert = db_->Prepare(
      "INSERT INTO stories(title, title_score, first_published, last_published, articles, "
      "centroid, key_count) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
  if (!insert.ok()) return insert.status();
  auto update = db_->Prepare(
      "UPDATE stories SET title = ?, title_score = ?, first_published = ?, last_published = ?, "
      "articles = ?, centroid = ?, key_count = ? WHERE id = ?");
  if (!update.ok()) return update.status();
  std::map<int64_t, int64_t> ids;  // new stories' temporary ids to their stored ones
  for (const StoryRow& s : batch.stories) {
    Stmt& st = s.id < 0 ? *insert : *update;
    st.Reset();
    st.Bind(1, s.title).Bind(2, s.title_score).Bind(3, s.first_published);
    st.Bind(4, s.last_published).Bind(5, s.articles).Bind(6, s.centroid).Bind(7, s.key_count);
    if (s.id >= 0) {
      NR_RETURN_IF_ERROR(st.Bind(8, s.id).Run());
      continue;
    }
    auto id = st.RunReturningId();
    if (!id.ok()) return id.status();
    ids[s.id] = id->value_or(0);
  }
  auto real = [&](int64_t id) { return id < 0 ? ids[id] : id; };
  auto key = db_->Prepare(
      "INSERT INTO story_keys(key, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
  if (!key.ok()) return key.status();
  for (const auto& [k, story] : batch.keys) {
    key->Reset();
    NR_RETURN_IF_ERROR(key->Bind(1, k).Bind(2, real(story)).Run());
  }
  auto assign = db_->Prepare("UPDATE articles SET story_id = ? WHERE id = ?");
  if (!assign.ok()) return assign.status();
  for (const auto& [article, story] : batch.assignments) {
    assign->Reset();
    NR_RETURN_IF_ERROR(assign->Bind(1, real(story)).Bind(2, article).Run());
  }
  return txn.Commit();
}

core::Result<std::vector<std::pair<int64_t, int64_t>>> Store::ArticleStories() {
  auto stmt = db_->Prepare("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<int64_t, int64_t>> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { out.emplace_back(stmt->Int(0), stmt->Int(1)); }));
  return out;
}

core::Result<std::map<int64_t, std::string>> Store::StoryTitles(const std::set<int64_t>& ids) {
  auto stmt = db_->Prepare("SELECT title FROM stories WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  std::map<int64_t, std::string> out;
  for (int64_t id : ids) {
    stmt->Reset();
    stmt->Bind(1, id);
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (*row) out[id] = stmt->Text(0);
  }
  return out;
}

core::Status Store::SupersedeOlderVersions(int64_t source_id, int64_t article_id,
                                           const std::string& url) {
  if (url.empty()) return core::Status::Ok();
  auto stmt = db_->Prepare(
      "UPDATE articles SET superseded_by = ?1 WHERE document_id IN "
      "(SELECT id FROM documents WHERE source_id = ?2 AND url = ?3) "
      "AND id != ?1 AND superseded_by IS NULL AND not_article IS NULL");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, article_id).Bind(2, source_id).Bind(3, url).Run();
}

core::Result<std::vector<std::pair<int64_t, int64_t>>> Store::UncheckedVersions() {
  auto stmt = db_->Prepare(
      "SELECT id, superseded_by FROM articles WHERE superseded_by IS NOT NULL "
      "AND revisions_checked = 0 ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<int64_t, int64_t>> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { out.emplace_back(stmt->Int(0), stmt->Int(1)); }));
  return out;
}

core::Status Store::SaveRevisions(int64_t old_article, const std::vector<Revision>& revisions) {
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto insert = db_->Prepare(
      "INSERT INTO revisions(old_article, new_article, old_figure, new_figure, old_quote, "
      "new_quote) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  for (const Revision& r : revisions) {
    insert->Reset();
    insert->Bind(1, r.old_article).Bind(2, r.new_article).Bind(3, r.old_figure);
    insert->Bind(4, r.new_figure).Bind(5, r.old_quote).Bind(6, r.new_quote);
    NR_RETURN_IF_ERROR(insert->Run());
  }
  auto mark = db_->Prepare("UPDATE articles SET revisions_checked = 1 WHERE id = ?");
  if (!mark.ok()) return mark.status();
  NR_RETURN_IF_ERROR(mark->Bind(1, old_article).Run());
  return txn.Commit();
}

core::Result<std::vector<Revision>> Store::LoadRevisions() {
  auto stmt = db_->Prepare(
      "SELECT r.id, r.old_article, r.new_article, r.old_figure, r.new_figure, r.old_quote, "
      "r.new_quote, s.name, nd.url, od.stored_at, nd.stored_at, coalesce(n.story_id, 0), "
      "coalesce(st.title, '') FROM revisions r "
      "JOIN articles o ON o.id = r.old_article JOIN articles n ON n.id = r.new_article "
      "JOIN sources s ON s.id = n.source_id JOIN documents od ON od.id = o.document_id "
      "JOIN documents nd ON nd.id = n.document_id LEFT JOIN stories st ON st.id = n.story_id "
      "ORDER BY r.new_article DESC, r.id");
  if (!stmt.ok()) return stmt.status();
  std::vector<Revision> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    Revision r;
    r.id = stmt->Int(0);
    r.old_article = stmt->Int(1);
    r.new_article = stmt->Int(2);
    r.old_figure = stmt->Text(3);
    r.new_figure = stmt->Text(4);
    r.old_quote = stmt->Text(5);
    r.new_quote = stmt->Text(6);
    r.source = stmt->Text(7);
    r.url = stmt->Text(8);
    r.old_seen = stmt->Text(9);
    r.new_seen = stmt->Text(10);
    r.story_id = stmt->Int(11);
    r.story_title = stmt->Text(12);
    out.push_back(std::move(r));
  }));
  return out;
}

}  // namespace newsrecon::store
