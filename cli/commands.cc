// The command table, dispatch, help, and the commands that read input: ingest, claims,
// extract-text.
#include "cli/commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command_support.h"
#include "cli/commands_report.h"
#include "cli/pipeline.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/sentences.h"
#include "reports/json_values.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct IngestTally {
  int added = 0, unchanged = 0, rejected = 0, failed = 0;
};

// Counts one document's outcome, reporting failures and rejects; false when the failure is
// the system's and ingesting must stop.
bool Tally(const core::Result<store::ArticleWriteResult>& stored, const std::string& path, Io& io,
           IngestTally* tally) {
  if (!stored.ok()) {
    Fail(io, stored.status());
    ++tally->failed;
    return stored.status().code() == core::Code::kBadInput;
  }
  if (!stored->not_article.empty()) {
    io.log.Warn("document_rejected", "rejected: " + path + ": " + stored->not_article,
                {{"where", path}, {"why", stored->not_article}});
    ++tally->rejected;
  } else {
    (stored->new_article ? tally->added : tally->unchanged)++;
  }
  return true;
}

int Ingest(const Args& args, Io& io) {
  if (!args.Has("source")) return Usage(io, "ingest: --source NAME is required");
  if (args.positional.empty()) return Usage(io, "ingest: no FILE given");
  if (args.Has("url") && args.positional.size() > 1) {
    return Usage(io, "ingest: --url names one page; give one FILE with it");
  }
  std::string published = args.Get("published");
  if (!published.empty() && !IsIsoDay(published)) {
    return Usage(io, "ingest: --published '" + published + "': expected YYYY-MM-DD");
  }
  if (int started = StartLog(args, "", io); started != kExitOk) return started;
  // Inputs are read and checked before the database is touched.
  std::vector<InputFile> inputs;
  int failed = 0;
  for (const std::string& path : args.positional) {
    auto input = ReadInput(path);
    if (!input.ok()) {
      Fail(io, input.status());
      ++failed;
      continue;
    }
    inputs.push_back(std::move(*input));
  }
  if (inputs.empty()) return kExitFailure;
  auto session = OpenSession(args, io, "ingest");
  if (!session) return kExitFailure;
  auto source = session->store->UpsertSource({0, args.Get("source"), "files", ""});
  if (!source.ok()) return Fail(io, source.status());
  IngestTally tally;
  tally.failed = failed;
  for (const InputFile& input : inputs) {
    std::string url = args.Get("url", "file://" + fs::absolute(input.path).lexically_normal().string());
    auto stored = IngestDocument(session->pipeline(), *source, input.path, input.bytes,
                                 input.content_type, url, published);
    if (!Tally(stored, input.path, io, &tally)) return session->Finish(kExitFailure);
  }
  session->counts = {{"articles_new", tally.added}, {"articles_unchanged", tally.unchanged},
                     {"rejected", tally.rejected}, {"failed", tally.failed}};
  io.out << "ingested " << tally.added << " new article(s), " << tally.unchanged << " unchanged, "
         << (tally.rejected > 0 ? std::to_string(tally.rejected) + " rejected, " : "")
         << tally.failed << " failed, into " << session->shown_db() << "\n";
  return session->Finish(tally.failed + tally.rejected > 0 ? kExitPartial : kExitOk);
}

