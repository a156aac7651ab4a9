"""What the gazetteer says of a name: a country, a province or a big city by it (the names the entity rules
may retype a place whatever the tagger typed them), and the spelling to look a wire abbreviation up by."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsweave.analyze.nlp import english_word
from newsweave.geo.gazetteer import Gazetteer, normalize
from newsweave.geo.place import bears_name
from newsweave.text import NAME_PARTICLES

# ORG/PERSON names re-typed as places by the gazetteer alone must be a country, a province or a city at least
# this large (100k keeps "Reuters"/"Massoud"-like names off on the seeds and the GeoWebNews dev half, where
# smaller same-name villages were mostly wrong). Any place of the article's focus country used to count as
# well; read on an untuned DUC 2003 cluster of US politics (d31031t) it pinned "Congress", "Clinton" and
# "White House" to towns of those names, and dropping it moved the tune halves' toponym recall by -0.008
# (GeoWebNews dev) and -0.002 (LGL) for +0.002 and +0.004 precision, 161 km accuracy unchanged.
RETYPE_MIN_POPULATION = 100_000


def known_place(name: str, gazetteer: Gazetteer) -> bool:
    """A country, a province or a big city by this name. A name of English words ("White House") counts
    only as a city's own name: as one of its other names it is a translation ("White House" is among
    Casablanca's, and the president's office was pinned there: TimeBank's tuned part, read as a user). A name
    joined by a Romance or Dutch particle is no English phrase, though the model's noun index holds each word
    ("Santiago de Chile", one of Santiago's names, was typed a body)."""
    key = normalize(name)
    words = key.split()
    phrase = len(words) > 1 and not NAME_PARTICLES & set(words) and all(english_word(w) for w in words)
    return any(
        p.precision in ("country", "province")
        or (p.population >= RETYPE_MIN_POPULATION and (not phrase or bears_name(p, name)))
        for p in gazetteer.lookup(name)
    )


def is_country(name: str, gazetteer: Gazetteer) -> bool:
    return any(p.precision == "country" for p in gazetteer.lookup(name))


def is_region(name: str, gazetteer: Gazetteer) -> bool:
    """A country or a province (state abbreviations included: "Calif.")."""
    return any(p.precision in ("country", "province") for p in gazetteer.lookup(name))


def country_of(name: str, nations: set[str], gazetteer: Gazetteer) -> bool:
    """A country whose people the article names (``nations``: the gazetteer ids of its nationality words'
    countries) is that country, though a name typed a person ends with it: "Garuda Indonesia" (an airline
    the model typed a person) made every "Indonesia" of an article on "Indonesian airlines" a person
    (MEANTIME airbus, dev)."""
    return any(p.precision == "country" and p.id in nations for p in gazetteer.lookup(name))


def with_closing_point(span: SpacySpan, name: str, gazetteer: Gazetteer) -> str:
    """An abbreviation whose closing point the tokenizer split off ("W.Va" + "." in "Beckley, W.Va., on
    Tuesday") is looked up with it when only the pointed form is a gazetteer name: the wire style's state
    abbreviations are filed as written ("W.Va.", "Calif."). LGL tune half (read by the places helper): 13
    "W.Va." mentions were found but never pinned, and the towns beside them lost their state."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "." or doc[span.end].idx != span.end_char:
        return name
    if gazetteer.lookup(name) or not gazetteer.lookup(name + "."):
        return name
    return name + "."
