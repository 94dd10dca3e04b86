// Hindu, Sikh, Jain and Parsi festivals: each named by its rule in the Indian calendars (core/indian_calendar.h).
#include <climits>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/indian_calendar.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

using core::DayMoment;

// How a festival falls. kTithi: tithi `number` (1..30; 15 the full moon, 30 the new moon)
// of amanta month `month` (0 Chaitra .. 11 Phalguna), on the day whose `moment` falls in
// it. kHolika: the bonfire night of the Phalguna full moon (HolikaDay). kIngress: the day
// the sun enters sidereal sign `month` (0 Aries), kept as Tamil reckoning does
// (IngressDayBySunset).
// kBengali: day `number` of the Bengali solar month beginning at sign `month` (0: the day
// before it, the ingress's own day when it comes before midnight). kNakshatra:
// the day of nakshatra `number` in the solar month of sign `month`. kShahenshahi: the
// Parsi New Year. `offset` days are added to the day the rule gives.
struct Festival {
  const char* names;  // the spellings (SpellingIndex in values_internal.h)
  enum Kind { kTithi, kHolika, kIngress, kBengali, kNakshatra, kShahenshahi } kind;
  int month, number;
  DayMoment moment;
  int offset;
};

using F = Festival;
constexpr DayMoment kRise = DayMoment::kSunrise, kNoon = DayMoment::kNoon, kSet = DayMoment::kSunset,
                    kNight = DayMoment::kMidnight;

constexpr Festival kFestivals[] = {
    // Ashvin (6) and Kartika (7): the Diwali days; Lakshmi Puja on the new moon's evening.
    {"dev deepawali|kartika? purnima", F::kTithi, 7, 15, kRise, 0},  // Kartika's full moon
    {"dhanteras|dhan ?trayodashi|dhanvantari trayodashi", F::kTithi, 6, 28, kSet, 0},
    {"naraka? (?:nivaran )?chaturdashi|chh?oti diwali|(?:roop|kali) chaudas", F::kTithi, 6, 29, kRise, 0},
    {"diwali|deepavali|deepawali|dipawali|(?:lakshmi|laxmi) puja", F::kTithi, 6, 30, kSet, 0},
    {"govardhan puja|annak(?:u|oo)t", F::kTithi, 7, 1, kRise, 0},
    {"bhai(?:ya)? d(?:oo|u)j|bhau[- ]beej|bhai (?:tika|phonta)", F::kTithi, 7, 2, kNoon, 0},
    {"chhathi?(?: puja| parv)?|dala (?:chhath|puja)|surya shashthi", F::kTithi, 7, 6, kRise, 0},  // the bright sixth
    {"guru nanak(?: dev)?(?: ji)?(?:'s)? (?:jayanti|birthday|gurpurab)|gurpurab|gurpurb", F::kTithi, 7, 15, kRise, 0},
    {"kar[vw]a chauth", F::kTithi, 6, 19, kSet, 0},  // the waning fourth, at moonrise
    // Ashvin's bright half: Navaratri, Durga Puja's days, Dussehra, the full moon.
    {"maha saptami", F::kTithi, 6, 7, kRise, 0},
    {"(?:durga|maha) ?a?shtami", F::kTithi, 6, 8, kRise, 0},
    {"maha navami", F::kTithi, 6, 9, kRise, 0},
    {"chaitra nava?rath?ri", F::kTithi, 0, 1, kRise, 0},
    {"nava?rath?ri", F::kTithi, 6, 1, kRise, 0},
    {"durga puja", F::kTithi, 6, 6, kRise, 0},  // Maha Shashthi, its first great day
    {"dussehra|dussera|dusshera|dasara|vijaya ?dashami", F::kTithi, 6, 10, kNoon, 0},
    {"(?:maharishi )?valmiki jayanti|pargat diwas", F::kTithi, 6, 15, kRise, 0},
    // Phalguna (11): Holika Dahan on the full moon's night, Holi (Dhulandi) the day after,
    // Hola Mohalla the day after that.
    {"holika dahan|chh?oti holi|kamudu pyre", F::kHolika, 11, 15, kSet, 0},
    {"(?:rangwali )?holi|dhulandi|dhuleti|dhulheti|phagwah", F::kHolika, 11, 15, kSet, 1},
    {"hola mohalla", F::kHolika, 11, 15, kSet, 2},
    // Magha (10): Vasant Panchami on the bright fifth, Guru Ravidas's birthday on the full
    // moon, Dayananda Saraswati's on the dark tenth, Maha Shivaratri the night of the dark
    // fourteenth; Pausha (9): Guru Gobind Singh's on the bright seventh.
    {"naga? panchami", F::kTithi, 4, 5, kRise, 0},  // in Shravana
    {"[bv]asant panchami|saraswati puja", F::kTithi, 10, 5, kRise, 0},
    {"guru ravidass? (?:jayanti|birthday)|ravidas jayanti", F::kTithi, 10, 15, kRise, 0},
    {"(?:maharishi |swami )?(?:dayananda? )?saraswati jayanti", F::kTithi, 10, 25, kRise, 0},
    {"(?:maha ?)?shiva?ratri", F::kTithi, 10, 29, kNight, 0},
    {"guru go[bv]ind singh(?: ji)?(?:'s)? (?:jayanti|birthday)", F::kTithi, 9, 7, kRise, 0},
    // Chaitra (0) to Bhadrapada (5).
    {"y?ugadi|gudi padwa", F::kTithi, 0, 1, kRise, 0},
    {"rama? ?navami", F::kTithi, 0, 9, kNoon, 0},
    {"mahav(?:ee|i)r (?:jayanti|janma kalyanak)", F::kTithi, 0, 13, kRise, 0},
    {"hanuman jayanti", F::kTithi, 0, 15, kRise, 0},
    {"akshaya tritiya|akha teej", F::kTithi, 1, 3, kRise, 0},
    {"buddha (?:purnima|jayanti|day)|v[ae]i?sak(?:ha)?|wesak", F::kTithi, 1, 15, kRise, 0},
    {"rath yatra", F::kTithi, 3, 2, kRise, 0},
    {"guru purnima", F::kTithi, 3, 15, kRise, 0},
    {"raksha bandhan", F::kTithi, 4, 15, kRise, 0},
    {"(?:krishna )?janmashtami|gokulashtami|krishna jayanti", F::kTithi, 4, 23, kNight, 0},  // the dark eighth
    {"(?:ganesh|ganesha|vinayaka?) chaturthi", F::kTithi, 5, 4, kNoon, 0},
    // Solar: Makar Sankranti (the sun enters sidereal Capricorn), Lohri and the Pongal days;
    // Vaisakhi, Vishu and Puthandu (it enters Aries).
    {"bh?o(?:g|gh)i(?: pongal| pandigai)?", F::kIngress, 9, 0, kSet, -1},
    {"maa?ttu pongal", F::kIngress, 9, 0, kSet, 1},
    {"(?:kaanum|kanum|kanni) pongal", F::kIngress, 9, 0, kSet, 2},
    {"(?:thai |surya )?pongal(?: pandigai)?|(?:makara? |magha )?sankranth?i|maghi|uttarayan", F::kIngress, 9, 0, kSet, 0},
    {"vishu|puthandu|tamil new year", F::kIngress, 0, 0, kSet, 0},
    // Punjabi reckoning keeps an ingress on its own day when it comes before midnight (the
    // day before the Bengali month starts): Vaisakhi, and Lohri, the eve of that day in January.
    {"lohri", F::kBengali, 9, 0, kRise, -1},
    {"[bv]aisakhi|vaishakhi|vasakhi|vaisakhadi|mesadi|mesha sankranti", F::kBengali, 0, 0, kRise, 0},
    // Bengali solar months: the New Year (1 Boishakh) and Tagore's birthday (25 Boishakh).
    {"pohela bo?ishakh|pahela baishakh|poila baisakh|bengali new year", F::kBengali, 0, 1, kRise, 0},
    {"rabindra(?:nath)? jayanti|tagore jayanti", F::kBengali, 0, 25, kRise, 0},
    // Nakshatras in solar months: Onam (Thiruvonam in Chingam), Thaipusam (Pusam in Thai).
    {"thiru ?vonam|(?:thiru )?onam", F::kNakshatra, 4, 21, kRise, 0},
    {"thai ?p(?:u|oo)sam", F::kNakshatra, 9, 7, kRise, 0},
    // The Parsi New Year, called Navroz or Nauroz in India's holiday lists.
    {"parsi new year|(?:jamshedi )?navroz|nauroz", F::kShahenshahi, 0, 0, kRise, 0},
};

