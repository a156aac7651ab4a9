"""Scaling the streaming ingest over cores and a Ray cluster (``make bench``; not part of make test).

Throughput: real texts of the shared corpora (MultiLing 2011, the seeds, MEANTIME, PolNeAR-dev; the same base
as ingest_speed), each repeated ``COPIES`` times with its own id, edition line and date, written as JSONL
shards and ingested with ``ingest_stream`` (read, clean, analyze, assign, commit) in a fresh process per run:
  - 1 worker in-process, N local workers (``--workers``), Ray with 2 actors on a private local cluster;
  - runs interleaved (1, N, ray, 1, N, ray, …) and the median taken, since the machine is shared;
  - articles/s over the whole run with and without the start-up (pool or cluster start, one model load per
    worker), and the steady rate between the first and the last commit;
  - CPU seconds per article of all processes (driver + workers): the per-core cost, less sensitive to load;
  - peak RSS of the driver and of each worker (VmHWM).
Per-stage costs (CPU time, one process): read, clean, analyze, assign+commit, weave, for the cost model.
Memory in input size: short articles (a base text's opening sentences) streamed through the whole pipeline
with 2 workers at 1k and 10k articles (``--100k``: 10k and 100k), peak RSS of driver and workers each time.
Stores and results are checked equal across the three engines (articles, stories, members).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.harness import BenchContext, Row

COPIES = 1  # editions of each base text in the throughput stream (245 articles: the bases themselves)
QUICK_COPIES = 1
SHARDS = 4
REPEATS = 2  # interleaved rounds of (1 worker, N workers, ray); the median is reported
SHORT_SIZES = (1_000, 10_000)
LARGE_SIZES = (10_000, 100_000)
SHORT_CHARS = 280  # a short article: the base text's opening, cut at a sentence end


def _peak_mib(pid: int | None = None) -> float:
    status = Path(f"/proc/{pid or 'self'}/status")
    try:
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid is None else 0.0


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _tree_cpu() -> float:
    """CPU seconds of this process and every live descendant: driver, pool workers and their fork server,
    or Ray's GCS, raylet and actors of a private local cluster."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += _cpu_s(pid)
        todo.extend(children.get(pid, ()))
    return total


def write_shards(folder: Path, texts: list[tuple[str, str | None]], copies: int, shards: int) -> list[str]:
    """JSONL shards of ``copies`` editions of each text, interleaved, dates spread over a year."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [(folder / f"part-{s:03d}.jsonl").open("w", encoding="utf-8") for s in range(shards)]
    n = 0
    for k in range(copies):
        for i, (text, title) in enumerate(texts):
            day = date(2024, 1, 1) + timedelta(days=(n * 7) % 365)
            line = {"id": f"b{i:04d}e{k}", "title": title, "published": day.isoformat(),
                    "text": f"{text}\n\nEdition {k} of report {i}."}
            files[n % shards].write(json.dumps(line) + "\n")
            n += 1
    for f in files:
        f.close()
    return [str(folder)]


def short_stream(folder: Path, texts: list[tuple[str, str | None]], n: int, shards: int) -> list[str]:
    """n short articles (openings of the base texts, each with its own id and closing line)."""
    folder.mkdir(parents=True, exist_ok=True)
    openings = []
    for text, _ in texts:
        cut = text[:SHORT_CHARS]
        openings.append(cut[: cut.rfind(". ") + 1] or cut)
    files = [(folder / f"short-{s:03d}.jsonl").open("w", encoding="utf-8") for s in range(shards)]
    for k in range(n):
        day = date(2020, 1, 1) + timedelta(days=k * 1000 // n)
        line = {"id": f"s{k:07d}", "published": day.isoformat(),
                "text": f"{openings[k % len(openings)]}\n\nBulletin {k}."}
        files[k % shards].write(json.dumps(line) + "\n")
    for f in files:
        f.close()
    return [str(folder)]


def _warm(engine: str, workers: int, executor: Any) -> list[int]:
    """Start every worker and load its model before the clock starts; return the workers' pids."""
    if engine == "ray":
        return list(executor.pids())  # waits for each actor's __init__ (its model load)
    if workers <= 1:
        from newsweave.runners.tasks import warm_up

        warm_up()  # what a pool worker does in its initializer
        return []
    seen: set[int] = set()
    while len(seen) < workers:  # a pool worker answers only after its initializer loaded the model
        seen.update(pid for _, pid in executor.map(_pid_after, ((i, 0.2) for i in range(2 * workers))))
    return sorted(seen)


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)  # long enough that every worker gets one of the probes
    return os.getpid()


