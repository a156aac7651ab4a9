"""Running figures: a toll (or count of injured, missing, displaced) that later reports revise is shown as
its latest value with its history, never as a dispute.

Figures are grouped into one quantity when scope.same_quantity holds between them (same counted thing and
fate, same place and time frame) and their statements are about the same thing at all (relatedness from
the claim alignment). A group becomes an update when it has reports from at least two publication times
whose values differ, and every change between consecutive reports is a later revision (scope.revises);
a group whose order is unclear is left out rather than guessed.

A change that later reports undo (60 dead, then 67, then 60 again) was no revision: the odd report
contradicts the reports before it that the later ones confirm, and it leaves the history. Those pairs are
returned as contradictions.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.group.union_find import linked_groups
from newsweave.models import NumberMention, Update
from newsweave.weave.claims import Alignment
from newsweave.weave.corroborate import origin_key
from newsweave.weave.elapsed import elapsed_counts
from newsweave.weave.numbers import disjoint, value_range
from newsweave.weave.progress import count_progress, countdowns, vote_shares
from newsweave.weave.scope import (
    Order,
    first_per_source,
    is_toll_total,
    one_place,
    order,
    revises,
    rose_later,
    running_fate,
    same_outlet,
    same_quantity,
)
from newsweave.weave.stated_changes import Figure, stated_changes, with_priors
from newsweave.weave.statements import Statement

# Two reports of one running figure sit in statements about the same event; relatedness (alignment score
# before polarity/figure gating) of 0.15 keeps "killing 60 people" vs "the death toll rose to 67" together
# and leaves apart tolls of other disasters named in background paragraphs (tune half: < 0.1).
UPDATE_RELATED = 0.15
# A revision of a running figure moves it up, or down by a correction ("65 dead" -> "60"); a later figure
# under this share of the earlier one is another quantity told in a similar sentence (tune half: 3,197
# victims of a regime vs "several hundred" victims of one operation), so the group is left out.
MIN_DOWNWARD_RATIO = 0.5
# Odd takes (values that later takes undo) of one family from which its count is taken for one still being
# established rather than a steady figure with one odd report: the DUC 2003 tune half's injured of one fire
# went 162, 155, 173, 162 across one agency's takes (labelled revisions), while its dead went 60, 60, 67, 60
# (one odd take, labelled a contradiction).
FLUID_ODD_TAKES = 2


def _history(members: Sequence[tuple[Statement, NumberMention]]) -> list[tuple[Statement, NumberMention]]:
    """One report per source (its first figure), oldest first."""
    return first_per_source(members, lambda m: m)


def _plausible(earlier: NumberMention, later: NumberMention) -> bool:
    """A later figure that is a revision of the earlier, not a much smaller other quantity."""
    old, new = value_range(earlier), value_range(later)
    if old is None or new is None:
        return False
    return new[1] >= MIN_DOWNWARD_RATIO * old[0]


def _own_revision(earlier: Sequence[Figure], a: Figure, b: Figure) -> bool:
    """The outlet of the later report ``b`` had itself given a figure that agrees with ``a``: it revises
    its own count ("at least 12 dead" on Monday, "rose to 19" on Thursday), however soon after another
    outlet's ``a`` it came."""
    return any(same_outlet(e[0], b[0]) and e[0].index != b[0].index and not disjoint(e[1], a[1])
               and order(e[0], b[0]) is Order.A_FIRST for e in earlier)


@dataclass(frozen=True, slots=True)
class RunningFigures:
    updates: tuple[Update, ...]
    contradictions: tuple[tuple[Figure, Figure], ...]  # (odd report, an earlier report it contradicts)


def _outliers(history: Sequence[Figure]) -> tuple[list[Figure], list[tuple[Figure, Figure]]]:
    """History without reports that later ones undo, and those reports' contradictions."""
    kept: list[Figure] = []
    contradictions: list[tuple[Figure, Figure]] = []
    for k, entry in enumerate(history):
        if kept and disjoint(kept[-1][1], entry[1]):
            before = kept[-1]
            undone = any(not disjoint(later[1], before[1]) and disjoint(later[1], entry[1])
                         for later in history[k + 1 :])
            if undone:
                contradictions += [(entry, f) for f in kept if not disjoint(f[1], before[1])]
                continue
        kept.append(entry)
    return kept, contradictions


def _fluid(full: Sequence[Figure], kept: Sequence[Figure]) -> bool:
    """One family's takes that revise the count back and forth more than once (162 injured, then 155, then
    173, then 162 again) are still establishing it: each take revises the one before, and no odd value is a
    contradiction of a steady figure. A single odd take amid agreeing ones (60, 60, 67, 60) still is."""
    return len(full) - len(kept) >= FLUID_ODD_TAKES and len({s.family for s, _ in full}) == 1


