"""The Ray executor (``newsweave ingest --engine ray``): an actor pool on a Ray cluster, one model per actor.

Ray comes with the optional extra ``newsweave[ray]`` and is imported only here, only when this engine is
chosen; no stage imports it. Actors run the same task functions as the local pool (runners/tasks.py). An
actor that dies (a killed process, a lost node) is restarted and its tasks are retried, which is safe
because tasks are pure: the only writer is the driver, which consumes each result exactly once, in order.

``address``: None starts a private local cluster of ``workers`` CPUs; ``auto`` joins the cluster that
``ray start --head`` started on this machine; ``ray://host:10001`` connects through Ray Client.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newsweave.errors import NewsweaveError
from newsweave.runners.executors import INFLIGHT_PER_WORKER, _Closing, local_cores

K = TypeVar("K")
T = TypeVar("T")
R = TypeVar("R")

# Object store of a private local cluster: our payloads are chunks of ~1 MB, and Ray's default (30% of RAM)
# would reserve gigabytes of shared memory on a small machine.
LOCAL_OBJECT_STORE_BYTES = 256 * 2**20
# A task whose actor died is retried this many times on a restarted actor: enough for lost nodes and killed
# processes, while an input that kills every actor it meets fails the run instead of looping for ever.
MAX_TASK_RETRIES = 3


class _Worker:
    """One actor: loads the model once, then runs whatever task function it is handed."""

    def __init__(self, warm_up: Callable[[], None] | None) -> None:
        if warm_up is not None:
            warm_up()

    def run(self, fn: Callable[[Any], Any], payload: Any) -> Any:
        return fn(payload)

    def pid(self) -> int:
        return os.getpid()


def ray_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("ray") is not None


class RayExecutor(_Closing):
    def __init__(
        self,
        workers: int | None = None,
        address: str | None = None,
        warm_up: Callable[[], None] | None = None,
    ) -> None:
        try:
            import ray
        except ImportError as exc:
            raise NewsweaveError(
                "the ray engine needs the optional extra: pip install 'newsweave[ray]'"
            ) from exc
        self._ray = ray
        self._owns_runtime = False
        if not ray.is_initialized():
            try:
                if address:
                    ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
                else:
                    ray.init(
                        num_cpus=workers or local_cores(),
                        include_dashboard=False,
                        log_to_driver=False,
                        object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                        logging_level=logging.WARNING,
                    )
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = address or "local"
                raise NewsweaveError(f"cannot start or reach the Ray cluster ({where}): {exc}") from exc
            self._owns_runtime = True
        resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
        self.workers = workers or max(1, int(resources.get("CPU", 1)))
        actor = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=MAX_TASK_RETRIES)(_Worker)
        self._actors: list[Any] = [actor.remote(warm_up) for _ in range(self.workers)]

    def pids(self) -> list[int]:
        """The actors' process ids (tests kill one of them mid-run)."""
        return list(self._ray.get([a.pid.remote() for a in self._actors]))

    def map(self, fn: Callable[[T], R], keyed: Iterable[tuple[K, T]]) -> Iterator[tuple[K, R]]:
        ray = self._ray
        load = [0] * len(self._actors)  # tasks in flight per actor: the next goes to the least loaded
        window: deque[tuple[K, Any, int]] = deque()
        limit = len(self._actors) * INFLIGHT_PER_WORKER
        items = iter(keyed)
        while True:
            while len(window) < limit:
                nxt = next(items, None)
                if nxt is None:
                    break
                i = min(range(len(load)), key=load.__getitem__)
                load[i] += 1
                window.append((nxt[0], self._actors[i].run.remote(fn, nxt[1]), i))
            if not window:
                return
            key, ref, i = window.popleft()
            try:
                result: R = ray.get(ref)
            except ray.exceptions.RayTaskError as exc:
                if isinstance(exc.cause, NewsweaveError):  # e.g. the model cannot load: same exit as locally
                    raise exc.cause from exc
                raise NewsweaveError(f"a Ray task failed: {type(exc.cause).__name__}") from exc
            except ray.exceptions.RayError as exc:
                raise NewsweaveError(f"a Ray task failed for good: {type(exc).__name__}") from exc
            load[i] -= 1
            yield key, result

    def close(self) -> None:
        for a in self._actors:
            self._ray.kill(a)
        self._actors = []
        if self._owns_runtime:
            self._ray.shutdown()


__all__ = ["RayExecutor", "ray_available"]
