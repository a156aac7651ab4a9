"""The trust layer on real wire news: DUC 2003 clusters against the hand labels in bench/data/trust/duc2003/.

Each labelled cluster goes through the real pipeline (DUC SGML -> the product's ingest -> ``brief_articles``:
analyze, story grouping, weave), its briefings are rendered to the ``newsweave.briefing/1`` JSON and scored
from that JSON (bench/trust/score.py says how each figure is judged). The halves are fixed in the labels'
README: the tune half may be used to develop and tune, the test half is report-only. Each is reported alone.

Two baselines are scored from the same run, by the same scorer:
  - "every multi-source claim" is corroborated (the claims' own alignment, status ignored);
  - "every differing figure" is a conflict (two figures from different documents, same unit and counted
    noun, ranges apart).
Quotes: the labelled direct quotes' speakers (bench/trust/quote_speakers.py), beside textacy's quotations.
Quick mode (CI gate): two tune clusters, newsweave and the baselines. Full mode adds events precision outside
the labelled regions of the tune clusters (bench/trust/duc_outside_events.py), on its tune and check parts,
and the labelled places' pins (bench/trust/duc_places.py) on each half, beside the most populous namesake,
and number conflicts and updates on MultiLing 2011's WikiNews topics (bench/trust/multiling_figures.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.harness import BenchContext, Row, weave_options
from bench.trust.briefs import BriefView, view
from bench.trust.duc2003 import DucDoc, cluster_docs, region_end, relative_position, to_articles
from bench.trust.duc_outside_events import event_rows
from bench.trust.duc_places import place_rows
from bench.trust.labels import SECOND_LABELS, TEST, TUNE, ClusterLabels, load_labels
from bench.trust.multiling_figures import figure_rows as multiling_figure_rows
from bench.trust.quote_speakers import QuoteTally, place_quotes, score_quotes, textacy_quotes
from bench.trust.score import (
    Placed,
    RelativePosition,
    Tally,
    every_differing_figure,
    multi_source,
    place,
    score_conflicts,
    score_corroborated,
    score_disputed,
    score_events,
    score_families,
    score_updates,
)

QUICK_CLUSTERS = ("d31022t", "d30003t")  # the tune clusters with contradictions and with many families


@dataclass(slots=True)
class HalfScore:
    clusters: list[str] = field(default_factory=list)
    families: Tally = field(default_factory=Tally)
    corroborated: Tally = field(default_factory=Tally)
    corroborated_baseline: Tally = field(default_factory=Tally)
    conflicts: Tally = field(default_factory=Tally)
    conflicts_baseline: Tally = field(default_factory=Tally)
    updates: Tally = field(default_factory=Tally)
    disputed: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    quotes: QuoteTally = field(default_factory=QuoteTally)
    quotes_peer: QuoteTally = field(default_factory=QuoteTally)
    missing_phrases: int = 0
    fallbacks: set[str] = field(default_factory=set)
    stories: list[int] = field(default_factory=list)
    # Against a second, independent labelling of families and statements (bench/data/trust/duc2003-second/),
    # where one exists: how much of a figure is the labellers' disagreement rather than the product's.
    second_clusters: list[str] = field(default_factory=list)
    second_families: Tally = field(default_factory=Tally)
    second_corroborated: Tally = field(default_factory=Tally)
    labeller_families: Tally = field(default_factory=Tally)  # second labeller's pairs against the first's
    # The same for the figures, where the second labelling has them: the product's number conflicts and
    # updates against the second labeller's, and the two labellers' contradictions against each other.
    second_figure_clusters: list[str] = field(default_factory=list)
    second_conflicts: Tally = field(default_factory=Tally)
    second_conflicts_baseline: Tally = field(default_factory=Tally)
    second_updates: Tally = field(default_factory=Tally)
    labeller_conflicts: Tally = field(default_factory=Tally)

    def add(self, other: ClusterScore) -> None:
        self.clusters.append(other.cluster)
        for name in ("families", "corroborated", "corroborated_baseline", "conflicts", "conflicts_baseline",
                     "updates", "disputed", "events", "quotes", "quotes_peer"):
            getattr(self, name).add(getattr(other, name))
        self.missing_phrases += other.missing_phrases
        self.fallbacks |= other.fallbacks
        self.stories.append(other.stories)


@dataclass(slots=True)
class ClusterScore:
    cluster: str
    families: Tally
    corroborated: Tally
    corroborated_baseline: Tally
    conflicts: Tally
    conflicts_baseline: Tally
    updates: Tally
    disputed: Tally
    events: Tally
    quotes: QuoteTally
    quotes_peer: QuoteTally
    missing_phrases: int
    fallbacks: set[str]
    stories: int


def brief_cluster(docs: Sequence[DucDoc]) -> BriefView:
    from newsweave.pipeline import brief_articles
    from newsweave.render.json import briefing_to_obj

    run = brief_articles(to_articles(docs), options=weave_options())
    doc_of = {str(d.path): d.docno for d in docs} | {d.docno: d.docno for d in docs}
    return view([briefing_to_obj(b) for b in run.briefings], doc_of)


def _positions(labels: ClusterLabels, docs: Sequence[DucDoc],
               briefs: BriefView) -> tuple[RelativePosition, dict[str, int]]:
    """Where a label's raw offset lies in its document (0-1), and each document's labelled region end."""
    by_id = {d.docno: d for d in docs}

    def relative(doc: str, offset: int) -> float:
        d = by_id.get(doc)
        return relative_position(d, offset) if d is not None else 0.5

    regions = {d.docno: region_end(d, briefs.texts[d.docno], labels.region_chars)
               for d in docs if d.docno in briefs.texts}
    return relative, regions


def placed_labels(labels: ClusterLabels, docs: Sequence[DucDoc], briefs: BriefView) -> Placed:
    """The labels' phrases as spans of the briefings' cleaned texts."""
    return place(labels, briefs.texts, *_positions(labels, docs, briefs))


def labeller_conflicts(first: ClusterLabels, second: ClusterLabels, docs: Sequence[DucDoc],
                       briefs: BriefView) -> Tally:
    """The second labeller's contradictions judged by the first labeller's labels, as the product's are:
    right = the first also calls the pair a contradiction (a pair the first was unsure of is ignored),
    found = the first's contradictions the second also lists."""
    placed = placed_labels(second, docs, briefs)
    pairs = [((placed.numbers[a], placed.numbers[b]),) for a, b in map(sorted, second.contradictions)
             if a in placed.numbers and b in placed.numbers]
    return score_conflicts(first, placed_labels(first, docs, briefs), pairs)