def _party(s: Statement) -> str | None:
    """Who a figure is attributed to ("the union has said ..."), or None for the outlet's own voice."""
    if s.origins:
        return origin_key(s.origins[0])
    return "role:" + s.roles[0] if s.roles else None


def _closed(n: NumberMention) -> bool:
    r = value_range(n)
    return r is not None and r[1] != float("inf")


def _contested(members: Sequence[Figure]) -> set[str]:
    """Parties whose figure is a claim against another party's, not a step of the running count.

    Two parties disputing in one article ("the authority said 12 had died; the union has said dozens")
    are two series. The count follows the party whose figures other parties' closed figures confirm (the
    police's 12 confirms the authority's 12, nothing confirms "dozens"); on a tie neither is dropped."""
    parties = [_party(s) for s, _ in members]
    by_party: dict[str | None, list[NumberMention]] = {}
    for party, (_, n) in zip(parties, members, strict=True):
        by_party.setdefault(party, []).append(n)

    def support(p: str, rival: str) -> int:
        return sum(1 for q, (_, n) in zip(parties, members, strict=True) if q not in (p, rival) and _closed(n)
                   and any(not disjoint(n, m) for m in by_party[p]))

    out: set[str] = set()
    for (pa, (sa, na)), (pb, (sb, nb)) in itertools.combinations(zip(parties, members, strict=True), 2):
        if sa.source != sb.source or pa is None or pb is None or pa == pb or not disjoint(na, nb):
            continue
        backing_a, backing_b = support(pa, pb), support(pb, pa)
        if backing_a != backing_b:
            out.add(pa if backing_a < backing_b else pb)
    return out


def find_updates(statements: Sequence[Statement], alignment: Alignment,
                 countries: Mapping[str, str] | None = None) -> RunningFigures:
    """Running figures of one story (``countries``: place id -> country code, for scope.one_place)."""
    figures = [(s, n) for s in statements for n in s.numbers
               if running_fate(n, s) and n.span.end > n.span.start and s.published]
    rel = alignment.relatedness
    single_place = one_place(figures, countries)

    def one_figure(a: tuple[Statement, NumberMention], b: tuple[Statement, NumberMention]) -> bool:
        (sa, na), (sb, nb) = a, b
        # A death toll said to reach a figure, in a later take of the same family, is the running total of
        # the story's earlier tolls however differently its sentence is worded (tune half: "bringing the
        # death toll in the inferno to 62" scores 0.05 against the earlier "killed 60").
        toll_take = sa.family == sb.family and (is_toll_total(na, sa) or is_toll_total(nb, sb))
        if sa.index != sb.index and rel[sa.index, sb.index] < UPDATE_RELATED and not toll_take:
            return False
        return same_quantity(na, sa, nb, sb, single_place)

    groups = linked_groups(figures, one_figure)
    out: list[Update] = []
    contradictions: list[tuple[Figure, Figure]] = []
    for members in groups:
        contested = _contested(members)
        members = [(s, n) for s, n in members if _party(s) not in contested]
        full = _history(members)
        history, odd = _outliers(full)
        if _fluid(full, history):
            history, odd = full, []
        contradictions += odd
        if len(history) < 2:
            continue
        changed = [(k, a, b) for k, (a, b) in enumerate(itertools.pairwise(history)) if disjoint(a[1], b[1])]
        if not changed or not all((revises(a[0], b[0]) or _own_revision(history[: k + 1], a, b)
                                   or rose_later(a[0], a[1], b[0], b[1]))
                                  and _plausible(a[1], b[1]) for k, a, b in changed):
            continue
        reports = with_priors(history)
        latest_figure = history[-1][1]
        counts = latest_figure.counts or running_fate(latest_figure, history[-1][0]) or "figure"
        out.append(Update(counts, reports[-1], reports))
    # A change a report states of a figure no update holds (weave/stated_changes.py).
    out += stated_changes(statements, {r.citation for u in out for r in u.history}, single_place)
    # Running figures that are no casualty count: countdowns, counts in set forms and vote shares
    # (weave/progress.py), and the time a happening has gone on (weave/elapsed.py).
    out += countdowns(statements) + count_progress(statements) + vote_shares(statements)

    def by_first_report(updates: Sequence[Update]) -> list[Update]:
        return sorted(updates, key=lambda u: (u.history[0].source, u.history[0].citation.start))

    # How long something has gone on tells a reader least: it comes after the figures that move by news.
    ordered = tuple(by_first_report(out) + by_first_report(elapsed_counts(statements)))
    return RunningFigures(ordered, tuple(contradictions))
