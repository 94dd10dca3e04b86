// Hindu, Sikh, Jain and Parsi festivals: each named by its rule in the Indian calendars (core/indian_calendar.h).
#include <climits>
#include <cstdint>
#include <string>

#include "core/dates.h"
#include "core/indian_calendar.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

using core::DayMoment;

// How a festival falls. kTithi: tithi `number` (1..30; 15 the full moon, 30 the new moon)
// of amanta month `month` (0 Chaitra .. 11 Phalguna), on the day whose `moment` falls in
// it. kHolika: the bonfire night of the Phalguna full moon (HolikaDay). kIngress: the day
// the sun enters sidereal sign `month` (0 Aries), kept as Tamil and Punjabi reckoning do.
// kBengali: day `number` of the Bengali solar month beginning at sign `month`. kNakshatra:
// the day of nakshatra `number` in the solar month of sign `month`. kShahenshahi: the
// Parsi New Year. `offset` days are added to the day the rule gives.
struct Festival {
  const char* key;  // a word of the lower-cased name; the first rule whose key it holds wins
  enum Kind { kTithi, kHolika, kIngress, kBengali, kNakshatra, kShahenshahi } kind;
  int month, number;
  DayMoment moment;
  int offset;
};

constexpr DayMoment kRise = DayMoment::kSunrise, kNoon = DayMoment::kNoon, kSet = DayMoment::kSunset,
                    kNight = DayMoment::kMidnight;

