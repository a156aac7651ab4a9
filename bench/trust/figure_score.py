"""Scoring a woven briefing against hand-labelled figures, shared by the figure sets that are not DUC
(ECB+ gold stories: bench/trust/ecbplus_figures.py; MultiLing topics: bench/trust/multiling_figures.py).

Labels use the DUC trust schema's figures part; each phrase is placed at its own relative position in the
text the briefing cites, and the DUC scorer's own functions judge the number conflicts, the updates and the
"every differing figure" baseline, so a figure means the same on every set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bench.trust.briefs import BriefView
from bench.trust.labels import ClusterLabels
from bench.trust.score import Placed, Tally, every_differing_figure, place, score_conflicts, score_updates


@dataclass(slots=True)
class FigureScore:
    """Number conflicts, updates and the every-differing-figure baseline, summed over topics."""

    topics: list[str] = field(default_factory=list)
    conflicts: Tally = field(default_factory=Tally)
    conflicts_baseline: Tally = field(default_factory=Tally)
    updates: Tally = field(default_factory=Tally)
    missing_phrases: int = 0

    def add(self, other: FigureScore) -> None:
        self.topics += other.topics
        self.conflicts.add(other.conflicts)
        self.conflicts_baseline.add(other.conflicts_baseline)
        self.updates.add(other.updates)
        self.missing_phrases += other.missing_phrases


def placed_by_offset(labels: ClusterLabels, texts: Mapping[str, str]) -> Placed:
    """The labels' phrases as spans of ``texts``, each looked for near its offset's relative position."""
    def relative(doc: str, offset: int) -> float:
        return offset / max(len(texts.get(doc, "")), 1)

    return place(labels, texts, relative, {})


def score_figures(topic: str, labels: ClusterLabels, brief: BriefView) -> FigureScore:
    """One topic's figure score: the briefing's number conflicts and updates, and the baseline's."""
    placed = placed_by_offset(labels, brief.texts)
    number_conflicts = [k.candidates for k in brief.conflicts if k.kind == "number"]
    return FigureScore(
        topics=[topic],
        conflicts=score_conflicts(labels, placed, number_conflicts),
        conflicts_baseline=score_conflicts(labels, placed, every_differing_figure(brief)),
        updates=score_updates(labels, placed, brief.updates),
        missing_phrases=placed.missing,
    )


def note(t: Tally, recall: bool = True) -> str:
    """"9/9 right; 9/12 found"."""
    out = f"{t.right}/{t.predicted} right"
    return out + (f"; {t.found}/{t.gold} found" if recall else "")
