// The model every stage shares: sources, documents, articles, values, claims and
// contradictions. Plain structs with no behaviour; the stages fill them and the store
// persists them. Text offsets are byte offsets into UTF-8 text unless a field says otherwise.
#ifndef NEWSRECON_CORE_MODEL_H_
#define NEWSRECON_CORE_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newsrecon::core {

// A half-open byte range [start, end) into a text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  friend bool operator==(const Span&, const Span&) = default;
};

// What a source is: a local file or folder ("path"), a list of URLs ("urls"), an RSS or Atom
// feed ("feed"), an XML sitemap ("sitemap"), or the files named to `ingest` ("files").
enum class SourceKind { kPath, kUrls, kFeed, kSitemap, kFiles };

// Where articles come from: one [[source]] of the config, or a --source of `ingest`.
struct Source {
  int64_t id = 0;
  std::string name;
  SourceKind kind = SourceKind::kPath;
  std::string location;  // what the kind points at
};

// How a document's body reads, as sniffing decided (fetch/sniff.h): as HTML or as plain
// text. Stored under the media types "text/html" and "text/plain".
enum class DocumentFormat { kHtml, kPlainText };

// Raw input as it arrived, stored before anything parses it.
struct Document {
  int64_t id = 0;
  int64_t source_id = 0;
  std::string url;           // the page's URL, or file:// for local files
  DocumentFormat format = DocumentFormat::kPlainText;
  std::string charset;       // as declared or detected; the body is not converted
  std::string body;          // raw bytes
  std::string hash;          // SHA-256 of body, hex
  std::string text;          // body as UTF-8 when that differs from body; empty otherwise
  std::string charset_from;  // where charset came from: "header", "bom", "meta", "detected"
  int64_t replaced = 0;      // invalid byte sequences text has as U+FFFD
};

// What extract/text makes of a document.
struct ArticleText {
  std::string title;
  std::string published;       // ISO 8601 date or date-time; empty when unknown
  std::string published_from;  // where `published` was found ("json-ld", "meta", ...)
  std::string modified;        // ISO 8601 date or date-time; empty when unknown
  std::string modified_from;   // where `modified` was found
  std::string url;
  std::string canonical_url;
  std::string site_name;
  std::string language;
  std::vector<std::string> authors;
  std::string text;               // paragraphs separated by "\n\n"
  std::vector<Span> sentences;    // into `text`
  std::string not_article;        // why this is not an article; empty for articles
};

// A stored article: its text plus provenance.
struct Article {
  int64_t id = 0;
  int64_t document_id = 0;
  int64_t source_id = 0;
  std::string source_name;
  std::string hash;  // SHA-256 of text, hex
  ArticleText content;
};

// kNumber: a bare numeral ("5.9", "twenty-one"); kDistance: metres (unit as written);
// kTemperature: degrees Celsius (unit "C", "F" or "" as written); kTimeOfDay: minutes after
// midnight (date "HH:MM", unit the zone as written: "GMT", "local"); kAge: years;
// kOrdinal: the rank ("third" is 3). Appended so stored names keep their meaning.
enum class ValueType {
  kMoney, kPercent, kPercentPoints, kYear, kDate, kDuration, kCount,
  kNumber, kDistance, kTemperature, kTimeOfDay, kAge, kOrdinal
};
enum class Bound { kExact, kAbout, kUpTo, kAtLeast, kMoreThan, kLessThan, kRange };

// How closely a date (or time of day: kMinute) is known; kNone for other values. Stored and
// written to JSON by name: "", "minute", "day", "week", "month", "quarter", "season", "year".
enum class DatePrecision { kNone, kMinute, kDay, kWeek, kMonth, kQuarter, kSeason, kYear };
// The part a figure plays when the text says so: a tranche ("initial", "additional"), the
// sum of tranches ("total"), or the year or date something started ("start"); "" otherwise.
enum class ValueRole { kNone, kInitial, kAdditional, kTotal, kStart };
// The direction of change a figure states: "rose 5%" is kUp; "" when none is stated.
enum class Direction { kNone, kUp, kDown };

// A typed, normalised value mention.
struct Value {
  ValueType type = ValueType::kCount;
  Bound bound = Bound::kExact;
  Span span;             // into the text it was found in
  std::string text;      // the mention as written
  double amount = 0;     // money in units, percent, count, year, days for durations, and
                         // the kinds' normal units above (metres, °C, minutes, years)
  double high = 0;       // upper end of a range; equals amount otherwise
  std::string currency;  // ISO 4217 code for money
  std::string unit;      // the counted noun for counts ("jobs"); the written unit of
                         // distances, temperatures, durations; the zone of a time of day
  std::string date;      // dates: ISO 8601 to its precision ("2026-04-27", "2026-04", "2026")
  DatePrecision precision = DatePrecision::kNone;  // dates and times of day
  // Time words before years and dates: "through", "until", "since", "in", "fiscal";
  // "ago"/"before"/"after" for relative dates. A string, not a closed set: it is the word
  // as written, and the extractor's patterns, not this model, decide which words occur.
  std::string qualifier;
  ValueRole role = ValueRole::kNone;
  // The figure's frame (extract/claims/frames.h): what it measures ("killed", "magnitude",
  // "offer"), whose it is (a proper name before it, may be empty), the day it refers to
  // (ISO 8601 when the sentence dates it) and the direction of change it states.
  std::string frame;
  std::string subject;
  std::string when;
  Direction direction = Direction::kNone;
};

