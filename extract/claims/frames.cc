// Quantity frames: event words and measure nouns around each figure of a sentence.
#include "extract/claims/frames.h"

#include <algorithm>
#include <optional>

#include "core/event_words.h"
#include "core/utf8.h"
#include "core/word_set.h"

namespace newsrecon::extract {
namespace {

struct Word {
  size_t start, end;
  std::string_view lower;  // into the sentence's lower-cased copy
  bool capital;
  bool in_value = false;  // inside a value's span
  // core::EventOfWord(lower) once asked: each figure looks at the words around it, and
  // neighbouring figures at many of the same.
  mutable std::optional<std::string_view> event;
};

std::string_view WordEvent(const Word& w) {
  if (!w.event) w.event = core::EventOfWord(w.lower);
  return *w.event;
}

// Nouns that name a measurement: before a figure they win over the noun after it.
bool MeasureNoun(std::string_view w) {
  static const core::WordSet kMeasures = {
      "magnitude", "depth", "turnout", "stake", "toll", "temperature", "age", "rate", "share",
      "score", "price", "valuation", "cost", "budget", "revenue", "revenues", "profit",
      "sales", "fine", "salary", "inflation", "unemployment", "growth", "margin", "yield",
      "population", "speed", "height", "distance", "capacity", "debt", "deficit", "bond",
      "offer", "bid", "deal", "contract", "damage", "damages", "bail", "ransom", "reward",
      "settlement", "loan", "investment", "fines", "turnover", "wage", "wages", "pay"};
  return kMeasures.Contains(w);
}

// Words that never name what a figure measures: function words, verbs of change,
// reporting and being, and hedges.
bool Skip(std::string_view w) {
  static const core::WordSet kSkip = {
      "the", "a", "an", "of", "in", "to", "for", "and", "or", "by", "on", "at", "its", "their",
      "his", "her", "about", "up", "more", "than", "some", "with", "from", "was", "were", "is",
      "are", "be", "been", "being", "had", "has", "have", "said", "says", "say", "rose", "fell",
      "grew", "jumped", "dropped", "climbed", "increased", "decreased", "declined", "reported",
      "after", "before", "down", "over", "nearly", "almost", "roughly", "around", "least",
      "most", "as", "many", "much", "estimated", "reached", "stood", "totalled", "totaled",
      "worth", "measured", "put", "at", "which", "that", "who", "this", "these", "those",
      "it", "they", "we", "he", "she", "also", "another", "other", "others", "only", "just",
      "approximately", "some", "per", "cent", "percent", "million", "billion", "thousand",
      "trillion", "bn", "m", "mn", "while", "when", "would", "will", "could", "may", "might",
      "into", "than", "between", "under", "below", "above", "within", "toward", "towards",
      "gained", "lost", "slid", "plunged", "soared", "surged", "rising", "falling", "fall",
      "rise", "higher", "lower", "new", "total", "all", "each", "every", "one", "two", "three",
      "so", "far", "then", "there", "here", "now", "still", "not", "no", "least", "upto"};
  return w.size() < 3 || kSkip.Contains(w);
}

core::Direction Direction(std::string_view w) {
  static const core::WordSet kUp = {"rose", "increased", "gained", "jumped", "climbed",
                                            "grew", "up", "rising", "surged", "soared", "higher",
                                            "increase", "growth", "rise", "rises", "gain"};
  static const core::WordSet kDown = {"fell", "decreased", "declined", "dropped", "slid",
                                              "lost", "down", "falling", "plunged", "sank",
                                              "tumbled", "lower", "decline", "drop", "fall",
                                              "falls", "loss", "shrank"};
  if (kUp.Contains(w)) return core::Direction::kUp;
  if (kDown.Contains(w)) return core::Direction::kDown;
  return core::Direction::kNone;
}

// Sentence-opening and pronoun capitals that are no one's name.
bool NameWord(const Word& w) {
  static const core::WordSet kNot = {
      "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "but", "and",
      "this", "that", "there", "after", "before", "according", "since", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december"};
  return w.capital && !kNot.Contains(w.lower);
}

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The sentence's words (letters, hyphens between letters); `lower` receives the sentence
// with its words lower-cased (in the same pass that finds them), which the words' `lower`
// views point into.
std::vector<Word> Words(std::string_view text, core::Span s, std::string* lower) {
  lower->assign(text.substr(s.start, s.size()));
  std::vector<Word> out;
  out.reserve(s.size() / 5 + 4);  // about one word per five bytes: rarely a regrowth
  size_t i = s.start;
  while (i < s.end) {
    if (!IsAsciiAlpha(text[i])) {
      ++i;
      continue;
    }
    Word w{i, i, {}, text[i] >= 'A' && text[i] <= 'Z', false, std::nullopt};
    while (i < s.end && (IsAsciiAlpha(text[i]) || (text[i] == '-' && i + 1 < s.end && IsAsciiAlpha(text[i + 1])))) {
      char& c = (*lower)[i - s.start];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
      ++i;
    }
    w.end = i;
    w.lower = std::string_view(*lower).substr(w.start - s.start, w.end - w.start);
    out.push_back(w);
  }
  return out;
}

// Marks the words inside value spans; both lists are in text order: one pass.
void MarkValueWords(std::vector<Word>* words, const std::vector<core::Span>& spans) {
  size_t k = 0;
  for (Word& w : *words) {
    while (k < spans.size() && spans[k].end <= w.start) ++k;
    w.in_value = k < spans.size() && w.start >= spans[k].start && w.end <= spans[k].end;
  }
}

bool InsideValue(const Word& w, const std::vector<core::Span>&) { return w.in_value; }

// At most N words, without an allocation (each figure looks at a few words around it).
template <size_t N>
class FewWords {
 public:
  void push_back(const Word* w) { words_[size_++] = w; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Word* operator[](size_t i) const { return words_[i]; }
  const Word* const* begin() const { return words_; }
  const Word* const* end() const { return words_ + size_; }

 private:
  const Word* words_[N] = {};
  size_t size_ = 0;
};

// Whether an event noun modifies the noun right after it: "a death sentence", "murder
// charges", "an arrest warrant" are about the sentence, the charges, the warrant. A verb
// ("killed civilians", "killing 5") governs what follows it.
bool Modifier(const Word& w, const Word* next) {
  auto ends = [&](std::string_view tail) {
    return w.lower.size() > tail.size() && w.lower.substr(w.lower.size() - tail.size()) == tail;
  };
  if (next == nullptr || next->start != w.end + 1 || ends("ed") || ends("ing")) return false;
  return !Skip(next->lower) && WordEvent(*next).empty();
}

// How far an event word can be from a figure, in content words between them.
constexpr int kEventReach = 2;

// The nearest event word in `side` (words in order away from the figure) and its distance
// in content words: function words and "-ly" adverbs ("were slightly hurt") do not count.
// Another figure's words end the look.
template <typename Words>
std::pair<std::string_view, int> NearestEvent(const Words& side, bool before) {
  // Before a figure an event word governs it: "killed 48 people", "a toll of 48". Words
  // that take no object ("a woman died and two men ...") report someone else's fate.
  static const core::WordSet kNoObject({"died", "die", "dies", "dead", "missing"});
  int distance = 0;
  const Word* next = nullptr;  // the word after `w` in the text, on the before side
  for (const Word* w : side) {
    if (w->in_value || distance > kEventReach) break;
    if (before && kNoObject.Contains(w->lower)) break;
    std::string_view event = WordEvent(*w);
    if (!event.empty() && !(before && Modifier(*w, next))) return {event, distance};
    bool adverb = w->lower.size() > 4 && w->lower.substr(w->lower.size() - 2) == "ly";
    if (!Skip(w->lower) && !adverb) ++distance;
    next = w;
  }
  return {"", kEventReach + 1};
}

// The event a count reports: its own noun when that is an event word ("70 wounded"),
// else the nearest event word on either side; on a tie the word before wins, as a verb
// governs its object ("killed 5 and injured 10").
template <typename Before, typename After>
std::string_view EventOf(const core::Value& v, const Before& before, const After& after) {
  // Tolls count: a sum, a share, a span of time or a date is never "the number killed".
  if (v.type != core::ValueType::kCount && v.type != core::ValueType::kNumber) return "";
  std::string unit = core::AsciiLower(v.unit);
  std::string_view own = core::EventOfWord(unit);
  if (!own.empty()) return own;
  // Tolls count people: "captured 2 boats" or "shelled 2 towns" is no count of arrests or
  // deaths. Things are known by a closed list; any other noun may be people.
  static const core::WordSet kThings = {
      "boats", "ships", "vessels", "skiffs", "vehicles", "cars", "trucks", "buses", "tanks",
      "rifles", "weapons", "guns", "rockets", "missiles", "shells", "bombs", "mortars", "rounds",
      "homes", "houses", "buildings", "schools", "hospitals", "villages", "towns", "cities",
      "aircraft", "planes", "jets", "helicopters", "drones", "trains", "roads", "bridges",
      "animals", "cattle", "sheep", "cows", "horses", "dogs", "trees", "acres", "hectares",
      "tons", "tonnes", "barrels", "kilograms", "kilos", "pounds", "grams", "shares", "votes",
      "seats", "goals", "points", "runs", "games", "matches", "titles", "fires", "flights"};
  if (kThings.Contains(unit)) return "";
  auto [ahead, ahead_distance] = NearestEvent(after, false);
  auto [behind, behind_distance] = NearestEvent(before, true);
  if (behind_distance <= ahead_distance) return behind;
  return ahead;
}

// The frame and direction of the value at `span`, given the sentence's words and the spans
// of all its values.
void FrameOne(const std::vector<Word>& words, const std::vector<core::Span>& spans,
              core::Value* v) {
  FewWords<8> before;
  FewWords<5> after;
  // Words are in text order: the ones around the figure are found by binary search, and
  // each look is bounded, so a sentence dense with figures stays linear.
  auto first_after = std::lower_bound(words.begin(), words.end(), v->span.end,
                                      [](const Word& w, size_t at) { return w.start < at; });
  auto end_before = std::upper_bound(words.begin(), words.end(), v->span.start,
                                     [](size_t at, const Word& w) { return at < w.end; });
  size_t steps = 0;
  for (auto it = end_before; it != words.begin() && before.size() < 8 && steps < 24; ++steps) {
    --it;
    if (!InsideValue(*it, spans)) before.push_back(&*it);
  }
  for (auto it = first_after; it != words.end() && after.size() < 5; ++it) after.push_back(&*it);
  std::string_view frame = EventOf(*v, before, after);
  // The nearest content word before (within four words), and whether a linking word
  // ("offer of $5m", "a deal worth $5m") joins it to the figure.
  static const core::WordSet kLinks = {"of", "worth", "at", "valued", "totalling", "totaling", "for"};
  const Word* noun_before = nullptr;
  for (size_t i = 0; i < before.size() && i < 4 && noun_before == nullptr; ++i) {
    if (!Skip(before[i]->lower) && Direction(before[i]->lower) == core::Direction::kNone) {
      noun_before = before[i];
    }
  }
  bool linked = !before.empty() && kLinks.Contains(before[0]->lower);
  for (size_t i = 0; frame.empty() && i < before.size(); ++i) {
    if (MeasureNoun(before[i]->lower)) frame = before[i]->lower;
  }
  if (frame.empty() && noun_before != nullptr && linked) frame = noun_before->lower;
  // "rose 5%", "rose by 5%", "up 5%": the change word right before the figure (or "by").
  if (!before.empty()) {
    v->direction = Direction(before[0]->lower);
    if (v->direction == core::Direction::kNone && before[0]->lower == "by" && before.size() > 1) {
      v->direction = Direction(before[1]->lower);
    }
  }
  if (frame.empty() && v->type == core::ValueType::kCount && !v->unit.empty()) frame = v->unit;
  if (frame.empty() && !after.empty() && !InsideValue(*after[0], spans) && !Skip(after[0]->lower) &&
      Direction(after[0]->lower) == core::Direction::kNone && v->type != core::ValueType::kPercent &&
      v->type != core::ValueType::kPercentPoints) {
    frame = after[0]->lower;
  }
  if (frame.empty() && noun_before != nullptr) frame = noun_before->lower;
  std::string_view event = core::EventOfWord(frame);  // folded as FoldFrameWord does, no copy first
  v->frame = std::string(event.empty() ? frame : event);
}

// A verb whose first object is who receives: "made Teixeira an offer", "paid Ostby $5m".
bool GivingVerb(const Word& w) {
  static const core::WordSet kGiving = {"made", "make", "makes", "offered", "offers", "offer", "gave",
                                        "give", "gives", "paid", "pay", "pays", "handed", "sent",
                                        "awarded", "promised", "owed", "owes", "lent", "granted"};
  return kGiving.Contains(w.lower);
}

// A run of name words: indices of its first and last; last -1 for none.
struct NameRun {
  int first = -1, last = -1;
};

// The nearest run of name words whose last word is at most twelve words back from
// words[from] (the run at most seven words, one space apart).
NameRun RunBefore(const std::vector<Word>& words, int from) {
  NameRun run;
  for (int i = from, n = 0; i > 0 && n < 12 && run.last < 0; --i, ++n) {
    if (NameWord(words[static_cast<size_t>(i)])) run.last = i;
  }
  if (run.last < 0) return run;
  run.first = run.last;
  while (run.first > 1 && run.last - run.first < 6 && NameWord(words[static_cast<size_t>(run.first - 1)]) &&
         words[static_cast<size_t>(run.first)].start - words[static_cast<size_t>(run.first - 1)].end == 1) {
    --run.first;
  }
  return run;
}

// The giving verb at most three words before words[first]; -1 when there is none.
int GivingVerbBefore(const std::vector<Word>& words, int first) {
  for (int i = first - 1; i > 0 && i >= first - 3; --i) {
    if (GivingVerb(words[static_cast<size_t>(i)])) return i;
  }
  return -1;
}

// The nearest run of capitalised words before `at` (within twelve words): "the Boston Red
// Sox" -> "Boston Red Sox". A run that a giving verb takes as its object, up to three
// words after it ("made first baseman Mark Teixeira an offer"), receives the figure: the
// subject is the run before that verb ("the Boston Red Sox have made ...").
std::string SubjectBefore(const std::vector<Word>& words, std::string_view text, size_t at) {
  auto end = std::upper_bound(words.begin(), words.end(), at,
                              [](size_t pos, const Word& w) { return pos < w.end; });
  NameRun run = RunBefore(words, static_cast<int>(end - words.begin()) - 1);
  if (run.last < 0) return {};
  if (int verb = GivingVerbBefore(words, run.first); verb >= 0) run = RunBefore(words, verb - 1);
  if (run.last < 0) return {};
  size_t from = words[static_cast<size_t>(run.first)].start, to = words[static_cast<size_t>(run.last)].end;
  return std::string(text.substr(from, to - from));
}

}  // namespace

std::string FoldFrameWord(const std::string& word) {
  std::string_view event = core::EventOfWord(word);
  return event.empty() ? word : std::string(event);
}

void AssignFrames(std::string_view text, core::Span sentence, std::vector<core::Value>* values) {
  auto first = std::lower_bound(values->begin(), values->end(), sentence.start,
                                [](const core::Value& v, size_t at) { return v.span.start < at; });
  auto last = first;
  while (last != values->end() && last->span.end <= sentence.end) ++last;
  if (first == last || sentence.end > text.size()) return;
  std::string lower;
  std::vector<Word> words = Words(text, sentence, &lower);
  std::vector<core::Span> spans;
  spans.reserve(static_cast<size_t>(last - first));
  // The time the sentence's figures refer to: its first day, else its first month or week
  // ("In February, a gunman killed five", "Earlier this week a strike killed 87").
  std::string when, month;
  for (auto it = first; it != last; ++it) {
    spans.push_back(it->span);
    if (it->type != core::ValueType::kDate) continue;
    if (when.empty() && it->precision == core::DatePrecision::kDay) when = it->date;
    bool coarse = it->precision == core::DatePrecision::kMonth || it->precision == core::DatePrecision::kWeek;
    if (month.empty() && coarse) month = it->date;
  }
  if (when.empty()) when = month;
  MarkValueWords(&words, spans);
  for (auto it = first; it != last; ++it) {
    if (it->type == core::ValueType::kDate || it->type == core::ValueType::kYear) {
      it->when = it->date;
    } else {
      it->when = when;
    }
    FrameOne(words, spans, &*it);
    it->subject = SubjectBefore(words, text, it->span.start);
  }
}

}  // namespace newsrecon::extract
