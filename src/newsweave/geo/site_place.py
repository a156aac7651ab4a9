"""The place a news site's address names: ``columbuslocalnews.com`` is a Columbus paper, ``onlineathens.com``
an Athens one.

Local papers are commonly named after their town, and their addresses follow ("gainesvilletimes",
"concordmonitor", "chronicle.augusta"). Such a name does not say which Columbus or Athens, but it does say
where the paper cannot be: an Ohio paper whose bare "Dublin"s were first pinned to Ireland is no Irish
paper, since Ireland has no Columbus (LGL's first half, read as errors: 14 wrong pins). So the provinces
holding a namesake of the site's place bound where its home may be (geo/outlet_home.py), as a country's
domain does.

An address is read as a place only when it splits wholly into newspaper words ("times", "press", "daily",
"the", "online" …) and exactly one place name, so "goldentrianglenewspapers" (a Golden, Colorado, then
"triangle") and "star-telegram" names none. A place name is one the gazetteer knows as a country, a
province or a district, or as a town of SITE_PLACE_MIN_POPULATION people or more somewhere: "Star" (Idaho,
7,800) or "Post" (Colorado, 9,000) is a newspaper word before it is a town.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsweave.geo.gazetteer import Gazetteer
from newsweave.geo.outlet_home import site_country, site_host

# A town name of a site's address must have a namesake this populous somewhere (see above); set by the
# examples there (Star, Post and Echo fall under it, Columbus, Gainesville, Middletown far above), not tuned.
SITE_PLACE_MIN_POPULATION = 10_000
MIN_PLACE_CHARS = 5  # shorter names ("la", "sun", "alex") read as places too often
# Words of newspaper names, and the few that lead an address ("the", "online", "thisis").
NEWS_WORDS = frozenset({
    "the", "my", "this", "is", "online", "go", "and", "of", "news", "newspaper", "newspapers", "paper",
    "papers", "times", "post", "herald", "press", "tribune", "journal", "register", "gazette", "courier",
    "chronicle", "star", "sun", "telegram", "telegraph", "record", "recorder", "review", "monitor",
    "advocate", "leader", "bee", "daily", "weekly", "dispatch", "enquirer", "inquirer", "examiner",
    "express", "free", "item", "ledger", "local", "mercury", "messenger", "mirror", "observer", "pilot",
    "reporter", "republic", "republican", "sentinel", "standard", "statesman", "bulletin", "beacon",
    "citizen", "democrat", "independent", "intelligencer", "argus", "banner", "eagle", "globe", "guardian",
    "live", "today", "now", "union", "voice", "world", "transcript", "patriot", "progress", "signal",
    "spirit", "clarion", "echo", "state", "media", "source", "report", "insider", "magazine", "wire",
    "digest", "journalist", "tv", "radio",
})
# Second-level labels of a country's domain (``.co.uk``, ``.com.au``, ``.org.eg``): no part of the name.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"})


@dataclass(frozen=True, slots=True)
class SitePlace:
    """The place a site's address names, and where its namesakes lie."""

    name: str
    provinces: frozenset[str]  # admin1 keys of its towns, districts and provinces
    countries: frozenset[str]  # country codes of the countries of that name
    # The provinces of its namesakes of SITE_PLACE_MIN_POPULATION or more, districts and provinces: where the
    # site's names are read (outlet_home.readings_within). Read in every province of a namesake, a Jordan,
    # Minnesota, paper's "Rochester" went to New York, whose hamlet Jordan let it in (LGL first half).
    likely: frozenset[str] = frozenset()

    def allows(self, province: str) -> bool:
        """Whether a province (admin1 key) may be the site's home."""
        return province in self.provinces or province.split(".")[0] in self.countries


def _is_place(name: str, gazetteer: Gazetteer) -> bool:
    return len(name) >= MIN_PLACE_CHARS and any(
        p.precision != "city" or p.population >= SITE_PLACE_MIN_POPULATION for p in gazetteer.lookup(name))


def _places_in(segment: str, gazetteer: Gazetteer) -> set[str] | None:
    """The place names of every way the segment splits into newspaper words and at most one place (None when
    it does not split so; an empty set when it splits into newspaper words only)."""

    @cache
    def rest(i: int, placed: bool) -> frozenset[str] | None:
        # frozenset of the place names of the splits of segment[i:] (the empty name: none needed there)
        if i == len(segment):
            return frozenset({""})
        found: set[str] = set()
        for j in range(i + 1, len(segment) + 1):
            word = segment[i:j]
            if word in NEWS_WORDS and (tail := rest(j, placed)) is not None:
                found |= tail
            if not placed and _is_place(word, gazetteer) and (tail := rest(j, True)) is not None:
                found |= {word} if "" in tail else set()
        return frozenset(found) if found else None

    out = rest(0, False)
    return None if out is None else set(out) - {""}


def site_place(url: str | None, outlet: str | None, gazetteer: Gazetteer) -> SitePlace | None:
    """The one place a site's address names (``url``, else an outlet named by its host), or None."""
    host = site_host(url, outlet)
    labels = host.split(".")[:-1] if "." in host else []
    segments = [s for label in labels if label not in _SECOND_LEVEL for s in label.split("-") if s]
    if not segments:
        return None
    names: set[str] = set()
    for segment in segments:
        found = _places_in(segment, gazetteer)
        if found is None:
            return None  # a part that is neither a place nor newspaper words: no reading of the name
        names |= found
    if len(names) != 1:
        return None
    (name,) = names
    places = gazetteer.lookup(name)
    provinces = frozenset(p.admin1 for p in places if p.precision != "country" and p.admin1)
    countries = frozenset(p.country_code for p in places if p.precision == "country" and p.country_code)
    likely = frozenset(p.admin1 for p in places if p.precision != "country" and p.admin1
                       and (p.precision != "city" or p.population >= SITE_PLACE_MIN_POPULATION))
    country = site_country(url, outlet)
    if country is not None:  # a country's domain: only the place's namesakes there ("cambridge-news.co.uk")
        provinces = frozenset(p for p in provinces if p.split(".")[0] == country)
        likely &= provinces
        countries &= {country}
        if not provinces and not countries:
            return None  # no namesake there: the name is no place ("weekly.ahram.org.eg")
    return SitePlace(name, provinces, countries, likely)
