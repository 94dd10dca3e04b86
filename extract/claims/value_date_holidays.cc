// Named holidays as table rows: each row holds every spelling of its name (the date pattern's
// alternation is built from the rows) and the rule that gives its day in a year: fixed, the
// n-th weekday of a month, counted from Western or Orthodox Easter, Chinese New Year, or a
// day of the Hebrew or Islamic calendar.
#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

// Easter Sunday (the Gregorian computus).
core::CivilDate Easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  return {y, month, (h + l - 7 * m + 114) % 31 + 1};
}

// Orthodox Easter Sunday: the Julian computus, its Julian date moved to the Gregorian
// calendar (the two differ by y/100 - y/400 - 2 days in March to May).
int64_t OrthodoxEaster(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  return core::DaysFromCivil({y, month, day}) + y / 100 - y / 400 - 2;
}

// How a holiday falls: on a fixed day, on the n-th weekday (0 Monday) of its month (n -1:
// the last), a number of days from (Western or Orthodox) Easter Sunday, or on Chinese New
// Year; `offset` days are added ("Black Friday": the day after Thanksgiving). A fixed day
// with `nth` 1 moves off a weekend to the nearest weekday (Boss's Day); with `nth` 2 a
// Sunday moves to the Saturday (King's Day).
struct HolidayRule {
  const char* names;  // the spellings (see SpellingIndex)
  enum Kind { kFixed, kNthWeekday, kFromEaster, kFromOrthodoxEaster, kChineseNewYear } kind;
  int month, day_or_weekday, nth, offset;
};

