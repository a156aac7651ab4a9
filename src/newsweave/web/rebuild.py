"""Briefings are rebuilt in the background, never inside a request.

The web app serves the last stored briefing of a story and asks this worker for a fresh one when the story's
members have changed since. One worker thread takes the stories in request order; a story is rebuilt at most
once per ``interval_s`` however fast it grows. Where the store can be opened again (a SQLite file, a
PostgreSQL DSN) the rebuild runs in a child process with a wall-clock budget: past ``budget_s`` it is
killed, the old briefing stays, and the story is not tried again for ``backoff_s``. A child process also
keeps the weaving off the server's interpreter lock. A private in-memory store is rebuilt on the worker
thread instead (no budget can be enforced there: it is for tests and small demos).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from newsweave.store import open_store

if TYPE_CHECKING:  # the weave stage loads in the rebuild only
    from newsweave.weave.briefing import AlignmentPath, WeaveOptions

log = logging.getLogger("newsweave.web")

# Calibrated on this machine: a 100-article story weaves in ~10 s, spawning the child costs ~3 s.
REBUILD_INTERVAL_S = 10.0
REBUILD_BUDGET_S = 120.0
TIMEOUT_BACKOFF_S = 600.0


@dataclass(frozen=True, slots=True)
class RebuildOptions:
    interval_s: float = REBUILD_INTERVAL_S
    budget_s: float = REBUILD_BUDGET_S
    backoff_s: float = TIMEOUT_BACKOFF_S
    in_process: bool = True  # False: always on the worker thread (no budget)
    summary_words: int = 150
    alignment: AlignmentPath = "lexical"  # "semantic": claims aligned with the sentence encoder too

    def weave_options(self) -> WeaveOptions:
        from newsweave.weave.briefing import WeaveOptions

        return WeaveOptions(summary_words=self.summary_words, alignment=self.alignment)


def rebuild_story(target: str, story_id: str, options: RebuildOptions) -> None:
    """Weave the story from the store and save the result as its next briefing version."""
    from newsweave.runners.stored_briefings import brief_story

    with open_store(target, migrate=False) as store:
        brief_story(store, story_id, options.weave_options())


def main(argv: list[str]) -> int:
    """The child process: ``python -m newsweave.web.rebuild STORY_ID SUMMARY_WORDS [ALIGNMENT]``; the store
    comes in $NEWSWEAVE_DB (a DSN may hold a password: never on a command line)."""
    from newsweave.store import default_target

    try:
        alignment: AlignmentPath = "semantic" if argv[2:3] == ["semantic"] else "lexical"
        rebuild_story(default_target(), argv[0], RebuildOptions(summary_words=int(argv[1]),
                                                                alignment=alignment))
    except Exception as exc:  # one line for the server's log, never a traceback
        print(f"newsweave rebuild {argv[0]}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


class BriefingWorker:
    def __init__(
        self, target: str | None, in_thread: Callable[[str], None], options: RebuildOptions | None = None
    ) -> None:
        """``target``: the store a child process opens (None: rebuild with ``in_thread`` on this thread)."""
        self.options = options or RebuildOptions()
        self._target = target if self.options.in_process else None
        self._in_thread = in_thread
        self._cond = threading.Condition()
        self._pending: dict[str, None] = {}  # insertion-ordered set
        self._not_before: dict[str, float] = {}
        self._running: str | None = None
        self._finished = 0  # bumped after every attempt: waiters re-check the store
        self._child: subprocess.Popen[bytes] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsweave-rebuild", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def request(self, story_id: str) -> None:
        """Ask for a fresh briefing of the story (no-op when already queued or being built)."""
        with self._cond:
            if story_id not in self._pending and story_id != self._running:
                self._pending[story_id] = None
                self._cond.notify_all()

    def wait(self, story_id: str, timeout: float, done: Callable[[], bool]) -> bool:
        """Wait up to ``timeout`` s until ``done()``, re-checked after each rebuild; return its last value."""
        deadline = time.monotonic() + timeout
        while not done():
            with self._cond:
                left = deadline - time.monotonic()
                idle = story_id not in self._pending and story_id != self._running
                if left <= 0 or self._stop.is_set() or idle:  # idle: tried, failed, backing off
                    break
                seen = self._finished
                self._cond.wait_for(partial(self._moved_on, seen), left)
        return done()

    def _moved_on(self, seen: int) -> bool:
        return self._finished != seen or self._stop.is_set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
            child = self._child
        if child is not None and child.poll() is None:
            child.kill()
        if self._thread.is_alive():
            self._thread.join(timeout)

    # --- the worker thread ----------------------------------------------------------------------------
    def _next(self) -> str | None:
        with self._cond:
            while not self._stop.is_set():
                now = time.monotonic()
                ready = [s for s in self._pending if self._not_before.get(s, 0.0) <= now]
                if ready:
                    story_id = ready[0]
                    del self._pending[story_id]
                    self._running = story_id
                    return story_id
                waits = [self._not_before.get(s, 0.0) - now for s in self._pending]
                self._cond.wait(min(waits) if waits else None)
            return None

    def _run(self) -> None:
        while (story_id := self._next()) is not None:
            started = time.monotonic()
            try:
                ok = self._build(story_id)
            except Exception:  # the worker thread must outlive any one rebuild
                log.exception("rebuilding the briefing of %s failed", story_id)
                ok = False
            pause = self.options.interval_s if ok else self.options.backoff_s
            with self._cond:
                self._not_before[story_id] = started + pause
                self._running = None
                self._finished += 1
                self._cond.notify_all()

    def _build(self, story_id: str) -> bool:
        if self._target is None:
            try:
                self._in_thread(story_id)
                return True
            except Exception:  # a failed rebuild keeps the old briefing; it is logged, never raised
                log.exception("rebuilding the briefing of %s failed", story_id)
                return False
        with self._cond:
            if self._stop.is_set():
                return False
            # A fresh interpreter, not fork: forking a threaded server is unsafe.
            child = subprocess.Popen(
                [sys.executable, "-m", "newsweave.web.rebuild", story_id, str(self.options.summary_words),
                 self.options.alignment],
                env={**os.environ, "NEWSWEAVE_DB": self._target},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            self._child = child
        try:
            _, err = child.communicate(timeout=self.options.budget_s)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            budget = self.options.budget_s
            log.warning("briefing of %s not rebuilt within %.0f s; keeping the last one", story_id, budget)
            return False
        finally:
            with self._cond:
                self._child = None
        if child.returncode != 0 and not self._stop.is_set():
            reason = err.decode(errors="replace")[-500:]
            log.warning("rebuilding the briefing of %s failed: %s", story_id, reason)
        return child.returncode == 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
