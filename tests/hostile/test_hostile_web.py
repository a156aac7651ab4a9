"""The web app under hostile clients: reads never wait for writes or rebuilds, the key and the body size are
checked before a body byte is read, writes are rate-limited, paging is bounded, SIGTERM stops the server."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.hostile.servers import free_port, wait_for_port
from tests.store.conftest import _pg_schema_dsn

from newsweave.group.stories import OnlineClusterer
from newsweave.models import Annotations, Article, Span
from newsweave.runners import stored_briefings as briefs
from newsweave.store import open_store
from newsweave.web.app import WebSettings, create_app
from newsweave.web.limits import RequestLimits
from newsweave.web.rebuild import RebuildOptions

KEY = "k-123"
TEXT = "The river Quell burst its banks on Tuesday, the mayor of Marrowby said. Two bridges were closed."


def _add(store: Any, clusterer: OnlineClusterer, i: int) -> None:
    a = Article(id=f"a{i}", text=f"{TEXT} Update {i}.", title="Quell floods", outlet=f"O{i}",
                published=f"2030-03-{i + 1:02d}")
    store.commit_article(a, Annotations(a.id, (Span(a.id, 0, len(a.text)),)), clusterer.assign(a, Annotations(
        a.id, (Span(a.id, 0, len(a.text)),))))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    path = str(tmp_path / "web.db")
    store = open_store(path)
    clusterer = OnlineClusterer()
    for i in range(2):
        _add(store, clusterer, i)
    briefs.brief_story(store, "st-a0")  # a stored briefing of 2 articles
    _add(store, clusterer, 2)  # the story has grown since: the briefing is stale
    store.close()
    yield path


def _slow_rebuilds(monkeypatch: pytest.MonkeyPatch, seconds: float) -> list[str]:
    built: list[str] = []
    real = briefs.brief_story

    def slow(store: Any, story_id: str, *args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        built.append(story_id)
        return real(store, story_id, *args, **kwargs)

    monkeypatch.setattr(briefs, "brief_story", slow)
    return built


def test_story_page_serves_the_stored_briefing_while_a_rebuild_runs(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _slow_rebuilds(monkeypatch, 3.0)
    settings = WebSettings(db=db, rebuild=RebuildOptions(in_process=False, interval_s=0.0))
    with TestClient(create_app(settings)) as client:
        for path in ("/stories/st-a0", "/api/v1/stories/st-a0/briefing"):
            started = time.monotonic()
            r = client.get(path)
            # the rebuild takes 3 s: a GET that waited for it could not answer this fast
            assert r.status_code == 200 and time.monotonic() - started < 2.5, path
        assert client.get("/stories/st-a0/report").status_code == 200  # first render loads the basemap
        assert "3 articles" in client.get("/stories/st-a0").text  # the story as it is now
        assert len(client.get("/api/v1/stories/st-a0/briefing").json()["sources"]) == 2  # last briefing
        deadline = time.monotonic() + 20
        while not built and time.monotonic() < deadline:
            time.sleep(0.1)
        assert built == ["st-a0"]  # rebuilt once, in the background


def test_a_story_without_a_briefing_answers_202_instead_of_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_rebuilds(monkeypatch, 3.0)
    path = str(tmp_path / "new.db")
    store = open_store(path)
    _add(store, OnlineClusterer(), 0)
    store.close()
    settings = WebSettings(db=path, first_briefing_wait_s=0.2, rebuild=RebuildOptions(in_process=False))
    with TestClient(create_app(settings)) as client:
        page = client.get("/stories/st-a0")
        assert page.status_code == 202 and page.headers["retry-after"] and "being built" in page.text
        assert client.get("/api/v1/stories/st-a0/briefing").status_code == 202


def test_reads_go_on_while_a_writer_holds_the_database(db: str) -> None:
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another ingest, mid-transaction
    try:
        with TestClient(create_app(WebSettings(db=db))) as client:
            started = time.monotonic()
            assert client.get("/api/v1/stories").status_code == 200
            assert client.get("/stories/st-a0").status_code == 200
            assert time.monotonic() - started < 5.0  # the writer holds its lock for the whole test
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_huge_offset_is_a_400(db: str) -> None:
    with TestClient(create_app(WebSettings(db=db))) as client:
        assert client.get("/api/v1/stories", params={"offset": 10**30}).status_code in (400, 422)
        assert client.get("/api/v1/stories", params={"offset": 2**63}).status_code == 400


def test_key_is_checked_before_a_body_byte_is_read() -> None:
    reached: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append("app")

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/ingest", "client": ("127.0.0.1", 1),
             "headers": [(b"content-length", b"190000000")]}
    asyncio.run(RequestLimits(app, api_key=KEY)(scope, receive, send))
    assert sent[0]["status"] == 401 and not reached
    scope["headers"] = [(b"content-length", b"190000000"), (b"x-api-key", KEY.encode())]
    sent.clear()
    asyncio.run(RequestLimits(app, api_key=KEY)(scope, receive, send))
    assert sent[0]["status"] == 413 and not reached


def test_body_limits_on_every_endpoint_chunked_too(db: str) -> None:
    settings = WebSettings(db=db, api_key=KEY, max_body_bytes=100_000)
    with TestClient(create_app(settings)) as client:
        assert client.request("GET", "/api/v1/stories", content=b"x" * 70_000).status_code == 413

        def chunks() -> Iterator[bytes]:
            for _ in range(20):
                yield b" " * 10_000

        r = client.post("/api/v1/ingest", content=chunks(), headers={"X-API-Key": KEY,
                                                                     "Content-Type": "application/json"})
        assert r.status_code == 413


def test_writes_are_rate_limited(db: str) -> None:
    settings = WebSettings(db=db, api_key=KEY, write_burst=2, writes_per_minute=1.0)
    with TestClient(create_app(settings)) as client:
        codes = [client.post("/api/v1/ingest", json={"documents": []}, headers={"X-API-Key": KEY}).status_code
                 for _ in range(3)]
        assert codes[:2] == [200, 200] and codes[2] == 429
        r = client.post("/api/v1/ingest", json={"documents": []}, headers={"X-API-Key": KEY})
        assert int(r.headers["retry-after"]) >= 1


def test_api_text_over_the_limit_is_rejected_like_the_cli(db: str) -> None:
    from newsweave.ingest.article import MAX_ARTICLE_CHARS

    settings = WebSettings(db=db, api_key=KEY)
    sentence = "The council met again and said little. "
    long_text = sentence * (MAX_ARTICLE_CHARS // len(sentence) + 10)
    with TestClient(create_app(settings)) as client:
        body = {"documents": [{"text": long_text}]}
        r = client.post("/api/v1/ingest", json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 200 and r.json()["stored"] == 0
        assert "1,000,000" in r.json()["rejected"][0]


def test_sigterm_stops_the_server(db: str) -> None:
    port = free_port()
    cli = str(Path(sys.executable).parent / "newsweave")
    proc = subprocess.Popen([cli, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, 60)
        page = f"http://127.0.0.1:{port}/stories/st-a0"
        hold = threading.Thread(target=lambda: httpx.get(page, timeout=30))
        hold.start()
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) is not None
        hold.join(30)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.postgres
def test_pooled_requests_on_postgres() -> None:
    for dsn in _pg_schema_dsn():
        store = open_store(dsn)
        clusterer = OnlineClusterer()
        for i in range(2):
            _add(store, clusterer, i)
        briefs.brief_story(store, "st-a0")
        store.close()
        with TestClient(create_app(WebSettings(db=dsn, pool_size=4))) as client:
            for _ in range(10):  # more requests than connections: they are reused
                assert client.get("/api/v1/stories").json()[0]["size"] == 2
                assert client.get("/stories/st-a0").status_code == 200
