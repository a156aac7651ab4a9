"""The progress display of ``newsweave ingest``: overall (the bar: bytes of shards read, which runs one window
of articles ahead of the commits; articles stored) and the shard being read (articles so far). Drawn on
stderr only when it is a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from newsweave.ingest.stream import Shard
from newsweave.runners.stream import StreamProgress


class RichStreamProgress(StreamProgress):
    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TimeRemainingColumn(),
            console=console, transient=True, disable=not sys.stderr.isatty(),
        )
        self._overall: TaskID | None = None
        self._shard: TaskID | None = None
        self._briefs: TaskID | None = None
        self._read = 0
        self._stored = 0
        self._skipped = 0
        self._shards_read = 0
        self._shards = 0

    def __enter__(self) -> RichStreamProgress:
        self._bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bar.stop()

    def _describe(self) -> str:
        return (
            f"read {self._shards_read}/{self._shards} shards · {self._stored} stored"
            + (f", {self._skipped} already there" if self._skipped else "")
        )

    def start(self, shards: int, total_bytes: int, skipped_shards: int) -> None:
        self._shards = shards
        self._overall = self._bar.add_task(self._describe(), total=total_bytes or None)
        if skipped_shards:
            self._bar.console.print(
                f"{skipped_shards} shard(s) complete from an earlier run, skipped", highlight=False
            )

    def shard_started(self, shard: Shard) -> None:
        name = shard.path if len(shard.path) <= 48 else "…" + shard.path[-47:]
        self._read = 0
        if self._shard is None:
            self._shard = self._bar.add_task(name, total=None)
        self._bar.update(self._shard, description=f"  {name}: 0 articles", completed=0)

    def article_read(self, shard: Shard | None) -> None:
        self._read += 1
        if self._shard is not None and shard is not None and self._read % 16 == 0:
            name = shard.path if len(shard.path) <= 48 else "…" + shard.path[-47:]
            self._bar.update(self._shard, description=f"  {name}: {self._read} articles")

    def shard_read(self, shard: Shard) -> None:
        self._shards_read += 1
        if self._overall is not None:
            self._bar.update(self._overall, advance=shard.size, description=self._describe())

    def committed(self, stored: int, skipped: int) -> None:
        self._stored, self._skipped = stored, skipped
        if self._overall is not None:
            self._bar.update(self._overall, description=self._describe())

    def briefing(self, done: int, total: int) -> None:
        if self._briefs is None:
            self._briefs = self._bar.add_task("briefings", total=total)
        self._bar.update(self._briefs, completed=done, description=f"briefings {done}/{total}")


__all__ = ["RichStreamProgress"]
