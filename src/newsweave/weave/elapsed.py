"""Time elapsed in a happening still going on: "the 17-day-old crackdown" on one day and "the three-week
crackdown" four days later, or "a second day of cross-examination" and "his third day cross-examining" the
next day. Such a count moves on with the calendar, so reports that differ are the count going on (an
update), never a dispute.

Two reports are one count when they name the same happening (a shared content word of the words after the
count) and their counts put its first day on the same day: the publication day less the days elapsed, within
a day for counts of days and half a week for counts of weeks. That check is what makes the rule safe: two
counts of different happenings that share a word rarely also agree on the day they began. A length ("the
three-week crackdown", the language's length forms) counts only beside an elapsed form, since a length alone
may be planned ("a three-day visit"). Reports without a publication day are left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsweave.group.union_find import linked_groups
from newsweave.models import Citation, FigureReport, Update
from newsweave.text import iso_day
from newsweave.weave.progress import content_stems
from newsweave.weave.scope import report_time
from newsweave.weave.statements import Statement

# How far two reports' first days may lie apart and still be one count: a day for counts of days (a report
# written late in the evening, "the third day" counted from the first or the day after), half a week for
# counts of weeks ("three-week" is said from about two and a half weeks on). Set by the arithmetic of the
# forms, not tuned.
DAY_SLACK = 1
WEEK_SLACK = 4
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class _Mark:
    statement: Statement
    citation: Citation
    text: str  # the count as written ("17-day-old", "second day")
    value: int  # the count's own number
    day: date  # the report's publication day
    first_day: date  # the day the happening began, by this report
    slack: int
    things: frozenset[str]  # stems of the happening's name
    thing: tuple[tuple[str, frozenset[str]], ...]  # its words as written, each with its stems
    length: bool  # a length form, which counts only beside an elapsed form


def _number(text: str, s: Statement) -> int | None:
    digits = _DIGITS.match(text)
    if digits:
        return int(digits.group())
    return s.words.elapsed_numbers.get(text.casefold())


def _name(mark: _Mark, shared: frozenset[str]) -> str:
    """The happening's words in a report, to the last one every report of the count shares."""
    tokens = [t for t, _ in mark.thing]
    last = max((k for k, (_, stems) in enumerate(mark.thing) if stems & shared), default=len(tokens) - 1)
    return " ".join(tokens[: last + 1]).strip(",.;:")


def _marks(s: Statement) -> list[_Mark]:
    """The elapsed counts a dated statement gives, each figure once (the first form that reads it)."""
    day = iso_day(s.published)
    words = s.words
    if day is None or not words.elapsed_hint.search(s.text):
        return []
    out: list[_Mark] = []
    taken: set[int] = set()
    for pattern, ordinal, length in words.elapsed:
        for m in pattern.finditer(s.text):
            unit = words.elapsed_units.get(m.group("unit").casefold())
            n = _number(m.group("n"), s)
            if m.start("n") in taken or unit is None or not n:
                continue
            tokens = m.group("thing").split()
            stems = [content_stems(t, s) for t in tokens]  # "cross-examining": cross, examin
            content = next((t for t, st in zip(tokens, stems, strict=True) if st), None)
            if content is None or content.casefold().strip(",.;:") in words.elapsed_not_things:
                continue  # no happening named, or a time ("the third week of October", "... day on Monday")
            taken.add(m.start("n"))
            # The first day is day one ("the third day" is two days on); "the third week" is taken at its
            # middle, two and a half weeks on.
            days = (n - 1) * unit + (unit // 2 if unit > 1 else 0) if ordinal else n * unit
            start, end = m.span("count")
            out.append(_Mark(s, Citation(s.source, s.start + start, s.start + end), m.group("count"), n, day,
                             day - timedelta(days=days), DAY_SLACK if unit == 1 else WEEK_SLACK,
                             frozenset().union(*stems), tuple(zip(tokens, stems, strict=True)), length))
    return out


def _one_count(a: _Mark, b: _Mark) -> bool:
    return bool(a.things & b.things) and abs((a.first_day - b.first_day).days) <= a.slack + b.slack


def _update(group: Sequence[_Mark]) -> Update | None:
    if all(m.length for m in group) or not all(_one_count(a, b) for a, b in itertools.combinations(group, 2)):
        return None
    firsts: dict[str, _Mark] = {}
    for mark in sorted(group, key=lambda m: (report_time(m.statement), m.citation.start)):
        firsts.setdefault(mark.statement.source, mark)  # one report per source: its first count
    history = sorted(firsts.values(), key=lambda m: report_time(m.statement))
    steps: dict[date, _Mark] = {}
    for mark in history:  # the count moves only from day to day: one report a day
        steps.setdefault(mark.day, mark)
    shown = list(steps.values())
    elapsed = [m.day - m.first_day for m in shown]
    if len(shown) < 2 or len(set(elapsed)) < 2 or elapsed != sorted(elapsed):
        return None
    reports = tuple(FigureReport(m.text, float(m.value), float(m.value), float(m.value), m.statement.source,
                                 m.statement.published, m.citation) for m in shown)
    latest = shown[-1]
    shared = frozenset.intersection(*(m.things for m in shown))
    label = latest.statement.words.elapsed_label.format(_name(latest, shared))
    return Update(label, reports[-1], reports)


def elapsed_counts(statements: Sequence[Statement]) -> list[Update]:
    """Counts of the time a happening has gone on, across reports of different days."""
    marks = [m for s in statements for m in _marks(s)]
    return [u for group in linked_groups(marks, _one_count) if (u := _update(group)) is not None]
