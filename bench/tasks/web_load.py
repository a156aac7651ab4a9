"""The web app under a bounded local load: requests/s and p50/p99 latency per endpoint, and the error count.

A temporary SQLite store is filled by ``newsweave ingest`` with the seeds and examples/harbour-bridge, then
``newsweave serve`` runs on a free loopback port in a subprocess. Each story page is fetched once first (that
weaves and stores its briefing: the timed load measures serving, not weaving). Then a fixed number of
requests per endpoint, ``CONCURRENCY`` at a time, each endpoint capped at ``MAX_SECONDS``. The load generator
shares the machine's cores with the server, as a local generator must.
Peer (reference, same run, same generator): Python's http.server serving one story page as a static file.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.harness import BenchContext, Row

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harbour-bridge"
REQUESTS = 400  # per endpoint; quick: QUICK_REQUESTS
QUICK_REQUESTS = 60
CONCURRENCY = 8  # client threads: enough to keep a single uvicorn worker busy on 2 cores
MAX_SECONDS = 20.0  # per endpoint: the load stops by itself even on a slow machine
START_TIMEOUT_S = 60.0
INGEST_TIMEOUT_S = 300.0


@dataclass(frozen=True, slots=True)
class Load:
    count: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    @property
    def rps(self) -> float:
        return self.count / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "newsweave"
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsweave.cli"]


@contextmanager
def _server(cmd: list[str], probe: str) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                if httpx.get(probe, timeout=2.0).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {' '.join(cmd)}")
            time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _first_page(client: httpx.Client, path: str) -> httpx.Response:
    """The page once its first briefing is built (the server answers 202 while its worker weaves)."""
    deadline = time.monotonic() + INGEST_TIMEOUT_S
    while True:
        page = client.get(path)
        if page.status_code != 202 or time.monotonic() > deadline:
            return page
        time.sleep(1.0)


def drive(client: httpx.Client, urls: Callable[[int], str], n: int) -> Load:
    """n GETs, CONCURRENCY at a time; requests not started within MAX_SECONDS are not sent."""
    deadline = time.perf_counter() + MAX_SECONDS

    def one(i: int) -> tuple[float, bool] | None:
        if time.perf_counter() > deadline:
            return None
        t0 = time.perf_counter()
        try:
            ok = client.get(urls(i)).status_code == 200
        except httpx.HTTPError:
            ok = False
        return (time.perf_counter() - t0) * 1000, ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        done = [r for r in pool.map(one, range(n)) if r is not None]
    seconds = time.perf_counter() - t0
    return Load(len(done), sum(not ok for _, ok in done), seconds, tuple(ms for ms, _ in done))


def run(ctx: BenchContext) -> list[Row]:
    n = QUICK_REQUESTS if ctx.quick else REQUESTS
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        subprocess.run(
            [*_cli(), "ingest", "--db", db, str(ctx.seeds), str(EXAMPLES)],
            check=True,
            capture_output=True,
            timeout=INGEST_TIMEOUT_S,
        )
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        serve = [*_cli(), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
        with _server(serve, f"{base}/api/v1/stories"), httpx.Client(base_url=base, timeout=30.0) as client:
            ids = [s["id"] for s in client.get("/api/v1/stories").json()]
            if not ids:
                raise RuntimeError("no stories after ingesting the seeds and examples")
            t0 = time.perf_counter()
            pages = [_first_page(client, f"/stories/{i}") for i in ids]  # each briefing woven and stored once
            warm_s = time.perf_counter() - t0
            if any(p.status_code != 200 for p in pages):
                raise RuntimeError("a story page failed before the load")
            static = Path(tmp) / "static"
            static.mkdir()
            (static / "story.html").write_bytes(pages[0].content)
            endpoints: dict[str, Callable[[int], str]] = {
                "story page /stories/{id}": lambda i: f"/stories/{ids[i % len(ids)]}",
                "API /api/v1/stories": lambda i: "/api/v1/stories",
                "API /api/v1/stories/{id}": lambda i: f"/api/v1/stories/{ids[i % len(ids)]}",
            }
            loads = {name: drive(client, url, n) for name, url in endpoints.items()}
        peer = None
        if ctx.peers:
            port = _free_port()
            cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(static)]
            peer_base = f"http://127.0.0.1:{port}"
            with _server(cmd, f"{peer_base}/story.html"), httpx.Client(base_url=peer_base, timeout=30.0) as c:
                peer = drive(c, lambda i: "/story.html", n)
    dataset = f"seeds+harbour-bridge ({len(ids)} stories)"
    for name, load in loads.items():
        peers = (("http.server static story page", round(peer.rps, 1)),) if peer and "page" in name else ()
        note = f"{load.count} GETs, {CONCURRENCY} concurrent, uvicorn 1 worker, loopback"
        if "page" in name:
            note += f"; briefings woven before the load ({warm_s:.1f}s for {len(ids)} stories)"
        rows += [
            Row("web_load", dataset, f"{name} requests/s", round(load.rps, 1), peers=peers, note=note),
            Row(
                "web_load", dataset, f"{name} p50 ms", round(load.percentile(0.5), 1), higher_is_better=False
            ),
            Row(
                "web_load", dataset, f"{name} p99 ms", round(load.percentile(0.99), 1), higher_is_better=False
            ),
            Row("web_load", dataset, f"{name} errors", load.errors, higher_is_better=False),
        ]
    if peer:
        ctx.notes.append(
            f"web_load peer http.server: {peer.rps:.1f} req/s, p50 {peer.percentile(0.5):.1f} ms, "
            f"p99 {peer.percentile(0.99):.1f} ms, {peer.errors} errors"
        )
    return rows


if __name__ == "__main__":
    context = BenchContext(quick="--quick" in sys.argv)
    for row in run(context):
        print(f"{row.metric:40} {row.newsweave:10}  " + "  ".join(f"{n}={v}" for n, v in row.peers))
    for line in context.notes:
        print(line)
