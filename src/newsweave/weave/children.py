"""A parent's number of children: two origin families that give one named person different numbers of
children contradict each other.

News copy describes a person by their children in the forms it gives ages in: "Name, 34, a mother of 12,"
and "mother of 13 Name" (the statement's language's ``children_after_name`` / ``children_before_name``).
Unlike a toll, the number does not run: a birth between two reports of one story would be news of its own,
so reports of one story that give different numbers cannot both be right. Found on the ECB+ odd check
topics: one outlet called a shooting victim a mother of 13 where every other outlet said 12. Reports more
than CHILDREN_WINDOW_DAYS apart are left alone (a story told again a year on), and undated reports of one
story are taken as reports of its one event, as win-loss records are (weave/records.py). Within one family a
later take revises the earlier one, as with any figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Citation
from newsweave.text import iso_day
from newsweave.weave.claims import Alignment
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
    persons = {e.id for e in roster.entities if e.type == "PERSON"}
    out: list[ChildrenReport] = []
    for s in statements:
        for start, end, eid in roster.spans.get(s.article_id, ()):
            if eid not in persons or not (s.start <= start and end <= s.end):
                continue
            rel_start, rel_end = start - s.start, end - s.start
            m = (s.words.children_after_name.match(s.text, rel_end)
                 or s.words.children_before_name.search(s.text, max(0, rel_start - BEFORE_NAME_REACH),
                                                        rel_start))
            if m is None or (n := _count(m.group(1), s)) is None:
                continue
            cite = Citation(s.source, s.start + m.start(1), s.start + m.end(1))
            out.append(ChildrenReport(eid, n, s, cite))
    return tuple(out)


def _same_moment(a: Statement, b: Statement) -> bool:
    da, db = iso_day(a.published), iso_day(b.published)
    return da is None or db is None or abs((da - db).days) <= CHILDREN_WINDOW_DAYS


def children_conflicts(reports: Sequence[ChildrenReport], alignment: Alignment,
                       names: Mapping[str, str]) -> list[tuple[str, str, str, Citation, Citation]]:
    """(claim a, claim b, detail, count a, count b) for each pair of reporting sources whose statements, in
    two claims, give one person different numbers of children (each contradicted take is cited)."""
    found: dict[tuple[str, str, str, str], tuple[str, str, str, Citation, Citation]] = {}
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if (a.person != b.person or a.children == b.children or a.statement.family == b.statement.family
                    or not _same_moment(a.statement, b.statement)):
                continue
            ga = alignment.groups[alignment.group_of[a.statement.index]].id
            gb = alignment.groups[alignment.group_of[b.statement.index]].id
            if ga == gb:
                continue
            detail = f"{names.get(a.person, 'a person')}'s children {a.children} vs {b.children}"
            sa, sb = sorted((a.statement.source, b.statement.source))
            found.setdefault((min(ga, gb), max(ga, gb), sa, sb), (ga, gb, detail, a.citation, b.citation))
    return list(found.values())
