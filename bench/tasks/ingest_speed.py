"""Ingest throughput and memory on a synthetic stream built from the shared corpora (not part of make test).

Base articles (MultiLing 2011 English, the seeds, MEANTIME, PolNeAR-dev texts; quick: one MultiLing topic)
are analyzed once. The stream repeats them with perturbations: neighbouring sentences swapped, sentences and
words dropped, numbers changed, a fresh id and URL, publication dates spread over ``SPAN_DAYS`` in stream
order. Only words and numbers outside every annotation are touched and each annotation's spans are moved
with its sentence, so the precomputed annotations stay exact spans into the perturbed text. Figures:
  - full ingest (analyze + story assignment + SQLite commit) on the base articles, articles/s on one core:
    spaCy is the per-article cost a distributed runner would spread over cores;
  - the store + clustering path (assign + ``Store.commit_articles``, one transaction per ``BATCH_SIZE``
    articles as the local runner does) over 10k and 100k articles, each size in a fresh process, with its
    peak RSS and the clusterer's state size: memory stays flat because articles live on disk and the
    clusterer keeps bounded sketches. Peer: the same stream committed without clustering (plain inserts).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import random
import re
import resource
import sys
import tempfile
import time
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from bench.harness import BenchContext, Row
from bench.tasks.clustering import meantime, multiling
from newsweave.group.stories import OnlineClusterer
from newsweave.models import Annotations, Article, Assignment, Span, StorySketch
from newsweave.runners.local import BATCH_SIZE
from newsweave.runners.regroup import REGROUP_MAX, regroup
from newsweave.store import open_store
from newsweave.store.base import DF_META_KEY

QUICK_SIZES = (400,)
# 100k takes ~15 min on the shared 2-core machine (~120 articles/s), over make bench's time budget: it runs
# standalone, `python -m bench.tasks.ingest_speed --100k` (or NEWSWEAVE_BENCH_100K=1).
FULL_SIZES = (10_000,)
LARGE_SIZES = (10_000, 100_000)
PEER_MAX = 10_000  # the plain-insert peer runs on streams up to this size (time budget of make bench)
POLNEAR_TEXTS = 20  # PolNeAR-dev texts among the base articles (each costs ~0.3 s of spaCy once)
SPAN_DAYS = 3 * 365  # publication dates of the stream, spread evenly in stream order
# Perturbation rates, per copy: small enough that a copy still reads as a report of its base's event.
SWAP_P = 0.15  # a sentence swaps places with the next one
DROP_SENTENCE_P = 0.08
DROP_WORD_P = 0.04
CHANGE_NUMBER_P = 0.5
_WORD = re.compile(r"[^\W\d_]+ ?")
_DIGITS = re.compile(r"\d+")

Base = tuple[Article, Annotations]


@dataclasses.dataclass(frozen=True, slots=True)
class _Template:
    """What a base article offers to perturb: sentences, and the words/numbers outside every annotation."""

    article: Article
    annotations: Annotations
    sentences: tuple[tuple[int, int], ...]
    words: tuple[tuple[int, int], ...]  # droppable (start, end), end including one trailing space
    numbers: tuple[tuple[int, int], ...]


def _template(article: Article, ann: Annotations) -> _Template:
    taken = bytearray(len(article.text) + 1)
    for group in (ann.entities, ann.dates, ann.quotes, ann.numbers, ann.attributions):
        for record in group:
            for value in (getattr(record, f.name) for f in dataclasses.fields(record)):
                if isinstance(value, Span):
                    taken[value.start : value.end] = b"\1" * (value.end - value.start)
    sents = tuple((s.start, s.end) for s in ann.sentences) or ((0, len(article.text)),)

    def free(m: re.Match[str]) -> bool:
        return not any(taken[m.start() : m.end()])

    return _Template(
        article,
        ann,
        sents,
        tuple((m.start(), m.end()) for m in _WORD.finditer(article.text) if free(m)),
        tuple((m.start(), m.end()) for m in _DIGITS.finditer(article.text) if free(m)),
    )


def _move(span: Span | None, aid: str, starts: list[int], segs: list[tuple[int, int, int]]) -> Span | None:
    """The span in the perturbed text, or None when its text did not survive in one piece."""
    if span is None:
        return None
    i = bisect_right(starts, span.start) - 1
    if i < 0:
        return None
    o_start, o_end, new_start = segs[i]
    if span.end > o_end:
        return None
    return Span(aid, new_start + span.start - o_start, new_start + span.end - o_start)


def perturb(t: _Template, k: int, day: date, rng: random.Random) -> Base:
    a, aid = t.article, f"syn{k:07d}"
    text = a.text
    changes = [(s, e) for s, e in t.numbers if rng.random() < CHANGE_NUMBER_P]
    if changes:  # same-length digits: offsets unchanged
        parts, last = [], 0
        for s, e in changes:
            parts += [text[last:s], "".join(rng.choice("0123456789") for _ in range(e - s))]
            last = e
        text = "".join([*parts, text[last:]])
    order = list(range(len(t.sentences)))
    for i in range(len(order) - 1):
        if rng.random() < SWAP_P:
            order[i], order[i + 1] = order[i + 1], order[i]
    drops = {w for w in t.words if rng.random() < DROP_WORD_P}
    segs: list[tuple[int, int, int]] = []  # (original start, original end, new start)
    pieces: list[str] = []
    size = 0
    for n, i in enumerate(order):
        if n and rng.random() < DROP_SENTENCE_P:
            continue
        s, e = t.sentences[i]
        cuts = [w for w in t.words if s <= w[0] and w[1] <= e and w in drops]
        if pieces:
            pieces.append(" ")
            size += 1
        cur = s
        for ws, we in [*cuts, (e, e)]:
            if ws > cur:
                segs.append((cur, ws, size))
                pieces.append(text[cur:ws])
                size += ws - cur
            cur = we
    pieces.append(f"\n\nUpdate {k}.")  # every copy's hash is new even when no perturbation fired
    new_text = "".join(pieces)
    segs.sort()
    starts = [s for s, _, _ in segs]
    new = dataclasses.replace(
        a, id=aid, text=new_text, url=f"https://synthetic.invalid/{k}", published=day.isoformat()
    )

    def moved(records: tuple[object, ...]) -> tuple[object, ...]:
        """Records with their spans moved; one whose main span was cut is dropped, a cut side span is None."""
        out = []
        for r in records:
            changes = {
                f.name: _move(getattr(r, f.name), aid, starts, segs)
                for f in dataclasses.fields(r)  # type: ignore[arg-type]
                if isinstance(getattr(r, f.name), Span)
            }
            if changes.get("span", True) is not None:
                out.append(dataclasses.replace(r, **changes))  # type: ignore[type-var]
        return tuple(out)

    ann = t.annotations
    sentences = tuple(m for m in (_move(s, aid, starts, segs) for s in ann.sentences) if m is not None)
    new_ann = Annotations(
        aid,
        sentences,
        moved(ann.entities),  # type: ignore[arg-type]
        moved(ann.dates),  # type: ignore[arg-type]
        moved(ann.quotes),  # type: ignore[arg-type]
        moved(ann.numbers),  # type: ignore[arg-type]
        moved(ann.attributions),  # type: ignore[arg-type]
    )
    return new, new_ann


def synthetic(base: list[Base], n: int, seed: int = 7) -> Iterator[Base]:
    """n perturbed copies in publication order, made lazily (the stream itself takes no memory)."""
    rng = random.Random(seed)
    templates = [_template(a, ann) for a, ann in base]
    start = date(2012, 1, 1)
    for k in range(n):
        day = start + timedelta(days=k * SPAN_DAYS // n)
        yield perturb(templates[rng.randrange(len(templates))], k, day, rng)


def _stream_worker(
    base_path: str, n: int, cluster: bool, out: multiprocessing.Queue[dict[str, float]]
) -> None:
    """One stream in a fresh process: rate, peak RSS and state sizes are this size's alone."""
    with open(base_path, "rb") as fh:
        base: list[Base] = pickle.load(fh)
    rss_start = _peak_rss_mib()
    clusterer = OnlineClusterer()
    stories = stored = 0
    elapsed = regroup_s = 0.0
    touched: dict[str, None] = {}
    split = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with open_store(str(db)) as store:
            batch: list[tuple[Article, Annotations, Assignment]] = []
            stream = synthetic(base, n)
            while True:
                pairs = [p for _, p in zip(range(BATCH_SIZE), stream, strict=False)]
                if not pairs:
                    break
                t0 = time.perf_counter()  # the perturbation is the generator's, not ingest's: not timed
                batch = [(a, ann, _assign(clusterer, a, ann, cluster)) for a, ann in pairs]
                stored += sum(store.commit_articles(batch))
                elapsed += time.perf_counter() - t0
                stories += sum(x[2].created for x in batch)
                touched.update((x[2].story_id, None) for x in batch)
            live = len(clusterer.live)
            if cluster:  # the end-of-run pass over every story of the run, as one ingest run ends
                store.set_meta(DF_META_KEY, clusterer.df_state())
                t0 = time.perf_counter()
                split = regroup(store, tuple(touched)).split
                regroup_s = time.perf_counter() - t0
        db_mib = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20
    out.put(
        {
            "rate": n / elapsed,
            "stored": stored,
            "stories": stories,
            "live": live,
            "rss_start_mib": rss_start,
            "rss_peak_mib": _peak_rss_mib(),
            "clusterer_mib": len(pickle.dumps(clusterer)) / 2**20,
            "db_mib": db_mib,
            "regroup_s": regroup_s,
            "split": split,
        }
    )


