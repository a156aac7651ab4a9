"""The press and broadcasters an article names. The small model types a paper or an agency named once
after its kind a person or a place ("quoted as saying by the newspaper Expressen", "the Swedish news agency
TT", "the daily Milliyet": a DUC 2003 tune cluster, read as a user, listed the paper under Who); the entity
rules make such names organisations, all through the article."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan

from newsweave.analyze.companies import kind_before
from newsweave.geo.gazetteer import normalize

# Last words of a media outlet's or account's name, and words after a name that make it an account.
MEDIA_WORDS = frozenset({"twitter", "facebook", "telegram", "youtube", "instagram", "tv", "television",
                         "radio", "news", "agency"})
ACCOUNT_WORDS = frozenset({"account", "channel", "feed", "page", "handle"})
# Words after a name that make it a paper's title, unless the paper's own name follows ("Sabah newspaper
# said" is a paper, "the Istanbul newspaper Hurriyet" a city's paper: DUC 2003 tune half, d30044t).
PRESS_WORDS = frozenset({"newspaper", "daily", "weekly", "magazine", "tabloid"})
# Nouns of an outlet's kind, written before its name ("the newspaper Expressen", "the news agency TT", "the
# daily Milliyet", "the broadcaster NHK"), or before a list of names ("the papers Expressen and Aftonbladet").
OUTLET_NOUNS = frozenset({
    "newspaper", "newspapers", "paper", "papers", "daily", "dailies", "weekly", "tabloid", "magazine",
    "agency", "broadcaster", "network", "channel", "station", "website", "radio", "television",
})


def press_title(span: SpacySpan) -> bool:
    """A press word follows the name and no other name follows that (PRESS_WORDS)."""
    doc = span.doc
    # "in Beijing weekly": the adverb, no paper.
    return (span.end < len(doc) and doc[span.end].lower_ in PRESS_WORDS and doc[span.end].pos_ == "NOUN"
            and not (span.end + 1 < len(doc) and doc[span.end + 1].pos_ == "PROPN"))


def outlet_names(spans: Iterable[SpacySpan]) -> set[str]:
    """The normalised names of the outlets among the article's names: a name after an outlet's kind, and the
    name before a media word written in lower case, with and without it ("the Pravak news agency" ...
    "Pravak reported"). Not a name before a press word: "the Brevik newspaper" is a town's paper too, and
    only that mention is retyped (press_title)."""
    out: set[str] = set()
    for span in spans:
        if _after_outlet_noun(span):
            out.add(normalize(span.text))
        k = len(span)
        while k > 1 and span[k - 1].lower_ in MEDIA_WORDS and span[k - 1].is_lower:
            k -= 1
        if k < len(span):
            out |= {normalize(span.text), normalize(span[:k].text)}
    return out


# How far back over a list of names ("the papers Expressen and Aftonbladet") an outlet's kind may stand.
OUTLET_LIST_TOKENS = 6


def _after_outlet_noun(span: SpacySpan) -> bool:
    """An outlet's kind in lower case stands right before the name, or before the list of names it is in
    (companies.kind_before), and no comma closes it ("Talking to People magazine, NAME, the actress's
    representative": ECB+ dev topic 1 made the publicist an outlet)."""
    kind = kind_before(span, OUTLET_NOUNS, OUTLET_LIST_TOKENS)
    return kind is not None and kind.is_lower and kind.doc[kind.i + 1].text != ","
