"""Events outside the labelled regions of the DUC 2003 tune clusters, judged by hand: the labels in
bench/data/trust/duc-outside-events/.

The DUC hand labels (bench/data/trust/duc2003/) judge events only inside each document's labelled region
(about its first 2000 characters); the product prints events for the rest of each article too. This set judges
those, on the tune half's clusters only (the test half is never run here). The clusters were split before any
event was read, alternately in the order below: the tune part (positions 0, 2, ...) is where rules were
changed, the check part (1, 3, ...) is judged once before and once after the changes.

Each cluster is briefed as the trust task does (``bench/tasks/trust.py``: ``brief_cluster``), every event of
its briefings is read back as an ``EventRecord`` (bench/trust/ecbplus_events.py) named by DOCNO, and only
those whose trigger starts at or after the document's region end are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench.harness import Row, weave_options
from bench.trust.duc2003 import DucDoc, cluster_docs, region_end, to_articles
from bench.trust.ecbplus_events import EventRecord, EventTally, load_verdicts, records
from bench.trust.labels import load_labels

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "duc-outside-events"
# The DUC 2003 tune half, in the order the split was made from (fixed before any event was read).
CLUSTERS = ("d30003t", "d30040t", "d30044t", "d30056t", "d31001t", "d31022t", "d30025t", "d30048t", "d31009t",
            "d31050t", "d30020t", "d30050t", "d31033t", "d31031t")
TUNE = CLUSTERS[0::2]
CHECK = CLUSTERS[1::2]


def outside_events(docs: Sequence[DucDoc], region_chars: int) -> list[EventRecord]:
    """The cluster's events whose trigger lies after its document's labelled region."""
    from newsweave.pipeline import brief_articles
    from newsweave.render.json import briefing_to_obj

    run = brief_articles(to_articles(docs), options=weave_options())
    doc_of = {str(d.path): d.docno for d in docs} | {d.docno: d.docno for d in docs}
    objs = [briefing_to_obj(b) for b in run.briefings]
    by_id = {d.docno: d for d in docs}
    texts = {doc_of.get(s.get("path") or "", s["id"]): s.get("text", "")
             for b in objs for s in b.get("sources", ())}
    ends = {doc: region_end(by_id[doc], text, region_chars) for doc, text in texts.items() if doc in by_id}
    return [r for b in objs for r in records(b, doc_of) if r.doc in ends and r.start >= ends[r.doc]]


def cluster_events(data: Path, cluster: str) -> list[EventRecord]:
    labels = load_labels(cluster)
    if labels is None:
        return []
    return outside_events(cluster_docs(data, cluster, []), labels.region_chars)


def part_tally(data: Path, part: str, clusters: Sequence[str]) -> EventTally:
    tally = EventTally()
    verdicts = load_verdicts(part, LABELS)
    for cluster in clusters:
        tally.add(cluster_events(data, cluster), verdicts)
    return tally


def event_rows(data: Path) -> list[Row]:
    """Events precision outside the labelled regions, on each part (full bench mode only)."""
    if not (data / "duc2003").is_dir():
        return []
    out = []
    for part, label, clusters in (("tune", f"tune {len(TUNE)} clusters, tuned on", TUNE),
                                  ("check", f"check {len(CHECK)} clusters", CHECK)):
        tally = part_tally(data, part, clusters)
        out.append(Row("trust", "duc2003 tune half, outside the labelled regions",
                       f"events precision ({label})", round(tally.precision, 4), note=tally.note))
    return out


if __name__ == "__main__":
    import sys

    from bench.harness import DEFAULT_DATA

    parts = sys.argv[1:] or ["tune"]  # the check part only when asked for by name
    for name in parts:
        t = part_tally(DEFAULT_DATA, name, TUNE if name == "tune" else CHECK)
        print(f"{name}: precision {t.precision:.3f} ({t.note})")
