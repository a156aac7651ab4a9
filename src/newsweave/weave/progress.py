"""Running figures that are no casualty toll: a countdown of days to one moment, counts told in set forms
that move as work goes on (the share of votes counted, the dead identified so far, pieces of work completed,
patients in intensive care), and a candidate's share at further stages of a vote count. They change from
report to report by their nature, so two reports that differ are the figure moving on, never a dispute.
Every rule is strict: anything unclear (two groups, an unclear order, a count that falls where it can only
rise) is left out.

- Countdown: "with five days until the money runs out" on Monday and "with four days until the financing
  runs out" on Tuesday count down to one day. Two reports are one countdown when the day they count down to
  (publication day + the days left) is the same and what they count down to shares a content word.
- Counts in set forms (the language's ``progress`` forms): "with 22 percent of the vote counted", later
  "with 56 percent of the votes counted". A story's reports of one form are one running figure when they are
  told of one place, within PROGRESS_WINDOW_DAYS, in a clear order; a count that only rises never falls, and
  any other changes only in a later report (scope.revises).
- Vote shares: "With 22 percent of the vote counted, X appeared to have won 51 percent", later "With 69.5
  percent of the votes counted, X continued to lead with 52.4 percent": one candidate's shares, each told
  with the count's progress, at stages that rise.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta

from newsweave.group.union_find import linked_groups
from newsweave.lang.en.stems import stem
from newsweave.models import NumberMention, Update
from newsweave.text import LETTER_WORD, iso_day
from newsweave.weave.scope import (
    Order,
    figure_places,
    figure_report,
    first_per_source,
    order,
    report_time,
    revises,
)
from newsweave.weave.statements import Statement

# A vote count is reported over a few days (DUC 2003 tune half: an election's count was reported over
# three days, 22 -> 56 -> 69.5 percent); counts further apart are another count (a runoff weeks later).
PROGRESS_WINDOW_DAYS = 7
# Shortest word of what a countdown counts down to that can tie two countdowns ("money", "runs"), or of a
# happening's name that ties two elapsed counts (weave/elapsed.py: "strike", "talks"); shorter words are
# function words. Set by example, not tuned.
MIN_TARGET_WORD = 4
# The leading figure of a matched phrase, left out of the label the update is shown with.
_LEADING_FIGURE = re.compile(r"^[\w.,-]+\s*")

Mark = tuple[Statement, NumberMention, str]  # statement, figure, what it counts (the update's label)


def _update(history: Sequence[Mark]) -> Update:
    reports = tuple(figure_report(s, n) for s, n, _ in history)
    return Update(history[-1][2], reports[-1], reports)


def _first_per_source(marks: Sequence[Mark]) -> list[Mark]:
    """One report per source (its first figure), oldest first."""
    return first_per_source(marks, lambda m: (m[0], m[1]))


def _value(n: NumberMention) -> float | None:
    """A figure's value, or its floor ("at least 57")."""
    return n.value if n.value is not None else n.low


def _whole_days(n: NumberMention) -> int | None:
    if n.value is None or n.approximate or (n.low is not None and n.low != n.high) or n.value != int(n.value):
        return None
    return int(n.value) if n.value > 0 else None


def content_stems(phrase: str, s: Statement) -> frozenset[str]:
    """Stems of the phrase's content words (MIN_TARGET_WORD letters or more, no function word): what ties
    two reports of one running count ("the port lease runs out" / "the lease on the port")."""
    return frozenset(stem(w) for w in LETTER_WORD.findall(phrase.casefold())
                     if len(w) >= MIN_TARGET_WORD and w not in s.words.function_words)


def countdowns(statements: Sequence[Statement]) -> list[Update]:
    """Countdowns of days to one moment told by reports of different days."""
    marks: list[tuple[Mark, date, frozenset[str]]] = []
    for s in statements:
        day = iso_day(s.published)
        if day is None:
            continue
        for n in s.numbers:
            m = s.words.countdown.match(s.text, max(n.span.start - s.start, 0))
            days = _whole_days(n)
            if m is None or days is None or n.span.end <= n.span.start:
                continue
            words = content_stems(m.group(1), s)
            if words:
                label = _LEADING_FIGURE.sub("", m.group(0)).strip()
                marks.append(((s, n, label), day + timedelta(days=days), words))
    out: list[Update] = []
    for group in linked_groups(marks, lambda a, b: a[1] == b[1] and bool(a[2] & b[2])):
        history = _first_per_source([mark for mark, _, _ in group])
        # The same day left on one day is one report; the countdown moves only from day to day.
        steps: dict[date | None, Mark] = {}
        for mark in history:
            steps.setdefault(iso_day(mark[0].published), mark)
        if len(steps) >= 2:
            out.append(_update(list(steps.values())))
    return out


