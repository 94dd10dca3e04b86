// Grouping articles into stories at scale: generated news (events of ten kinds in a few
// hundred places, each covered by several outlets over a day or two, with two events of one
// kind in one place weeks apart) stored a night at a time, then grouped incrementally.
//
//   stories_bench DB ARTICLES PER_NIGHT   prints the grouping time of each night and in all
//                                         (storing the articles is not timed), and how well
//                                         stories match the generated events
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "reconcile/stories.h"
#include "store/store.h"

namespace {

using Random = std::mt19937_64;

std::string Word(Random& r, int syllables, bool capital) {
  static const char* kSyllables[] = {"ka", "ri", "mo", "len", "tas", "vor", "ni", "bel", "dan",
                                     "su", "gar", "lo", "mi", "tra", "ven", "os", "pel", "ur",
                                     "zan", "hel", "qui", "ro", "sta", "dor", "fen", "li"};
  std::string w;
  for (int i = 0; i < syllables; ++i) w += kSyllables[r() % (sizeof kSyllables / sizeof *kSyllables)];
  if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

struct Kind {
  const char* noun;
  std::vector<std::string> words;
};

const std::vector<Kind>& Kinds() {
  static const std::vector<Kind> kKinds = {
      {"earthquake", {"quake", "magnitude", "epicentre", "tremor", "aftershock", "rubble", "rescue", "collapsed", "seismic", "depth"}},
      {"arrest", {"police", "arrested", "suspect", "charged", "custody", "detectives", "court", "investigation", "warrant", "raid"}},
      {"merger", {"acquisition", "shareholders", "deal", "offer", "bid", "board", "takeover", "valuation", "regulators", "premium"}},
      {"election", {"vote", "ballot", "candidate", "turnout", "polls", "campaign", "victory", "coalition", "parliament", "seats"}},
      {"flood", {"river", "rainfall", "evacuated", "water", "levels", "homes", "submerged", "storm", "rescue", "dam"}},
      {"strike", {"union", "workers", "wages", "walkout", "pickets", "negotiations", "management", "pay", "shifts", "dispute"}},
      {"fire", {"blaze", "firefighters", "flames", "smoke", "burned", "evacuated", "hectares", "wildfire", "crews", "containment"}},
      {"trial", {"jury", "verdict", "prosecutors", "defendant", "testimony", "judge", "sentence", "guilty", "appeal", "lawyers"}},
      {"launch", {"product", "unveiled", "device", "price", "features", "shipping", "customers", "market", "model", "software"}},
      {"crash", {"plane", "passengers", "runway", "pilot", "wreckage", "aviation", "flight", "investigators", "airline", "crew"}}};
  return kKinds;
}

struct Event {
  int kind = 0;
  std::string place;
  std::vector<std::string> people;  // "First Last"
  std::string org;
  int night = 0;
};

struct Generator {
  Random r{7};
  std::vector<std::string> places, orgs, filler;
  std::vector<std::vector<int>> places_of_kind;  // each kind recurs in a few places
  Generator() {
    for (int i = 0; i < 400; ++i) places.push_back(Word(r, 3, true));
    for (int i = 0; i < 600; ++i) orgs.push_back(Word(r, 2, true) + " " + Word(r, 2, true));
    for (int i = 0; i < 3000; ++i) filler.push_back(Word(r, 2 + static_cast<int>(r() % 2), false));
    places_of_kind.resize(Kinds().size());
    for (auto& p : places_of_kind) {
      for (int i = 0; i < 60; ++i) p.push_back(static_cast<int>(r() % places.size()));
    }
  }

  Event NewEvent(int night) {
    Event e;
    e.kind = static_cast<int>(r() % Kinds().size());
    e.place = places[static_cast<size_t>(places_of_kind[static_cast<size_t>(e.kind)][r() % 60])];
    for (int i = 0; i < 3; ++i) e.people.push_back(Word(r, 2, true) + " " + Word(r, 3, true));
    e.org = orgs[r() % orgs.size()];
    e.night = night;
    return e;
  }

  std::string Sentence(const Event& e, bool about_event) {
    const Kind& k = Kinds()[static_cast<size_t>(e.kind)];
    std::string s;
    int words = 12 + static_cast<int>(r() % 12);
    for (int i = 0; i < words; ++i) {
      std::string w;
      uint64_t pick = r() % 10;
      if (about_event && pick < 2) {
        w = k.words[r() % k.words.size()];
      } else if (about_event && pick == 2) {
        w = r() % 2 ? e.place : e.people[r() % e.people.size()];
      } else if (about_event && pick == 3 && r() % 3 == 0) {
        w = r() % 2 ? e.org : std::to_string(r() % 500);
      } else {
        w = filler[r() % filler.size()];
      }
      s += (i ? " " : "") + w;
    }
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".";
  }

  std::pair<std::string, std::string> Article(const Event& e) {
    const Kind& k = Kinds()[static_cast<size_t>(e.kind)];
    std::string title = e.place + " " + k.noun + ": " + e.people[0] + " " + k.words[r() % k.words.size()];
    std::string text;
    int sentences = 14 + static_cast<int>(r() % 10);
    for (int i = 0; i < sentences; ++i) {
      text += Sentence(e, r() % 10 < 6) + (i % 4 == 3 ? "\n\n" : " ");
    }
    return {title, text};
  }
};

std::string DateOf(int night, int offset) {
  int day = 1 + night + offset;  // nights from 2026-03-01
  int month = 3 + (day - 1) / 28;
  day = 1 + (day - 1) % 28;
  char buf[32];
  std::snprintf(buf, sizeof buf, "2026-%02d-%02d", month, day);
  return buf;
}

int Fail(const newsrecon::core::Status& s) {
  std::cerr << "stories bench: " << s.message() << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: stories_bench DB ARTICLES PER_NIGHT\n";
    return 2;
  }
  auto store = newsrecon::store::Store::Open(argv[1]);
  if (!store.ok()) return Fail(store.status());
  size_t total = std::strtoul(argv[2], nullptr, 10), per_night = std::strtoul(argv[3], nullptr, 10);
  Generator g;
  std::vector<int64_t> sources;
  for (int i = 0; i < 40; ++i) {
    auto id = (*store)->UpsertSource({0, "outlet " + std::to_string(i), newsrecon::core::SourceKind::kFiles, ""});
    if (!id.ok()) return Fail(id.status());
    sources.push_back(*id);
  }
  std::map<int64_t, size_t> event_of;  // article id -> event
  std::vector<Event> events;
  double grouping = 0, cpu = 0;  // wall and this process's CPU seconds
  size_t stored = 0;
  for (int night = 0; stored < total; ++night) {
    // Each night: new events, and a few of yesterday's still being covered.
    size_t first_today = events.size();
    for (size_t n = 0; n < per_night && stored < total; ++n, ++stored) {
      size_t e;
      if (first_today > 0 && g.r() % 5 == 0) {
        e = first_today - 1 - g.r() % std::min<size_t>(first_today, 200);
      } else if (events.size() == first_today || g.r() % 4 == 0) {
        events.push_back(g.NewEvent(night));
        e = events.size() - 1;
      } else {
        e = first_today + g.r() % (events.size() - first_today);
      }
      auto [title, text] = g.Article(events[e]);
      newsrecon::store::ArticleWrite w;
      w.document.url = "https://bench.example/" + std::to_string(stored);
      w.document.format = newsrecon::core::DocumentFormat::kPlainText;
      w.document.body = title + "\n\n" + text;
      w.text.title = title;
      w.text.text = text;
      w.text.published = DateOf(night, 0);
      auto put = (*store)->PutArticle(sources[g.r() % sources.size()], std::move(w));
      if (!put.ok()) return Fail(put.status());
      event_of[put->article_id] = e;
    }
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    auto counts = newsrecon::reconcile::AssignStories(**store);
    if (!counts.ok()) return Fail(counts.status());
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    grouping += secs;
    cpu += static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::cerr << "night " << night + 1 << ": " << counts->articles << " articles grouped in " << secs
              << " s (" << counts->new_stories << " new stories)\n";
  }
  auto placed = (*store)->ArticleStories();
  if (!placed.ok()) return Fail(placed.status());
  // Purity: each story's largest event share; completeness: each event's largest story share.
  std::map<int64_t, std::map<size_t, int>> by_story;
  std::map<size_t, std::map<int64_t, int>> by_event;
  for (const auto& [article, story] : *placed) {
    by_story[story][event_of[article]]++;
    by_event[event_of[article]][story]++;
  }
  auto share = [](const auto& groups) {
    double best = 0, all = 0;
    for (const auto& [key, counts] : groups) {
      int top = 0;
      for (const auto& [k, n] : counts) {
        top = std::max(top, n);
        all += n;
      }
      best += top;
    }
    return all > 0 ? best / all : 0;
  };
  std::printf("stories: %zu articles grouped in %.2f s in all (CPU %.2f s; limit 60 s), %zu "
              "stories for %zu events; purity %.3f, completeness %.3f\n",
              placed->size(), grouping, cpu, by_story.size(), by_event.size(), share(by_story),
              share(by_event));
  return 0;
}
