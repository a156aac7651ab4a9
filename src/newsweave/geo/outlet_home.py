"""An outlet's home province, learned from the places its articles name.

A local paper writes "Alexandria", "Brandon" or "Nelson" bare: its readers know which one is meant, and a
single story rarely names enough places to tell. The paper's other stories do: the towns of a Louisiana paper
lie in Louisiana story after story, while the namesakes its bare names were first pinned to scatter over the
world. So the province that holds pins in many of an outlet's articles, well ahead of any other, is the
outlet's home, and an article of that outlet that shows no home of its own is resolved as local news of it
(geo/resolve.py). A national or world outlet's pins spread over many provinces, so it gets no home.

Learned from the articles analysed together (one batch), so an outlet needs OUTLET_MIN_ARTICLES of them.
Calibrated on LGL's first half (local US and foreign papers, 45 outlets; the second half is held out): pins
right of those given 1271/1445 without homes, 1343/1463 with them (1358/1462 once the outlet's home also
weighs in the choice of the article's own, geo/resolve.py OUTLET_HOME_NAMES; 1356/1460 with the
three-article and comparison rules below; 1370/1460 once a site on a country's domain also votes with its
names' readings in that country, site_readings; 1380/1454 once a site whose address names a town has its
home where that town has a namesake, geo/site_place.py: an Ohio paper's bare "Dublin"s had homed it in
Ireland). In the first trial (homes from first pins alone), needing
half the outlet's articles gave 1335/1458 against 1339/1460 at 0.3, and needing five, 1298/1455.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.errors import StoreError
from newsweave.geo.gazetteer import Gazetteer
from newsweave.identity import outlet_from_url

# Articles of the outlet with a pin in the province (two had been enough when one of them showed it as its
# own home: a DUC 2003 test cluster, read as a user, homed the New York Times in Maryland from two reports
# of a summit there; LGL first half 1358/1462 -> 1356/1460).
OUTLET_MIN_ARTICLES = 3
# In the share and the lead, an article with a pin in the province votes once for it, and one that shows it
# as its own home (geo/resolve.py _home: several of its towns lie there) this much more (LGL first half:
# 1336/1461 -> 1343/1463; at 2, 1338/1462).
OWN_HOME_WEIGHT = 1
OUTLET_HOME_SHARE = 0.3  # votes, of the outlet's articles that have any pin in a province
OUTLET_HOME_LEAD = 2.0  # times the runner-up province's votes (1.5: 1348/1465, two more homes on thin leads)
# The home must be the outlet's own, not the place every outlet of the batch writes about: a batch of one
# story's reports puts the story's province in most articles of each outlet. Its share of the other outlets'
# articles must stay under this part of its share of the outlet's own, and the other outlets must have
# OUTLET_MIN_ARTICLES pinned articles or more to compare with: an all-AP cluster on Iran (DUC 2003 test,
# read as a user) had homed the agency in Tehran.
OUTLET_DISTINCT = 0.5
# A town of the site's country this populous or more is a reading of a name that the outlet's home may rest on
# (site_readings). LGL first half: the same pins from 2,000 to 50,000 people.
SITE_READING_MIN_POPULATION = 10_000
# Country-code domains that sites anywhere buy for their letters (Tuvalu's .tv, Colombia's .co ...): no sign
# of where the site is.
GENERIC_COUNTRY_DOMAINS = frozenset({"tv", "io", "co", "me", "fm", "am", "ly", "ai", "cc", "ws", "to", "gg",
                                     "la", "nu", "sh", "ac", "im", "vc", "gl", "ms", "tk", "ag"})


def outlet_key(outlet: str | None) -> str | None:
    """The outlet's name as homes are keyed ("The Town Talk" and "the town talk" are one outlet)."""
    key = " ".join((outlet or "").casefold().split())
    return key or None


def site_host(url: str | None, outlet: str | None = None) -> str:
    """The site's host, casefolded, from the page address or an outlet named by its host ("" when neither
    gives one): what its domain (site_country) and its name (geo/site_place.py) are read from."""
    host = outlet_from_url(url) or ""
    if not host and outlet and "." in outlet and " " not in outlet.strip():
        host = outlet.strip()
    return host.casefold().rstrip(".")


def site_country(url: str | None, outlet: str | None = None) -> str | None:
    """The country of a site's country-code domain (``lfpress.ca``: CA), from the page address or an outlet
    named by its host; None for a generic domain or one sold worldwide (.tv, .io, .co ...)."""
    host = site_host(url, outlet)
    label = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(label) != 2 or not label.isalpha() or label in GENERIC_COUNTRY_DOMAINS:
        return None
    return "GB" if label == "uk" else label.upper()