using H = HolidayRule;
constexpr HolidayRule kHolidays[] = {
    // Fixed days. A longer name that begins with a shorter one comes first (the
    // alternation takes the first that fits).
    {"new year's' day", H::kFixed, 1, 1, 0, 0},  // not "New Year's" alone ("New Year's resolutions")
    {"new year's' eve", H::kFixed, 12, 31, 0, 0},
    {"(?:christmas|xmas)(?: day)?(?:'s)? eve", H::kFixed, 12, 24, 0, 0},
    {"(?:christmas|xmas)(?: day)?", H::kFixed, 12, 25, 0, 0},
    {"orthodox christmas(?: day)?", H::kFixed, 1, 7, 0, 0},
    {"boxing day|(?:st\\.?|saint) stephen's day", H::kFixed, 12, 26, 0, 0},
    {"(?:st\\.? |saint )?valentine's' day", H::kFixed, 2, 14, 0, 0},
    {"hallowe'en(?: day)?", H::kFixed, 10, 31, 0, 0},
    {"(?:st\\.?|saint) (?:patrick|paddy)'s' day", H::kFixed, 3, 17, 0, 0},
    {"(?:st\\.?|saint) george's day", H::kFixed, 4, 23, 0, 0},
    {"independence day", H::kFixed, 7, 4, 0, 0},
    {"juneteenth", H::kFixed, 6, 19, 0, 0},
    {"bastille day", H::kFixed, 7, 14, 0, 0},
    {"armistice day|remembrance day|veteran's' day", H::kFixed, 11, 11, 0, 0},
    {"epiphany", H::kFixed, 1, 6, 0, 0},
    {"groundhog day", H::kFixed, 2, 2, 0, 0},
    {"(?:april|all) fool's' day", H::kFixed, 4, 1, 0, 0},
    {"earth day", H::kFixed, 4, 22, 0, 0},
    {"anzac day", H::kFixed, 4, 25, 0, 0},
    {"may day|international workers' day", H::kFixed, 5, 1, 0, 0},
    {"canada day", H::kFixed, 7, 1, 0, 0},
    {"australia day", H::kFixed, 1, 26, 0, 0},
    {"all saints' day", H::kFixed, 11, 1, 0, 0},
    {"all souls' day", H::kFixed, 11, 2, 0, 0},
    {"guy fawkes(?: night| day)?|bonfire night", H::kFixed, 11, 5, 0, 0},
    {"assumption (?:of mary|day)|feast of the assumption", H::kFixed, 8, 15, 0, 0},
    {"feast of the immaculate conception", H::kFixed, 12, 8, 0, 0},
    {"boss's' day", H::kFixed, 10, 16, 1, 0},
    {"king's day|koningsdag", H::kFixed, 4, 27, 2, 0},
    // The United Nations' international days most reported.
    {"international women's day", H::kFixed, 3, 8, 0, 0},
    {"international men's day|world toilet day", H::kFixed, 11, 19, 0, 0},
    {"world aids day", H::kFixed, 12, 1, 0, 0},
    {"human rights day", H::kFixed, 12, 10, 0, 0},
    {"world environment day", H::kFixed, 6, 5, 0, 0},
    {"world press freedom day", H::kFixed, 5, 3, 0, 0},
    {"world health day", H::kFixed, 4, 7, 0, 0},
    {"world water day", H::kFixed, 3, 22, 0, 0},
    {"world refugee day", H::kFixed, 6, 20, 0, 0},
    {"international day of peace|world peace day", H::kFixed, 9, 21, 0, 0},
    {"united nations day", H::kFixed, 10, 24, 0, 0},
    {"world food day", H::kFixed, 10, 16, 0, 0},
    {"world mental health day", H::kFixed, 10, 10, 0, 0},
    {"world cancer day", H::kFixed, 2, 4, 0, 0},
    {"(?:nelson )?mandela day", H::kFixed, 7, 18, 0, 0},
    {"africa day", H::kFixed, 5, 25, 0, 0},
    {"international youth day", H::kFixed, 8, 12, 0, 0},
    {"world tourism day", H::kFixed, 9, 27, 0, 0},
    {"world teachers' day", H::kFixed, 10, 5, 0, 0},
    {"world wildlife day", H::kFixed, 3, 3, 0, 0},
    {"world oceans? day", H::kFixed, 6, 8, 0, 0},
    {"international mother language day", H::kFixed, 2, 21, 0, 0},
    {"world radio day", H::kFixed, 2, 13, 0, 0},
    {"international holocaust remembrance day", H::kFixed, 1, 27, 0, 0},
    {"world malaria day", H::kFixed, 4, 25, 0, 0},
    {"world no tobacco day", H::kFixed, 5, 31, 0, 0},
    {"world (?:tuberculosis|tb) day", H::kFixed, 3, 24, 0, 0},
    {"world diabetes day", H::kFixed, 11, 14, 0, 0},
    {"world population day", H::kFixed, 7, 11, 0, 0},
    {"world humanitarian day", H::kFixed, 8, 19, 0, 0},
    {"international literacy day", H::kFixed, 9, 8, 0, 0},
    {"world heart day", H::kFixed, 9, 29, 0, 0},
    {"world suicide prevention day", H::kFixed, 9, 10, 0, 0},
    {"world autism awareness day", H::kFixed, 4, 2, 0, 0},
    {"international (?:day of )?yoga(?: day)?", H::kFixed, 6, 21, 0, 0},
    {"world blood donor day", H::kFixed, 6, 14, 0, 0},
    {"international day of (?:persons with disabilities|disabled persons)", H::kFixed, 12, 3, 0, 0},
    {"world wetlands day", H::kFixed, 2, 2, 0, 0},
    {"international day of women and girls in science", H::kFixed, 2, 11, 0, 0},
    {"world day of social justice", H::kFixed, 2, 20, 0, 0},
    {"zero discrimination day", H::kFixed, 3, 1, 0, 0},
    {"international day of happiness", H::kFixed, 3, 20, 0, 0},
    {"international day of forests|world poetry day|world down syndrome day|"
     "international day for the elimination of racial discrimination",
     H::kFixed, 3, 21, 0, 0},
    {"world meteorological day", H::kFixed, 3, 23, 0, 0},
    {"world intellectual property day", H::kFixed, 4, 26, 0, 0},
    {"world day for safety and health at work", H::kFixed, 4, 28, 0, 0},
    {"international jazz day", H::kFixed, 4, 30, 0, 0},
    {"international nurses' day", H::kFixed, 5, 12, 0, 0},
    {"international day of families", H::kFixed, 5, 15, 0, 0},
    {"international day for biological diversity|world biodiversity day", H::kFixed, 5, 22, 0, 0},
    {"global day of parents", H::kFixed, 6, 1, 0, 0},
    {"world day to combat desertification(?: and drought)?", H::kFixed, 6, 17, 0, 0},
    {"international day against drug abuse(?: and illicit trafficking)?", H::kFixed, 6, 26, 0, 0},
    {"international day of friendship|world day against trafficking in persons", H::kFixed, 7, 30, 0, 0},
    {"international day of the world's indigenous peoples?", H::kFixed, 8, 9, 0, 0},
    {"international day against nuclear tests", H::kFixed, 8, 29, 0, 0},
    {"international day of the victims of enforced disappearances", H::kFixed, 8, 30, 0, 0},
    {"international day of charity", H::kFixed, 9, 5, 0, 0},
    {"international day of democracy", H::kFixed, 9, 15, 0, 0},
    {"international day of older persons|world vegetarian day", H::kFixed, 10, 1, 0, 0},
    {"international day of non-?violence", H::kFixed, 10, 2, 0, 0},
    {"international day of the girl child", H::kFixed, 10, 11, 0, 0},
    {"international day for disaster (?:risk )?reduction", H::kFixed, 10, 13, 0, 0},
    {"international day for the eradication of poverty", H::kFixed, 10, 17, 0, 0},
    {"world vegan day", H::kFixed, 11, 1, 0, 0},
    {"international day for tolerance", H::kFixed, 11, 16, 0, 0},
    {"universal children's day|world children's day", H::kFixed, 11, 20, 0, 0},
    {"world television day", H::kFixed, 11, 21, 0, 0},
    {"international day for the elimination of violence against women", H::kFixed, 11, 25, 0, 0},
    {"international volunteer day", H::kFixed, 12, 5, 0, 0},
    {"world soil day", H::kFixed, 12, 5, 0, 0},
    {"international anti-?corruption day", H::kFixed, 12, 9, 0, 0},
    {"international mountain day", H::kFixed, 12, 11, 0, 0},
    {"international migrants' day", H::kFixed, 12, 18, 0, 0},
    {"international human solidarity day", H::kFixed, 12, 20, 0, 0},
    {"world day of remembrance for road traffic victims", H::kNthWeekday, 11, 6, 3, 0},
    {"world kidney day", H::kNthWeekday, 3, 3, 2, 0},
    {"world habitat day", H::kNthWeekday, 10, 0, 1, 0},
    // The n-th weekday of a month.
    {"thanksgiving(?: day)?", H::kNthWeekday, 11, 3, 4, 0},
    {"black friday", H::kNthWeekday, 11, 3, 4, 1},
    {"cyber monday", H::kNthWeekday, 11, 3, 4, 4},
    {"labou?r day", H::kNthWeekday, 9, 0, 1, 0},
    {"memorial day", H::kNthWeekday, 5, 0, -1, 0},
    {"columbus day|indigenous peoples' day", H::kNthWeekday, 10, 0, 2, 0},
    {"martin luther king(?: jr\\.?)?'s? day|mlk(?: jr\\.?)? day|civil rights day", H::kNthWeekday, 1, 0, 3, 0},
    {"president's' day|washington's birthday", H::kNthWeekday, 2, 0, 3, 0},
    {"mother's' day", H::kNthWeekday, 5, 6, 2, 0},
    {"father's' day", H::kNthWeekday, 6, 6, 3, 0},
    {"commonwealth day", H::kNthWeekday, 3, 0, 2, 0},
    {"early may bank holiday", H::kNthWeekday, 5, 0, 1, 0},
    {"spring bank holiday", H::kNthWeekday, 5, 0, -1, 0},
    {"(?:summer|august) bank holiday", H::kNthWeekday, 8, 0, -1, 0},
    // Counted from Easter Sunday (Orthodox ones first: "orthodox easter" holds "easter").
    {"orthodox easter monday", H::kFromOrthodoxEaster, 0, 0, 0, 1},
    {"orthodox easter(?: sunday)?|pascha", H::kFromOrthodoxEaster, 0, 0, 0, 0},
    {"orthodox (?:good|great|holy|great and holy) friday", H::kFromOrthodoxEaster, 0, 0, 0, -2},
    {"orthodox holy saturday|the great sabbath", H::kFromOrthodoxEaster, 0, 0, 0, -1},
    {"orthodox (?:branch|palm|yew) sunday", H::kFromOrthodoxEaster, 0, 0, 0, -7},
    {"lazarus saturday", H::kFromOrthodoxEaster, 0, 0, 0, -8},
    {"(?:clean|green|pure) monday|orthodox (?:ash|shrove) monday|monday of lent", H::kFromOrthodoxEaster, 0, 0, 0, -48},
    {"shrove tuesday|pancake (?:tues)?day|mardi gras", H::kFromEaster, 0, 0, 0, -47},
    {"ash wednesday", H::kFromEaster, 0, 0, 0, -46},
    {"mothering sunday", H::kFromEaster, 0, 0, 0, -21},
    {"(?:palm|branch|yew) sunday", H::kFromEaster, 0, 0, 0, -7},
    {"(?:maundy|holy|covenant|sheer|great and holy) thursday|thursday of mysteries", H::kFromEaster, 0, 0, 0, -3},
    {"(?:good|holy) friday", H::kFromEaster, 0, 0, 0, -2},
    {"holy saturday|black saturday|joyous saturday|easter eve", H::kFromEaster, 0, 0, 0, -1},
    {"easter monday", H::kFromEaster, 0, 0, 0, 1},
    {"easter(?: sunday| day)?", H::kFromEaster, 0, 0, 0, 0},
    {"ascension (?:thurs)?day|feast of the ascension", H::kFromEaster, 0, 0, 0, 39},
    {"(?:whit|pentecost) monday|monday of the holy spirit", H::kFromEaster, 0, 0, 0, 50},
    {"pentecost(?: sunday)?|whit ?sunday|white sunday|whitsun", H::kFromEaster, 0, 0, 0, 49},
    {"trinity sunday", H::kFromEaster, 0, 0, 0, 56},
    {"(?:the )?feast of corpus christi|corpus christi", H::kFromEaster, 0, 0, 0, 60},
    {"(?:chinese (?:lunar )?|lunar )new years?(?:'s? day)?", H::kChineseNewYear, 0, 0, 0, 0},
};