int Claims(const Args& args, Io& io) {
  int given = (args.Has("text") ? 1 : 0) + (args.Has("file") ? 1 : 0) + (args.Has("article") ? 1 : 0);
  if (given != 1) return Usage(io, "claims: give exactly one of --text, --file or --article");
  if (args.Get("format", "json") != "json") return Usage(io, "claims: --format must be json");
  std::string published = args.Get("published");
  if (!published.empty() && !IsIsoDay(published)) {
    return Usage(io, "claims: --published '" + published + "': expected YYYY-MM-DD");
  }
  std::string text;
  std::vector<core::Span> sentences;
  if (args.Has("text")) {
    text = core::RepairUtf8(args.Get("text"));
    sentences = extract::SplitSentences(text);
  } else if (args.Has("file")) {
    auto input = ReadInput(args.Get("file"));
    if (!input.ok()) return Fail(io, input.status());
    std::string utf8 = core::RepairUtf8(input->bytes);
    if (input->content_type == "text/html") {
      auto article = extract::ArticleFromHtml(utf8, "");
      if (!article.ok()) return Fail(io, article.status().Prefixed(input->path));
      if (!article->not_article.empty()) {
        return Fail(io, core::BadInput(input->path + ": " + article->not_article));
      }
      text = article->text;
      sentences = article->sentences;
      if (published.empty()) published = article->published;
    } else {
      text = utf8;  // offsets point into the file as given
      sentences = extract::SplitSentences(text);
    }
  } else {
    int64_t id = 0;
    if (!ParseId(args.Get("article"), &id)) return Usage(io, "claims: --article needs a numeric id");
    auto session = OpenSession(args, io, "");
    if (!session) return kExitFailure;
    auto article = session->store->LoadArticle(id);
    if (!article.ok()) return Fail(io, article.status());
    text = article->content.text;
    sentences = article->content.sentences;
    if (published.empty()) published = article->content.published;
  }
  auto extractor = MakeExtractor(args, io);
  if (!extractor) return kExitFailure;
  extract::DateContext context;
  if (auto d = core::ParseIsoDate(published); d.has_value() && d->day != 0) context.published = d;
  extract::Extraction found = extractor->Extract(text, sentences, context);
  // Streamed item by item: a huge input must not become a huge document in memory.
  core::CodePointIndex offsets(text);
  auto list = [&](const char* name, size_t count, auto item) {
    io.out << ",\n  \"" << name << "\": [";
    for (size_t i = 0; i < count; ++i) io.out << (i == 0 ? "\n    " : ",\n    ") << item(i).dump();
    io.out << (count == 0 ? "]" : "\n  ]");
  };
  io.out << "{\n  \"published\": " << json(published).dump();
  if (!args.Has("text")) io.out << ",\n  \"text\": " << json(text).dump();
  list("values", found.values.size(), [&](size_t i) { return reports::ValueToJson(found.values[i], &offsets); });
  list("parties", found.parties.size(), [&](size_t i) {
    const auto& p = found.parties[i];
    return json{{"name", p.canonical}, {"text", text.substr(p.span.start, p.span.size())},
                {"start", offsets(p.span.start)}, {"end", offsets(p.span.end)}};
  });
  list("claims", found.claims.size(), [&](size_t i) { return reports::ClaimToJson(found.claims[i], &offsets); });
  io.out << "\n}\n";
  return kExitOk;
}

int ExtractText(const Args& args, Io& io) {
  if (args.positional.size() != 1) return Usage(io, "extract-text: give one FILE");
  std::string format = args.Get("format", "json");
  if (format != "json" && format != "text") return Usage(io, "extract-text: --format must be json or text");
  auto input = ReadInput(args.positional[0]);
  if (!input.ok()) return Fail(io, input.status());
  std::string utf8 = core::RepairUtf8(input->bytes);
  std::string url = args.Get("url");
  auto article = input->content_type == "text/html" ? extract::ArticleFromHtml(utf8, url)
                                                     : extract::ArticleFromPlainText(utf8, url);
  if (!article.ok()) return Fail(io, article.status().Prefixed(input->path));
  const core::ArticleText& a = *article;
  if (format == "text") {
    if (!a.not_article.empty()) return Fail(io, core::BadInput(input->path + ": " + a.not_article));
    io.out << a.title << "\n\n" << a.text << "\n";
    return kExitOk;
  }
  json sentences = json::array();
  core::CodePointIndex offsets(a.text);
  for (const auto& s : a.sentences) sentences.push_back({offsets(s.start), offsets(s.end)});
  json out = {{"title", a.title},         {"published", a.published},
              {"published_from", a.published_from}, {"modified", a.modified},
              {"modified_from", a.modified_from},
              {"url", a.url},             {"canonical_url", a.canonical_url},
              {"site_name", a.site_name}, {"language", a.language},
              {"authors", a.authors},     {"text", a.text},
              {"sentences", sentences}};
  if (!a.not_article.empty()) out["not_article"] = a.not_article;
  io.out << out.dump(2) << "\n";
  return kExitOk;
}

