"""The story page under load while its story grows (issue 9): latency percentiles, status codes, errors.

Not part of ``make bench`` (minutes, and it needs the machine to itself): run it standalone,

    python -m bench.tasks.web_growing --size 5000 --seconds 30
    python -m bench.tasks.web_growing --size 250 --src /path/to/other/checkout/src   # "before" figures

Set-up: the example story (examples/harbour-bridge) is analysed once; perturbed copies of its articles
(bench/tasks/ingest_speed.perturb: annotations stay exact spans) fill a temporary SQLite store. The first
``BRIEFED`` copies are briefed and that briefing is stored, then the story grows to ``--size`` articles, so
the server starts with a stale briefing of a big story. ``newsweave serve`` runs in a subprocess (with
``--src`` first on its path when given). During the load a second process keeps ingesting: every
``GROW_EVERY_S`` it commits ``GROW_BATCH`` more copies to the same story (pre-analysed, so the writer costs
the store and the clusterer, not spaCy). ``CONNECTIONS`` client threads GET the story page back to back for
``--seconds``; a request slower than ``REQUEST_TIMEOUT_S`` counts as an error.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import httpx

from bench.tasks.ingest_speed import Base, _template, perturb
from bench.tasks.web_load import _free_port

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harbour-bridge"
BRIEFED = 100  # articles in the story when its (then stale) briefing was stored
CONNECTIONS = 16
GROW_BATCH = 16
GROW_EVERY_S = 1.0
REQUEST_TIMEOUT_S = 10.0
START_TIMEOUT_S = 90.0
DAYS = 3  # copies are published over this many days: one event, one story


def _copies(base: list[Base], first: int, n: int, seed: int) -> list[Base]:
    rng = random.Random(seed)
    templates = [_template(a, ann) for a, ann in base]
    start = date(2024, 3, 1)
    return [
        perturb(templates[k % len(templates)], k, start + timedelta(days=(k * DAYS) // (first + n + 1)), rng)
        for k in range(first, first + n)
    ]


def build(db: str, size: int, base: list[Base]) -> str:
    """The store with one story of ``size`` articles whose stored briefing covers the first BRIEFED."""
    from newsweave.group.stories import OnlineClusterer
    from newsweave.runners.stored_briefings import brief_story
    from newsweave.store import open_store

    with open_store(db) as store:
        clusterer = OnlineClusterer()
        copies = _copies(base, 0, size, seed=7)
        story = ""
        for start in range(0, size, GROW_BATCH):
            chunk = copies[start : start + GROW_BATCH]
            store.commit_articles([(a, ann, clusterer.assign(a, ann)) for a, ann in chunk])
            if start + GROW_BATCH == BRIEFED or (start < BRIEFED <= start + GROW_BATCH):
                story = max(store.stories(), key=lambda s: s.size).id
                t0 = time.perf_counter()
                brief_story(store, story)
                print(f"stored briefing of {store.story(story).size} articles in "  # type: ignore[union-attr]
                      f"{time.perf_counter() - t0:.1f}s", flush=True)
        story = max(store.stories(), key=lambda s: s.size).id
        found = store.story(story)
        print(f"story {story}: {found.size if found else 0} of {size} articles", flush=True)
        return story


def grow(db: str, base_path: str, first: int, seconds: float) -> None:
    """The second client: commits GROW_BATCH copies every GROW_EVERY_S for ``seconds``."""
    from newsweave.group.stories import OnlineClusterer
    from newsweave.store import open_store

    with open(base_path, "rb") as fh:
        base = pickle.load(fh)
    deadline = time.monotonic() + seconds
    with open_store(db) as store:
        clusterer = OnlineClusterer(store.live_sketches())
        k = first
        while time.monotonic() < deadline:
            chunk = _copies(base, k, GROW_BATCH, seed=k)
            store.commit_articles([(a, ann, clusterer.assign(a, ann)) for a, ann in chunk])
            k += GROW_BATCH
            time.sleep(GROW_EVERY_S)


def load(base_url: str, path: str, seconds: float) -> list[tuple[float, str]]:
    results: list[tuple[float, str]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_S) as c:
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                try:
                    outcome = str(c.get(path).status_code)
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                with lock:
                    results.append(((time.perf_counter() - t0) * 1000, outcome))

    threads = [threading.Thread(target=client) for _ in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--src", default=None, help="serve this checkout's src/ instead of the installed one")
    args = parser.parse_args()

    from newsweave.analyze.pipeline import analyze
    from newsweave.ingest import read_inputs

    articles = list(read_inputs([str(EXAMPLES)]).articles)
    base = list(zip(articles, analyze(articles), strict=True))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "grow.db")
        t0 = time.perf_counter()
        story = build(db, args.size, base)
        print(f"store built in {time.perf_counter() - t0:.0f}s", flush=True)
        base_path = str(Path(tmp) / "base.pkl")
        with open(base_path, "wb") as fh:
            pickle.dump(base, fh)
        port = _free_port()
        boot = (
            "import sys\n"
            + (f"sys.path.insert(0, {args.src!r})\n" if args.src else "")
            + "from newsweave.cli import main\n"
            + f"sys.argv = ['newsweave', 'serve', '--db', {db!r}, '--port', '{port}']\n"
            + "main()\n"
        )
        env = {**os.environ, "PYTHONPATH": args.src or ""}
        server = subprocess.Popen([sys.executable, "-c", boot], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        base_url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                try:
                    if httpx.get(f"{base_url}/api/v1/stories", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("server did not start")
                time.sleep(0.3)
            grower = multiprocessing.get_context("spawn").Process(
                target=grow, args=(db, base_path, args.size, args.seconds)
            )
            grower.start()
            results = load(base_url, f"/stories/{story}", args.seconds)
            grower.join(30)
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
                stopped = "stopped on SIGTERM"
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
                stopped = "did NOT stop on SIGTERM within 15 s (killed)"
        from newsweave.store import open_store

        with open_store(db) as store:
            versions = len(store.briefing_versions(story))
            final = store.story(story)
    ms = sorted(r[0] for r in results)
    codes = Counter(r[1] for r in results)

    def pct(q: float) -> float:
        return ms[min(len(ms) - 1, int(q * len(ms)))] if ms else float("nan")

    errors = sum(n for c, n in codes.items() if c not in ("200",))
    print(f"code: {args.src or 'installed'}; story grew to {final.size if final else '?'} articles; "
          f"{versions} briefing version(s) stored")
    rps = len(ms) / args.seconds
    print(f"{len(ms)} GETs in {args.seconds:.0f}s = {rps:.1f} req/s, {CONNECTIONS} connections")
    slowest = ms[-1] if ms else float("nan")
    print(f"p50 {pct(0.5):.0f} ms, p99 {pct(0.99):.0f} ms, max {slowest:.0f} ms, "
          f"over 2 s: {sum(1 for m in ms if m > 2000)}")
    print(f"outcomes {dict(codes)}; errors (non-200) {errors}; server {stopped}")


if __name__ == "__main__":
    main()