def _progress_kind(n: NumberMention, s: Statement) -> tuple[str, bool] | None:
    """(what it counts, whether it only rises) of a figure told in one of the language's ``progress`` forms;
    a share must be a percentage."""
    at = max(n.span.start - s.start, 0)
    value = _value(n)
    if value is None or value <= 0 or n.span.end <= n.span.start or (n.kind == "percent" and value > 100):
        return None
    for label, rises, before, after in s.words.progress:
        if after.match(s.text, at) and before.search(s.text, 0, at):
            return label, rises
    return None


def _progress_marks(statements: Sequence[Statement]) -> dict[tuple[str, bool], list[Mark]]:
    """Figures of running counts in set forms, by what they count and whether it only rises."""
    out: dict[tuple[str, bool], list[Mark]] = {}
    for s in statements:
        for n in s.numbers:
            if s.published and (kind := _progress_kind(n, s)) is not None:
                out.setdefault(kind, []).append((s, n, kind[0]))
    return out


def count_progress(statements: Sequence[Statement]) -> list[Update]:
    """Each running count in a set form (a vote count's progress, the dead identified so far, patients in
    intensive care) across a story's reports, when it is one count: told of one place, within
    PROGRESS_WINDOW_DAYS, in a clear order; a count that only rises never falls, and any other changes only
    in a later report (scope.revises)."""
    return [u for (_, rises), marks in _progress_marks(statements).items()
            if (u := _running(marks, rises)) is not None]


def _running(marks: Sequence[Mark], rises: bool) -> Update | None:
    history = _first_per_source(marks)
    if len({_value(n) for _, n, _ in history}) < 2:
        return None
    places = {figure_places(n, s) for s, n, _ in history} - {frozenset()}
    days = [d for s, _, _ in history if (d := iso_day(s.published)) is not None]
    if len(places) > 1 or len(days) != len(history) or (max(days) - min(days)).days > PROGRESS_WINDOW_DAYS:
        return None
    for (sa, na, _), (sb, nb, _) in itertools.pairwise(history):
        old, new = _value(na) or 0, _value(nb) or 0
        if rises and old > new:
            return None  # a count that falls is no single count's progress
        if not rises and old != new and not revises(sa, sb):
            return None
        if old != new and order(sa, sb) is not Order.A_FIRST:
            return None  # two figures of one day with no time between them: order unclear
    return _update(history)


def _share(s: Statement) -> tuple[NumberMention, float, frozenset[str]] | None:
    """(the doer's share, the count's progress, the doer's name words) of a statement that tells a vote
    count's progress and one person's share ("With 22 percent of the vote counted, X appeared to have won
    51 percent, compared with 34 percent for his rival"), or None when anything is ambiguous: not exactly
    one progress figure, one person doer, or one share not said to be another's."""
    progress = [n for n in s.numbers
                if (form := _progress_kind(n, s)) is not None and form[0] == s.words.votes_counted]
    doers = {name for _, kind, name in s.agents if kind == "PERSON"}
    if len(progress) != 1 or len(doers) != 1 or progress[0].value is None:
        return None
    shares = [n for n in s.numbers
              if n is not progress[0] and n.value is not None and n.span.end > n.span.start
              and s.words.share.match(s.text, max(n.span.start - s.start, 0))
              and not s.words.share_for_other.match(s.text, n.span.end - s.start)]
    if len(shares) != 1:
        return None
    return shares[0], progress[0].value, frozenset(LETTER_WORD.findall(next(iter(doers)).casefold()))


def vote_shares(statements: Sequence[Statement]) -> list[Update]:
    """A candidate's share of the vote at further stages of the count, across reports: told with a count
    that has gone further, a different share is the count going on, whichever way it moved. One candidate's
    reports share a name word ("Fernando Henrique" / "Fernando Henrique Cardoso"); each step's progress
    must rise, within PROGRESS_WINDOW_DAYS."""
    marks = [(s, found) for s in statements if s.published and s.words.votes_counted
             and (found := _share(s)) is not None]
    out: list[Update] = []
    for members in linked_groups(marks, lambda a, b: bool(a[1][2] & b[1][2])):
        progress = {s.index: found[1] for s, found in members}
        history = _first_per_source([(s, found[0], s.words.vote_share) for s, found in members])
        days = [d for s, _, _ in history if (d := iso_day(s.published)) is not None]
        if (len({n.value for _, n, _ in history}) < 2 or len(days) != len(history)
                or (max(days) - min(days)).days > PROGRESS_WINDOW_DAYS):
            continue
        if all(progress[a.index] < progress[b.index] and report_time(a)[0] < report_time(b)[0]
               for (a, _, _), (b, _, _) in itertools.pairwise(history)):
            out.append(_update(history))
    return out
