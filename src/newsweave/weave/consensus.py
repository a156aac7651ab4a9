"""A figure one origin gives against the figure several others agree on.

Reports of one event often repeat a fixed fact of it: the shots fired, a weapon's calibre, a fall's
height, the hours a jury sat. When several origin families give that quantity one value and a single
family gives another, in statements about the same thing, the lone figure contradicts the rest. Undated
reports are compared too: a fixed fact does not move with time, and the agreeing families stand in for the
report dates the pair detector needs (weave/conflicts.py). Running counts (tolls, arrests) are left to the
update and running-figure rules, since a lone higher count may be the latest one.

Strict by design: the story gives the quantity only two values (MAX_VALUES), the lone statement is related
to agreeing statements of at least ``CONSENSUS_FAMILIES`` other families, none of them gives the figure
after another person's name, and the lone statement does not itself give the agreed value ("32- and
64-bit versions" names two things). A part ("37 of the candidates"), a single thing, and half of a figure a
tokenizer spaced ("4, 051 yards") are no such count. The claim several families back keeps its standing;
the conflict is listed on both claims (conflicts.backed_claims).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.models import Citation, NumberMention
from newsweave.text import LETTER_WORD
from newsweave.weave.claims import Alignment
from newsweave.weave.measured import spaced_thousands
from newsweave.weave.numbers import describe, disjoint
from newsweave.weave.person_figures import Found, within_days
from newsweave.weave.roster import Roster
from newsweave.weave.scope import (
    event_days,
    figure_places,
    is_increment,
    is_toll_total,
    running_fate,
    same_years,
)
from newsweave.weave.statements import Statement

# Other families that must agree on the value the lone figure contradicts. ECB+ odd topics (dev), every
# gold story whole and in every judged half: at two, a half-story set one quarterback's completed passes
# against another's (neither surname a roster person there); at three, only the calibre conflict is left.
CONSENSUS_FAMILIES = 3
# Relatedness (the alignment's, before polarity and figure gating) between the lone statement and an
# agreeing one: they must be about the same thing, not merely in one story. ECB+ odd topics (dev), every
# gold story whole and halved: the calibre reports relate at 0.23-0.28; at 0.12 a rehab stay's 30 days and
# 90 days and two players' carries came in, at 0.3 nothing is found.
CONSENSUS_RELATED = 0.2
# A single thing ("one bullet", "a second victory") is no count reports set against each other.
MIN_COUNT = 2
# "37 of the candidates", "three of the seven bullets": a part of a total, not the total.
_PART = re.compile(r"\s+of\b", re.IGNORECASE)
# A quantity the story gives more values for is told of several things (each player's rebounds, each
# game's yards): only a story's two values, most families one and a single family the other, are one fact
# told two ways. ECB+ odd topics (dev), every gold story whole and halved: three values let a box score's
# yards and carries in; two leave one conflict, right by the figures labels (a revolver's calibre).
MAX_VALUES = 2
# Reports this many days apart or less tell one moment of the event (as conflicts.UPDATE_LAG_DAYS).
CONSENSUS_WINDOW_DAYS = 2


@dataclass(frozen=True, slots=True)
class _Figure:
    statement: Statement
    number: NumberMention
    value: tuple[float, float]
    owner: str | None  # roster id of the last person named before the figure in its statement (_owner)

    @property
    def citation(self) -> Citation:
        return Citation(self.statement.source, self.number.span.start, self.number.span.end)


def _head(n: NumberMention, s: Statement) -> str | None:
    """The counted thing's last word, singular and folded ("shots" -> "shot"), for a fixed count."""
    if (n.kind != "count" or not n.counts or n.value is None or n.low is None or n.high is None
            or n.span.end <= n.span.start):
        return None
    if running_fate(n, s) is not None or is_toll_total(n, s) or is_increment(n, s):
        return None
    start, end = n.span.start - s.start, n.span.end - s.start
    if n.value < MIN_COUNT or _PART.match(s.text, end) or spaced_thousands(s.text, start, end):
        return None
    found = LETTER_WORD.findall(n.counts.casefold().replace("'s", "s").replace("’s", "s"))
    if not found:
        return None
    head: str = found[-1]
    if head in s.words.generic_things or len(head) < 3:
        return None
    if head.endswith("ies"):
        return head[:-3] + "y"
    if head.endswith("s") and not head.endswith("ss"):
        return head[:-1]
    return head


