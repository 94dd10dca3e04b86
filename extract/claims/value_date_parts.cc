// Calendar pieces the date patterns share: the n-th weekday of a month, the tense that
// places a date without its year, the day a weekday names, the side of publication an
// "earlier"/"later" keeps, and dates written as a duration from another date ("three days
// after Easter", "two weeks before March 3", "the week of March 4").
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/durations.h"
#include "extract/claims/value_dates_internal.h"

namespace newsrecon::extract {
namespace {

// A month count a duration holds ("3 months" 3, "two years" 24, "a quarter" 3); 0 for days.
int MonthsOf(const core::Value& d) {
  const core::DurationUnit* unit = core::FindDurationUnit(d.unit);
  if (unit == nullptr || unit->months == 0) return 0;
  return static_cast<int>(std::lround(d.amount / unit->days)) * unit->months;
}

}  // namespace

core::CivilDate NthWeekday(int year, int month, int weekday, int n) {
  if (n < 0) {
    core::CivilDate last{year, month, core::DaysInMonth(year, month)};
    int back = (core::Weekday(last) - weekday + 7) % 7;
    return {year, month, last.day - back};
  }
  int first = core::Weekday({year, month, 1});
  return {year, month, 1 + (weekday - first + 7) % 7 + 7 * (n - 1)};
}

int OrdinalRank(std::string_view word) {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return word[0] - '0';
  return static_cast<int>(OrdinalWordValue(word));
}

core::CivilDate NthLastOf(const core::CivilDate& end, int n, bool week) {
  int64_t last = core::DaysFromCivil(end);
  if (!week) return core::CivilFromDays(last - (n - 1));
  int64_t sunday = last - (core::Weekday(end) + 1) % 7;  // weeks run Monday to Sunday
  return core::CivilFromDays(sunday - 6 - 7 * (n - 1));
}

namespace {

// Whether words[i] ("" for a capitalised word) marks the future or the past.
int WordTense(const std::vector<std::string_view>& words, size_t i) {
  static constexpr std::string_view kFuture[] = {"will", "shall", "upcoming", "forthcoming", "next", "coming", "tomorrow", "ll"};
  static constexpr std::string_view kPast[] = {"was", "were", "had", "did", "ago", "last", "yesterday", "earlier",
                                               "previously", "said", "told", "met", "began", "held", "took", "came",
                                               "went", "won", "lost", "fell", "rose", "paid", "made", "gave", "left",
                                               "sold", "bought"};
  // "is due to", "are expected on", "is scheduled for", "plans to": a future arrangement.
  static constexpr std::string_view kArranged[] = {"due", "expected", "scheduled", "set", "slated", "planned", "plans", "plan"};
  std::string_view w = words[i];
  std::string_view before = i > 0 ? words[i - 1] : w;
  std::string_view after = i + 1 < words.size() ? words[i + 1] : w;
  for (std::string_view f : kFuture) {
    if (w == f) return 1;
  }
  for (std::string_view a : kArranged) {
    if (w != a) continue;
    if (before == "was" || before == "were" || before == "had") return -1;
    if (after == "to" || after == "for" || after == "on" || before == "is" || before == "are") return 1;
  }
  // A participle after "be" carries no tense ("will be held", "is launched").
  if (before == "be" || before == "been" || before == "being" || before == "is" || before == "are") return 0;
  for (std::string_view p : kPast) {
    if (w == p) return -1;
  }
  // A regular past tense; not "-eed" ("need", "exceed") nor "hundred".
  bool ed = w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w[w.size() - 3] != 'e' && w != "hundred";
  return ed ? -1 : 0;
}

}  // namespace

int TenseAround(std::string_view text, size_t start, size_t end) {
  auto stop = [&](size_t i) {  // a sentence ends at ". ", "! ", "? " or a line break
    char c = text[i];
    return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ');
  };
  size_t from = start, to = end;
  while (from > 0 && start - from < 300 && !stop(from - 1)) --from;
  while (to < text.size() && to - end < 300 && !stop(to)) ++to;
  // The sentence's words but the date's own; "" for a capitalised word (a name, not a verb).
  std::vector<std::string_view> words;
  words.reserve(64);
  size_t date_at = 0;  // how many words come before the date
  auto alpha = [&](size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) != 0 && (i < start || i >= end); };
  for (size_t i = from; i < to;) {
    if (!alpha(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < to && alpha(j)) ++j;
    bool name = std::isupper(static_cast<unsigned char>(text[i])) != 0;
    words.push_back(name ? std::string_view() : text.substr(i, j - i));
    if (i < start) date_at = words.size();
    i = j;
  }
  // The cue nearest before the date wins (the verb that governs it: "announced on May 5, it
  // will close": past), else the nearest after it ("On May 5 it will": future).
  int before = 0, after = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    int t = words[i].empty() ? 0 : WordTense(words, i);
    if (t != 0 && i < date_at) before = t;
    if (t != 0 && i >= date_at && after == 0) after = t;
  }
  return before != 0 ? before : after;
}