def _ingest_run(engine: str, workers: int, inputs: list[str], db: str, out: Any) -> None:
    """One ingest in a fresh process; reports rates, CPU and memory through ``out``."""
    from newsweave.runners.executors import make_executor
    from newsweave.runners.stream import StreamProgress, ingest_stream
    from newsweave.runners.tasks import warm_up
    from newsweave.store import open_store

    commits: list[tuple[float, int]] = []

    class Clock(StreamProgress):
        def committed(self, stored: int, skipped: int) -> None:
            commits.append((time.perf_counter(), stored))

    t0 = time.perf_counter()
    executor = make_executor(engine, workers, None, warm_up)
    pids: list[int] = []
    with open_store(db) as store, executor:
        pids = _warm(engine, workers, executor)
        load = os.getloadavg()[0]
        cpu1, t1 = _tree_cpu(), time.perf_counter()
        report = ingest_stream(store, inputs, executor, progress=Clock())
        cpu2, t2 = _tree_cpu(), time.perf_counter()
        workers_mib = [_peak_mib(p) for p in pids]
        members = sorted((s.id, store.story_articles(s.id)) for s in store.stories())
    (ta, na), (tb, nb) = commits[0], commits[-1]
    out.put({
        "stored": report.stored,
        "total_s": t2 - t0,
        "run_s": t2 - t1,
        "start_s": t1 - t0,
        "steady_rate": (nb - na) / (tb - ta) if tb > ta else 0.0,
        "driver_mib": _peak_mib(),
        "workers_mib": workers_mib,
        "cpu_s": cpu2 - cpu1,  # during the run, start-up excluded
        "load": load,
        "fingerprint": hashlib.sha256(json.dumps(members).encode()).hexdigest(),
    })


def _fresh_process(engine: str, workers: int, inputs: list[str], tmp: Path) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")  # a clean interpreter: memory and CPU are this run's alone
    queue: Any = ctx.Queue()
    db = tmp / f"{engine}-{workers}-{time.monotonic_ns()}.db"
    proc = ctx.Process(target=_ingest_run, args=(engine, workers, inputs, str(db), queue))
    proc.start()
    result: dict[str, Any] = queue.get()
    proc.join()
    return result


def stage_costs(inputs: list[str], tmp: Path) -> dict[str, float]:
    """CPU seconds per article of each stage, one process (the model loaded before timing)."""
    from newsweave.group.stories import OnlineClusterer
    from newsweave.ingest.stream import list_shards, read_shard
    from newsweave.models import Annotations, Article, RawDocument
    from newsweave.runners.stream import story_job
    from newsweave.runners.tasks import analyze_chunk, clean_chunk, warm_up, weave_job
    from newsweave.store import open_store
    from newsweave.weave.briefing import WeaveOptions

    warm_up()  # the model and the annotators' resources load before the clock starts
    clock = time.process_time
    t = clock()
    raws = [r for s in list_shards(inputs)[0] for r in read_shard(s) if isinstance(r, RawDocument)]
    read = clock() - t
    t = clock()
    cleaned = [a for i in range(0, len(raws), 16) for a in clean_chunk(raws[i : i + 16])]
    articles = [a for a in cleaned if isinstance(a, Article)]
    clean = clock() - t
    t = clock()
    anns = [x for i in range(0, len(articles), 16) for x in analyze_chunk(articles[i : i + 16])]
    analyze = clock() - t
    pairs = [(a, x) for a, x in zip(articles, anns, strict=True) if isinstance(x, Annotations)]
    with open_store(str(tmp / "stages.db")) as store:
        clusterer = OnlineClusterer()
        t = clock()
        for i in range(0, len(pairs), 16):
            batch = [(a, x) for a, x in pairs[i : i + 16] if store.stored_id(a) is None]
            store.commit_articles([(a, x, clusterer.assign(a, x)) for a, x in batch])
        commit = clock() - t
        stories = [s.id for s in store.stories()]
        first = story_job(store, stories[0], WeaveOptions())
        if first is not None:
            weave_job(first)  # what weaving loads on first use is start-up, not per-story cost
        t = clock()
        for sid in stories:
            job = story_job(store, sid, WeaveOptions())
            if job is not None:
                weave_job(job)
        weave = clock() - t
    n = len(pairs)
    return {"articles": n, "stories": len(stories), "read": read / n, "clean": clean / n,
            "analyze": analyze / n, "assign+commit": commit / n, "weave": weave / n,
            "weave_per_story": weave / max(1, len(stories))}