def score_cluster(labels: ClusterLabels, docs: Sequence[DucDoc], briefs: BriefView,
                  peers: bool = True) -> ClusterScore:
    relative, regions = _positions(labels, docs, briefs)
    placed = place(labels, briefs.texts, relative, regions)
    number_conflicts = [k.candidates for k in briefs.conflicts if k.kind == "number"]
    quotes = place_quotes(labels, briefs.texts, relative, regions, briefs.copy_of)
    return ClusterScore(
        cluster=labels.cluster,
        families=score_families(labels, briefs.family),
        corroborated=score_corroborated(labels, placed, briefs.claims, lambda c: c.status == "corroborated"),
        corroborated_baseline=score_corroborated(labels, placed, briefs.claims, multi_source),
        conflicts=score_conflicts(labels, placed, number_conflicts),
        conflicts_baseline=score_conflicts(labels, placed, every_differing_figure(briefs)),
        updates=score_updates(labels, placed, briefs.updates),
        disputed=score_disputed(labels, placed, briefs),
        events=score_events(placed, briefs.events),
        quotes=score_quotes(quotes, briefs.quotes),
        quotes_peer=score_quotes(quotes, textacy_quotes(briefs.texts)) if peers and quotes else QuoteTally(),
        missing_phrases=placed.missing,
        fallbacks=set(briefs.fallbacks),
        stories=briefs.stories,
    )


