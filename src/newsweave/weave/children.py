"""A parent's number of children: two origin families that give one named person different numbers of
children contradict each other.

News copy describes a person by their children in the forms it gives ages in: "Name, 34, a mother of 12,"
and "mother of 13 Name" (the statement's language's ``children_after_name`` / ``children_before_name``).
Unlike a toll, the number does not run: a birth between two reports of one story would be news of its own,
so reports of one story that give different numbers cannot both be right. Found on the ECB+ odd check
topics: one outlet called a shooting victim a mother of 13 where every other outlet said 12. Reports more
than CHILDREN_WINDOW_DAYS apart are left alone (a story told again a year on), and undated reports of one
story are taken as reports of its one event, as win-loss records are (weave/person_figures.py). Within one
family a later take revises the earlier one, as with any figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Citation
from newsweave.weave.claims import Alignment
from newsweave.weave.person_figures import Found, person_conflicts, person_mentions
from newsweave.weave.roster import Roster
from newsweave.weave.statements import Statement

# Reports this many days apart or less give a person's children at one moment (the same month as ages:
# conflicts.AGE_WINDOW_DAYS).
CHILDREN_WINDOW_DAYS = 31
# How far before a name the "mother of 13" form is looked for (its longest spelling, with a spaced hyphen).
BEFORE_NAME_REACH = 40


@dataclass(frozen=True, slots=True)
class ChildrenReport:
    person: str  # roster id
    children: int
    statement: Statement
    citation: Citation  # the count


def _count(word: str, s: Statement) -> int | None:
    return int(word) if word.isdigit() else s.words.child_count_words.get(word.casefold())


def find_children(statements: Sequence[Statement], roster: Roster) -> tuple[ChildrenReport, ...]:
    out: list[ChildrenReport] = []
    for s, eid, start, end in person_mentions(statements, roster):
        m = (s.words.children_after_name.match(s.text, end)
             or s.words.children_before_name.search(s.text, max(0, start - BEFORE_NAME_REACH), start))
        if m is None or (n := _count(m.group(1), s)) is None:
            continue
        out.append(ChildrenReport(eid, n, s, Citation(s.source, s.start + m.start(1), s.start + m.end(1))))
    return tuple(out)


def children_conflicts(reports: Sequence[ChildrenReport], alignment: Alignment,
                       names: Mapping[str, str]) -> list[Found]:
    """(claim a, claim b, detail, count a, count b) for each pair of reporting sources whose statements, in
    two claims, give one person different numbers of children (each contradicted take is cited)."""
    return person_conflicts(
        reports, alignment, CHILDREN_WINDOW_DAYS, lambda a, b: a.children != b.children,
        lambda a, b: f"{names.get(a.person, 'a person')}'s children {a.children} vs {b.children}")