def _comparable(a: _Figure, b: _Figure) -> bool:
    sa, sb = a.statement, b.statement
    if sa.family == sb.family or not within_days(sa, sb, CONSENSUS_WINDOW_DAYS):
        return False
    if a.owner and b.owner and a.owner != b.owner:
        return False  # "NAME, who completed 28 passes" / "OTHER completed his first 17 passes"
    pa, pb = figure_places(a.number, sa), figure_places(b.number, sb)
    if pa and pb and pa != pb:
        return False
    da, db = event_days(sa), event_days(sb)
    return not (da and db and da != db) and same_years(sa, sb)


def _owner(s: Statement, before: int, surnames: Sequence[tuple[re.Pattern[str], str]]) -> str | None:
    """The person named last before offset ``before`` of the statement's text, by a roster person's surname
    (news names a person in full once, then by surname: "Peyton NAME" then "NAME completed 17 passes")."""
    found = [(m.end(), person) for pattern, person in surnames
             for m in pattern.finditer(s.text, 0, max(before, 0))]
    return max(found)[1] if found else None


def _surnames(roster: Roster) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"\b{re.escape(e.name.split()[-1])}\b"), e.id)
            for e in roster.entities if e.type == "PERSON" and e.name.split()]


def consensus_conflicts(statements: Sequence[Statement], alignment: Alignment, roster: Roster) -> list[Found]:
    """(claim a, claim b, detail, figure a, figure b) for each lone figure set against each agreeing
    report of the value its quantity's other families give."""
    by_head: dict[str, list[tuple[Statement, NumberMention]]] = {}
    for s in statements:
        for n in s.numbers:
            head = _head(n, s)
            if head is not None:
                by_head.setdefault(head, []).append((s, n))
    rel = alignment.relatedness
    found: dict[tuple[str, str, str, str], Found] = {}
    surnames: list[tuple[re.Pattern[str], str]] | None = None  # read only once a quantity qualifies
    for reports in by_head.values():
        families: dict[tuple[float, float], set[str]] = {}
        for s, n in reports:
            families.setdefault((n.low or 0.0, n.high or 0.0), set()).add(s.family)
        if len(families) > MAX_VALUES:
            continue
        surnames = _surnames(roster) if surnames is None else surnames
        figures = [_Figure(s, n, (n.low or 0.0, n.high or 0.0), _owner(s, n.span.start - s.start, surnames))
                   for s, n in reports]
        for lone in figures:
            if len(families[lone.value]) != 1:
                continue
            related = [f for f in figures if f.value != lone.value and _comparable(lone, f)
                       and float(rel[lone.statement.index, f.statement.index]) >= CONSENSUS_RELATED]
            if len({f.statement.family for f in related}) < CONSENSUS_FAMILIES:
                continue
            agreed = related[0].value
            if not disjoint(lone.number, related[0].number) or any(
                    (n.low, n.high) == agreed for n in lone.statement.numbers):
                continue  # "32- and 64-bit versions" lists both values: two things, not a dispute
            ga = alignment.groups[alignment.group_of[lone.statement.index]].id
            for other in related:
                gb = alignment.groups[alignment.group_of[other.statement.index]].id
                if ga == gb:
                    continue
                sa, sb = sorted((lone.statement.source, other.statement.source))
                key = (min(ga, gb), max(ga, gb), sa, sb)
                said = describe(lone.number, lone.statement), describe(other.number, other.statement)
                found.setdefault(key, (ga, gb, f"{said[0]} vs {said[1]}", lone.citation, other.citation))
    return list(found.values())
