"""Executors: where the parallel work of a run happens; stages never see them (datatrove's split).

Every executor offers one operation, an ordered, bounded map: ``map(fn, keyed)`` runs ``fn`` on each
payload of ``(key, payload)`` pairs and yields ``(key, result)`` in input order, keeping at most a few tasks
per worker in flight. Ordered results keep the single-writer stage downstream deterministic; the bound keeps
memory flat however long the input stream is (it is pulled lazily, never drained ahead). The key stays with
the driver.

- ``InlineExecutor``: the calling process, one task at a time (``--workers 1``).
- ``ProcessExecutor``: a local process pool, the model loaded once per worker (``--workers N``).
- ``RayExecutor`` (runners/ray_engine.py): an actor pool on a Ray cluster (``--engine ray``).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Protocol, TypeVar

from newsweave.errors import NewsweaveError

K = TypeVar("K")
T = TypeVar("T")
R = TypeVar("R")

# Tasks in flight per worker: two, so a worker finds its next chunk queued when it finishes one, and no more,
# since every chunk in flight is memory held (16 articles with their annotations, ~1 MB).
INFLIGHT_PER_WORKER = 2
# Inputs smaller than this run in-process when no --workers is given: a pool worker takes ~2 s (idle machine,
# ~6 s loaded) to start and load its model, the time of ~15-40 articles of analysis, so a pool pays off only
# from a few dozen articles (~4 KB of text each). Measured with bench/tasks/scale.py (start-up column).
POOL_MIN_INPUT_BYTES = 256 * 1024
DRIVER_POLL_S = 1.0  # how often a pool worker checks that the driver is still alive


class Executor(Protocol):
    workers: int

    def map(self, fn: Callable[[T], R], keyed: Iterable[tuple[K, T]]) -> Iterator[tuple[K, R]]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def local_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or taskset narrows)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _Closing:
    def close(self) -> None:  # pragma: no cover (overridden)
        raise NotImplementedError

    def __enter__(self) -> Executor:
        return self  # type: ignore[return-value]

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class InlineExecutor(_Closing):
    """Runs each task in the calling process, one after the other."""

    workers = 1

    def map(self, fn: Callable[[T], R], keyed: Iterable[tuple[K, T]]) -> Iterator[tuple[K, R]]:
        for key, payload in keyed:
            yield key, fn(payload)

    def close(self) -> None:
        pass


def _exit_with_driver(driver: int) -> None:
    """Pool workers must not outlive a killed driver (each would hold a core and a model). Their parent is
    the fork server, which lives as long as they do, and their task queue never reports end-of-file (every
    worker holds its write end too), so they watch the driver's pid themselves."""
    while True:
        time.sleep(DRIVER_POLL_S)
        try:
            os.kill(driver, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid now belongs to someone else's process: ours is gone
            os._exit(0)


def _worker_init(driver: int, warm_up: Callable[[], None] | None) -> None:
    threading.Thread(target=_exit_with_driver, args=(driver,), daemon=True).start()
    if warm_up is not None:
        warm_up()


class ProcessExecutor(_Closing):
    """A local process pool. Workers come from a fork server that has imported ``preload`` once (spaCy and
    the stages), so a worker starts in about a second and shares those pages; each then loads the model
    once (``warm_up``). A fork server, not a plain fork: the driver runs threads (progress display, the
    database driver) that a forked child must not inherit."""

    def __init__(
        self,
        workers: int,
        warm_up: Callable[[], None] | None = None,
        preload: tuple[str, ...] = ("newsweave.runners.tasks", "newsweave.analyze.pipeline"),
    ) -> None:
        self.workers = max(1, workers)
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(preload))
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=ctx, initializer=_worker_init,
            initargs=(os.getpid(), warm_up),
        )

    def map(self, fn: Callable[[T], R], keyed: Iterable[tuple[K, T]]) -> Iterator[tuple[K, R]]:
        window: deque[tuple[K, Future[R]]] = deque()
        limit = self.workers * INFLIGHT_PER_WORKER
        items = iter(keyed)
        try:
            while True:
                while len(window) < limit:
                    nxt = next(items, None)
                    if nxt is None:
                        break
                    window.append((nxt[0], self._pool.submit(fn, nxt[1])))
                if not window:
                    return
                key, future = window.popleft()
                yield key, future.result()
        except BrokenProcessPool as exc:
            raise NewsweaveError(
                "a worker process died (out of memory?); run the same ingest again to resume"
            ) from exc
        finally:
            for _, future in window:
                future.cancel()

    def pids(self) -> list[int]:
        """The worker processes' ids (benchmarks read their memory); the pool keeps them privately."""
        return list(getattr(self._pool, "_processes", None) or ())

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def default_workers(input_bytes: int, has_urls: bool) -> int:
    """All local cores, except for a small local input: there, starting a pool costs more than it saves."""
    return local_cores() if has_urls or input_bytes >= POOL_MIN_INPUT_BYTES else 1


def make_executor(
    engine: str, workers: int | None, address: str | None = None, warm_up: Callable[[], None] | None = None
) -> Executor:
    """``local`` with 1 worker runs in-process; ``local`` with more, a process pool; ``ray``, an actor pool
    (``workers``: actors, default one per CPU of the cluster)."""
    if engine == "ray":
        from newsweave.runners.ray_engine import RayExecutor

        return RayExecutor(workers, address, warm_up)
    if engine != "local":
        raise NewsweaveError(f"unknown engine {engine!r}; expected 'local' or 'ray'")
    n = workers or local_cores()
    if n <= 1:
        return InlineExecutor()  # type: ignore[return-value]
    return ProcessExecutor(n, warm_up)  # type: ignore[return-value]


__all__ = [
    "Executor", "InlineExecutor", "ProcessExecutor", "default_workers", "local_cores", "make_executor",
]
