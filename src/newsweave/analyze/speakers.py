"""Who a written speaker is: names expanded to their fullest form, pronouns and descriptions resolved.

Resolution looks backwards only, to the nearest compatible *named speaker* first (the person last quoted is
the likeliest "he"), then to the nearest named mention. Nothing found means None: a wrong name is worse for a
briefing than a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.cues import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    HONORIFIC_GENDER,
    HONORIFICS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    UNRESOLVABLE_PRONOUNS,
    normalise_source,
)
from newsweave.models import EntityMention

Kind = Literal["person", "group"]

# How far back (characters) a pronoun or definite description may reach for its antecedent. Two or three
# news paragraphs; longer reaches picked the wrong speaker on the PolNeAR tuning slice.
MAX_ANTECEDENT_DISTANCE = 1200

_PERSON_TYPES = frozenset({"PERSON"})
_GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class Name:
    """A named mention: where it is, its text without honorifics, its kind and (when known) gender."""

    start: int
    end: int
    text: str
    kind: Kind
    gender: str | None = None
    is_speaker: bool = False


def _strip_honorific(text: str) -> tuple[str, str | None]:
    words = text.split()
    gender: str | None = None
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        gender = HONORIFIC_GENDER.get(words[0].lower(), gender)
        words.pop(0)
    name = " ".join(words)
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    return name, gender


def names_in(doc: Doc, entities: tuple[EntityMention, ...]) -> list[Name]:
    """PERSON / group mentions, from the entity annotator when it produced any, else from spaCy's tagger."""
    out: list[Name] = []
    mentions = [(e.span.start, e.span.end, e.type) for e in entities] if entities else [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    text = doc.text
    for start, end, label in mentions:
        kind: Kind | None = "person" if label in _PERSON_TYPES else "group" if label in _GROUP_TYPES else None
        if kind is None:
            continue
        # Honorifics sit just before a PERSON entity in spaCy's output ("Mr. Obama" -> "Obama").
        before = text[max(0, start - 5) : start].split()
        gender = HONORIFIC_GENDER.get(before[-1].lower()) if before else None
        name, g2 = _strip_honorific(text[start:end])
        if name:
            out.append(Name(start, end, name, kind, g2 or gender))
    return sorted(out, key=lambda n: n.start)


def _words(text: str) -> list[str]:
    return [w.lower().strip(".,") for w in text.split()]


def fullest_form(name: Name, known: list[Name]) -> str:
    """The longest earlier form containing ``name``'s words ("Massoud" -> "Ahmad Massoud").

    Forms already used as a speaker win over mere mentions, and among mentions the first one (where news
    introduces a person by full name); the nearest is not used because relatives share surnames.
    """
    words = _words(name.text)
    if not words:
        return name.text
    best: Name | None = None
    for other in known:
        if other.kind != name.kind or other.start > name.start:
            continue
        other_words = _words(other.text)
        if len(other_words) <= len(words) or other_words[-len(words):] != words:
            continue
        if best is None or (other.is_speaker and not best.is_speaker):
            best = other
    return best.text if best is not None else name.text


def _compatible(candidate: Name, kind: Kind, gender: str | None) -> bool:
    if candidate.kind != kind:
        return False
    return gender is None or candidate.gender is None or candidate.gender == gender


def antecedent(position: int, kind: Kind, gender: str | None, speakers: list[Name],
               mentions: list[Name]) -> Name | None:
    """The nearest compatible named speaker before ``position``, else the nearest named mention."""
    for pool in (speakers, mentions):
        for cand in reversed(pool):
            if cand.start >= position or position - cand.start > MAX_ANTECEDENT_DISTANCE:
                continue
            if _compatible(cand, kind, gender):
                return cand
    return None


def _entity_name_at(token: Token, mentions: list[Name]) -> Name | None:
    for m in mentions:
        if m.start <= token.idx < m.end:
            return m
    return None


def resolve(phrase: SpacySpan, head: Token, speakers: list[Name], mentions: list[Name]) -> Name | None:
    """The named referent of a speaker phrase, or None when the text does not say who it is.

    ``speakers`` are the named speakers found so far (in text order); ``mentions`` every named mention.
    Indefinite and bare-plural descriptions ("a Taliban official", "sources") stand for themselves.
    """
    lower = head.lower_
    if lower in RELATIVE_PRONOUNS and head.head.head.i != head.i:
        # "Smith, who said ..." -> the noun the relative clause hangs on.
        noun = head.head.head
        if noun.pos_ in {"PROPN", "NOUN"}:
            return resolve(phrase.doc[noun.left_edge.i : noun.i + 1], noun, speakers, mentions)
        return None
    if lower in UNRESOLVABLE_PRONOUNS:
        return None
    if lower in PERSON_PRONOUNS:
        return antecedent(phrase.start_char, "person", PERSON_PRONOUNS[lower], speakers, mentions)
    if lower in GROUP_PRONOUNS:
        found = antecedent(phrase.start_char, "group", None, speakers, mentions)
        return found
    named = _entity_name_at(head, mentions)
    if named is None and head.pos_ == "PROPN":
        compound = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        first = compound[0] if compound else head
        start = first.idx
        text, gender = _strip_honorific(phrase.doc[first.i : head.i + 1].text)
        named = Name(start, head.idx + len(head.text), text, "person", gender)
    if named is not None:
        full = fullest_form(named, speakers + mentions)
        return Name(named.start, named.end, full, named.kind, named.gender, True)
    determiner = phrase[0].lower_ if len(phrase) else ""
    if head.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS and determiner in {"the", "this", "that"}:
        kind: Kind = "person" if head.lemma_.lower() in PERSON_NOUNS else "group"
        found = antecedent(phrase.start_char, kind, None, speakers, mentions)
        return found
    if determiner in {"the", "this", "that", "his", "her", "its", "their"}:
        return None
    described = normalise_source(phrase.text)
    return Name(phrase.start_char, phrase.end_char, described, "person") if described else None
