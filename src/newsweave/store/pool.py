"""A pool of store connections for a threaded server: each request borrows its own connection.

SQLite in WAL mode lets any number of readers run beside the one writer, but only on separate connections;
PostgreSQL serves each connection in its own backend. Connections are opened lazily up to ``size``,
reused, and closed with the pool. A store that cannot be opened twice (SQLite ``:memory:``) is shared
under a lock instead, which serialises its users as before.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from newsweave.errors import StoreError
from newsweave.store import Store, open_store, target_of

# Enough for uvicorn's thread pool (40 threads by default) to rarely wait; each SQLite connection costs
# about 2 MB of page cache, a PostgreSQL one a server backend.
POOL_SIZE = 16
ACQUIRE_TIMEOUT_S = 10.0  # a request waiting longer than this for a connection fails (503), never hangs


class StorePool:
    def __init__(self, target: str | None, size: int = POOL_SIZE, first: Store | None = None) -> None:
        """``first``: an already open (and migrated) connection to ``target`` to start with."""
        if first is None:
            first = open_store(target)  # migrates once; pooled connections skip the check
        self.target = target_of(first)
        self._size = max(1, size) if self.target is not None else 1
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._idle.put(first)
        self._opened = [first]
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def around(cls, store: Store, size: int = POOL_SIZE) -> StorePool:
        return cls(target_of(store), size, first=store)

    @contextmanager
    def connection(self) -> Iterator[Store]:
        store = self._acquire()
        try:
            yield store
        except BaseException as exc:
            # A store error may have left the connection unusable (a PostgreSQL server restart): it is
            # replaced by a fresh one on demand rather than handed to the next request.
            self._release(store, broken=isinstance(exc, StoreError))
            raise
        self._release(store, broken=False)

    def _acquire(self) -> Store:
        if self._closed:
            raise StoreError("the store pool is closed")
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._opened) < self._size and self.target is not None:
                store = open_store(self.target, migrate=False)
                self._opened.append(store)
                return store
        try:
            return self._idle.get(timeout=ACQUIRE_TIMEOUT_S)
        except queue.Empty:
            raise StoreError(f"no store connection free within {ACQUIRE_TIMEOUT_S:.0f} s") from None

    def _release(self, store: Store, broken: bool) -> None:
        if broken and self.target is not None:
            with self._lock:
                self._opened.remove(store)
            with suppress(StoreError, OSError):
                store.close()
            return
        self._idle.put(store)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            for store in self._opened:
                with suppress(StoreError):
                    store.close()
            self._opened.clear()
