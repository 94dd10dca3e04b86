// Ingestor: a page read, extracted, fingerprinted and stored in one write.
#include "ingest/ingestor.h"

#include "core/dates.h"
#include "ingest/near_duplicate.h"

namespace newsrecon::ingest {
namespace {

extract::DateContext ContextFor(const std::string& published) {
  extract::DateContext context;
  if (auto d = core::ParseIsoDate(published); d.has_value() && d->day != 0) context.published = d;
  return context;
}

// Why `text` is too long to be an article, or "".
std::string TooLong(const std::string& text, int64_t max_chars) {
  if (static_cast<int64_t>(text.size()) <= max_chars) return "";  // bytes >= characters
  int64_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (chars <= max_chars) return "";
  return "text of " + std::to_string(chars) + " characters, more than an article's " +
         std::to_string(max_chars) + " ([article] max_chars)";
}

// A status's message without the "WHERE: " its reader put before it.
std::string Unprefixed(const core::Status& status, const std::string& where) {
  std::string why = status.message();
  if (!where.empty() && why.rfind(where + ": ", 0) == 0) why.erase(0, where.size() + 2);
  return why;
}

}  // namespace

std::vector<core::Claim> Ingestor::Claims(const core::ArticleText& article) const {
  return o_.extractor->Extract(article.text, article.sentences, ContextFor(article.published))
      .claims;
}

core::Result<Outcome> Ingestor::Process(const RawPage& page) const {
  auto text = ReadText(page);
  if (!text.ok()) return Refuse(page, text.status());
  auto article = ReadArticle(text->kind, text->text.text, page.url);
  if (!article.ok()) return Refuse(page, article.status().Prefixed(page.where));
  if (article->published.empty() && !page.published.empty()) {
    article->published = page.published;
    article->published_from = page.published_from;
  }
  if (article->url.empty()) article->url = page.url;
  if (article->not_article.empty()) {
    article->not_article = TooLong(article->text, o_.max_article_chars);
  }
  return Write(page, *text, std::move(*article));
}

core::Result<Outcome> Ingestor::Refuse(const RawPage& page, const core::Status& status) const {
  if (status.code() != core::Code::kBadInput) return status;
  Outcome out;
  out.kind = OutcomeKind::kBadInput;
  out.document_id = page.document_id;
  out.url = page.url;
  out.why = Unprefixed(status, page.where);
  if (page.document_id != 0) NR_RETURN_IF_ERROR(o_.store->MarkRejected(page.document_id, out.why));
  return out;
}

core::Result<Outcome> Ingestor::Write(const RawPage& page, const fetch::PageText& text,
                                      core::ArticleText article) const {
  store::ArticleWrite write;
  write.document.url = page.url;
  write.document.format = fetch::FormatOf(text.kind);
  write.document.charset = text.text.charset;
  write.document.charset_from = text.text.source;
  write.document.replaced = static_cast<int64_t>(text.text.replaced);
  write.document.body = page.bytes;
  if (text.text.text != page.bytes) write.document.text = text.text.text;
  write.claims_version = o_.extractor->version();
  write.run_id = o_.run_id;
  Outcome out;
  out.url = page.url;
  out.canonical_url = article.canonical_url;
  if (article.not_article.empty()) {
    write.claims = Claims(article);
    write.text = std::move(article);
    AddFingerprints(&write);
  } else {
    write.text = std::move(article);
  }
  int64_t claims = static_cast<int64_t>(write.claims.size());
  auto stored = o_.store->PutArticle(page.source_id, std::move(write));
  if (!stored.ok()) return Refuse(page, stored.status().Prefixed(page.where));
  out.document_id = stored->document_id;
  out.new_document = stored->new_document;
  out.article_id = stored->article_id;
  out.duplicate_of = stored->duplicate_of;
  out.why = stored->not_article;
  if (!stored->not_article.empty()) {
    out.kind = OutcomeKind::kRejected;
    if (page.document_id != 0) NR_RETURN_IF_ERROR(o_.store->MarkRejected(page.document_id, out.why));
  } else if (!stored->new_article) {
    out.kind = OutcomeKind::kUnchanged;
  } else {
    out.kind = stored->revises ? OutcomeKind::kRevised : OutcomeKind::kStored;
    out.claims = claims;
  }
  return out;
}

core::Result<Outcome> Ingestor::ProcessPending(const store::PendingDocument& item) const {
  auto d = o_.store->LoadDocument(item.document_id);
  if (!d.ok()) return d.status();
  fetch::TextKind kind = fetch::TextKindOf(d->format);
  RawPage page;
  page.url = d->url;
  page.where = d->url;
  page.published = item.published;
  page.published_from = "feed";
  page.source_id = item.source_id;
  page.document_id = item.document_id;
  page.bytes = std::move(d->body);
  page.read = fetch::PageText{kind, {d->charset, d->charset_from,
                                     d->text.empty() ? page.bytes : std::move(d->text),
                                     static_cast<size_t>(d->replaced)}};
  auto out = Process(page);
  if (!out.ok() || out->kind == OutcomeKind::kRejected || out->kind == OutcomeKind::kBadInput ||
      out->canonical_url.empty()) {
    return out;
  }
  // What the fetch that stored it left undone.
  NR_RETURN_IF_ERROR(o_.store->SetCanonicalUrlOfDocument(item.document_id, out->canonical_url));
  return out;
}

core::Result<int64_t> Ingestor::RefreshClaims(int64_t article_id) const {
  auto article = o_.store->LoadArticle(article_id);
  if (!article.ok()) return article.status();
  std::vector<core::Claim> claims = Claims(article->content);
  NR_RETURN_IF_ERROR(o_.store->ReplaceClaims(article_id, claims, o_.extractor->version()));
  return static_cast<int64_t>(claims.size());
}

}  // namespace newsrecon::ingest