def _texts(ctx: BenchContext) -> list[tuple[str, str | None]]:
    from bench.tasks.ingest_speed import bases

    return [(a.text, a.title) for a in bases(ctx)]


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.runners.executors import local_cores
    from newsweave.runners.ray_engine import ray_available

    texts = _texts(ctx)
    cores = local_cores()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        inputs = write_shards(tmp / "stream", texts, QUICK_COPIES if ctx.quick else COPIES, SHARDS)
        variants = [("local", 1), ("local", cores)] + ([("ray", 2)] if ray_available() else [])
        runs: dict[tuple[str, int], list[dict[str, Any]]] = {v: [] for v in variants}
        for _ in range(1 if ctx.quick else REPEATS):
            for v in variants:
                runs[v].append(_fresh_process(v[0], v[1], inputs, tmp))
                print(f"[scale] {v}: {runs[v][-1]}", flush=True)
        n = runs[("local", 1)][0]["stored"]
        same = len({r["fingerprint"] for rs in runs.values() for r in rs}) == 1
        base = statistics.median(n / r["run_s"] for r in runs[("local", 1)])
        for (engine, workers), rs in runs.items():
            label = f"{engine}, {workers} worker{'s' if workers > 1 else ''}"
            rate = statistics.median(n / r["run_s"] for r in rs)
            total = statistics.median(n / r["total_s"] for r in rs)
            steady = statistics.median(r["steady_rate"] for r in rs)
            cpu = statistics.median(r["cpu_s"] / n for r in rs)
            cpu1 = statistics.median(r["cpu_s"] / n for r in runs[("local", 1)])
            loads = ", ".join(f"{r['load']:.1f}" for r in rs)
            note = (f"{n} articles, median of {len(rs)}; with start-up {total:.2f}/s "
                    f"(start {rs[0]['start_s']:.0f}s); "
                    f"steady {steady:.2f}/s; {rate / base:.2f}x the 1-worker rate; "
                    f"CPU {cpu:.3f} s/article over all processes of the run, parallel efficiency "
                    f"{cpu1 / cpu:.2f}; load average at start {loads}; "
                    f"stores identical across engines: {same}")
            rows.append(Row("scale", f"jsonl-{n}", f"ingest articles/s, {label}", round(rate, 2), note=note))
            worker_mib = max((m for r in rs for m in r["workers_mib"]), default=0.0)
            driver_mib = max(r["driver_mib"] for r in rs)
            rows.append(Row("scale", f"jsonl-{n}", f"peak RSS MiB, {label}", round(driver_mib, 1),
                            higher_is_better=False,
                            note=f"driver; each worker at most {worker_mib:.0f} MiB"))
        costs = stage_costs(inputs, tmp)
        for stage in ("read", "clean", "analyze", "assign+commit", "weave"):
            per = costs[stage]
            note = "CPU time, one process"
            if stage == "weave":
                note += f"; {costs['weave_per_story']:.2f} s per story ({costs['stories']:.0f} stories)"
            rows.append(Row("scale", f"jsonl-{costs['articles']:.0f}", f"{stage} articles/s per core",
                            round(1 / per, 1) if per else 0.0, note=note))
        large = "--100k" in sys.argv or os.environ.get("NEWSWEAVE_BENCH_100K") == "1"
        sizes = (300,) if ctx.quick else (LARGE_SIZES if large else SHORT_SIZES)
        if "--no-memory" in sys.argv:  # throughput and stage costs only
            sizes = ()
        for size in sizes:
            short = short_stream(tmp / f"short-{size}", texts, size, SHARDS)
            r = _fresh_process("local", 2, short, tmp)
            rows.append(Row("scale", f"short-{size}", "streamed ingest peak RSS MiB, driver",
                            round(r["driver_mib"], 1), higher_is_better=False,
                            note=f"2 workers, each at most {max(r['workers_mib'], default=0):.0f} MiB; "
                                 f"{size / r['total_s']:.1f} articles/s"))
    return rows


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(f"{row.dataset:14} {row.metric:44} {row.newsweave:10}  [{row.note}]", flush=True)