// Holika Dahan: the evening of the first day whose sunset falls in the Phalguna full moon,
// unless Bhadra (the Vishti half-tithi, the full moon's first half) holds that evening and
// the full moon lasts three quarters of the next day's daylight, when it is that next day.
int64_t HolikaDay(int year) {
  double start = 0, end = 0;
  if (!core::TithiSpan(year, 11, 15, &start, &end)) return INT64_MIN;
  int64_t day = core::KeptDay(start, end, DayMoment::kSunset);
  double bhadra_end = (start + end) / 2;
  double rise = core::MomentOn(day + 1, DayMoment::kSunrise), set = core::MomentOn(day + 1, DayMoment::kSunset);
  bool bhadra = core::MomentOn(day, DayMoment::kSunset) < bhadra_end;
  return bhadra && end >= rise + 0.75 * (set - rise) ? day + 1 : day;
}

int64_t FestivalDay(const Festival& f, int year) {
  switch (f.kind) {
    case Festival::kTithi: return core::LunarDay(year, f.month, f.number, f.moment);
    case Festival::kHolika: return HolikaDay(year);
    case Festival::kIngress: return core::IngressDayBySunset(core::SolarIngress(year, f.month));
    case Festival::kBengali: return core::BengaliMonthStart(core::SolarIngress(year, f.month)) + f.number - 1;
    case Festival::kNakshatra: return core::NakshatraDayInSolarMonth(year, f.month, f.number);
    case Festival::kShahenshahi: return core::ShahenshahiNewYear(year);
  }
  return INT64_MIN;
}

}  // namespace

namespace {

const SpellingIndex& FestivalIndex() {
  static const SpellingIndex kIndex(NamesOf(kFestivals));
  return kIndex;
}

}  // namespace

core::CivilDate IndianFestival(std::string_view name, int year) {
  int i = FestivalIndex().Find(name);
  if (i < 0) return {year, 0, 0};
  // Each festival's day takes thousands of moon and sun positions to find, and one text
  // names the same few festivals again and again: days found are kept per thread, a bounded
  // number of them.
  constexpr size_t kKeptDays = 4096;
  thread_local std::map<std::pair<int, int>, int64_t> found;
  auto kept = found.find({i, year});
  if (kept == found.end()) {
    if (found.size() >= kKeptDays) found.clear();
    kept = found.emplace(std::make_pair(i, year), FestivalDay(kFestivals[i], year)).first;
  }
  int64_t day = kept->second;
  if (day == INT64_MIN) return {year, 0, 0};
  return core::CivilFromDays(day + kFestivals[i].offset);
}

std::string FestivalNamePattern() { return FestivalIndex().alternation(); }

bool FestivalTableValid() { return FestivalIndex().Valid(); }

}  // namespace newsrecon::extract
