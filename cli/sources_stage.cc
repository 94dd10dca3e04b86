// StoreSources, and the local files of "path" sources.
#include "cli/sources_stage.h"

#include <filesystem>

#include "cli/interrupt.h"
#include "ingest/local_files.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

// A path source's document as the store knows it: "file:" and its path relative to the
// source's root (the folder, or a file's own folder), so that the same files mounted
// elsewhere, on another machine, are the same documents.
std::string PathUrl(const SourceConfig& source, const std::string& path) {
  fs::path root = fs::absolute(source.location).lexically_normal();
  std::error_code error;
  if (!fs::is_directory(root, error)) root = root.parent_path();
  return "file:" + fs::absolute(path).lexically_normal().lexically_relative(root).generic_string();
}

// Counts one local file's outcome; returns what goes into its fetch log entry's error.
std::string CountLocal(const SourceConfig& source, const ingest::RawPage& page,
                       const ingest::Outcome& outcome, SourceTally* tally) {
  if (outcome.kind == ingest::OutcomeKind::kBadInput) {
    tally->failures.push_back(source.name + ": " + page.where + ": " + outcome.why);
    ++tally->documents_failed;
    return page.where + ": " + outcome.why;
  }
  ++tally->pages_fetched;  // read from disk
  tally->bytes += static_cast<int64_t>(page.bytes.size());
  if (outcome.new_document) ++tally->documents_new;
  if (outcome.kind == ingest::OutcomeKind::kRejected) {
    tally->rejects.push_back(source.name + ": " + page.where + ": " + outcome.why);
    return outcome.why;
  }
  (outcome.new_article() ? tally->articles_new : tally->articles_unchanged)++;
  return "";
}

// Ingests every document of one local source; failures are tallied, never fatal.
core::Status StoreLocalSource(Session& session, const SourceConfig& source, int64_t source_id,
                              SourceTally* tally) {
  auto files = ingest::ListSourceFiles(source.location);
  if (!files.ok()) {
    tally->failures.push_back(source.name + ": " + files.status().message());
    ++tally->sources_failed;
    LogSource(*session.log, source.name, 0, 0, 1);
    return core::Status::Ok();
  }
  int new_before = tally->articles_new, failed_before = tally->documents_failed;
  ingest::Ingestor ingestor = session.pipeline().ingestor();
  for (const std::string& path : *files) {
    if (StopRequested()) return core::Status::Ok();  // the source is neither ok nor failed
    std::string url = files->size() == 1 && !source.url.empty() ? source.url : PathUrl(source, path);
    store::FetchLogEntry log{session.run_id, source_id, url, 0, 0, 0, "", "", ""};
    auto page = ingest::ReadLocalFile(path);
    if (!page.ok()) {
      if (page.status().code() != core::Code::kBadInput) return page.status();
      log.error = page.status().message();
      tally->failures.push_back(source.name + ": " + log.error);
      ++tally->documents_failed;
    } else {
      page->url = url;
      page->published = source.published;
      page->source_id = source_id;
      auto outcome = ingestor.Process(*page);
      if (!outcome.ok()) return outcome.status();  // the system, not the page
      NoteOutcome(session.pipeline(), *outcome, path);
      log.error = CountLocal(source, *page, *outcome, tally);
      if (outcome->kind != ingest::OutcomeKind::kBadInput) {
        log.bytes = static_cast<int64_t>(page->bytes.size());
      }
    }
    NR_RETURN_IF_ERROR(session.store->LogFetch(log));
  }
  bool any_failed = tally->documents_failed > failed_before;
  (any_failed ? tally->sources_failed : tally->sources_ok)++;
  LogSource(*session.log, source.name, static_cast<int>(files->size()),
            tally->articles_new - new_before, tally->documents_failed - failed_before);
  return core::Status::Ok();
}

std::string Location(const SourceConfig& source) {
  return source.kind == core::SourceKind::kUrls ? std::to_string(source.urls.size()) + " urls" : source.location;
}

}  // namespace

int ReportProblems(const SourceTally& tally, Io& io) {
  for (const std::string& f : tally.failures) io.log.Warn("source_failed", "failed: " + f, {{"detail", f}});
  for (const std::string& r : tally.rejects) {
    io.log.Warn("document_rejected", "rejected: " + r, {{"detail", r}});
  }
  return tally.failures.empty() && tally.rejects.empty() ? kExitOk : kExitPartial;
}

nlohmann::json TallyFields(const SourceTally& tally) {
  return {{"sources_ok", tally.sources_ok},           {"sources_failed", tally.sources_failed},
          {"pages_fetched", tally.pages_fetched},     {"bytes", tally.bytes},
          {"documents_new", tally.documents_new},     {"articles_new", tally.articles_new},
          {"articles_unchanged", tally.articles_unchanged},
          {"documents_failed", tally.documents_failed},
          {"documents_rejected", tally.rejects.size()}};
}

void LogSource(Logger& log, const std::string& name, int pages, int articles_new, int failed) {
  log.Info("source_fetched",
           "source " + name + ": " + std::to_string(pages) + " page(s), " +
               std::to_string(articles_new) + " new article(s), " + std::to_string(failed) +
               " failed",
           {{"source", name}, {"pages", pages}, {"articles_new", articles_new}, {"failed", failed}});
}

core::Status StoreSources(Session& session, const Config& config, bool extract, Io& io,
                          SourceTally* tally) {
  NR_RETURN_IF_ERROR(StoreSourceList(session, config, extract, io, tally));
  if (!extract || StopRequested()) return core::Status::Ok();
  size_t before = tally->failures.size();
  auto added = ExtractPending(session.pipeline(), &tally->failures, &tally->rejects);
  if (!added.ok()) return added.status();
  tally->articles_new += *added;
  tally->documents_failed += static_cast<int>(tally->failures.size() - before);
  return core::Status::Ok();
}

core::Status StoreSourceList(Session& session, const Config& config, bool extract, Io& io,
                             SourceTally* tally) {
  std::vector<std::pair<const SourceConfig*, int64_t>> fetched;
  for (const SourceConfig& source : config.sources) {
    if (StopRequested()) return core::Status::Ok();
    auto id = session.store->UpsertSource({0, source.name, source.kind, Location(source)});
    if (!id.ok()) return id.status();
    if (source.kind == core::SourceKind::kPath) {
      NR_RETURN_IF_ERROR(StoreLocalSource(session, source, *id, tally));
    } else {
      fetched.emplace_back(&source, *id);
    }
  }
  if (!fetched.empty()) {
    NR_RETURN_IF_ERROR(StoreFetchedSources(session, config.fetch, fetched, extract, io, tally));
  }
  return core::Status::Ok();
}

}  // namespace newsrecon::cli
