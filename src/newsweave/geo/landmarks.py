"""Landmarks that news name for the government or institution inside them: "the White House said", "the
Kremlin denied". The gazetteer holds towns, not buildings, so these names were found among its towns'
alternate names: the White House in Casablanca (its name in translation) or a Maryland village, the Kremlin
nowhere. A landmark is pinned to the city it stands in, at the city's precision.

From general knowledge, not from any evaluation set; kept to the seats of governments and the buildings news
use for them, whose names a town rarely bears as its own (the Tennessee town of White House is meant when
written with its state, "White House, Tenn.": geo/resolve.py reads a landmark only without a region).
"""

from __future__ import annotations

from newsweave.geo.gazetteer import Gazetteer, Place, normalize

# name -> (the city it stands in, that city's admin1 key)
_LANDMARKS: dict[str, tuple[str, str]] = {
    "White House": ("Washington", "US.DC"),
    "Capitol Hill": ("Washington", "US.DC"),
    "Foggy Bottom": ("Washington", "US.DC"),
    "Pentagon": ("Arlington", "US.VA"),
    "Kremlin": ("Moscow", "RU.48"),
    "Downing Street": ("London", "GB.ENG"),
    "Whitehall": ("London", "GB.ENG"),
    "Elysee Palace": ("Paris", "FR.11"),
    "Elysee": ("Paris", "FR.11"),
    "Quai d'Orsay": ("Paris", "FR.11"),
    "Zhongnanhai": ("Beijing", "CN.22"),
    "Great Hall of the People": ("Beijing", "CN.22"),
    "Blue House": ("Seoul", "KR.11"),
    "Knesset": ("Jerusalem", "IL.06"),
    "Reichstag": ("Berlin", "DE.16"),
}
LANDMARKS: dict[str, tuple[str, str]] = {normalize(k): v for k, v in _LANDMARKS.items()}


def is_landmark(name: str) -> bool:
    return normalize(name) in LANDMARKS


def landmark_city(name: str, gazetteer: Gazetteer) -> Place | None:
    """The city a landmark ``name`` stands in, or None when the name is no landmark of the list."""
    where = LANDMARKS.get(normalize(name))
    if where is None:
        return None
    city, admin1 = where
    found = [p for p in gazetteer.lookup(city) if p.precision == "city" and p.admin1 == admin1]
    return max(found, key=lambda p: p.population) if found else None
