"""Where a tagged name really starts and ends.

The small English model often takes in a word on either side of a name, or stops inside one: "the white
National Party government", "African National Congress of human (rights)", "Sri Lanka approximately",
"Johan van (der Merwe)", "another Islamic party". Each of these reached a briefing's roster (the DUC 2003
tune half, read as a user, round 51). These rules move a name's bounds back to its capitalised words, or drop
a span that is a description written in lower case rather than a name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.text import NAME_JOINERS, NAME_PARTICLES

# Lower-case words the tagger takes in before a name: a describing adjective or a determiner ("white" of "the
# white National Party government", "another").
LEADING_MODIFIER_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS"})
# Lower-case words it runs on into after a name: an adverb ("Sri Lanka approximately an hour later").
TRAILING_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
# The tagger's common-noun tags (entities.py reads them too: an organisation or person tagged so at a
# sentence's start is a capitalised noun, "Media reports said").
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def mend_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range [start, end) of a tagged name with stray lower-case words moved out and a family name's
    cut particle run on; None when what is left is a description ("another Islamic party") or a pronoun
    ("None of the histrionics")."""
    while (end - start > 1 and _lower(doc[start]) and doc[start].tag_ in LEADING_MODIFIER_TAGS
           and doc[start + 1].text != "-" and doc[start].lower_ not in NAME_PARTICLES):
        start += 1  # "pro-Islamic" keeps its prefix: the attitude test reads it
    of = next((i for i in range(start + 1, end) if doc[i].lower_ == "of"), None)
    if of is not None and all(_lower(doc[i]) for i in range(of + 1, end)):
        # "Group of" + "Seven": the number ends the name; "African National Congress of human (rights
        # abuses)": the name ends before "of".
        number_after = of + 1 == end and end < len(doc) and doc[end].like_num
        end = of + 2 if number_after else of
    while end - start > 1 and _lower(doc[end - 1]) and doc[end - 1].tag_ in TRAILING_ADVERB_TAGS:
        end -= 1
    if doc[end - 1].lower_ in NAME_PARTICLES:
        end = _past_particles(doc, end)
    if end - start == 1 and _function_word(doc[start]):
        return None  # "None" of "None of the histrionics"
    if _described(doc, start, end):
        return None
    return start, end


def _lower(token: Token) -> bool:
    return token.is_lower and token.is_alpha


def _function_word(token: Token) -> bool:
    """A function word capitalised by its place, which the tagger itself reads as no proper noun ("None of
    these snippets"); "Ms. He" (a surname after a title, tagged a pronoun) and "US" stay names."""
    by_place = token.is_sent_start or token.i == 0 or not any(c.isalnum() for c in token.nbor(-1).text)
    return (bool(by_place) and token.vocab[token.lower_].is_stop and token.tag_ not in PROPER_NOUN_TAGS
            and not token.text.isupper())


def _past_particles(doc: Doc, end: int) -> int:
    """The end past a family name a tagged span stops inside ("Johan van" of "Johan van der Merwe"): further
    particles, then one capitalised word; the span's own end when no capitalised word follows."""
    i = end
    while i < len(doc) and doc[i].lower_ in NAME_PARTICLES:
        i += 1
    if i < len(doc) and doc[i].is_title and doc[i].is_alpha:
        return i + 1
    return end


def _described(doc: Doc, start: int, end: int) -> bool:
    """A lower-case common noun after adjectives only ("Islamic party", "pro-Islamic party"): a description of
    a body, no name of one. A name joined by "of" or a particle is left alone."""
    last = doc[end - 1]
    if not (_lower(last) and last.tag_ in COMMON_NOUN_TAGS) or end - start < 2:
        return False
    before = doc[start : end - 1]
    modifiers = all(t.tag_ in LEADING_MODIFIER_TAGS or t.text == "-" for t in before)
    return modifiers and not any(t.lower_ in NAME_JOINERS for t in before)


# Words of a person's name the tagger ran on from a country's name: a given name and a surname, or three.
PERSON_AFTER_PLACE_WORDS = (2, 3)


def person_after_country(span: SpacySpan, is_country: Callable[[str], bool],
                         english: Callable[[str], bool]) -> int | None:
    """Where a person's name starts inside a tagged span that opens with a country's name, as token index:
    "the Prime Minister of the United Kingdom Gordon Brown", "the PKK leader in Armenia Mraz Khumoyan" were
    one organisation each (MultiLing dev topic M004 and DUC 2003 tune d30044t, read in a blind audit: the
    title alone, or the famous holder, spoke). The country's name ends in a proper noun, not an adjective
    ("British Grand Prix"); the name's words are capitalised, and neither its first word nor that word's
    lemma is English by ``english`` (the caller's test, which knows plurals), so "China Sports Daily" and
    "Iranian Revolutionary Guards" stay whole. None when there is no such pair."""
    low, high = PERSON_AFTER_PLACE_WORDS
    for cut in range(span.start + 1, span.end - low + 1):
        rest = span.doc[cut : span.end]
        if not low <= len(rest) <= high or not all(t.is_title and t.is_alpha for t in rest):
            continue
        if (span.doc[cut - 1].tag_ in PROPER_NOUN_TAGS and is_country(span.doc[span.start : cut].text)
                and not english(rest[0].lower_) and not english(rest[0].lemma_.lower())):
            return cut
    return None