// A holiday of the Hebrew or the Islamic calendar: its month and day there. Hebrew months
// count from Nisan (1); Adar (12) is Adar II (13) in a leap year. `shift` moves Yom HaShoah
// and Yom HaAtzmaut off the days Israeli law moves them from; Islamic day 9/30 is the last
// Friday of Ramadan.
struct LunarHoliday {
  const char* names;
  bool hebrew;
  int month, day;
  enum Shift { kNone, kShoah, kAtzmaut, kZikaron } shift;
};

using L = LunarHoliday;
constexpr LunarHoliday kLunarHolidays[] = {
    {"rosh hashann?ah?|yom teruah", true, 7, 1, L::kNone},
    {"yom kippur", true, 7, 10, L::kNone},
    {"sukkot|succot|sukkos|feast of (?:booths|tabernacles|the ingathering)", true, 7, 15, L::kNone},
    {"shemini atzeret", true, 7, 22, L::kNone},
    {"simc?hat torah", true, 7, 23, L::kNone},  // outside Israel
    {"c?hann?ukk?ah", true, 9, 25, L::kNone},
    {"tu b'i?shvat", true, 11, 15, L::kNone},
    {"shushan purim", true, 12, 15, L::kNone},
    {"purim", true, 12, 14, L::kNone},
    {"passover|pesach", true, 1, 15, L::kNone},
    {"yom hashoah|yom hazikaron lashoah ve-lag'vurah|holocaust (?:remembrance )?day", true, 1, 27, L::kShoah},
    {"yom hazikaron", true, 2, 4, L::kZikaron},
    {"yom ha'atzmaut", true, 2, 5, L::kAtzmaut},
    {"lag b'a?omer", true, 2, 18, L::kNone},
    {"yom yerushalayim|jerusalem day", true, 2, 28, L::kNone},
    {"shavu'oth?|shavuos|shovuos|feast of weeks", true, 3, 6, L::kNone},
    {"tisha b'av", true, 5, 9, L::kNone},
    {"(?:eid|id)[- ]?(?:(?:al|ul|el|e)[- ]?)?fitr", false, 10, 1, L::kNone},
    {"(?:eid|id)[- ]?(?:(?:al|ul|el|e)[- ]?)?(?:adha|azha)|bakr[- ]?e?id|sacrifice feast|"
     "feast of (?:the )?sacrifice|kurban bayrami?",
     false, 12, 10, L::kNone},
    {"day of arafah?", false, 12, 9, L::kNone},
    {"(?:islamic|hijri|arabic) new year|amun jadid", false, 1, 1, L::kNone},
    {"(?:the )?day of ashura|ashura", false, 1, 10, L::kNone},
    {"mawlid(?: an[- ]nabi| al[- ]nabi(?: al[- ]sharif)?| al[- ]nabawi)?|mevli[dt]|mulud|milad[- ]un[- ]nabi|prophet's' birthday|birth(?:day)? of (?:the )?prophet(?: muhammad)?", false, 3, 12,
     L::kNone},
    {"isra (?:and|&) mi'raj|lailat al[- ]mi'raj|laylat al[- ]mi'raj|prophet's' ascension|ascension to heaven|the night journey", false, 7, 27, L::kNone},
    {"shab[- ]e[- ]barat|laylat al[- ]bara'a?t", false, 8, 15, L::kNone},
    {"laylat al[- ][qk]adr|night of (?:power|destiny|measures|value)", false, 9, 27, L::kNone},
    {"jamat[- ]ul[- ]vida|jumu'atul[- ]widaa?", false, 9, 30, L::kNone},
};