enum class Polarity { kAffirmed, kNegated };
// The status a claim gives its fact: started, continuing, ended, or only how it was before.
enum class Phase { kUnspecified, kStarts, kContinues, kEnds, kPast };

struct Role {
  std::string name;   // from the relation's lexicon entry ("payer")
  std::string party;  // canonical party name ("Microsoft")
  friend bool operator==(const Role&, const Role&) = default;
};

// A statement a source makes, with what is needed to compare it with others.
struct Claim {
  int64_t id = 0;                    // 0 until stored
  std::string relation;              // lexicon id; empty when no relation matched
  std::vector<Role> roles;           // the parties in their roles, when known
  std::vector<std::string> parties;  // every party in the clause, canonical, sorted
  std::vector<Value> values;         // the values the claim carries
  Polarity polarity = Polarity::kAffirmed;
  Phase phase = Phase::kUnspecified;
  bool undisclosed = false;           // the source says the figure was not disclosed
  std::string attribution;            // who is said to say it
  std::vector<std::string> keywords;  // content words of the clause, for alignment
  size_t sentence = 0;                // index into the article's sentences
  Span span;                          // the sentence, into the article text
  std::string quote;                  // the sentence as written
};

// One side of a contradiction: the claims that agree with each other.
struct ContradictionSide {
  std::string value;               // what this side says, normalised, for people
  std::vector<int64_t> claim_ids;  // every claim on this side
};

// How much a contradiction matters, least first (so a more severe one compares greater).
enum class Severity { kLow, kMedium, kHigh };

// What a contradiction is about. kWithinArticle is one article standing on two sides of a
// contradiction of another kind, which its topic names first ("value: stake: ...").
enum class ContradictionKind {
  kRole,             // "role": the parties swap roles (who pays whom)
  kStatus,           // "status": one says it continues, another that it ends
  kValue,            // "value": figures that cannot all be true
  kDuration,         // "duration": a stated duration against the dates
  kDate,             // "date": different dates for one event
  kHedge,            // "hedge": a hedged claim repeated without its hedge
  kSingleSource,     // "single_source": a figure one says was not disclosed
  kCopyDivergence,   // "copy divergence": a copy that changes its original's figure
  kMisquote,         // "misquote": one speaker quoted in words that differ
  kWithinArticle,    // "within_article"
  kDeveloping,       // "developing": a toll that only grows with time
};

struct Contradiction {
  int64_t id = 0;
  ContradictionKind kind = ContradictionKind::kValue;
  Severity severity = Severity::kLow;
  double confidence = 0;
  std::string topic;        // the relation and parties, for people
  std::string fingerprint;  // stable across runs: kind, topic and the sides' values
  std::string evidence;     // changes when the quotes behind the sides change
  bool within_article = false;
  std::vector<ContradictionSide> sides;
  std::string explanation;  // one plain sentence saying why the sides conflict
};

// Where a stored contradiction stands: found by the latest reconciliation, or no longer.
enum class ContradictionStatus { kOpen, kGone };
// An analyst's verdict on a contradiction (`triage`); kNone until one is given.
enum class Verdict { kNone, kConfirmed, kDismissed };

const char* ToString(ValueType type);
const char* ToString(Bound bound);
const char* ToString(Polarity polarity);
const char* ToString(Phase phase);
const char* ToString(Severity severity);  // "low", "medium", "high"
const char* ToString(ContradictionStatus status);  // "open", "gone"
const char* ToString(Verdict verdict);  // "", "confirmed", "dismissed"
const char* ToString(ContradictionKind kind);  // the names above, as stored and reported
const char* ToString(SourceKind kind);  // "path", "urls", "feed", "sitemap", "files"
const char* ToString(DocumentFormat format);  // "text/html", "text/plain"
const char* ToString(DatePrecision precision);  // "" for kNone, else "minute" ... "year"
const char* ToString(ValueRole role);  // "", "initial", "additional", "total", "start"
const char* ToString(Direction direction);  // "", "up", "down"
// The inverses; return false for an unknown name (and leave *out as it was).
bool ParseValueType(const std::string& name, ValueType* out);
bool ParseBound(const std::string& name, Bound* out);
bool ParsePolarity(const std::string& name, Polarity* out);
bool ParsePhase(const std::string& name, Phase* out);
bool ParseSeverity(const std::string& name, Severity* out);
bool ParseContradictionStatus(const std::string& name, ContradictionStatus* out);
bool ParseVerdict(const std::string& name, Verdict* out);
bool ParseContradictionKind(const std::string& name, ContradictionKind* out);
bool ParseSourceKind(const std::string& name, SourceKind* out);
bool ParseDocumentFormat(const std::string& name, DocumentFormat* out);
bool ParseDatePrecision(const std::string& name, DatePrecision* out);
bool ParseValueRole(const std::string& name, ValueRole* out);
bool ParseDirection(const std::string& name, Direction* out);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_MODEL_H_