def site_readings(names: Sequence[str], country: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The provinces (admin1 keys) of the names read as places of the site's own country: each name's most
    populous namesake there (a town of SITE_READING_MIN_POPULATION or more, a district or a province). A
    local paper's bare names go first to their famous namesakes abroad: the London Free Press's "London"s
    went to England, so its home in Ontario had too few votes (LGL first half, 14 pins)."""
    return readings_within(names, gazetteer, lambda admin1: admin1.split(".")[0] == country)


def readings_within(names: Sequence[str], gazetteer: Gazetteer,
                    inside: Callable[[str], bool]) -> frozenset[str]:
    """The provinces of the names read as places of the provinces ``inside`` allows (by admin1 key): each
    name's most populous namesake there (as ``site_readings``)."""
    out: set[str] = set()
    for name in names:
        found = [p for p in gazetteer.lookup(name)
                 if p.admin1 is not None and p.precision != "country" and inside(p.admin1)
                 and (p.precision != "city" or p.population >= SITE_READING_MIN_POPULATION)]
        if found:
            out.add(max(found, key=lambda p: p.population).admin1 or "")
    return frozenset(out - {""})


@dataclass(frozen=True, slots=True)
class OutletTally:
    """What homes are learned from, per outlet (outlet_key): its articles with a pin in a province, and per
    province the votes and the articles with a pin in it. Tallies of batches add up (``merged``), so an
    ingest that analyses a crawl batch by batch learns from every batch it has stored (runners/local.py)."""

    pinned: Mapping[str, int] = field(default_factory=dict)
    votes: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    holding: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


# A stored tally keeps each outlet's most voted provinces and the most pinned outlets only, so its size is
# bounded however long the store grows: a home needs twice the runner-up's votes, so an outlet's provinces
# beyond its first few decide nothing; a truncated tail only lowers the other outlets' share of a province
# (the distinctiveness test) a little.
KEPT_PROVINCES = 8
KEPT_OUTLETS = 5000


Vote = tuple[str | None, frozenset[str], str | None, str | None]


def outlet_tally(articles: Iterable[Vote]) -> OutletTally:
    """The tally of (outlet key, provinces its pins lie in, the article's own home, country of its site) per
    article. A site of a country's domain has its home in that country: only provinces there count."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    holding: defaultdict[str, Counter[str]] = defaultdict(Counter)
    pinned: Counter[str] = Counter()
    for outlet, provinces, own_home, country in articles:
        if country is not None:
            provinces = frozenset(p for p in provinces if p.split(".")[0] == country)
        if outlet is None or not provinces:
            continue
        pinned[outlet] += 1
        holding[outlet].update(provinces)
        for p in provinces:
            votes[outlet][p] += 1 + (OWN_HOME_WEIGHT if p == own_home else 0)
    return OutletTally(dict(pinned), {o: dict(c) for o, c in votes.items()},
                       {o: dict(c) for o, c in holding.items()})


def merged(*tallies: OutletTally) -> OutletTally:
    """The tallies added up, cut to KEPT_OUTLETS outlets and KEPT_PROVINCES provinces each."""
    pinned: Counter[str] = Counter()
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    holding: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for t in tallies:
        pinned.update(t.pinned)
        for outlet, counts in t.votes.items():
            votes[outlet].update(counts)
        for outlet, counts in t.holding.items():
            holding[outlet].update(counts)
    # Sorted only where over a bound: an ingest merges its kept tally with every batch's.
    kept = list(pinned) if len(pinned) <= KEPT_OUTLETS else _first(pinned, KEPT_OUTLETS)
    top = {o: list(votes[o]) if len(votes[o]) <= KEPT_PROVINCES else _first(votes[o], KEPT_PROVINCES)
           for o in kept}
    return OutletTally({o: pinned[o] for o in kept}, {o: {p: votes[o][p] for p in top[o]} for o in kept},
                       {o: {p: holding[o][p] for p in top[o]} for o in kept})


def _first(counts: Mapping[str, int], n: int) -> list[str]:
    """The ``n`` keys with the highest counts, ties by key."""
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def homes_of(tally: OutletTally) -> Mapping[str, str]:
    """Each outlet's home province (admin1 key); outlets with no clear home are left out."""
    everywhere: Counter[str] = Counter()
    for counts in tally.votes.values():
        everywhere.update(counts)
    total = sum(tally.pinned.values())
    homes: dict[str, str] = {}
    for outlet, counts in tally.votes.items():
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        if not ranked:
            continue
        (home, n), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
        pinned = tally.pinned.get(outlet, 0)
        if not (tally.holding.get(outlet, {}).get(home, 0) >= OUTLET_MIN_ARTICLES
                and n >= OUTLET_HOME_SHARE * pinned and n >= OUTLET_HOME_LEAD * runner_up):
            continue
        others = total - pinned
        if others < OUTLET_MIN_ARTICLES:
            continue  # too few other outlets' articles to tell the outlet's province from its story's
        if (everywhere[home] - n) / others <= OUTLET_DISTINCT * n / pinned:
            homes[outlet] = home
    return homes


def outlet_homes(articles: Iterable[Vote]) -> Mapping[str, str]:
    """Each outlet's home province (admin1 key), from (outlet key, provinces its pins lie in, the article's
    own home, country of its site) per article; outlets with no clear home are left out. A site of a
    country's domain has its home in that country: the London Free Press (lfpress.ca) is no English paper,
    whatever its bare "London"s were first pinned to."""
    return homes_of(outlet_tally(articles))


def tally_state(tally: OutletTally) -> str:
    """The tally as the text the store keeps (JSON)."""
    return json.dumps({"pinned": tally.pinned, "votes": tally.votes, "holding": tally.holding},
                      sort_keys=True, separators=(",", ":"))


def tally_from_state(state: str | None) -> OutletTally:
    """The tally the store kept (``tally_state``); an empty one when none was kept."""
    if not state:
        return OutletTally()
    try:
        raw = json.loads(state)
        return OutletTally(
            {str(o): int(n) for o, n in raw["pinned"].items()},
            {str(o): {str(p): int(n) for p, n in c.items()} for o, c in raw["votes"].items()},
            {str(o): {str(p): int(n) for p, n in c.items()} for o, c in raw["holding"].items()},
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise StoreError(f"the stored outlet tally is corrupt: {exc}") from exc