// Days since 1970 of a Hebrew holiday in Hebrew year `am`, moved as Israeli law moves it.
int64_t HebrewHolidayDay(const LunarHoliday& h, int64_t am) {
  int month = h.month == 12 && core::IsHebrewLeapYear(am) ? 13 : h.month;
  int64_t day = core::DaysFromHebrew(am, month, h.day);
  int wd = core::Weekday(core::CivilFromDays(day));  // 0 Monday .. 6 Sunday
  if (h.shift == L::kShoah) return day + (wd == 4 ? -1 : wd == 6 ? 1 : 0);
  if (h.shift == L::kAtzmaut || h.shift == L::kZikaron) {
    // Independence Day (5 Iyar) moves off Friday and Saturday to Thursday, and off Monday
    // to Tuesday; Memorial Day is always the day before it.
    int64_t atzmaut = h.shift == L::kAtzmaut ? day : day + 1;
    int w = core::Weekday(core::CivilFromDays(atzmaut));
    atzmaut += w == 4 ? -1 : w == 5 ? -2 : w == 0 ? 1 : 0;
    return h.shift == L::kAtzmaut ? atzmaut : atzmaut - 1;
  }
  return day;
}

// Days since 1970 of an Islamic holiday in Hijri year `ah`.
int64_t HijriHolidayDay(const LunarHoliday& h, int64_t ah) {
  if (h.month == 9 && h.day == 30) {
    int64_t end = core::DaysFromHijriUmmAlQura(ah, 10, 1) - 1;
    return end - (core::Weekday(core::CivilFromDays(end)) - 4 + 7) % 7;
  }
  return core::DaysFromHijriUmmAlQura(ah, h.month, h.day);
}