std::string Help() {
  std::string out =
      "newsrecon: news ingestion, claim extraction and contradiction finding.\n\n"
      "Usage: newsrecon COMMAND [OPTIONS]\n\nCommands:\n";
  for (const Command& c : Commands()) {
    std::string left = "  " + c.name;
    if (left.size() < 24) left.resize(24, ' ');
    out += left + " " + c.summary + "\n";
  }
  out += "\nRun 'newsrecon COMMAND --help' for a command's options.\n"
         "Exit codes: 0 success, 1 failure, 2 bad usage, 3 finished with some inputs failing,\n"
         "4 another run or fetch holds the database's lock (DB.lock), 130/143 run or fetch\n"
         "stopped by SIGINT/SIGTERM after the current article.\n";
  return out;
}

}  // namespace

int Main(const std::vector<std::string>& argv, Io& io) {
  if (core::Status clock = core::CheckClock(); !clock.ok()) return Usage(io, clock.message());
  if (argv.empty()) {
    io.err << Help();
    return kExitUsage;
  }
  if (argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
    io.out << Help();
    return kExitOk;
  }
  std::string name = argv[0];
  size_t consumed = 1;
  // Two-word commands: "report contradictions".
  if (argv.size() > 1) {
    for (const Command& c : Commands()) {
      if (c.name == argv[0] + " " + argv[1]) {
        name = c.name;
        consumed = 2;
      }
    }
  }
  for (const Command& c : Commands()) {
    if (c.name != name) continue;
    std::vector<std::string> rest(argv.begin() + static_cast<long>(consumed), argv.end());
    std::vector<OptionSpec> spec = c.options;
    spec.push_back({"help", false, "show this help"});
    auto args = ParseArgs(rest, spec, c.name);
    if (!args.ok()) return Usage(io, args.status().message());
    if (args->Has("help")) {
      io.out << "Usage: newsrecon " << c.usage << "\n\n" << c.summary << "\n\n" << OptionsHelp(spec);
      return kExitOk;
    }
    return c.run(*args, io);
  }
  if (name == "report") return Usage(io, "report: unknown report (try 'report contradictions')");
  return Usage(io, "unknown command '" + name + "' (try 'newsrecon --help')");
}

