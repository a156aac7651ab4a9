"""Win-loss records of named people: two origin families that give one person's record so that no single
bout explains the difference contradict each other.

Sports copy gives a fighter's or player's record in apposition: "Name (52-3, 46 KOs)", "Name, 43-1, 33
KOs,". Reports of one event differ legitimately by one result: a preview gives the record before the
bout, the report after it (52-3, then 53-3). Two records of one person that are not one result apart
(43-1 vs 45-1: two bouts, or the same number of bouts split differently) cannot both be the record at the
time of this story's event. Calibrated on the ECB+ odd tune topics: in one title fight's reports one
outlet gave the undercard's former champion 45-1 where two gave 43-1 (a contradiction), and one gave the
champion 53-3 where six gave 52-3 (one result apart: left alone, as a preview-vs-report difference would
be). An age is no record; the record is read from its digit forms. A name after the definite article (the
language's ``team_article``: "the Tar Heels (10-0)") is a team's, whose record moves by several games a
week, so its records are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Citation
from newsweave.weave.claims import Alignment
from newsweave.weave.person_figures import Found, person_conflicts, person_mentions
from newsweave.weave.roster import Roster
from newsweave.weave.statements import Statement

# "Name (52-3", "Name, 43-1,", "Name (45 - 7 - 2": the record right after the name, wins first; draws when
# given. A figure after the last part ("52-3-1-4") or a unit ("10-12 years") is no record, nor is the first
# of a list of set scores ("beat Name, 6-4, 6-3").
RECORD_AFTER_NAME = re.compile(
    r"\s*[(,]\s*(\d{1,3})\s*[-\u2013]\s*(\d{1,3})(?:\s*[-\u2013]\s*(\d{1,3}))?(?=\s*[,)])"
    r"(?!\s*,\s*\d{1,3}\s*[-\u2013]\s*\d)")
# Reports this many days apart or less give a record at one moment (a fighter's next bout is weeks away);
# undated reports of one story are taken as reports of its one event.
RECORD_WINDOW_DAYS = 31
# One bout adds exactly one result: a win, a loss or a draw.
ONE_BOUT = 1


@dataclass(frozen=True, slots=True)
class RecordReport:
    person: str  # roster id
    wins: int
    losses: int
    draws: int | None  # None when the report gives no draws
    statement: Statement
    citation: Citation  # the record's digits

    @property
    def text(self) -> str:
        return f"{self.wins}-{self.losses}" + (f"-{self.draws}" if self.draws is not None else "")


def find_records(statements: Sequence[Statement], roster: Roster) -> tuple[RecordReport, ...]:
    out: list[RecordReport] = []
    for s, eid, start, end in person_mentions(statements, roster):
        m = RECORD_AFTER_NAME.match(s.text, end)
        if m is None or s.words.team_article.search(s.text, max(0, start - 8), start):
            continue
        draws = int(m.group(3)) if m.group(3) else None
        cite = Citation(s.source, s.start + m.start(1), s.start + m.end(m.lastindex or 2))
        out.append(RecordReport(eid, int(m.group(1)), int(m.group(2)), draws, s, cite))
    return tuple(out)


def one_bout_apart(a: RecordReport, b: RecordReport) -> bool:
    """Equal, or the larger record is the smaller plus one result (draws compared only when both give
    them)."""
    pa = [a.wins, a.losses] + ([a.draws] if a.draws is not None and b.draws is not None else [])
    pb = [b.wins, b.losses] + ([b.draws] if a.draws is not None and b.draws is not None else [])
    diffs = [y - x for x, y in zip(pa, pb, strict=True)]
    if not any(diffs):
        return True
    if sum(diffs) < 0:
        diffs = [-d for d in diffs]
    return sum(diffs) == ONE_BOUT and all(d >= 0 for d in diffs)


def record_conflicts(records: Sequence[RecordReport], alignment: Alignment,
                     names: Mapping[str, str]) -> list[Found]:
    """(claim a, claim b, detail, figure a, figure b) for each pair of reporting sources whose statements,
    in two claims, give one person records no single bout explains (each contradicted take is cited)."""
    return person_conflicts(
        records, alignment, RECORD_WINDOW_DAYS, lambda a, b: not one_bout_apart(a, b),
        lambda a, b: f"{names.get(a.person, 'a person')}'s record {a.text} vs {b.text}")
