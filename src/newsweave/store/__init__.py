"""The corpus store: SQLite by default (one file), PostgreSQL for a shared server, same schema and behaviour.

open_store(target)   a path (SQLite) or a postgresql:// DSN -> Store, migrated to the current schema
"""

from __future__ import annotations

import os

from newsweave.store.base import BriefingVersion, Store, StoredStory, StoryEvent, StoryQuery, content_hash

DEFAULT_DB = "newsweave.db"

__all__ = [
    "DEFAULT_DB",
    "BriefingVersion",
    "Store",
    "StoredStory",
    "StoryEvent",
    "StoryQuery",
    "content_hash",
    "default_target",
    "open_store",
]


def default_target() -> str:
    return os.environ.get("NEWSWEAVE_DB") or DEFAULT_DB


def open_store(target: str | None = None) -> Store:
    target = target or default_target()
    if target.startswith(("postgresql://", "postgres://")):
        from newsweave.store.postgres import PostgresStore

        return PostgresStore(target)
    from newsweave.store.sqlite import SqliteStore

    return SqliteStore(target)