constexpr Festival kFestivals[] = {
    // Ashvin (6) and Kartika (7): the Diwali days; Lakshmi Puja on the new moon's evening.
    {"dev deepawali", Festival::kTithi, 7, 15, kRise, 0},  // Kartika's full moon
    {"dhanteras", Festival::kTithi, 6, 28, kSet, 0},
    {"dhantrayodashi", Festival::kTithi, 6, 28, kSet, 0},
    {"chaturdashi", Festival::kTithi, 6, 29, kRise, 0},  // Naraka Chaturdashi
    {"choti diwali", Festival::kTithi, 6, 29, kRise, 0},
    {"chhoti diwali", Festival::kTithi, 6, 29, kRise, 0},
    {"diwali", Festival::kTithi, 6, 30, kSet, 0},
    {"deepavali", Festival::kTithi, 6, 30, kSet, 0},
    {"deepawali", Festival::kTithi, 6, 30, kSet, 0},
    {"dipawali", Festival::kTithi, 6, 30, kSet, 0},
    {"lakshmi puja", Festival::kTithi, 6, 30, kSet, 0},
    {"laxmi puja", Festival::kTithi, 6, 30, kSet, 0},
    {"govardhan", Festival::kTithi, 7, 1, kRise, 0},
    {"annakut", Festival::kTithi, 7, 1, kRise, 0},
    {"dooj", Festival::kTithi, 7, 2, kNoon, 0},  // Bhai Dooj
    {"bhau beej", Festival::kTithi, 7, 2, kNoon, 0},
    {"chhath", Festival::kTithi, 7, 6, kRise, 0},  // the bright sixth (Surya Shashthi)
    {"guru nanak", Festival::kTithi, 7, 15, kRise, 0},
    {"gurpur", Festival::kTithi, 7, 15, kRise, 0},
    {"kartik", Festival::kTithi, 7, 15, kRise, 0},  // Kartik(a) Purnima, Dev Deepawali
    {"karva", Festival::kTithi, 6, 19, kSet, 0},  // Karva Chauth: the waning fourth, at moonrise
    {"karwa", Festival::kTithi, 6, 19, kSet, 0},
    // Ashvin's bright half: Navaratri, Durga Puja's days, Dussehra, the full moon.
    {"durga ashtami", Festival::kTithi, 6, 8, kRise, 0},
    {"durgashtami", Festival::kTithi, 6, 8, kRise, 0},
    {"maha ashtami", Festival::kTithi, 6, 8, kRise, 0},
    {"maha navami", Festival::kTithi, 6, 9, kRise, 0},
    {"chaitra navratri", Festival::kTithi, 0, 1, kRise, 0},
    {"chaitra navaratri", Festival::kTithi, 0, 1, kRise, 0},
    {"navratri", Festival::kTithi, 6, 1, kRise, 0},
    {"navaratri", Festival::kTithi, 6, 1, kRise, 0},
    {"durga puja", Festival::kTithi, 6, 6, kRise, 0},  // Maha Shashthi, its first great day
    {"dussehra", Festival::kTithi, 6, 10, kNoon, 0},
    {"dussera", Festival::kTithi, 6, 10, kNoon, 0},
    {"dasara", Festival::kTithi, 6, 10, kNoon, 0},
    {"dashami", Festival::kTithi, 6, 10, kNoon, 0},  // Vijaya Dashami
    {"valmiki", Festival::kTithi, 6, 15, kRise, 0},
    {"pargat diwas", Festival::kTithi, 6, 15, kRise, 0},
    // Phalguna (11): Holika Dahan on the full moon's night, Holi (Dhulandi) the day after.
    {"holika", Festival::kHolika, 11, 15, kSet, 0},
    {"chhoti holi", Festival::kHolika, 11, 15, kSet, 0},
    {"choti holi", Festival::kHolika, 11, 15, kSet, 0},
    {"holi", Festival::kHolika, 11, 15, kSet, 1},
    {"dhulandi", Festival::kHolika, 11, 15, kSet, 1},
    {"dhuleti", Festival::kHolika, 11, 15, kSet, 1},
    {"dhulheti", Festival::kHolika, 11, 15, kSet, 1},
    {"phagwah", Festival::kHolika, 11, 15, kSet, 1},
    // Magha (10): Vasant Panchami on the bright fifth, Maha Shivaratri the night of the dark fourteenth.
    {"nag", Festival::kTithi, 4, 5, kRise, 0},        // Nag(a) Panchami, in Shravana
    {"panchami", Festival::kTithi, 10, 5, kRise, 0},  // Vasant or Basant Panchami
    {"saraswati puja", Festival::kTithi, 10, 5, kRise, 0},
    {"shivratri", Festival::kTithi, 10, 29, kNight, 0},
    {"shivaratri", Festival::kTithi, 10, 29, kNight, 0},
    // Chaitra (0) to Bhadrapada (5).
    {"ugadi", Festival::kTithi, 0, 1, kRise, 0},
    {"gudi padwa", Festival::kTithi, 0, 1, kRise, 0},
    {"navami", Festival::kTithi, 0, 9, kNoon, 0},  // Ram Navami (Maha Navami above)
    {"mahavir", Festival::kTithi, 0, 13, kRise, 0},
    {"mahaveer", Festival::kTithi, 0, 13, kRise, 0},
    {"hanuman", Festival::kTithi, 0, 15, kRise, 0},
    {"akshaya", Festival::kTithi, 1, 3, kRise, 0},
    {"akha teej", Festival::kTithi, 1, 3, kRise, 0},
    {"buddha", Festival::kTithi, 1, 15, kRise, 0},  // Buddha Purnima or Jayanti
    {"rath yatra", Festival::kTithi, 3, 2, kRise, 0},
    {"guru purnima", Festival::kTithi, 3, 15, kRise, 0},
    {"raksha bandhan", Festival::kTithi, 4, 15, kRise, 0},
    {"janmashtami", Festival::kTithi, 4, 23, kNight, 0},  // the dark eighth at midnight
    {"gokulashtami", Festival::kTithi, 4, 23, kNight, 0},
    {"krishna jayanti", Festival::kTithi, 4, 23, kNight, 0},
    {"chaturthi", Festival::kTithi, 5, 4, kNoon, 0},  // Ganesh or Vinayaka Chaturthi
    // Solar: Makar Sankranti (the sun enters sidereal Capricorn) and the Pongal days.
    {"bhogi", Festival::kIngress, 9, 0, kSet, -1},
    {"maattu", Festival::kIngress, 9, 0, kSet, 1},
    {"mattu", Festival::kIngress, 9, 0, kSet, 1},
    {"kaanum", Festival::kIngress, 9, 0, kSet, 2},
    {"kanum", Festival::kIngress, 9, 0, kSet, 2},
    {"kanni", Festival::kIngress, 9, 0, kSet, 2},
    {"pongal", Festival::kIngress, 9, 0, kSet, 0},
    {"sankranti", Festival::kIngress, 9, 0, kSet, 0},
    {"maghi", Festival::kIngress, 9, 0, kSet, 0},
    {"uttarayan", Festival::kIngress, 9, 0, kSet, 0},
    // Bengali solar months: the New Year (1 Boishakh) and Tagore's birthday (25 Boishakh).
    {"boishakh", Festival::kBengali, 0, 1, kRise, 0},
    {"baisakh", Festival::kBengali, 0, 1, kRise, 0},
    {"bengali new year", Festival::kBengali, 0, 1, kRise, 0},
    {"rabindra", Festival::kBengali, 0, 25, kRise, 0},
    {"tagore", Festival::kBengali, 0, 25, kRise, 0},
    // Nakshatras in solar months: Onam (Thiruvonam in Chingam), Thaipusam (Pusam in Thai).
    {"onam", Festival::kNakshatra, 4, 21, kRise, 0},
    {"pusam", Festival::kNakshatra, 9, 7, kRise, 0},
    // The Parsi New Year, called Navroz or Nauroz in India's holiday lists.
    {"parsi", Festival::kShahenshahi, 0, 0, kRise, 0},
    {"navroz", Festival::kShahenshahi, 0, 0, kRise, 0},
    {"nauroz", Festival::kShahenshahi, 0, 0, kRise, 0},
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

core::CivilDate IndianFestival(const std::string& name, int year) {
  for (const Festival& f : kFestivals) {
    if (name.find(f.key) == std::string::npos) continue;
    int64_t day = FestivalDay(f, year);
    if (day == INT64_MIN) return {year, 0, 0};
    return core::CivilFromDays(day + f.offset);
  }
  return {year, 0, 0};
}

}  // namespace newsrecon::extract
