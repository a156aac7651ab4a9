"""A gazetteer place, the name key places are looked up by, and great-circle distance."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from newsweave.models.annotations import GeoPrecision


@dataclass(frozen=True, slots=True)
class Place:
    # "geonames:1138958"; "geonames-admin1:AF.42" for a first-level subdivision without a GeoNames id in the
    # data; "admin2:US.TX:Tarrant County" for a second-level one
    id: str
    name: str
    lat: float
    lon: float
    country_code: str
    population: int
    precision: GeoPrecision
    admin1: str | None = None  # "AF.42": the subdivision a town or province belongs to
    capital: bool = False  # a country's national capital (GeoNames' countries file names it)


# A slash joins two names of one place as a hyphen does ("KwaZulu/Natal", KwaZulu-Natal).
_SEPARATORS = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2015'\u2019`/"})


def normalize(name: str) -> str:
    """Casefolded, accent-free, hyphens, slashes and apostrophes as spaces: the key names are looked up by."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = name.casefold().translate(_SEPARATORS)
    if "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        folded = " ".join(folded.split())
    return folded[4:] if folded.startswith("the ") else folded


# Words of a place's kind that its own name may end in ("New York City", "DeKalb County").
_OWN_NAME_KINDS = frozenset({"county", "city", "parish", "borough", "township", "district", "municipality"})


def bears_name(place: Place, name: str) -> bool:
    """The name is the place's own (less a word of its kind), not one of its other names: a translation
    ("White House" among Casablanca's) or a neighbour's name ("Maine" among Des Plaines')."""
    own, key = normalize(place.name), normalize(name)
    return own == key or (own.startswith(key + " ")
                          and all(w in _OWN_NAME_KINDS for w in own[len(key):].split()))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
