"""Words beside a name that make it a town the gazetteer knows, however small, whatever the tagger typed it.

The small model types many small towns as people ("In Klamath Falls, Oregon", "Roswell police say",
"Lewisburg Mayor NAME", "said NAME, of Wooster"): they were listed under Who and never pinned.
The gazetteer alone retypes only countries, provinces and big cities (known_places.RETYPE_MIN_POPULATION),
since small namesakes of people and bodies abound. Here the context decides, and the gazetteer must still
know the name as a place below country level:

- the name is followed by a comma and a country or province, and the gazetteer has a place of that name
  inside it ("Klamath Falls, Oregon");
- a town's officials or people follow the name ("Roswell police", "Avondale Mayor", "Clinton residents"):
  no one's name stands before those nouns;
- the name follows a person's name and "of" or "from" ("NAME of Roswell", "Mr NAME, from Cherry Hinton",
  "NAME, 41, of Grovetown"): where the person lives.

A name that opens a longer body's name in the article ("Harvard" beside "Harvard University") is left as
it is: "Harvard police" are the university's.

A name so placed is a place all through the article (its other mentions often have no cue).

Not kept: lawmakers' homes after the party letter ("Rep. NAME, R-Elbow Lake"), which the tagger misses and
the public place sets label (LGL first half: 20 more toponyms found). They describe a person, not where the
story happens: a Congress story (DUC 2003 tune d31031t) listed eight senators' states under Where, and the
states' keys moved an ECB+ dev story's reports into the wrong story (topic 9, F1 0.836 -> 0.803).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from spacy.tokens import Span as SpacySpan

from newsweave.geo.gazetteer import Gazetteer, Place, normalize
from newsweave.models.annotations import EntityType, GeoPrecision

Found = tuple[SpacySpan, EntityType, GeoPrecision | None, str]

# A town's officials and people, written right after its name. Nouns that follow people's names as well
# are left out ("the Jackson family", "Trump supporters", "the Smith home", "Obama administration"). From
# the LGL first half and the GeoWebNews dev half (the places tune parts), read for towns typed people. With
# the region and "of" cues below and the county lists (entities.LIST_CUES), toponyms found went 1553 -> 1583
# of 2210 on the LGL first half (29 of the 30 pinned within 161 km) and 988 -> 995 of 1357 on the
# GeoWebNews dev half (all 7), toponym precision 0.828 -> 0.830 and 0.900 -> 0.901.
LOCAL_NOUNS = frozenset({
    "police", "detectives", "firefighters", "mayor", "sheriff", "council", "councilman", "councilwoman",
    "aldermen", "residents", "resident", "native", "natives", "townspeople",
})
# "<person> of <town>", "<person>, from <town>".
HOME_PREPOSITIONS = frozenset({"of", "from"})


def _region_places(name: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    return tuple(p for p in gazetteer.lookup(name) if p.precision in ("country", "province"))


def _inside(name: str, regions: Sequence[Place], gazetteer: Gazetteer) -> bool:
    """The gazetteer has a place below country level by this name inside one of ``regions``."""
    return any(p.precision != "country" and any(
        p.country_code == r.country_code if r.precision == "country" else p.admin1 == r.admin1
        for r in regions if r.id != p.id) for p in gazetteer.lookup(name))


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*$")


def region_after(span: SpacySpan, following: SpacySpan | None, third: SpacySpan | None) -> str | None:
    """The place written right after this one and a comma, which says where this one is ("Wye River,
    Maryland", "Paris, Texas", "Amman, Jordan"): resolve keeps only namesakes inside it. Not in a list of
    places ("Sao Paulo, Rio de Janeiro, Minas Gerais and ...", "Egypt, Iraq and Jordan")."""
    if following is None or following.start_char <= span.end_char:
        return None
    text = span.doc.text
    if text[span.end_char : following.start_char].strip() != ",":
        return None
    if third is not None and third.start_char > following.end_char and _LIST_GAP.match(
            text[following.end_char : third.start_char]):
        return None
    return following.text


def _inside_region_after(span: SpacySpan, following: SpacySpan | None, gazetteer: Gazetteer) -> bool:
    """The region written after the name ("Klamath Falls, Oregon") holds a namesake of it. The next name
    after the region is not read: the namesake inside the region decides."""
    region = region_after(span, following, None)
    regions = _region_places(region, gazetteer) if region is not None else ()
    return bool(regions) and _inside(span.text, regions, gazetteer)


def _local_noun_after(span: SpacySpan) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in LOCAL_NOUNS


def _home_of(span: SpacySpan, person_ends: Collection[int], set_off: bool) -> bool:
    """The name follows "of"/"from" right after a person's name, a comma or the person's age between
    ("NAME, 41, of Grovetown"); with ``set_off``, only after a comma (the tagger types many small
    towns a body, and "a professor of Harvard" names the university)."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].lower_ not in HOME_PREPOSITIONS:
        return False
    k -= 1
    if doc[k].text == "," and k > 0:
        k -= 1
        if doc[k].like_num and k > 1 and doc[k - 1].text == ",":
            k -= 2
    elif set_off:
        return False
    return k in person_ends


def _opens_longer_body(span: SpacySpan, bodies: Collection[str]) -> bool:
    """The name opens a longer body's name the article gives ("Harvard" of "Harvard University"): "Harvard
    police" are the university's."""
    return normalize(span.text) in bodies


def cued_places(found: Sequence[Found], gazetteer: Gazetteer, excluded: Collection[str]) -> set[str]:
    """The normalised names of ``found`` (sorted by position) typed a person or a body that the words beside
    one of their mentions make a town the gazetteer knows; names in ``excluded`` (companies, people named
    after a title) are left alone."""
    person_ends = {span.end - 1 for span, typ, *_ in found if typ == "PERSON"}
    bodies = {normalize(span[:k].text) for span, typ, *_ in found if typ == "ORG"
              for k in range(1, len(span))}
    out: set[str] = set()
    for k, (span, typ, hint, name) in enumerate(found):
        key = normalize(name)
        if typ not in ("PERSON", "ORG") or hint is not None or key in excluded or key in out:
            continue
        following = found[k + 1][0] if k + 1 < len(found) else None
        if _inside_region_after(span, following, gazetteer):
            out.add(key)
            continue
        cue = (_local_noun_after(span) or _home_of(span, person_ends, typ == "ORG")) and not (
            _opens_longer_body(span, bodies))
        if cue and any(p.precision != "country" for p in gazetteer.lookup(name)):
            out.add(key)
    return out

