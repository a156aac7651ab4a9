"""Details only one origin gives: the figures and ranks in a corroborated claim's wording that no other
agreeing origin's report writes.

A claim is corroborated when two independent origins state it, and it reads as one of their sentences
(claims.agreed_wording). That sentence can carry a detail only its own report gives: "Hansbrough finished
with 20 points and now has 2,302 for his career" beside another outlet's "finished with 20 points". The
judges of the ECB+ dev set call such a claim right when its main fact agrees (round 48: 30 of 34 such
claims), so the status stands; the briefing names the detail instead, so a reader sees which part of the
claim rests on one origin.

A detail counts as backed when any report of another origin that states the claim writes the same figure
or rank anywhere, not only in its aligned sentence: the note is given only where those reports are silent
on it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence

from newsweave.lang import StatementWords, statement_words
from newsweave.models import Annotations, Article, Citation, Claim, NumberMention
from newsweave.weave.claims import ClaimGroup
from newsweave.weave.corroborate import figures, origin_roots
from newsweave.weave.statements import Statement

# What a detail is, for comparing reports: a figure's value or a rank.
Detail = tuple[str, float]

# A figure beside a colon is a time of day or a score ("3:33 a.m.", "24:10"), which a report writes in many
# ways ("3.33am", "shortly after 3:30"): not a detail this compares.
_BESIDE_COLON = re.compile(r":\s*$|^\s*:")


def ranks(text: str, words: StatementWords) -> Iterable[tuple[Detail, int, int]]:
    """The ranks a text writes ("19th", "fifth"), with their offsets in it."""
    for m in words.ordinal.finditer(text):
        if m.group("digits"):
            yield ("rank", float(m.group("digits"))), m.start(), m.end()
        elif (value := words.ordinal_words.get(m.group("word").casefold())) is not None:
            yield ("rank", float(value)), m.start(), m.end()


def written_details(text: str, numbers: Sequence[NumberMention], words: StatementWords) -> frozenset[Detail]:
    """Every figure and rank a report writes: its numbers' values and bounds, the figures in digits
    (corroborate.figures) and its ranks."""
    out: set[Detail] = {("figure", float(v)) for n in numbers for v in (n.value, n.low, n.high)
                        if v is not None}
    out |= {("figure", v) for v in figures(text, words)}
    out |= {detail for detail, _, _ in ranks(text, words)}
    return frozenset(out)


def stated_details(s: Statement) -> list[tuple[Detail, int, int]]:
    """The figures and ranks a statement gives, with their offsets in its article: its numbers with a value
    (not a time of day or a score) and its ranks."""
    out: list[tuple[Detail, int, int]] = []
    for n in s.numbers:
        lo, hi = n.span.start - s.start, n.span.end - s.start
        beside_colon = bool(_BESIDE_COLON.search(s.text[max(0, lo - 2):lo])
                            or _BESIDE_COLON.search(s.text[hi:hi + 2]))
        if n.value is None or hi <= lo or beside_colon:
            continue
        out.append((("figure", float(n.value)), n.span.start, n.span.end))
    taken = [(a, b) for _, a, b in out]
    for detail, lo, hi in ranks(s.text, s.words):
        start, end = s.start + lo, s.start + hi
        if not any(a < end and start < b for a, b in taken):
            out.append((detail, start, end))
    return sorted(out, key=lambda d: d[1])


def lone_details(text: str, members: Sequence[Statement],
                 written: Mapping[str, frozenset[Detail]]) -> tuple[Citation, ...]:
    """The details of the claim's wording ``text`` (one of its ``members``' sentences) that no report of
    another origin among the members writes (``written``: article id -> written_details), cited in the
    wording's own source; none when the wording is no member's."""
    roots = origin_roots(members)
    shown = next((k for k, m in enumerate(members) if m.text == text), None)
    if shown is None:
        return ()
    others = {m.article_id for m, root in zip(members, roots, strict=True) if root != roots[shown]}
    if not others:
        return ()
    backed = frozenset().union(*(written.get(a, frozenset()) for a in others))
    member = members[shown]
    return tuple(Citation(member.source, start, end) for detail, start, end in stated_details(member)
                 if detail not in backed)


def written_by_article(articles: Sequence[Article],
                       annotations: Sequence[Annotations]) -> dict[str, frozenset[Detail]]:
    """Article id -> the details it writes (written_details), for the articles given."""
    texts = {a.id: (a.text, a.language) for a in articles}
    return {ann.article_id: written_details(texts[ann.article_id][0], ann.numbers,
                                            statement_words(texts[ann.article_id][1]))
            for ann in annotations if ann.article_id in texts}


def with_lone_details(claim: Claim, group: ClaimGroup, written: Mapping[str, frozenset[Detail]]) -> Claim:
    """The claim, naming the details of its wording only one origin gives when it is corroborated: any
    report of another origin that states the claim (agreeing or not) backs a detail it writes."""
    if claim.status != "corroborated":
        return claim
    found = lone_details(claim.text, group.members, written)
    return dataclasses.replace(claim, lone_details=found) if found else claim
