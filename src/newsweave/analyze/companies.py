"""Company names: the nouns that introduce one ("automaker Toyota") and the legal suffixes that mark one
("Veltrix Corp."), for typing their short forms as the company whatever the tagger says."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsweave.geo.gazetteer import normalize
from newsweave.geo.sources import country_demonyms
from newsweave.text import LEGAL_SUFFIXES

# Nouns of companies that name one right after them, alone or leading a list ("Japanese automaker Toyota",
# "the auto companies Toyota, Nissan and Honda"): the small model types carmakers GPE after their home towns
# (MEANTIME, read as a user: "Toyota" pinned to Toyota City 8 times in one story). "Rivals" and "giant" are
# left out: they also come before countries ("regional rivals India and Pakistan").
COMPANY_NOUNS = frozenset({
    "automaker", "automakers", "carmaker", "carmakers", "company", "companies", "firm", "firms",
    "manufacturer", "manufacturers", "maker", "makers", "retailer", "retailers", "airline", "airlines",
    "insurer", "insurers", "conglomerate", "corporation", "corporations", "supplier", "suppliers",
})
# How far back over a list of names (commas, "and", other names) the company noun may stand.
COMPANY_LIST_TOKENS = 8
# The last word of a company's legal name ("Veltrix Corp.", "Korrel Ltd.", "Delmont N.V."), dots dropped: the
# name before it is that company's all through the article, and so is its first word alone where no other
# name of the article opens with it, no person's name holds it and it is no country, province, big city or
# nationality ("Hamlin" after "Hamlin Industries Inc."). The small model types such short names people,
# places and nationalities (TimeBank's Wall Street Journal items, read as a user: about 40 in 80 articles).
CORPORATE_SUFFIXES = LEGAL_SUFFIXES | {"cos", "lp", "gmbh", "incorporated"}


def after_company_noun(span: SpacySpan) -> bool:
    """A company noun stands right before the name, or before the list of names it is in: "automaker
    Toyota", "the companies Toyota, Nissan and Honda"."""
    return kind_before(span, COMPANY_NOUNS, COMPANY_LIST_TOKENS) is not None


def kind_before(span: SpacySpan, nouns: frozenset[str], reach: int) -> Token | None:
    """The noun of a kind (one of ``nouns``) standing right before the name, or before the list of names it
    is in (commas, "and", "&" and other names, up to ``reach`` tokens back); None when there is none."""
    doc = span.doc
    i = span.start - 1
    for _ in range(reach):
        if i < 0:
            return None
        t = doc[i]
        if t.lower_ in nouns:
            return t
        if not (t.text in {",", "and", "&"} or t.ent_type_ or (t.text[:1].isupper() and not t.is_sent_start)):
            return None
        i -= 1
    return None


def suffixed_companies(spans: Iterable[tuple[SpacySpan, str]], person_words: set[str], lower_words: set[str],
                       known_place: Callable[[str], bool]) -> set[str]:
    """The names of the article's companies written with a legal suffix (each span with its name), with and
    without it, and their first words where those name nothing else (CORPORATE_SUFFIXES; ``known_place``:
    the name is a country, a province or a big city)."""
    bases: list[list[str]] = []
    out: set[str] = set()
    for span, name in spans:
        if len(span) > 1 and span[-1].text.replace(".", "").lower() in CORPORATE_SUFFIXES:
            words = [t.text for t in span[:-1] if t.text not in {",", "&", "and"}]
            if words:
                bases.append(words)
                out.add(normalize(name))
    out |= {normalize(" ".join(words)) for words in bases}
    openers = Counter(words[0] for words in bases if len(words) > 1)
    for word, n in openers.items():
        key = normalize(word)
        if (n == 1 and key not in out and word[:1].isupper() and word.lower() not in person_words
                and word.lower() not in lower_words and key not in country_demonyms()
                and not known_place(word)):
            out.add(key)
    return out
