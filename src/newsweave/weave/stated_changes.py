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

from newsweave.models import Citation, FigureReport, NumberMention, Update
from newsweave.weave.numbers import value_range
from newsweave.weave.scope import figure_report, running_fate
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
    r = value_range(n)
    return n.prior is not None and r is not None and not r[0] <= n.prior.value <= r[1]


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


def stated_changes(statements: Sequence[Statement], taken: Collection[Citation]) -> list[Update]:
    """An update for each running fate whose report states the value it changed from and that no update
    in ``taken`` (the citations of every update's history) holds; one per fate and pair of values, the
    first report's."""
    out: list[Update] = []
    seen: set[tuple[str, float, float | None, float | None]] = set()
    for s in statements:
        for n in s.numbers:
            fate = running_fate(n, s)
            prior = prior_report(s, n)
            if fate is None or prior is None or prior.value is None or not changed(n):
                continue
            if Citation(s.source, n.span.start, n.span.end) in taken:
                continue
            key = (fate, prior.value, n.low, n.high)
            if key in seen:
                continue
            seen.add(key)
            latest = figure_report(s, n)
            out.append(Update(n.counts or fate, latest, (prior, latest)))
    return out
