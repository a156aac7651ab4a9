"""Ingest throughput and memory on a synthetic stream built from the shared corpora (not part of make test).

Base articles (MultiLing 2011 English + MEANTIME) are analyzed once; the stream repeats them with
perturbations: a new id, a publication date moved across a ten-year span, and an appended update line (so
every text, hash and id is new and the original annotations' spans stay valid). Two figures:
  - full ingest (analyze + story assignment + SQLite commit) on the base articles, articles/s;
  - the incremental part alone (assignment + one transaction per article) over the synthetic stream at two
    sizes, articles/s, with the Python heap peak (tracemalloc, a separate pass) to show memory stays flat.
Peer: the same stream committed without clustering (plain inserts), the floor any story assignment adds to.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from bench.harness import BenchContext, Row
from bench.tasks.clustering import meantime, multiling
from newsweave.analyze.pipeline import analyze
from newsweave.group.stories import Assignment, OnlineClusterer, StorySketch
from newsweave.models import Annotations, Article
from newsweave.store import open_store

QUICK_SIZES = (200, 800)
FULL_SIZES = (10_000, 100_000)
SPAN_DAYS = 3650


def synthetic(base: list[tuple[Article, Annotations]], n: int) -> list[tuple[Article, Annotations]]:
    out = []
    start = date(2010, 1, 1)
    for k in range(n):
        article, ann = base[k % len(base)]
        day = start + timedelta(days=(k * 7919) % SPAN_DAYS)
        text = article.text + f"\n\nUpdate {k}: this report was revised."
        new = dataclasses.replace(article, id=f"syn{k:07d}", text=text, published=day.isoformat(), url=None)
        out.append((new, dataclasses.replace(ann, article_id=new.id)))
    out.sort(key=lambda p: p[0].published or "")
    return out


def _run_stream(stream: list[tuple[Article, Annotations]], cluster: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        clusterer = OnlineClusterer()
        t0 = time.perf_counter()
        for article, ann in stream:
            if cluster:
                assignment = clusterer.assign(article, ann)
            else:  # plain insert: every article its own story, no similarity work
                sketch = StorySketch(
                    f"st-{article.id}", 0, article.title, article.published, article.published, 1, (), ()
                )
                assignment = Assignment(article.id, sketch.id, True, 0.0, sketch)
            store.commit_article(article, ann, assignment)
        return len(stream) / (time.perf_counter() - t0)


def _peak_mib(stream: list[tuple[Article, Annotations]]) -> float:
    clusterer = OnlineClusterer()
    tracemalloc.start()
    for article, ann in stream:
        clusterer.assign(article, ann)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def run(ctx: BenchContext) -> list[Row]:
    articles, _ = multiling(ctx.data, 1 if ctx.quick else 10)
    if not ctx.quick:
        articles += meantime(ctx.data)[0]
    t0 = time.perf_counter()
    base = list(zip(articles, analyze(articles), strict=True))
    analyze_s = time.perf_counter() - t0
    full_rate = len(articles) / (analyze_s + len(articles) / _run_stream(base, cluster=True))
    rows = [
        Row(
            "ingest_speed",
            f"corpora-{len(articles)}",
            "full ingest articles/s",
            round(full_rate, 2),
            note="analyze + assign + SQLite commit, 1 process (timed apart)",
        )
    ]
    for n in QUICK_SIZES if ctx.quick else FULL_SIZES:
        stream = synthetic(base, n)
        rate = _run_stream(stream, cluster=True)
        plain = _run_stream(stream, cluster=False) if ctx.peers else None
        rows.append(
            Row(
                "ingest_speed",
                f"synthetic-{n}",
                "assign+commit articles/s",
                round(rate, 1),
                peers=(("plain insert, no clustering", round(plain, 1)),) if plain else (),
                note="pre-analyzed stream, SQLite, one transaction per article",
            )
        )
        rows.append(
            Row(
                "ingest_speed",
                f"synthetic-{n}",
                "clusterer peak MiB",
                round(_peak_mib(stream), 1),
                higher_is_better=False,
                note="tracemalloc peak of the online clusterer",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(
            f"{row.dataset:22} {row.metric:28} {row.newsweave:10}  "
            + "  ".join(f"{n}={v}" for n, v in row.peers)
            + f"  [{row.note}]"
        )