def score_half(data: Path, clusters: Sequence[str], notes: list[str] | None = None,
               peers: bool = True) -> HalfScore:
    """``peers``: also run the quote peer (textacy, a bench-only dependency)."""
    half = HalfScore()
    for cluster in clusters:
        labels = load_labels(cluster)
        if labels is None:
            continue
        rejected: list[str] = []
        docs = cluster_docs(data, cluster, rejected)
        if notes is not None:
            notes.extend(f"trust: {r}" for r in rejected)
        briefs = brief_cluster(docs)
        half.add(score_cluster(labels, docs, briefs, peers))
        second = load_labels(cluster, SECOND_LABELS)
        if second is not None:
            other = score_cluster(second, docs, briefs, peers=False)
            half.second_clusters.append(cluster)
            half.second_families.add(other.families)
            half.second_corroborated.add(other.corroborated)
            if second.quantities:
                half.second_figure_clusters.append(cluster)
                half.second_conflicts.add(other.conflicts)
                half.second_conflicts_baseline.add(other.conflicts_baseline)
                half.second_updates.add(other.updates)
                half.labeller_conflicts.add(labeller_conflicts(labels, second, docs, briefs))
            first = {doc: str(fam) for doc, fam in labels.family_of().items()}
            half.labeller_families.add(score_families(second, first))
    return half


def _counts(t: Tally, recall: bool = False) -> str:
    """The counts behind a figure, saying so when it is vacuous: a precision with nothing predicted (or a
    recall with nothing to find) reads 1.000 but measures nothing."""
    if recall:
        return f"{t.found}/{t.gold} found" + ("; n=0 gold, vacuous" if not t.gold else "")
    return f"{t.right}/{t.predicted} right" + ("; n=0 predicted, vacuous" if not t.predicted else "")


def _both(t: Tally) -> str:
    """Predicted/right and gold/found together, for a note that stands for both."""
    return f"{_counts(t)}; {_counts(t, True)}"


def rows(half: HalfScore, dataset: str) -> list[Row]:
    mss, edf = "every multi-source claim corroborated", "every differing figure a conflict"
    note = f"{len(half.clusters)} clusters: {' '.join(half.clusters)}, woven as {half.stories} stories"
    if half.missing_phrases:
        note += f"; {half.missing_phrases} labelled phrases not found in the cleaned text"
    if half.fallbacks:
        note += f"; fallbacks for older briefings used: {', '.join(sorted(half.fallbacks))}"
    f, c, cb, k, kb = (half.families, half.corroborated, half.corroborated_baseline, half.conflicts,
                       half.conflicts_baseline)
    peered = half.quotes_peer.gold > 0  # the quote peer ran (full runs with peers)
    quote_note = half.quotes.note() + (f"; textacy {half.quotes_peer.note()}" if peered else "")
    out = [
        Row("trust", dataset, "origin families pairwise P", round(f.precision, 4), note=_both(f)),
        Row("trust", dataset, "origin families pairwise R", round(f.recall, 4), note=_both(f)),
        Row("trust", dataset, "origin families pairwise F1", round(f.f1, 4), note=f"{_both(f)}; {note}"),
        Row("trust", dataset, "corroborated precision", round(c.precision, 4),
            peers=((mss, round(cb.precision, 4)),), note=f"{_both(c)}; baseline {_both(cb)}"),
        Row("trust", dataset, "corroborated recall", round(c.recall, 4),
            peers=((mss, round(cb.recall, 4)),), note=f"{_both(c)}; baseline {_both(cb)}"),
        Row("trust", dataset, "number conflict precision", round(k.precision, 4),
            peers=((edf, round(kb.precision, 4)),), note=f"{_both(k)}; baseline {_both(kb)}"),
        Row("trust", dataset, "number conflict recall", round(k.recall, 4),
            peers=((edf, round(kb.recall, 4)),), note=f"{_both(k)}; baseline {_both(kb)}"),
        Row("trust", dataset, "update precision", round(half.updates.precision, 4),
            note=_both(half.updates)),
        Row("trust", dataset, "update recall", round(half.updates.recall, 4),
            note=_both(half.updates)),
        Row("trust", dataset, "disputed precision", round(half.disputed.precision, 4),
            note=_counts(half.disputed)),  # no gold: disputed is judged by precision only
        Row("trust", dataset, "events precision (labelled regions)", round(half.events.precision, 4),
            note=_both(half.events)),
        Row("trust", dataset, "events recall (labelled regions)", round(half.events.recall, 4),
            note=_both(half.events)),
        Row("trust", dataset, "quote speaker accuracy (labelled regions)", round(half.quotes.accuracy, 4),
            peers=(("textacy direct_quotations", round(half.quotes_peer.accuracy, 4)),) if peered else (),
            note=quote_note),
        Row("trust", dataset, "quote recall (labelled regions)", round(half.quotes.recall, 4),
            peers=(("textacy direct_quotations", round(half.quotes_peer.recall, 4)),) if peered else (),
            note=quote_note),
    ]
    if half.second_clusters:
        s2, f2, lf = half.second_corroborated, half.second_families, half.labeller_families
        on = f"second labeller, {' '.join(half.second_clusters)}"
        out += [
            Row("trust", dataset, "corroborated precision (second labeller)", round(s2.precision, 4),
                note=f"{_both(s2)}; {on}"),
            Row("trust", dataset, "origin families pairwise F1 (second labeller)", round(f2.f1, 4),
                note=f"{_both(f2)}; {on}"),
            Row("trust", dataset, "origin families pairwise F1, labeller against labeller", round(lf.f1, 4),
                note=f"second labeller's same-family pairs against the first's: {_both(lf)}"),
        ]
    if half.second_figure_clusters:
        k2, kb2, u2, lk = (half.second_conflicts, half.second_conflicts_baseline, half.second_updates,
                           half.labeller_conflicts)
        on = f"second labeller's figures, {' '.join(half.second_figure_clusters)}"
        out += [
            Row("trust", dataset, "number conflict precision (second labeller)", round(k2.precision, 4),
                peers=((edf, round(kb2.precision, 4)),), note=f"{_both(k2)}; baseline {_both(kb2)}; {on}"),
            Row("trust", dataset, "number conflict recall (second labeller)", round(k2.recall, 4),
                peers=((edf, round(kb2.recall, 4)),), note=f"{_both(k2)}; baseline {_both(kb2)}; {on}"),
            Row("trust", dataset, "update recall (second labeller)", round(u2.recall, 4),
                note=f"{_both(u2)}; {on}"),
            Row("trust", dataset, "number contradictions, labeller against labeller: P",
                round(lk.precision, 4),
                note=f"second labeller's contradiction pairs judged by the first's labels: {_both(lk)}"),
            Row("trust", dataset, "number contradictions, labeller against labeller: R",
                round(lk.recall, 4),
                note=f"second labeller's contradiction pairs judged by the first's labels: {_both(lk)}"),
        ]
    return out


