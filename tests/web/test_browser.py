"""End to end in Debian's headless chromium: story list -> briefing -> a cited span in its source."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave.models import Article
from newsweave.runners.local import ingest_articles
from newsweave.store import open_store
from newsweave.web.app import WebSettings, create_app

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.browser

TEXTS = [
    (
        "Gazette",
        "Ferry runs aground off Quenford",
        "A passenger ferry ran aground off Quenford on Monday, the coastguard said. All 212 passengers were "
        "taken ashore by lifeboats. The coastguard said the ferry struck a sandbank in fog.",
    ),
    (
        "Herald",
        "Quenford ferry grounding: passengers rescued",
        "All 212 passengers of a ferry that ran aground off Quenford were rescued, the coastguard said on "
        "Monday. The ferry hit a sandbank in thick fog, according to the harbour master.",
    ),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
        pytest.skip("chromium is not installed")
    store = open_store(str(tmp_path / "browser.db"))
    articles = [
        Article(id=f"b{i}", text=t, title=title, outlet=o, published=f"2031-06-0{i + 1}")
        for i, (o, title, t) in enumerate(TEXTS)
    ]
    ingest_articles(store, articles)
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(WebSettings(), store=store), host="127.0.0.1", port=port, log_level="error"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.close()


def test_click_from_story_list_to_briefing_to_cited_span(server: str) -> None:
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        pytest.fail("chromium missing")
    from playwright.sync_api import sync_playwright

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(server + "/")
            page.click("a.story-link")
            page.wait_for_selector("h2:has-text('Summary')")
            assert "/stories/st-" in page.url
            page.click("ol.summary a.cite >> nth=0")
            mark = page.wait_for_selector("mark.cited")
            assert mark is not None
            cited = mark.inner_text()
            assert cited and cited in " ".join(t for _, _, t in TEXTS)
            assert page.evaluate("location.hash").startswith("#c")
            assert not errors, errors  # a CSP violation would show up here
        finally:
            browser.close()
