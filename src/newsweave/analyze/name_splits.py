"""Entities the tagger ran together, cut into their names: two places joined by "and", a country and its
leader, a body's initials and its officer, an owner and the thing owned, a described person and the body
that describes them. Each function takes one found entity (span, type, precision hint, name) and returns
its parts in the same form."""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan

from newsweave.analyze.known_places import is_country, known_place
from newsweave.analyze.name_bounds import person_after_country
from newsweave.analyze.name_gender import first_name_gender
from newsweave.analyze.nlp import an_english_word
from newsweave.analyze.person_roles import PERSON_TITLES
from newsweave.geo.gazetteer import Gazetteer
from newsweave.models import PLACE_TYPES
from newsweave.models.annotations import EntityType, GeoPrecision
from newsweave.text import TITLE_ABBREVIATIONS

# The most letters a body's initials before a person's title have ("LPD Lt. Brent Wheat", "NYPD Officer ...").
MAX_INITIALS = 5
# Coordinators that join two place names the tagger read as one entity ("Aberdeen and Inverness").
COORDINATORS = frozenset({"and", "or", "&"})


def split_coordinated(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str], gazetteer: Gazetteer
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """"Aberdeen and Inverness" tagged as one entity -> one place mention per name, with exact spans.

    Split only when every part is a capitalised name the gazetteer knows and, for a non-place type, at least
    one is a well-known place ("Marks and Spencer" stays one ORG).
    """
    span, typ, hint, _ = found
    cuts = [t.i for t in span[1:-1] if t.lower_ in COORDINATORS]
    if not cuts or typ == "PERSON":
        return [found]
    bounds = [span.start, *cuts, span.end]
    parts = [span.doc[a + (1 if a in cuts else 0) : b] for a, b in itertools.pairwise(bounds)]
    if any(len(p) == 0 or not p[0].is_title or not gazetteer.lookup(p.text) for p in parts):
        return [found]
    if typ not in PLACE_TYPES and not any(known_place(p.text, gazetteer) for p in parts):
        return [found]
    new_type: EntityType = typ if typ in PLACE_TYPES else "GPE"
    return [(p, new_type, hint, p.text) for p in parts]


def split_country_and_person(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str], gazetteer: Gazetteer
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """"United Kingdom Gordon Brown" tagged as one name -> the country and the person."""
    span, typ, hint, _ = found
    if typ in PLACE_TYPES or (cut := person_after_country(
            span, lambda name: is_country(name, gazetteer), an_english_word)) is None:
        return [found]
    country, person = span.doc[span.start : cut], span.doc[cut : span.end]
    return [(country, "GPE", hint, country.text), (person, "PERSON", None, person.text)]


# The most letters of a country's initials ("US", "UK", "UAE").
MAX_COUNTRY_INITIALS = 3


def split_person_and_country(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str], gazetteer: Gazetteer
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """"GIVEN SURNAME US" tagged as one person (a byline run into "US-based producer ...": GeoWebNews dev,
    read for places typed people) -> the person and the country. Only a country's initials are cut off: a
    surname may be a country's name ("Chris Jordan"), hardly its initials. Left whole, the initials became a
    person's name word and every "US" of the article a person."""
    span, typ, hint, _ = found
    last = span[-1] if len(span) >= 3 else None
    if (typ != "PERSON" or last is None or not last.is_upper or not last.is_alpha
            or len(last) > MAX_COUNTRY_INITIALS or not all(t.is_title for t in span[:-1])
            or not is_country(last.text, gazetteer)):
        return [found]
    person, country = span[:-1], span[-1:]
    return [(person, "PERSON", hint, person.text), (country, "GPE", None, country.text)]


def split_titled_person(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str],
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """"LPD Lt. Brent Wheat" typed one organisation, "K-9 Trooper Jason McCowan" one person (LGL tune half,
    read as a user: "LPD Lt" was what claims rested on, beside "Wheat"): a title inside the name, after a
    body's initials or a unit's number, starts the person's name; the initials stay the body."""
    span, typ, hint, _ = found
    if typ not in ("ORG", "PERSON") or hint is not None or len(span) < 3:
        return [found]
    k = next((i for i in range(1, len(span) - 1)
              if span[i].lower_ in PERSON_TITLES or span[i].text in TITLE_ABBREVIATIONS), None)
    if k is None:
        return [found]
    before, after = span[:k], span[k + 1 :]
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text.rstrip(".").isalpha()) for t in after):
        return [found]
    initials = all(t.is_upper and t.is_alpha and len(t) <= MAX_INITIALS for t in before)
    if not (initials or any(c.isdigit() for c in before.text)):
        return [found]
    person: tuple[SpacySpan, EntityType, GeoPrecision | None, str] = (after, "PERSON", None, after.text)
    return [(before, "ORG", None, before.text), person] if initials else [person]


def split_possessed(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str],
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """A person's name holds no possessive. The tagger runs on past a curly "’s" where it stops at a straight
    one (GeoWebNews dev, read as a user): "Karen Whitlow’s Easter (trip)" is Karen Whitlow, and "Tom
    Brevik’s Carl Oduya (biopic)" two people; one word after the mark is the thing owned. Only an owner
    that opens with a given name the name table knows is cut: "Norman’s Welding" is a shop (the LGL tune
    half), and so is "Bloomington Sam's Club" (ECB+ dev topic 21, where the cut made "Bloomington Sam" a
    speaker). Uncut, such a name is a business, not a person: "Bloomington Sam's Club" had been listed under
    Who, and took the town's every bare "Bloomington" with it (ECB+ dev topic 21)."""
    span, typ, hint, name = found
    k = next((i for i in range(1, len(span) - 1) if span[i].tag_ == "POS"), None)
    if typ != "PERSON" or k is None:
        return [found]
    if k < 2 or first_name_gender(span[0].text) is None:
        return [(span, "ORG", hint, name)]
    owner, rest = span[:k], span[k + 1 :]
    out: list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]] = [(owner, typ, hint, owner.text)]
    if len(rest) > 1 and all(t.is_title and t.is_alpha for t in rest):
        out.append((rest, typ, None, rest.text))
    return out


def split_described(
    found: tuple[SpacySpan, EntityType, GeoPrecision | None, str],
) -> list[tuple[SpacySpan, EntityType, GeoPrecision | None, str]]:
    """A common noun in lower case inside a tagged name, between capitalised words, describes the person
    named after it: "Blue Jays fan <given name> <surname>" (one organisation to the tagger; GeoWebNews dev,
    read as a user, printed it as the speaker) is the team and the fan. Two capitalised words at least
    after the noun, else the span is left alone."""
    span, typ, hint, _ = found
    if typ not in ("ORG", "PERSON") or hint is not None:
        return [found]
    k = next((i for i in range(1, len(span) - 2) if span[i].tag_ == "NN" and span[i].is_lower
              and span[i - 1].is_title), None)
    if k is None:
        return [found]
    before, after = span[:k], span[k + 1 :]
    if not all(t.is_title and t.is_alpha for t in after):
        return [found]
    return [(before, typ, None, before.text), (after, "PERSON", None, after.text)]