const std::vector<Command>& Commands() {
  static const OptionSpec kDb{"db", true, "database file, or postgresql:// URL (default newsrecon.db)"};
  static const OptionSpec kConfig{"config", true, "config whose [[party]] and [[relation]] extend the lexicon"};
  static const OptionSpec kVerbose{"verbose", false, "also print each article stored (debug events)"};
  static const OptionSpec kQuiet{"quiet", false, "print only warnings and errors on stderr"};
  static const OptionSpec kLogFile{"log-file", true, "append every event as a JSON line to FILE ([log] file)"};
  static const std::vector<Command> kCommands = {
      {"run", "run --config FILE [--db PATH] [--report-dir DIR] [--worker [--lease SECONDS]] [--verbose|--quiet] [--log-file FILE]",
       "Run every stage for all sources of a config and write the report; with --worker, as one "
       "of several processes sharing the run through a PostgreSQL database.",
       {{"config", true, "the TOML config"}, kDb, {"report-dir", true, "folder for the report (default [report] folder)"},
        {"worker", false, "join (or open) the database's worker run and take work from its queue"},
        {"lease", true, "seconds an item stays leased without its worker renewing it (default 60)"},
        kVerbose, kQuiet, kLogFile},
       &RunCommand},
      {"fetch", "fetch --config FILE [--no-extract] [--db PATH] [--verbose|--quiet] [--log-file FILE]",
       "Fetch every source of a config (feeds, sitemaps, URL lists, local files) and store its articles.",
       {{"config", true, "the TOML config"},
        {"no-extract", false, "store the fetched documents only; fetch or run makes their articles later"},
        kDb, kVerbose, kQuiet, kLogFile},
       &FetchCommand},
      {"ingest", "ingest FILE... --source NAME [--url URL] [--published YYYY-MM-DD] [--db PATH]",
       "Store local HTML or plain-text files as articles of a source (plain text: first line is the title).",
       {{"source", true, "the source's name"}, {"url", true, "the page's URL (one FILE only)"},
        {"published", true, "publication date when the document gives none"}, kDb, kConfig,
        kVerbose, kQuiet, kLogFile},
       &Ingest},
      {"claims", "claims (--text STRING | --file PATH | --article ID) [--published YYYY-MM-DD] --format json",
       "Print the claims and value mentions found in a text (offsets in characters).",
       {{"text", true, "the text itself"}, {"file", true, "an HTML or text file"},
        {"article", true, "a stored article's id"}, {"published", true, "date relative dates resolve against"},
        {"format", true, "json"}, kDb, kConfig},
       &Claims},
      {"extract-text", "extract-text FILE.html [--format json|text] [--url URL]",
       "Print a page's article text and metadata.",
       {{"format", true, "json (default) or text"}, {"url", true, "the page's URL, for dates in it"}},
       &ExtractText},
      {"reconcile", "reconcile [--db PATH] [--config FILE]",
       "Recompute contradictions from the stored claims.",
       {kDb, kConfig, kVerbose, kQuiet, kLogFile}, &ReconcileCommand},
      {"report contradictions",
       "report contradictions [--format html|md|json|csv] [--since YYYY-MM-DD | --run ID] "
       "[--min-severity low|medium|high] [--out FILE] [--db PATH]",
       "Print the open contradictions (or one run's) as HTML, Markdown, JSON or CSV.",
       {{"format", true, "html, md, json (default) or csv"},
        {"since", true, "only those first seen on or after this date"},
        {"run", true, "the contradictions present in this run"},
        {"min-severity", true, "low, medium or high: leave out less severe ones"},
        {"out", true, "write to FILE instead of standard output"},
        {"include-dismissed", false, "also list dismissed contradictions"}, kDb},
       &ReportContradictions},
      {"audit", "audit (--source NAME | URL) [--format text|json|html|md|csv] [--out FILE] [--db PATH]",
       "Audit one source, or one page read now: each claim corroborated, contradicted or alone.",
       {{"source", true, "the stored source to audit"},
        {"format", true, "text (default), json, html, md or csv"},
        {"out", true, "write to FILE instead of standard output"},
        {"url", true, "the page's URL, when auditing a local file"},
        {"published", true, "publication date when the page gives none"}, kDb, kConfig},
       &AuditCommand},
      {"migrate", "migrate --from DB --to DB",
       "Copy a database (a SQLite file or a postgresql:// URL) into an empty one, row for row.",
       {{"from", true, "the database to copy"}, {"to", true, "the empty database to fill"}},
       &MigrateCommand},
      {"triage", "triage ID (--confirm | --dismiss) [--note TEXT] [--db PATH]",
       "Record an analyst's verdict on a contradiction.",
       {{"confirm", false, "the contradiction is real"}, {"dismiss", false, "not a contradiction"},
        {"note", true, "why"}, kDb},
       &Triage},
      {"vacuum", "vacuum [--documents-older-than DAYS] [--config FILE] [--db PATH]",
       "Drop the raw bodies of documents older than DAYS ([retention] documents_days); keep their "
       "rows, hashes, articles and claims; compact the database.",
       {{"documents-older-than", true, "days (default [retention] documents_days)"},
        {"config", true, "the TOML config, for [retention] and [store]"}, kDb, kVerbose, kQuiet,
        kLogFile},
       &VacuumCommand},
  };
  return kCommands;
}

}  // namespace newsrecon::cli