// The day of a Hebrew or Islamic holiday that falls in Gregorian `year`, the first if two
// do. Hebrew holidays are given as the day on whose evening they begin (the Hebrew day
// runs from sunset), as Duckling resolves them.
core::CivilDate LunarHolidayIn(const LunarHoliday& h, int year) {
  if (h.hebrew) {
    for (int64_t am = year + 3760; am <= year + 3761; ++am) {
      core::CivilDate d = core::CivilFromDays(HebrewHolidayDay(h, am) - 1);
      if (d.year == year) return d;
    }
    return {year, 0, 0};
  }
  int64_t guess = (static_cast<int64_t>(year) - 622) * 33 / 32;
  for (int64_t ah = guess - 1; ah <= guess + 2; ++ah) {
    core::CivilDate d = core::CivilFromDays(HijriHolidayDay(h, ah));
    if (d.year == year) return d;
  }
  return {year, 0, 0};
}

core::CivilDate RuleDay(const HolidayRule& r, int year) {
  int64_t day = 0;
  switch (r.kind) {
    case H::kFixed: {
      core::CivilDate d{year, r.month, r.day_or_weekday};
      int wd = core::Weekday(d);
      int shift = r.nth == 1 ? (wd == 5 ? -1 : wd == 6 ? 1 : 0) : r.nth == 2 && wd == 6 ? -1 : 0;
      day = core::DaysFromCivil(d) + shift;
      break;
    }
    case H::kNthWeekday: day = core::DaysFromCivil(NthWeekday(year, r.month, r.day_or_weekday, r.nth)); break;
    case H::kFromEaster: day = core::DaysFromCivil(Easter(year)); break;
    case H::kFromOrthodoxEaster: day = OrthodoxEaster(year); break;
    case H::kChineseNewYear:
      // The new moon on or after 21 January in China Standard Time (21 January to 20 February).
      day = core::NewMoonOnOrAfter(core::DaysFromCivil({year, 1, 21}), 8);
      break;
  }
  return core::CivilFromDays(day + r.offset);
}

