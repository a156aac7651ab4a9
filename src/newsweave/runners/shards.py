"""Completion markers: a shard whose every article is committed is recorded, and a later run skips it unread.

As datatrove does per task, on top of the store's per-batch transactions: a marker is written in the same
transaction as the batch that committed the shard's last article, so it can never claim more than is
stored. A crash mid-shard leaves no marker; the next run reads that shard again and the store's identity
check skips what was already committed. Markers live in the store's ``meta`` table, so they follow the
store (SQLite file or PostgreSQL database) and need no schema change.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from newsweave.ingest.stream import Shard
from newsweave.store import Store

MARKER_PREFIX = "shard.done:"


def marker_key(shard: Shard) -> str:
    return MARKER_PREFIX + shard.fingerprint


def is_done(store: Store, shard: Shard) -> bool:
    return store.get_meta(marker_key(shard)) is not None


def mark_done(store: Store, shard: Shard, articles: int) -> None:
    """Record the shard as complete (call inside the transaction of its last batch)."""
    value = json.dumps(
        {"path": shard.path, "bytes": shard.size, "articles": articles,
         "at": datetime.now(UTC).isoformat(timespec="seconds")}
    )
    store.set_meta(marker_key(shard), value)


__all__ = ["MARKER_PREFIX", "is_done", "mark_done", "marker_key"]
