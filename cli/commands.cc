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
#include "cli/version.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/utf8.h"
#include "extract/text/sentences.h"
#include "ingest/local_files.h"
#include "reports/escape.h"
#include "reports/json_values.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct IngestTally {
  int added = 0, unchanged = 0, rejected = 0, failed = 0;
};

// Counts one document's outcome, reporting failures and rejects.
void Tally(const ingest::Outcome& outcome, const std::string& path, Io& io, IngestTally* tally) {
  switch (outcome.kind) {
    case ingest::OutcomeKind::kBadInput:
      Fail(io, core::BadInput(path + ": " + outcome.why));
      ++tally->failed;
      break;
    case ingest::OutcomeKind::kRejected:
      io.log.Warn("document_rejected", "rejected: " + path + ": " + outcome.why,
                  {{"where", path}, {"why", outcome.why}});
      ++tally->rejected;
      break;
    case ingest::OutcomeKind::kUnchanged: ++tally->unchanged; break;
    case ingest::OutcomeKind::kStored:
    case ingest::OutcomeKind::kRevised: ++tally->added; break;
  }
}

// Warns that a new article has no publication date: its relative dates stay unresolved.
void WarnIfUndated(store::Store& store, int64_t article_id, const std::string& path, Io& io) {
  auto article = store.LoadArticle(article_id);
  if (!article.ok() || !article->content.published.empty()) return;
  io.log.Warn("undated", path + ": no publication date found; relative dates in it stay "
                         "unresolved (give --published YYYY-MM-DD)",
              {{"where", path}, {"article_id", article_id}});
}

// Reads a local file and how it reads (sniffed and decoded), as every page is read.
core::Result<ingest::RawPage> ReadInput(const std::string& path) {
  auto page = ingest::ReadLocalFile(path);
  if (!page.ok()) return page.status();
  auto text = ingest::ReadText(*page);
  if (!text.ok()) return text.status();
  page->read = std::move(*text);
  return page;
}

int Ingest(const Args& args, Io& io, Setup& setup) {
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
  std::vector<ingest::RawPage> inputs;
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
  auto session = OpenSession(setup, io, "ingest");
  if (!session) return kExitFailure;
  auto source = session->store->UpsertSource({0, args.Get("source"), core::SourceKind::kFiles, ""});
  if (!source.ok()) return Fail(io, source.status());
  IngestTally tally;
  tally.failed = failed;
  ingest::Ingestor ingestor = session->pipeline().ingestor();
  for (ingest::RawPage& input : inputs) {
    input.url = args.Get("url", "file://" + fs::absolute(input.where).lexically_normal().string());
    input.published = published;
    input.source_id = *source;
    auto outcome = ingestor.Process(input);
    if (!outcome.ok()) {
      Fail(io, outcome.status());
      return session->Finish(kExitFailure);
    }
    NoteOutcome(session->pipeline(), *outcome, input.where);
    Tally(*outcome, input.where, io, &tally);
    if (outcome->new_article() && published.empty()) {
      WarnIfUndated(*session->store, outcome->article_id, input.where, io);
    }
  }
  session->counts = {{"articles_new", tally.added}, {"articles_unchanged", tally.unchanged},
                     {"rejected", tally.rejected}, {"failed", tally.failed}};
  io.out << "ingested " << tally.added << " new article(s), " << tally.unchanged << " unchanged, "
         << (tally.rejected > 0 ? std::to_string(tally.rejected) + " rejected, " : "")
         << tally.failed << " failed, into " << session->shown_db() << "\n";
  if (tally.added > 0) {  // ingest stores; only reconcile compares
    io.out << "run 'newsrecon reconcile --db " << reports::ShellQuote(session->shown_db())
           << "' to find contradictions with the new article(s)\n";
  }
  return session->Finish(tally.failed + tally.rejected > 0 ? kExitPartial : kExitOk);
}

