"""Changes a report states itself: "the coastguard raised the death toll from 12 to 19" gives the running
figure's history in one sentence (analyze/numbers.py reads the 12 as the figure's ``prior``).

The earlier value joins the history of the running figure the report belongs to (weave/updates.py), just
before the report, unless the report before it already gave that value. A stated change of a running fate
that no update holds (an undated report, or the only report of the figure) is an update of its own: the
value it changed from, then the value it changed to, both cited in the one sentence. Either way a number
conflict between a report of the earlier value and the changed figure is the count moving, not a dispute
(conflicts.explained reads the update's history).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from newsweave.models import Citation, FigureReport, NumberMention, Update
from newsweave.weave.numbers import value_range
from newsweave.weave.scope import figure_report, first_per_source, report_time, running_fate, same_quantity
from newsweave.weave.statements import Statement

Figure = tuple[Statement, NumberMention]


def prior_report(s: Statement, n: NumberMention) -> FigureReport | None:
    """The value the figure changed from, as a report of the same source at the same time."""
    p = n.prior
    if p is None:
        return None
    return FigureReport(p.text, p.value, p.value, p.value, s.source, s.published,
                        Citation(s.source, p.span.start, p.span.end))


def changed(n: NumberMention) -> bool:
    """The figure states a value it changed from that lies outside what it now asserts."""
    return n.prior is not None and value_range(n) is not None and not _gives(n, n.prior.value)


def with_priors(history: Sequence[Figure]) -> tuple[FigureReport, ...]:
    """The reports of a running figure, oldest first, each changed figure preceded by its earlier value
    where the report before it gave another value (or none came before)."""
    out: list[FigureReport] = []
    for s, n in history:
        prior = prior_report(s, n) if changed(n) else None
        if prior is not None and (not out or out[-1].value != prior.value):
            out.append(prior)
        out.append(figure_report(s, n))
    return tuple(out)


def stated_changes(statements: Sequence[Statement], taken: Collection[Citation],
                   single_place: bool = True) -> list[Update]:
    """An update for each running fate whose report states the value it changed from and that no update
    in ``taken`` (the citations of every update's history) holds; one per fate and pair of values, the
    first report's. Other reports of the same quantity (``single_place`` as for scope.same_quantity) that
    give the earlier value, and came no later, open its history: they told the count before it moved."""
    figures = [(s, n) for s in statements for n in s.numbers if running_fate(n, s)]
    out: list[Update] = []
    seen: set[tuple[str, float, float | None, float | None]] = set()
    for s, n in figures:
        prior = prior_report(s, n)
        if prior is None or prior.value is None or not changed(n) or _cited(s, n) in taken:
            continue
        key = (running_fate(n, s) or "", prior.value, n.low, n.high)
        if key in seen:
            continue
        seen.add(key)
        before = [figure_report(e, m) for e, m in first_per_source(
            [(e, m) for e, m in figures if e.source != s.source and _cited(e, m) not in taken
             and _gives(m, prior.value) and not _later(e, s)
             and same_quantity(m, e, n, s, single_place)], lambda f: f)]
        latest = figure_report(s, n)
        out.append(Update(n.counts or key[0], latest, (*before, prior, latest)))
    return out


def _cited(s: Statement, n: NumberMention) -> Citation:
    return Citation(s.source, n.span.start, n.span.end)


def _later(a: Statement, b: Statement) -> bool:
    """Both reports are dated and ``a`` came after ``b``."""
    ta, tb = report_time(a)[0], report_time(b)[0]
    return ta != datetime.max and tb != datetime.max and ta > tb


def _gives(n: NumberMention, value: float) -> bool:
    r = value_range(n)
    return r is not None and r[0] <= value <= r[1]
