"""Ages of named people: wire copy gives them in apposition ("Qin Yongmin, 44, was arrested"), and outlets
often disagree on them. Two origin families that give one person different ages within ``AGE_WINDOW_DAYS``
of each other contradict each other: nothing in a report explains an age that changes between two outlets'
stories of the same week. Within one family a later take revises the earlier one, as with any figure.

An age is read only in the two wire forms whose person is unambiguous: "Name, 44," and "a 44-year-old Name"
(up to two words between, "44-year-old dissident Wang"), where the name is a roster PERSON.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Citation
from newsweave.text import iso_day
from newsweave.weave.claims import Alignment
from newsweave.weave.conflicts import Conflict
from newsweave.weave.roster import Roster
from newsweave.weave.statements import Statement

# Reports this many days apart or less give a person's age at one moment (an age rises once a year; the DUC
# 2003 tune cluster d31050t has the same two dissidents' ages disagree across outlets 1-15 days apart).
AGE_WINDOW_DAYS = 31
MIN_AGE, MAX_AGE = 1, 120

_AFTER_NAME = re.compile(r",\s+(?:aged\s+)?(\d{1,3}),")
_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class AgeReport:
    person: str  # roster id
    age: int
    statement: Statement
    citation: Citation  # the figure


def find_ages(statements: Sequence[Statement], roster: Roster) -> tuple[AgeReport, ...]:
    persons = {e.id for e in roster.entities if e.type == "PERSON"}
    out: list[AgeReport] = []
    for s in statements:
        for start, end, eid in roster.spans.get(s.article_id, ()):
            if eid not in persons or not (s.start <= start and end <= s.end):
                continue
            rel_start, rel_end = start - s.start, end - s.start
            after = _AFTER_NAME.match(s.text, rel_end)
            before = _BEFORE_NAME.search(s.text, 0, rel_start)
            m = after or before
            if m is None or not MIN_AGE <= int(m.group(1)) <= MAX_AGE:
                continue
            out.append(AgeReport(eid, int(m.group(1)), s,
                                 Citation(s.source, s.start + m.start(1), s.start + m.end(1))))
    return tuple(out)


def age_conflicts(
    ages: Sequence[AgeReport], alignment: Alignment, names: Mapping[str, str]
) -> tuple[Conflict, ...]:
    """One conflict per pair of claims whose statements give one person different ages."""
    found: dict[tuple[str, str], Conflict] = {}
    for i, a in enumerate(ages):
        for b in ages[i + 1 :]:
            if a.person != b.person or a.age == b.age or a.statement.family == b.statement.family:
                continue
            da, db = iso_day(a.statement.published), iso_day(b.statement.published)
            if da is None or db is None or abs((da - db).days) > AGE_WINDOW_DAYS:
                continue
            ga = alignment.groups[alignment.group_of[a.statement.index]].id
            gb = alignment.groups[alignment.group_of[b.statement.index]].id
            if ga == gb:
                continue
            name = names.get(a.person, "a person")
            detail = f"{name} aged {a.age} vs {b.age}"
            conflict = Conflict(ga, gb, "number", detail, a.citation, b.citation)
            found.setdefault((min(ga, gb), max(ga, gb)), conflict)
    return tuple(found.values())