int Claims(const Args& args, Io& io, Setup& setup) {
  int given = (args.Has("text") ? 1 : 0) + (args.Has("file") ? 1 : 0) + (args.Has("article") ? 1 : 0);
  if (given != 1) return Usage(io, "claims: give exactly one of --text, --file or --article");
  if (!FormatFlag(args, reports::OutputFormat::kJson, {reports::OutputFormat::kJson})) {
    return Usage(io, "claims: --format must be json");
  }
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
    if (input->read->kind == fetch::TextKind::kHtml) {
      auto read = ingest::ReadPage(*input);
      if (!read.ok()) return Fail(io, read.status());
      const core::ArticleText& article = read->article;
      if (!article.not_article.empty()) {
        return Fail(io, core::BadInput(input->where + ": " + article.not_article));
      }
      text = article.text;
      sentences = article.sentences;
      if (published.empty()) published = article.published;
    } else {
      text = input->read->text.text;  // offsets point into the file as given
      sentences = extract::SplitSentences(text);
    }
  } else {
    int64_t id = 0;
    if (!ParseId(args.Get("article"), &id)) return Usage(io, "claims: --article needs a numeric id");
    auto session = OpenSession(setup, io, "");
    if (!session) return kExitFailure;
    auto article = session->store->LoadArticle(id);
    if (!article.ok()) return Fail(io, article.status());
    text = article->content.text;
    sentences = article->content.sentences;
    if (published.empty()) published = article->content.published;
  }
  auto extractor = MakeExtractor(io, setup.lexicon());
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

int ExtractText(const Args& args, Io& io, Setup&) {
  if (args.positional.size() != 1) return Usage(io, "extract-text: give one FILE");
  using reports::OutputFormat;
  auto format = FormatFlag(args, OutputFormat::kJson, {OutputFormat::kJson, OutputFormat::kText});
  if (!format) return Usage(io, "extract-text: --format must be json or text");
  auto input = ReadInput(args.positional[0]);
  if (!input.ok()) return Fail(io, input.status());
  input->url = args.Get("url");
  auto read = ingest::ReadPage(*input);
  if (!read.ok()) return Fail(io, read.status());
  const core::ArticleText& a = read->article;
  if (*format == OutputFormat::kText) {
    if (!a.not_article.empty()) return Fail(io, core::BadInput(input->where + ": " + a.not_article));
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
  out += "\nRun 'newsrecon COMMAND --help' (or 'newsrecon help COMMAND') for a command's options;\n"
         "'newsrecon --version' for the version, commit and libraries.\n"
         "Exit codes: 0 success, 1 failure, 2 bad usage, 3 finished with some inputs failing,\n"
         "4 another run or fetch holds the database's lock (DB.lock), 130/143 run or fetch\n"
         "stopped by SIGINT/SIGTERM after the current article.\n";
  return out;
}

bool IsHelp(const std::string& word) { return word == "--help" || word == "-h"; }

std::vector<OptionSpec> SpecOf(const Command& c) {
  std::vector<OptionSpec> spec = c.options;
  spec.push_back({"help", "", "show this help (also -h)"});
  return spec;
}

std::string CommandHelp(const Command& c) {
  return "Usage: newsrecon " + c.usage + "\n\n" + c.summary + "\n\n" + OptionsHelp(SpecOf(c));
}

// The command `argv` names ("report contradictions" takes two words), or null; *words
// receives how many words the name took.
const Command* FindCommand(const std::vector<std::string>& argv, size_t* words) {
  const Command* found = nullptr;
  for (const Command& c : Commands()) {
    if (!argv.empty() && c.name == argv[0]) {
      found = &c;
      *words = 1;
    } else if (argv.size() > 1 && c.name == argv[0] + " " + argv[1]) {
      return *words = 2, &c;
    }
  }
  return found;
}

// The commands whose name starts with `group` ("report"), for the help of a group.
std::string GroupHelp(const std::string& group) {
  std::string out = "Usage: newsrecon " + group + " KIND [OPTIONS]\n\nKinds:\n";
  for (const Command& c : Commands()) {
    if (c.name.rfind(group + " ", 0) == 0) out += "  " + c.name + ": " + c.summary + "\n";
  }
  return out + "\nRun 'newsrecon " + group + " KIND --help' for a kind's options.\n";
}

// `newsrecon help [COMMAND...]`.
int HelpCommand(const std::vector<std::string>& topic, Io& io) {
  if (topic.empty()) {
    io.out << Help();
    return kExitOk;
  }
  size_t words = 0;
  if (const Command* c = FindCommand(topic, &words); c != nullptr && words == topic.size()) {
    io.out << CommandHelp(*c);
    return kExitOk;
  }
  if (topic.size() == 1 && topic[0] == "report") {
    io.out << GroupHelp("report");
    return kExitOk;
  }
  return Usage(io, "help: no command '" + topic[0] + "' (try 'newsrecon --help')");
}

// Sets up what `c`'s table entry says it needs: its config loaded once, its database
// resolved once. Returns kExitOk, or the exit code after printing why.
int Prepare(const Command& c, const Args& args, Io& io, Setup* setup) {
  setup->command = &c;
  if (c.needs.config == ConfigUse::kRequired && !args.Has("config")) {
    return Usage(io, c.name + ": --config FILE is required");
  }
  if (c.needs.config != ConfigUse::kNone && args.Has("config")) {
    auto config = LoadConfig(args.Get("config"));
    if (!config.ok()) return Fail(io, config.status());
    setup->config = std::move(*config);
  }
  if (c.needs.store != StoreUse::kNone) {
    setup->db = ResolveDatabase(args, setup->config ? &*setup->config : nullptr);
  }
  return kExitOk;
}

}  // namespace

