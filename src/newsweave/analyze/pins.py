"""Map pins of an article's place names, set again once the home of the article's outlet is known.

An article's places are resolved together (geo/resolve.py). A local paper's story often names too few places
for the article alone to show which Alexandria or Brandon is meant, but the paper's other stories do
(geo/outlet_home.py). So the analysis keeps, beside the entity mentions, what resolution read of them
(``PlacePins``): the batch learns each outlet's home from the first pins, then pins each article again with
its outlet's home, without a second parse.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace

from newsweave.errors import StoreError
from newsweave.geo.gazetteer import Gazetteer, Place, load_gazetteer
from newsweave.geo.outlet_home import (
    OutletTally,
    homes_of,
    merged,
    outlet_key,
    outlet_tally,
    readings_within,
    site_country,
    site_host,
    site_readings,
)
from newsweave.geo.resolve import Toponym, resolve_with_home
from newsweave.geo.site_place import SitePlace, site_place
from newsweave.models import Article, EntityMention, Geo
from newsweave.models.annotations import GeoPrecision


@dataclass(frozen=True, slots=True)
class PlacePins:
    """What resolution reads of one article's place names, and the provinces its first pins lie in."""

    mentions: tuple[int, ...]  # index of each name's entity mention
    toponyms: tuple[Toponym, ...]
    hints: tuple[GeoPrecision | None, ...]  # the cue beside each name ("district"), for the pin's precision
    provinces: frozenset[str] = frozenset()  # admin1 keys of the towns and provinces pinned without a home
    home: str | None = None  # the home province the article shows itself (geo/resolve.py _home)


def pins_record(pins: PlacePins) -> str:
    """The pins' sources as JSON, for the store to keep beside the article (the first pins' provinces and
    home are left out: pinning again reads them afresh)."""
    return json.dumps({"mentions": list(pins.mentions), "toponyms": [asdict(t) for t in pins.toponyms],
                       "hints": list(pins.hints)}, ensure_ascii=False, separators=(",", ":"))


def pins_from_record(record: str) -> PlacePins:
    """The pins' sources pins_record wrote; StoreError when the record does not decode."""
    try:
        obj = json.loads(record)
        pins = PlacePins(tuple(int(m) for m in obj["mentions"]), tuple(Toponym(**t) for t in obj["toponyms"]),
                         tuple(obj["hints"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"stored pin sources do not decode: {exc}") from exc
    if not len(pins.mentions) == len(pins.toponyms) == len(pins.hints):
        raise StoreError("stored pin sources do not decode: their lists differ in length")
    return pins


def pinned(pins: PlacePins, outlet_home: str | None = None,
           gazetteer: Gazetteer | None = None) -> tuple[tuple[Geo | None, ...], PlacePins]:
    """A pin (or None) per name, and the pins with the provinces they lie in (only towns, districts and
    provinces: a country names no home) and the article's own home."""
    places, home = resolve_with_home(pins.toponyms, gazetteer or load_gazetteer(), outlet_home)
    geos = tuple(None if p is None else _geo(p, hint) for p, hint in zip(places, pins.hints, strict=True))
    return geos, replace(pins, provinces=_provinces(places), home=home)


def repinned(entities: tuple[EntityMention, ...], pins: PlacePins,
             outlet_home: str | None) -> tuple[EntityMention, ...]:
    """The entity mentions with their places pinned again, the outlet's home known."""
    geos, _ = pinned(pins, outlet_home)
    by_mention = dict(zip(pins.mentions, geos, strict=True))
    return tuple(replace(e, geo=by_mention[i]) if i in by_mention and by_mention[i] != e.geo else e
                 for i, e in enumerate(entities))


def outlet_tally_of(items: Sequence[tuple[Article, PlacePins | None]]) -> OutletTally:
    """What the articles show of their outlets' homes (geo.outlet_home.outlet_tally). An article of a site
    on a country's domain also votes for the provinces its names have in that country. A site whose address
    names a place (geo/site_place.py) has its home where that place has a namesake: only provinces there
    count, and its names vote for their namesakes where the place has a town of some size."""
    gazetteer = load_gazetteer()
    places: dict[str, SitePlace | None] = {}  # by host: a site's articles share it
    rows = []
    for article, pins in items:
        if pins is None:
            continue
        country = site_country(article.url, article.outlet)
        names = [t.name for t in pins.toponyms]
        provinces = pins.provinces
        if country is not None:
            provinces |= site_readings(names, country, gazetteer)
        host = site_host(article.url, article.outlet)
        if host not in places:
            places[host] = site_place(article.url, article.outlet, gazetteer)
        place = places[host]
        if place is not None:
            provinces = frozenset(p for p in provinces if place.allows(p))
            # The site's own town tells nothing of which of its namesakes it is (a Jordan paper's "Jordan").
            others = [n for n in names if "".join(n.casefold().split()) != place.name]
            provinces |= readings_within(others, gazetteer, place.likely.__contains__)
        rows.append((outlet_key(article.outlet), provinces, pins.home, country))
    return outlet_tally(rows)


def learned_homes(items: Sequence[tuple[Article, PlacePins | None]],
                  prior: OutletTally | None = None) -> tuple[OutletTally, Mapping[str, str]]:
    """What the articles show of their outlets' homes, and the homes (outlet key -> admin1 key) they show
    together with ``prior``, what earlier batches showed."""
    tally = outlet_tally_of(items)
    return tally, homes_of(tally if prior is None else merged(prior, tally))


def outlet_homes_of(items: Sequence[tuple[Article, PlacePins | None]]) -> Mapping[str, str]:
    """Outlet key (geo.outlet_home.outlet_key) -> the home province (admin1 key) the articles show."""
    return learned_homes(items)[1]


def repinned_by_outlet(
    items: Sequence[tuple[Article, tuple[EntityMention, ...], PlacePins | None]],
    homes: Mapping[str, str] | None = None,
) -> tuple[tuple[EntityMention, ...], ...]:
    """Each article's entity mentions (given as article, mentions, pins), pinned again with its outlet's
    home province (``homes``, else the one the articles together show)."""
    if homes is None:
        homes = outlet_homes_of([(a, p) for a, _, p in items])
    out = []
    for article, entities, pins in items:
        key = outlet_key(article.outlet)
        home = homes.get(key) if key is not None else None
        out.append(repinned(entities, pins, home) if pins is not None and home is not None else entities)
    return tuple(out)


def _provinces(places: Sequence[Place | None]) -> frozenset[str]:
    return frozenset(p.admin1 for p in places if p is not None and p.precision != "country" and p.admin1)


def _geo(place: Place, hint: GeoPrecision | None) -> Geo:
    district = hint == "district" and place.precision == "city"
    precision: GeoPrecision = "district" if district else place.precision
    return Geo(place.lat, place.lon, place.id, precision, place.country_code or None)
