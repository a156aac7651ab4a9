"""SQLite backend: one file, WAL journal, an FTS5 index updated in each article's own transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from newsweave.errors import StoreError
from newsweave.models import Article
from newsweave.store.base import Row, Store, split_sql_script
from newsweave.text import WORD

BUSY_TIMEOUT_S = 30.0  # a second writer (another ingest) waits this long for the lock, then fails


class SqliteStore(Store):
    backend = "sqlite"

    def __init__(self, path: str | Path, migrate: bool = True) -> None:
        self.path = str(path)
        try:
            # The folder must exist: a mistyped --db never creates directories anywhere.
            parent = Path(self.path).parent
            if self.path != ":memory:" and not parent.is_dir():
                raise StoreError(f"cannot open SQLite database {self.path}: folder {parent} does not exist")
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE), so one article = one commit.
            self._conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open SQLite database {self.path}: {exc}") from exc
        if migrate:
            self.migrate()

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            return list(self._conn.execute(sql, tuple(params)).fetchall())
        except (sqlite3.Error, OverflowError) as exc:  # OverflowError: an integer over 64 bits
            raise StoreError(f"SQLite query failed: {exc}") from exc

    def _execute(self, sql: str, params: Sequence[object] = ()) -> int:
        try:
            return self._conn.execute(sql, tuple(params)).rowcount
        except (sqlite3.Error, OverflowError) as exc:
            raise StoreError(f"SQLite statement failed: {exc}") from exc

    def _run_script(self, sql: str) -> None:
        try:
            # executescript would COMMIT an open transaction: run statement by statement instead.
            for statement in split_sql_script(sql):
                self._conn.execute(statement)
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite migration failed: {exc}") from exc

    @contextmanager
    def _outermost_transaction(self) -> Iterator[None]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite cannot begin a transaction: {exc}") from exc
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite commit failed: {exc}") from exc

    def _after_article_insert(self, article: Article) -> None:
        self._execute(
            "INSERT INTO articles_fts (rowid, title, text) "
            "SELECT seq, title, text FROM articles WHERE id = ?",
            (article.id,),
        )

    def _fulltext_condition(self) -> str:
        return "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"

    def _fulltext_param(self, text: str) -> str:
        # Each word quoted: user input never reaches FTS5's query syntax (AND/OR/NEAR, column filters).
        return " ".join(f'"{w}"' for w in WORD.findall(text)) or '""'

    def close(self) -> None:
        self._conn.close()