int Main(const std::vector<std::string>& argv, Io& io) {
  if (core::Status clock = core::CheckClock(); !clock.ok()) return Usage(io, clock.message());
  if (argv.empty()) {
    io.err << Help();
    return kExitUsage;
  }
  if (IsHelp(argv[0])) return HelpCommand({}, io);
  if (argv[0] == "help") return HelpCommand({argv.begin() + 1, argv.end()}, io);
  if (argv[0] == "--version" || argv[0] == "version") {
    io.out << VersionText();
    return kExitOk;
  }
  size_t words = 0;
  const Command* c = FindCommand(argv, &words);
  if (c == nullptr) {
    if (argv[0] == "report") {
      if (argv.size() > 1 && IsHelp(argv[1])) return HelpCommand({"report"}, io);
      return Usage(io, "report: unknown report (try 'report contradictions')");
    }
    return Usage(io, "unknown command '" + argv[0] + "' (try 'newsrecon --help')");
  }
  std::vector<std::string> rest(argv.begin() + static_cast<long>(words), argv.end());
  auto args = ParseArgs(rest, SpecOf(*c), c->name);
  if (!args.ok()) return Usage(io, args.status().message());
  if (args->Has("help")) {
    io.out << CommandHelp(*c);
    return kExitOk;
  }
  Setup setup;
  if (int prepared = Prepare(*c, *args, io, &setup); prepared != kExitOk) return prepared;
  return c->run(*args, io, setup);
}