def _peak_rss_mib() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _assign(clusterer: OnlineClusterer, article: Article, ann: Annotations, cluster: bool) -> Assignment:
    if cluster:
        return clusterer.assign(article, ann)
    # plain insert: every article its own story, no similarity work
    sketch = StorySketch(
        f"st-{article.id}", 0, article.title, article.published, article.published, 1, (), ()
    )
    return Assignment(article.id, sketch.id, True, 0.0, sketch)


def _stream(base_path: str, n: int, cluster: bool) -> dict[str, float]:
    ctx = multiprocessing.get_context("spawn")  # not fork: the child must not inherit spaCy's memory
    queue: multiprocessing.Queue[dict[str, float]] = ctx.Queue()
    proc = ctx.Process(target=_stream_worker, args=(base_path, n, cluster, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def bases(ctx: BenchContext) -> list[Article]:
    from newsweave.ingest import read_inputs

    articles = multiling(ctx.data, 1 if ctx.quick else 10)[0]
    if not ctx.quick:
        articles += read_inputs([str(ctx.seeds)]).articles
        articles += meantime(ctx.data)[0]
        texts = sorted((ctx.data / "polnear-dev" / "text").glob("*.txt"))[:POLNEAR_TEXTS]
        articles += read_inputs([str(p) for p in texts]).articles
    return articles


def _sizes(ctx: BenchContext) -> tuple[int, ...]:
    if ctx.quick:
        return QUICK_SIZES
    large = "--100k" in sys.argv or os.environ.get("NEWSWEAVE_BENCH_100K") == "1"
    return LARGE_SIZES if large else FULL_SIZES


TALLY_SEED = 59


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.analyze.nlp import load_nlp
    from newsweave.analyze.pipeline import analyze

    articles = bases(ctx)
    load_nlp()  # model loading is start-up, not per-article cost
    t0 = time.perf_counter()
    base = list(zip(articles, analyze(articles), strict=True))
    analyze_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "full.db")) as store:
        clusterer = OnlineClusterer()
        t0 = time.perf_counter()
        for start in range(0, len(base), BATCH_SIZE):
            chunk = base[start : start + BATCH_SIZE]
            store.commit_articles([(a, ann, clusterer.assign(a, ann)) for a, ann in chunk])
        store_s = time.perf_counter() - t0
    rows = [
        Row(
            "ingest_speed",
            f"corpora-{len(articles)}",
            "full ingest articles/s per core",
            round(len(articles) / (analyze_s + store_s), 2),
            note=f"analyze {analyze_s:.0f}s + assign/commit {store_s:.1f}s, 1 process; spaCy is the part a "
            "distributed runner spreads over cores",
        )
    ]
    with tempfile.TemporaryDirectory() as tmp:
        base_path = str(Path(tmp) / "base.pkl")
        with open(base_path, "wb") as fh:
            pickle.dump(base, fh)
        for n in _sizes(ctx):
            r = _stream(base_path, n, cluster=True)
            plain = _stream(base_path, n, cluster=False) if ctx.peers and n <= PEER_MAX else None
            note = (
                f"annotations precomputed once per base text ({len(base)}), reused for its perturbed copies; "
                f"SQLite, one transaction per {BATCH_SIZE} articles; {int(r['stored'])} stored, "
                f"{int(r['stories'])} stories, {int(r['live'])} live at the end"
            )
            rows.append(
                Row(
                    "ingest_speed",
                    f"synthetic-{n}",
                    "end-of-run pass s",
                    round(r["regroup_s"], 2),
                    higher_is_better=False,
                    note=f"runners/regroup.py over the run's {int(r['stories'])} stories at the end of one "
                    f"run (at most {REGROUP_MAX} stored reports read again); {int(r['split'])} cut",
                )
            )
            rows.append(
                Row(
                    "ingest_speed",
                    f"synthetic-{n}",
                    "assign+commit articles/s",
                    round(r["rate"], 1),
                    peers=(("plain insert, no clustering", round(plain["rate"], 1)),) if plain else (),
                    note=note,
                )
            )
            for metric, key, why in (
                (
                    "peak RSS MiB",
                    "rss_peak_mib",
                    f"fresh process, {r['rss_start_mib']:.0f} MiB after start-up",
                ),
                ("clusterer state MiB", "clusterer_mib", "pickled OnlineClusterer at the end (bounded)"),
                ("database MiB", "db_mib", "on disk, grows with the corpus by design"),
            ):
                rows.append(
                    Row(
                        "ingest_speed",
                        f"synthetic-{n}",
                        metric,
                        round(r[key], 1),
                        higher_is_better=False,
                        note=why,
                    )
                )
    return rows + _tally_rows()


