"""The store suite runs on both backends: SQLite (a temp file) and PostgreSQL (NEWSWEAVE_TEST_PG or the
fixed DSN that .ci/services sets up). PostgreSQL is skipped locally when no server answers, never in CI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave.store import Store, open_store

PG_DSN = os.environ.get("NEWSWEAVE_TEST_PG", "postgresql://newsweave:newsweave@127.0.0.1:5432/newsweave_test")


def _pg_schema_dsn() -> Iterator[str]:
    """A fresh schema per test, so tests never see each other's rows."""
    import psycopg

    try:
        admin = psycopg.connect(PG_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL not reachable in CI: {exc}")
        pytest.skip(f"no PostgreSQL server reachable at {PG_DSN}")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_DSN else "?"
    try:
        yield f"{PG_DSN}{sep}options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _pg_schema_dsn()


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    s = open_store(store_target)
    try:
        yield s
    finally:
        s.close()
