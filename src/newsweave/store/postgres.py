"""PostgreSQL backend (psycopg 3): SQLite's schema and queries; full text through a generated tsvector."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg

from newsweave.errors import StoreError
from newsweave.store.base import Row, Store, split_sql_script

CONNECT_TIMEOUT_S = 10
MIGRATION_LOCK = 4242  # advisory lock keys (pg_advisory_xact_lock): migrations, story assignment
ASSIGNMENT_LOCK = 4243


class PostgresStore(Store):
    backend = "postgres"

    def __init__(self, dsn: str, migrate: bool = True) -> None:
        self.dsn = dsn
        try:
            self._conn = psycopg.connect(dsn, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        if not migrate:
            return
        with self.transaction():
            # Two processes migrating at once: the second waits for the first.
            self._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            self.migrate()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            with self._conn.cursor() as cur:
                cur.execute(self._sql(sql), tuple(params))  # type: ignore[call-overload]
                return list(cur.fetchall())
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL query failed: {exc}") from exc

    def _execute(self, sql: str, params: Sequence[object] = ()) -> int:
        try:
            with self._conn.cursor() as cur:
                cur.execute(self._sql(sql), tuple(params))  # type: ignore[call-overload]
                return cur.rowcount
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL statement failed: {exc}") from exc

    def _run_script(self, sql: str) -> None:
        for statement in split_sql_script(sql):
            self._execute(statement)

    @contextmanager
    def _outermost_transaction(self) -> Iterator[None]:
        try:
            with self._conn.transaction():
                yield
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL transaction failed: {exc}") from exc

    def _lock_assignment(self) -> None:
        # Released at commit or rollback; a second ingest waits here before reading the stories.
        self._execute("SELECT pg_advisory_xact_lock(?)", (ASSIGNMENT_LOCK,))

    def _fulltext_condition(self) -> str:
        return "a.search @@ plainto_tsquery('english', ?)"

    def _fulltext_param(self, text: str) -> str:
        return text

    def close(self) -> None:
        self._conn.close()