def run(ctx: BenchContext) -> list[Row]:
    if not (ctx.data / "duc2003" / "docs").is_dir():
        ctx.notes.append("trust: duc2003 not found; skipped")
        return []
    if ctx.quick:
        half = score_half(ctx.data, QUICK_CLUSTERS, ctx.notes, ctx.peers)
        if not half.clusters:
            ctx.notes.append(f"trust: no labels for {' '.join(QUICK_CLUSTERS)} in bench/data/trust; skipped")
            return []
        return rows(half, f"duc2003 {' '.join(QUICK_CLUSTERS)} (tune)")
    out = []
    for name, clusters in (("tune half (tuned on)", TUNE), ("test half (held out)", TEST)):
        half = score_half(ctx.data, clusters, ctx.notes, ctx.peers)
        if half.clusters:
            out += rows(half, f"duc2003 {name}")
        else:
            ctx.notes.append(f"trust: no labels yet for the {name}")
    # Places of the labelled regions, each half apart (bench/trust/duc_places.py).
    for name, clusters in (("tune half (tuned on)", TUNE), ("test half (held out)", TEST)):
        out += place_rows(ctx.data, name, clusters)
    # Number conflicts and updates on MultiLing's WikiNews topics (bench/trust/multiling_figures.py).
    out += multiling_figure_rows(ctx.data)
    # Events outside the labelled regions of the tune clusters, judged by hand (tune part / check part).
    return out + event_rows(ctx.data)


if __name__ == "__main__":
    only = tuple(a for a in sys.argv[1:] if a.startswith("d3"))
    if only:
        from bench.harness import DEFAULT_DATA

        result = rows(score_half(DEFAULT_DATA, only), " ".join(only))
    else:
        result = run(BenchContext(quick="--quick" in sys.argv))
    for row in result:
        print(f"{row.dataset:28} {row.metric:38} {row.newsweave:.3f}  "
              + "  ".join(f"[{n}={v:.3f}]" for n, v in row.peers) + (f"  ({row.note})" if row.note else ""))
