"""A named person's figures compared across origin families: where the age, win-loss record and children
detectors (weave/conflicts.py, weave/records.py, weave/children.py) look for them, and the pairing the
records and children share (ages need both reports dated: an age changes every year).

Each detector reads its own figure next to a roster PERSON's name and says when two of them differ. Two
reports of one person, from two families, in two claims, dated at most ``window_days`` apart (undated
reports of one story are taken as reports of its one event), then contradict each other: one conflict per
pair of reporting sources, so each contradicted take is cited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from newsweave.models import Citation
from newsweave.text import iso_day
from newsweave.weave.claims import Alignment
from newsweave.weave.roster import Roster
from newsweave.weave.statements import Statement


class PersonFigure(Protocol):
    @property
    def person(self) -> str: ...  # roster id

    @property
    def statement(self) -> Statement: ...

    @property
    def citation(self) -> Citation: ...  # the figure


F = TypeVar("F", bound=PersonFigure)
Found = tuple[str, str, str, Citation, Citation]  # claim a, claim b, detail, figure a, figure b
NameAt = tuple[Statement, str, int, int]  # a statement, a roster id, the name's offsets in its text


def person_mentions(statements: Sequence[Statement], roster: Roster) -> Iterator[NameAt]:
    """(statement, roster id, start, end) for each name of a roster PERSON inside a statement, its offsets
    relative to the statement's text: where the detectors read a figure beside the name."""
    persons = {e.id for e in roster.entities if e.type == "PERSON"}
    for s in statements:
        for start, end, eid in roster.spans.get(s.article_id, ()):
            if eid in persons and s.start <= start and end <= s.end:
                yield s, eid, start - s.start, end - s.start


def within_days(a: Statement, b: Statement, days: int) -> bool:
    """Published at most ``days`` apart, or either undated."""
    da, db = iso_day(a.published), iso_day(b.published)
    return da is None or db is None or abs((da - db).days) <= days


def person_conflicts(reports: Sequence[F], alignment: Alignment, window_days: int,
                     differ: Callable[[F, F], bool], detail: Callable[[F, F], str]) -> list[Found]:
    """The conflicts between reports of one person that ``differ``, described by ``detail``."""
    found: dict[tuple[str, str, str, str], Found] = {}
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if (a.person != b.person or a.statement.family == b.statement.family or not differ(a, b)
                    or not within_days(a.statement, b.statement, window_days)):
                continue
            ga = alignment.groups[alignment.group_of[a.statement.index]].id
            gb = alignment.groups[alignment.group_of[b.statement.index]].id
            if ga == gb:
                continue
            sa, sb = sorted((a.statement.source, b.statement.source))
            key = (min(ga, gb), max(ga, gb), sa, sb)
            found.setdefault(key, (ga, gb, detail(a, b), a.citation, b.citation))
    return list(found.values())
