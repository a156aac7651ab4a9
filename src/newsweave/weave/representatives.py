"""Whom a named person speaks for: the body an article describes them as heading or voicing.

"Moira Dunlevy, chief executive of the Kelmouth Harbour Authority, said ..." and "The authority denies ..."
rest on one primary source, the authority (spec: trust-labels.md, "One primary source"). Counting the person
and the body as two origins lets a body's position corroborate itself through its own head (our example
corpus, read as a user: the denial was "2 independent origins").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from newsweave.lang import StatementWords, statement_words
from newsweave.models import Annotations, Article, RosterEntity
from newsweave.text import WORD
from newsweave.weave.roster import Roster


def spokespeople(articles: Sequence[Article], annotations: Sequence[Annotations],
                 roster: Roster) -> Mapping[str, str]:
    """Roster name of each person described as the head or voice of exactly one roster organisation -> that
    organisation's roster name. A person described so for two different bodies in the story is left out."""
    by_id = {e.id: e for e in roster.entities}
    orgs = [e for e in roster.entities if e.type == "ORG"]
    found: dict[str, set[str]] = defaultdict(set)
    for person, described, words in _described_people(articles, annotations, roster):
        hit = words.speaks_for.match(described)
        if hit is None:
            continue
        body = next(g for g in (hit.group("body"), hit.group("owner"), hit.group("before")) if g)
        if (org := _organisation(body, orgs, roster, by_id, words)) is not None:
            found[person].add(org)
    return _one_each(found)


def named_voices(articles: Sequence[Article], annotations: Sequence[Annotations],
                 roster: Roster) -> Mapping[str, str]:
    """Roster name of each person described as an unnamed body's voice ("Bengt Staaf, Goteborg police
    spokesman") -> that body's noun ("police"), the role under which "police said" is counted
    (``voiced_body``). A person described so for two bodies is left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for person, described, words in _described_people(articles, annotations, roster):
        if (body := voiced_body(described, words)) is not None:
            found[person].add(body)
    return _one_each(found)


def _described_people(articles: Sequence[Article], annotations: Sequence[Annotations],
                      roster: Roster) -> Iterator[tuple[str, str, StatementWords]]:
    """(roster name, description, the article language's words) for each mention of a person that an article
    describes ("Moira Dunlevy, chief executive of ...")."""
    by_id = {e.id: e for e in roster.entities}
    language = {a.id: a.language for a in articles}
    for ann in annotations:
        words = statement_words(language.get(ann.article_id))
        for m in ann.entities:
            if m.type != "PERSON" or not m.description:
                continue
            person = roster.entity_for(ann.article_id, m.span.start, m.span.end)
            if person is not None and by_id[person].type == "PERSON":
                yield by_id[person].name, " ".join(m.description.split()), words


def _one_each(found: Mapping[str, set[str]]) -> Mapping[str, str]:
    return {person: next(iter(bodies)) for person, bodies in found.items() if len(bodies) == 1}


def _organisation(body: str, orgs: Sequence[RosterEntity], roster: Roster,
                  by_id: Mapping[str, RosterEntity], words: StatementWords) -> str | None:
    """The one roster organisation the body's words name: by one of its forms ("Kelmouth Harbour
    Authority"), or as the tail of exactly one organisation's name ("the authority", "harbour authority")."""
    eid = roster.entity_named(body)
    if eid is not None:
        entity = by_id[eid]
        return entity.name if entity.type == "ORG" else None
    return organisation_ending(name_words(body, words), orgs, words)


def organisation_ending(tail: Sequence[str], orgs: Sequence[RosterEntity],
                        words: StatementWords) -> str | None:
    """The one roster organisation whose name (or another form of it) ends in the words ``tail`` ("harbour
    authority" of "Kelmouth Harbour Authority"); None for none or several."""
    if not tail:
        return None
    hits = {e.name for e in orgs
            if any(name_words(form, words)[-len(tail):] == list(tail) for form in (e.name, *e.aliases))}
    return hits.pop() if len(hits) == 1 else None


def name_words(name: str, words: StatementWords) -> list[str]:
    """A name's words, case-folded, without possessive endings ("Dockers'" -> "dockers")."""
    return [words.possessive.sub("", w) for w in name.casefold().split()]


def voiced_body(name: str, words: StatementWords) -> str | None:
    """The body an unnamed voice speaks for ("a senior police spokesman" -> "police", "the army's officers"
    -> "army", "embassy press officer" -> "embassy"): a body noun of the language's list right before a voice
    noun (or before "press"); None otherwise, and for two parties' joint words ("survivors and police
    officials")."""
    ws = [w.casefold() for t in name.split() for w in WORD.findall(words.possessive.sub("", t))]
    if len(ws) < 2 or ws[-1] not in words.voice_nouns or any(w in words.joint_words for w in ws):
        return None
    before = ws[-3] if ws[-2] == "press" and len(ws) > 2 else ws[-2]
    return before if before in words.voiced_bodies else None
