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
    "target_of",
]


def default_target() -> str:
    return os.environ.get("NEWSWEAVE_DB") or DEFAULT_DB


def open_store(target: str | None = None, migrate: bool = True) -> Store:
    """A connection to the store at ``target``; ``migrate=False`` skips the schema check (pooled readers of
    a store that was opened, and migrated, once already)."""
    target = target or default_target()
    if target.startswith(("postgresql://", "postgres://")):
        from newsweave.store.postgres import PostgresStore

        return PostgresStore(target, migrate)
    from newsweave.store.sqlite import SqliteStore

    return SqliteStore(target, migrate)


def target_of(store: Store) -> str | None:
    """The target another connection to the same store would open; None for a private in-memory one."""
    from newsweave.store.postgres import PostgresStore
    from newsweave.store.sqlite import SqliteStore

    if isinstance(store, SqliteStore):
        return None if store.path == ":memory:" else store.path
    if isinstance(store, PostgresStore):
        return store.dsn
    return None