const SpellingIndex& HolidayIndex() {
  static const SpellingIndex kIndex(NamesOf(kHolidays));
  return kIndex;
}

const SpellingIndex& LunarIndex() {
  static const SpellingIndex kIndex(NamesOf(kLunarHolidays));
  return kIndex;
}

}  // namespace

std::string SpellingIndex::Expand(std::string_view names) {
  std::string out;
  for (char c : names) {
    if (c == '\'') {
      out += "(?:'|\xE2\x80\x99)?";  // an optional straight or curly apostrophe
    } else {
      out += c;
    }
  }
  return out;
}

SpellingIndex::SpellingIndex(const std::vector<const char*>& names) {
  for (const char* n : names) {
    expanded_.push_back(Expand(n));
    alternation_ += (alternation_.empty() ? "" : "|") + expanded_.back();
  }
}

SpellingIndex::~SpellingIndex() = default;

const std::vector<std::unique_ptr<RE2>>& SpellingIndex::Rows() const {
  // Compiled on first use: a text that names no holiday never pays for them.
  std::call_once(compiled_, [this] {
    for (const std::string& e : expanded_) rows_.push_back(std::make_unique<RE2>("(?i)(?:" + e + ")"));
  });
  return rows_;
}

int SpellingIndex::Find(std::string_view name) const {
  const auto& rows = Rows();
  for (size_t i = 0; i < rows.size(); ++i) {
    if (RE2::FullMatch(name, *rows[i])) return static_cast<int>(i);
  }
  return -1;
}

bool SpellingIndex::Valid() const {
  for (const auto& re : Rows()) {
    if (!re->ok() || re->NumberOfCapturingGroups() != 0) return false;
  }
  return true;
}

std::string HolidayNamePattern() {
  return "(?:" + HolidayIndex().alternation() + "|" + LunarIndex().alternation() + "|" + FestivalNamePattern() + ")";
}

bool HolidayTablesValid() { return HolidayIndex().Valid() && LunarIndex().Valid() && FestivalTableValid(); }

core::CivilDate Holiday(std::string_view name, int year) {
  std::string spaced;  // runs of white space as one space, as the spellings write them
  for (char c : name) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space || (!spaced.empty() && spaced.back() != ' ')) spaced += space ? ' ' : c;
  }
  if (int i = LunarIndex().Find(spaced); i >= 0) return LunarHolidayIn(kLunarHolidays[i], year);
  if (int i = HolidayIndex().Find(spaced); i >= 0) return RuleDay(kHolidays[i], year);
  return IndianFestival(spaced, year);
}

}  // namespace newsrecon::extract