const std::vector<Command>& Commands() {
  static const OptionSpec kDb{"db", "PATH", "database file, or postgresql:// URL (default newsrecon.db)"};
  static const OptionSpec kConfig{"config", "FILE", "config whose [[party]] and [[relation]] extend the lexicon "
                                                    "(and whose [store] path is the database without --db)"};
  static const OptionSpec kVerbose{"verbose", "", "also print each article stored (debug events)"};
  static const OptionSpec kVerboseDebug{"verbose", "", "also print debug events on stderr"};
  static const OptionSpec kQuiet{"quiet", "", "print only warnings and errors on stderr"};
  static const OptionSpec kLogFile{"log-file", "FILE", "append every event as a JSON line to FILE ([log] file)"};
  static const std::vector<Command> kCommands = {
      {"run", "run --config FILE [--db PATH] [--report-dir DIR] [--worker [--new-run] [--lease SECONDS]] [--verbose|--quiet] [--log-file FILE]",
       "Run every stage for all sources of a config and write the report; with --worker, as one "
       "of several processes sharing the run through a PostgreSQL database (a worker joining "
       "a run needs only --db: it works by the config the run recorded).",
       {{"config", "FILE", "the TOML config (a worker joining a run: optional, checked against the run's)"}, kDb, {"report-dir", "DIR", "folder for the report (default [report] folder)"},
        {"worker", "", "join the database's open worker run and take work from its queue"},
        {"new-run", "", "with --worker: open a worker run when none is open (else exit 0: nothing to join)"},
        {"lease", "SECONDS", "seconds an item stays leased without its worker renewing it (default 60)"},
        kVerbose, kQuiet, kLogFile},
       {ConfigUse::kOptional, StoreUse::kCreate, true},  // RunCommand requires it but for --worker
       &RunCommand},
      {"fetch", "fetch --config FILE [--no-extract] [--db PATH] [--verbose|--quiet] [--log-file FILE]",
       "Fetch every source of a config (feeds, sitemaps, URL lists, local files) and store its articles.",
       {{"config", "FILE", "the TOML config"},
        {"no-extract", "", "store the fetched documents only; fetch or run makes their articles later"},
        kDb, kVerbose, kQuiet, kLogFile},
       {ConfigUse::kRequired, StoreUse::kCreate, true},
       &FetchCommand},
      {"ingest", "ingest FILE... --source NAME [--url URL] [--published YYYY-MM-DD] [--db PATH]",
       "Store local HTML or plain-text files as articles of a source (plain text: first line is the title).",
       {{"source", "NAME", "the source's name"}, {"url", "URL", "the page's URL (one FILE only)"},
        {"published", "YYYY-MM-DD", "publication date when the document gives none"}, kDb, kConfig,
        kVerbose, kQuiet, kLogFile},
       {ConfigUse::kOptional, StoreUse::kCreate, false},
       &Ingest},
      {"claims", "claims (--text STRING | --file PATH | --article ID) [--published YYYY-MM-DD] --format json",
       "Print the claims and value mentions found in a text (offsets in characters).",
       {{"text", "STRING", "the text itself"}, {"file", "PATH", "an HTML or text file"},
        {"article", "ID", "a stored article's id"}, {"published", "YYYY-MM-DD", "date relative dates resolve against"},
        {"format", "json", "json, the only format"}, kDb, kConfig},
       {ConfigUse::kOptional, StoreUse::kExisting, false},  // the store for --article only
       &Claims},
      {"extract-text", "extract-text FILE.html [--format json|text] [--url URL]",
       "Print a page's article text and metadata.",
       {{"format", "json|text", "json (default) or text"}, {"url", "URL", "the page's URL, for dates in it"}},
       {ConfigUse::kNone, StoreUse::kNone, false},
       &ExtractText},
      {"reconcile", "reconcile [--db PATH] [--config FILE]",
       "Recompute contradictions from the stored claims.",
       {kDb, {"config", "FILE", "re-extract claims with this config's lexicon first (its [store] path is the database without --db)"}, kVerboseDebug,
        kQuiet, kLogFile},
       {ConfigUse::kOptional, StoreUse::kExisting, false},
       &ReconcileCommand},
      {"report contradictions",
       "report contradictions [--format html|md|json|csv] [--since YYYY-MM-DD | --run ID] "
       "[--min-severity low|medium|high] [--out FILE] [--db PATH]",
       "Print the open contradictions (or one run's) as HTML, Markdown, JSON or CSV.",
       {{"format", "html|md|json|csv", "html, md, json (default) or csv"},
        {"since", "YYYY-MM-DD", "only those first seen on or after this date"},
        {"run", "ID", "the contradictions present in this run"},
        {"min-severity", "low|medium|high", "low, medium or high: leave out less severe ones"},
        {"out", "FILE", "write to FILE instead of standard output"},
        {"include-dismissed", "", "also list dismissed contradictions"}, kDb},
       {ConfigUse::kNone, StoreUse::kExisting, false},
       &ReportContradictions},
      {"audit", "audit (--source NAME | URL | FILE) [--format text|json|html|md|csv] [--out FILE] [--db PATH]",
       "Audit one stored source, or one page read now (a URL fetched, or a local HTML or text "
       "FILE): each claim corroborated, contradicted or alone.",
       {{"source", "NAME", "the stored source to audit (any case)"},
        {"format", "text|json|html|md|csv", "text (default), json, html, md or csv"},
        {"out", "FILE", "write to FILE instead of standard output"},
        {"url", "URL", "the page's URL, when auditing a local file"},
        {"published", "YYYY-MM-DD", "publication date when the page gives none"}, kDb, kConfig},
       {ConfigUse::kOptional, StoreUse::kExisting, false},
       &AuditCommand},
      {"summary", "summary --run ID [--db PATH]",
       "Print a run's one-screen summary again, from the database alone (on any machine).",
       {{"run", "ID", "the run (its id as `run` printed it)"}, kDb},
       {ConfigUse::kNone, StoreUse::kExisting, false},
       &SummaryCommand},
      {"migrate", "migrate --from DB --to DB",
       "Copy a database (a SQLite file or a postgresql:// URL) into an empty one, row for row.",
       {{"from", "DB", "the database to copy"}, {"to", "DB", "the empty database to fill"}},
       {ConfigUse::kNone, StoreUse::kNone, false},  // --from and --to are its own
       &MigrateCommand},
      {"triage", "triage ID (--confirm | --dismiss) [--note TEXT] [--db PATH]",
       "Record an analyst's verdict on a contradiction.",
       {{"confirm", "", "the contradiction is real"}, {"dismiss", "", "not a contradiction"},
        {"note", "TEXT", "why"}, kDb},
       {ConfigUse::kNone, StoreUse::kExisting, false},
       &Triage},
      {"vacuum", "vacuum [--documents-older-than DAYS] [--config FILE] [--db PATH]",
       "Drop the raw bodies of documents older than DAYS ([retention] documents_days); keep their "
       "rows, hashes, articles and claims; compact the database.",
       {{"documents-older-than", "DAYS", "days (default [retention] documents_days)"},
        {"config", "FILE", "the TOML config, for [retention] and [store]"}, kDb, kVerboseDebug, kQuiet,
        kLogFile},
       {ConfigUse::kOptional, StoreUse::kExisting, true},
       &VacuumCommand},
  };
  return kCommands;
}

}  // namespace newsrecon::cli
