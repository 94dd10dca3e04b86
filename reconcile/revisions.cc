// Revisions: the figures a page changed between two versions.
#include "reconcile/revisions.h"

#include <string_view>

#include "reconcile/sentence_align.h"

namespace newsrecon::reconcile {
namespace {

std::vector<std::string_view> Sentences(const core::Article& a) {
  std::vector<std::string_view> out;
  const std::string& text = a.content.text;
  for (const core::Span& s : a.content.sentences) {
    if (s.start <= s.end && s.end <= text.size()) {
      out.push_back(std::string_view(text).substr(s.start, s.end - s.start));
    }
  }
  return out;
}

std::vector<MaskedSentence> Masked(const std::vector<std::string_view>& sentences) {
  std::vector<MaskedSentence> out;
  out.reserve(sentences.size());
  for (std::string_view s : sentences) out.push_back(MaskFigures(s));
  return out;
}

}  // namespace

std::vector<store::Revision> CompareVersions(const core::Article& older,
                                             const core::Article& newer) {
  std::vector<std::string_view> a = Sentences(older), b = Sentences(newer);
  std::vector<MaskedSentence> ma = Masked(a), mb = Masked(b);
  std::vector<store::Revision> out;
  for (const SentencePair& p : AlignSentences(ma, mb)) {
    for (const FigureChange& change : ChangedFigures(ma[p.a], mb[p.b])) {
      store::Revision r;
      r.old_article = older.id;
      r.new_article = newer.id;
      r.old_figure = change.before;
      r.new_figure = change.after;
      r.old_quote = std::string(a[p.a]);
      r.new_quote = std::string(b[p.b]);
      out.push_back(std::move(r));
    }
  }
  return out;
}

core::Result<int64_t> FindRevisions(store::RevisionStore& revisions,
                                    store::DocumentStore& documents) {
  auto pairs = revisions.UncheckedVersions();
  if (!pairs.ok()) return pairs.status();
  int64_t found = 0;
  for (const auto& [old_id, new_id] : *pairs) {
    auto older = documents.LoadArticle(old_id);
    if (!older.ok()) return older.status();
    auto newer = documents.LoadArticle(new_id);
    if (!newer.ok()) return newer.status();
    std::vector<store::Revision> changed = CompareVersions(*older, *newer);
    NR_RETURN_IF_ERROR(revisions.SaveRevisions(old_id, changed));
    found += static_cast<int64_t>(changed.size());
  }
  return found;
}

}  // namespace newsrecon::reconcile