def _tally_rows() -> list[Row]:
    """What the outlet tally an ingest keeps (geo/outlet_home.py) costs at its cap, per batch: merging it
    with the batch's own and learning the homes from it, and its stored size. A synthetic tally of
    KEPT_OUTLETS outlets with KEPT_PROVINCES provinces each, seeded."""
    from newsweave.geo.outlet_home import (
        KEPT_OUTLETS,
        KEPT_PROVINCES,
        OutletTally,
        homes_of,
        merged,
        tally_state,
    )

    rng = random.Random(TALLY_SEED)
    votes = {f"outlet {i}": {f"US.{j:02d}": rng.randint(1, 50) for j in range(KEPT_PROVINCES)}
             for i in range(KEPT_OUTLETS)}
    full = OutletTally({o: 100 for o in votes}, votes, votes)
    batch = OutletTally({"outlet 1": 3}, {"outlet 1": {"US.01": 3}}, {"outlet 1": {"US.01": 3}})
    t0 = time.perf_counter()
    kept = merged(full, batch)
    t1 = time.perf_counter()
    homes_of(kept)
    t2 = time.perf_counter()
    size = len(tally_state(kept).encode()) / 2**20
    dataset = f"outlet-tally-{KEPT_OUTLETS}x{KEPT_PROVINCES}"
    why = "per batch of 16, against about 2 s of analysis (full ingest above)"
    return [
        Row("ingest_speed", dataset, "merge with a batch ms", round((t1 - t0) * 1000, 1),
            higher_is_better=False, note=why),
        Row("ingest_speed", dataset, "homes from it ms", round((t2 - t1) * 1000, 1),
            higher_is_better=False, note=why),
        Row("ingest_speed", dataset, "stored size MiB", round(size, 2), higher_is_better=False,
            note="JSON in the store's meta table, saved with the document frequencies"),
    ]


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(
            f"{row.dataset:22} {row.metric:32} {row.newsweave:10}  "
            + "  ".join(f"{n}={v}" for n, v in row.peers)
            + f"  [{row.note}]"
        )