int YearOfOccurrence(int month, int day, const core::CivilDate& published, int cue) {
  // No tense: the publication's year, as HeidelTime resolves news (Duckling's next
  // occurrence agrees on every day from publication to the year's end); a leap day in a
  // common year takes the nearest leap year.
  if (cue == 0 && (day == 0 || core::IsValidDate({published.year, month, day}))) return published.year;
  int64_t pub = core::DaysFromCivil(published);
  int best = 0;
  int64_t best_distance = 0;
  for (int year = published.year - 8; year <= published.year + 8; ++year) {
    if (day != 0 && !core::IsValidDate({year, month, day})) continue;  // a leap day
    int64_t first = core::DaysFromCivil({year, month, day == 0 ? 1 : day});
    int64_t last = day == 0 ? first + core::DaysInMonth(year, month) - 1 : first;
    if ((cue > 0 && last < pub) || (cue < 0 && first > pub)) continue;
    int64_t distance = first > pub ? first - pub : last < pub ? pub - last : 0;
    if (best == 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

// The `day` of a month that falls on `weekday`: with `cue` -1 the latest on or before
// `published`, else the first on or after it (Duckling's next occurrence); nothing within
// a year (28 months hold every day-weekday pair).
std::optional<core::CivilDate> DayOnWeekday(int day, int weekday, const core::CivilDate& published, int cue) {
  int64_t pub = core::DaysFromCivil(published);
  int step = cue < 0 ? -1 : 1;
  for (int k = 0; k <= 28; ++k) {
    core::CivilDate d = AddMonths({published.year, published.month, 1}, step * k);
    d.day = day;
    if (!core::IsValidDate(d) || core::Weekday(d) != weekday) continue;
    int64_t at = core::DaysFromCivil(d);
    if (cue < 0 ? at <= pub : at >= pub) return d;
  }
  return std::nullopt;
}

// The first word from text[at] (spaces skipped), or "" when something else comes first.
std::string_view WordAfter(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(at, end - at);
}

// "next Friday" is the Friday of next week (as Duckling and Recognizers-Text read it);
// "last" and "previous" take the latest before publication, "coming" and "following" (with
// no earlier day in the text to count from) the first after it; alone or after "on" or
// "this" a weekday is the first after publication in a sentence in the future tense, else
// the latest, publication day included (news mostly reports what has happened: "on
// Monday" without a tense word is more often the Monday before than after).
int64_t WeekdayDay(std::string_view lead, int weekday, const core::CivilDate& published, int cue) {
  int64_t pub = core::DaysFromCivil(published);
  int back = (core::Weekday(published) - weekday + 7) % 7;
  if (lead.find("next") != std::string::npos) return pub - core::Weekday(published) + 7 + weekday;
  if (lead.find("coming") != std::string::npos || lead.find("following") != std::string::npos) cue = 1;
  if (lead.find("last") != std::string::npos || lead.find("previous") != std::string::npos) {
    return pub - (back == 0 ? 7 : back);
  }
  return cue > 0 ? pub + (back == 0 ? 7 : 7 - back) : pub - back;
}

// "Earlier this week" is the week's days before publication, "later this month" the
// month's days after it: the date becomes that span of days ("2017-04-03/2017-04-07"); a
// span with no day left keeps the whole unit.
void KeepSideOfPublication(core::Value* v, bool earlier, const DateContext& ctx) {
  if (!ctx.published) return;
  int64_t published = core::DaysFromCivil(*ctx.published);
  int64_t first = 0, last = 0;
  if (v->precision == core::DatePrecision::kWeek) {
    first = published - core::Weekday(*ctx.published);  // its Monday
    last = first + 6;
  } else if (!core::IsoDaySpan(v->date, &first, &last)) {
    return;
  }
  if (earlier) last = std::min(last, published - 1);
  if (!earlier) first = std::max(first, published + 1);
  if (first > last) return;
  v->date = core::FormatIsoDate(core::CivilFromDays(first)) + "/" + core::FormatIsoDate(core::CivilFromDays(last));
}

core::CivilDate AddMonths(const core::CivilDate& d, int months) {
  int index = d.year * 12 + d.month - 1 + months;
  int y = index / 12, m = index % 12 + 1;
  return {y, m, std::min(d.day, core::DaysInMonth(y, m))};
}

// The day `k` units from `pub` (back when negative): days, weeks, calendar months and
// years, or with `weekday` (0 = Monday) the k-th such weekday ("2 thursdays ago": the
// Thursday before last).
int64_t AgoDay(const core::CivilDate& pub, int k, const std::string& unit, int weekday) {
  int64_t day = core::DaysFromCivil(pub);
  if (unit == "month" || unit == "year") return core::DaysFromCivil(AddMonths(pub, unit == "year" ? 12 * k : k));
  if (weekday >= 0) {
    int back = (core::Weekday(pub) - weekday + 7) % 7;  // the latest such day, today included
    int ahead = (weekday - core::Weekday(pub) + 7) % 7;
    return k < 0 ? day - (back == 0 ? 7 : back) + 7 * (k + 1) : day + (ahead == 0 ? 7 : ahead) + 7 * (k - 1);
  }
  return day + (unit == "week" ? 7 * k : k);
}

// Whether a duration and the date after it make one date ("three days after Easter"): the
// direction the words between them give (1 after/from, -1 before), or 0.
int ShiftBetween(std::string_view text, const core::Value& d, const core::Value& anchor) {
  if (d.type != core::ValueType::kDuration || d.bound == core::Bound::kRange ||
      anchor.type != core::ValueType::kDate || anchor.precision != core::DatePrecision::kDay || anchor.date.empty()) {
    return 0;
  }
  std::string gap = Lower(text.substr(d.span.end, anchor.span.start - d.span.end));
  return gap == " after " || gap == " from " ? 1 : gap == " before " ? -1 : 0;
}

// Whether a date said from another ("the day after", "the week before", unresolved) is
// followed, a space apart, by the day-precise date it counts from ("the day after
// Christmas"): the days to shift that date by, or 0. Months and years are left alone.
int AnaphoricShift(std::string_view text, const core::Value& a, const core::Value& anchor) {
  if (a.type != core::ValueType::kDate || (a.qualifier != "before" && a.qualifier != "after") || !a.date.empty() ||
      anchor.type != core::ValueType::kDate || anchor.precision != core::DatePrecision::kDay || anchor.date.empty() ||
      anchor.span.start != a.span.end + 1 || text[a.span.end] != ' ') {
    return 0;
  }
  if (a.precision != core::DatePrecision::kDay && a.precision != core::DatePrecision::kWeek) return 0;
  return static_cast<int>(a.amount);  // -1, 1, -7 or 7
}

void WidenWeekOfDates(std::string_view text, std::vector<core::Value>* values) {
  static constexpr std::string_view kWeekOf = "week of ";
  for (core::Value& v : *values) {
    if (v.type != core::ValueType::kDate || v.precision != core::DatePrecision::kDay || v.date.empty() ||
        v.span.start < kWeekOf.size() || Lower(text.substr(v.span.start - kWeekOf.size(), kWeekOf.size())) != kWeekOf) {
      continue;
    }
    v.span.start -= kWeekOf.size();
    v.text = std::string(text.substr(v.span.start, v.span.size()));
    v.precision = core::DatePrecision::kWeek;
    ShiftTo(&v, static_cast<int64_t>(v.amount));
  }
}

void ShiftDatesByDurations(std::string_view text, std::vector<core::Value>* values) {
  std::vector<core::Value>& v = *values;
  size_t out = 0;  // values are compacted in place: linear however many join
  for (size_t i = 0; i < v.size(); ++i) {
    if (int days = i + 1 < v.size() ? AnaphoricShift(text, v[i], v[i + 1]) : 0; days != 0) {
      core::Value& anchor = v[i + 1];
      auto day = static_cast<int64_t>(anchor.amount) + days;
      anchor.span.start = v[i].span.start;
      anchor.text = std::string(text.substr(anchor.span.start, anchor.span.size()));
      anchor.precision = v[i].precision;
      ShiftTo(&anchor, day);
      continue;  // the anaphoric date is dropped; the joined one is kept next round
    }
    int sign = i + 1 < v.size() ? ShiftBetween(text, v[i], v[i + 1]) : 0;
    if (sign != 0) {
      const core::Value& d = v[i];
      core::Value& anchor = v[i + 1];
      auto day = static_cast<int64_t>(anchor.amount);
      if (int months = MonthsOf(d); months != 0) {
        day = core::DaysFromCivil(AddMonths(core::CivilFromDays(day), sign * months));
      } else {
        day += sign * static_cast<int64_t>(std::lround(d.amount));
      }
      anchor.span.start = d.span.start;
      anchor.text = std::string(text.substr(anchor.span.start, anchor.span.size()));
      anchor.date = core::FormatIsoDate(core::CivilFromDays(day));
      anchor.amount = anchor.high = static_cast<double>(day);
      continue;  // the duration is dropped; the date after it is kept next round
    }
    if (out != i) v[out] = std::move(v[i]);
    ++out;
  }
  v.resize(out);
}

}  // namespace newsrecon::extract
