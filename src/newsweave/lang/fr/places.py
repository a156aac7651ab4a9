"""French places without a French NER model: country names in French (the French names ``countryinfo``
files under ``translations``), and towns the gazetteer knows, only where French marks a place.

Precision first, as there is no model to tell a town from a surname ("Bush" is also a town in Egypt):
- a country counts wherever its French name is written ("Indonésie", "les États-Unis");
- a town or province counts only right after a locative preposition ("à Bucarest", "en Saskatchewan", "près
  de Banda Aceh") and only when the gazetteer knows it with at least MIN_TOWN_POPULATION people;
- all of an article's places are then resolved together by the gazetteer's context rules (geo.resolve).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Sequence
from pathlib import Path

from newsweave.geo.gazetteer import Gazetteer, load_gazetteer, normalize
from newsweave.geo.resolve import Toponym, resolve
from newsweave.lang.fr.words import COUNTRY_SHORT_NAMES
from newsweave.models import EntityMention, Geo, Span

# A town named after "à"/"en" with fewer people than this is left out: small namesakes of common French
# words and surnames are many. Judgement (not tuned): the MultiLing French towns are all far above it.
MIN_TOWN_POPULATION = 20_000

# A town whose country the article does not name counts only when it is this big (capitals and metropolises:
# "à Londres", "à Madrid"); smaller ones need their country named too. Judgement, checked by eye on MultiLing
# French topics 0-4 (none of the towns it drops there was right).
MIN_UNANCHORED_POPULATION = 1_000_000

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_NAME = re.compile(rf"{_CAP}(?:[ -](?:de |du |des |d['’]|la |le |les |sur |en )?{_CAP})*")
# Locative prepositions that introduce a place; "de" is left out ("le gouvernement de Bush").
_LOCATIVE = re.compile(r"(?:\b(?:à|au|aux|en|dans|vers|depuis|jusqu['’]à|près\s+de|près\s+d['’]|sur)\s+)$",
                       re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:les|le|la|l['’])\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def french_country_names() -> dict[str, str]:
    """Folded French country name -> the English name the gazetteer files it under."""
    spec = importlib.util.find_spec("countryinfo")
    out: dict[str, str] = {}
    for base in (spec.submodule_search_locations or []) if spec else []:
        for file in sorted(Path(base, "data").glob("*.json")):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            french = (data.get("translations") or {}).get("fr") if isinstance(data, dict) else None
            if isinstance(french, str) and isinstance(data.get("name"), str):
                out[normalize(french)] = data["name"]
    out.update({normalize(fr): en for fr, en in COUNTRY_SHORT_NAMES.items()})
    return out


def _candidates(text: str, sentences: Sequence[Span], gazetteer: Gazetteer
                ) -> list[tuple[int, int, Toponym]]:
    countries = french_country_names()
    out = []
    for sent in sentences:
        for m in _NAME.finditer(text, sent.start, sent.end):
            start, end, name = m.start(), m.end(), m.group(0)
            english = countries.get(normalize(_ARTICLE.sub("", name)))
            if english:
                out.append((start, end, Toponym(english, "country")))
                continue
            if not _LOCATIVE.search(text[max(sent.start, start - 12):start]):
                continue
            known = [p for p in gazetteer.lookup(name)
                     if p.population >= MIN_TOWN_POPULATION or p.precision in ("province", "country")]
            if known:
                out.append((start, end, Toponym(name)))
    return out


def find_places(article_id: str, text: str, sentences: Sequence[Span]) -> tuple[EntityMention, ...]:
    gazetteer = load_gazetteer()
    found = _candidates(text, sentences, gazetteer)
    places = resolve([t for _, _, t in found], gazetteer)
    named = {p.country_code for (_, _, t), p in zip(found, places, strict=True) if p and t.hint == "country"}
    out = []
    for (start, end, toponym), place in zip(found, places, strict=True):
        if place is None:
            continue
        if toponym.hint is None and place.precision != "country":
            if place.country_code not in named and place.population < MIN_UNANCHORED_POPULATION:
                continue  # a mid-sized town in a country the article never names: left out
            rivals = [p.population for p in gazetteer.lookup(toponym.name)
                      if p.country_code != place.country_code]
            if rivals and place.population < max(rivals):
                continue  # a bigger namesake abroad ("Bali", the Indonesian province, vs a town in India)
        if lead := _ARTICLE.match(text[start:end]):  # "La Chine" is cited as "Chine"
            start += lead.end()
        geo = Geo(place.lat, place.lon, place.id, place.precision, place.country_code or None)
        out.append(EntityMention(Span(article_id, start, end), text[start:end], "GPE", geo=geo))
    return tuple(out)
