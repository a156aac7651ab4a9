"""Fetching against hostile servers on 127.0.0.1: tarpits end at the deadline, the checked address is the
one dialled (DNS rebinding closed), environment proxies are ignored, malformed URLs are rejections."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from tests.hostile.servers import drip_server, page_server

from newsweave.errors import FetchError
from newsweave.fetch import FetchOptions, fetch_documents, fetch_url, guard
from newsweave.models import RawDocument, Rejection

PAGE = b"<html><head><title>Gates</title></head><body><article><p>" + b"The gates closed. " * 30 + b"</p>"
PAGE += b"</article></body></html>"
LOCAL = FetchOptions(allow_private=True, deadline_s=3.0, min_bytes_per_s=50.0, rate_grace_s=1.0)


@pytest.mark.parametrize("headers_too", [False, True])
def test_slow_drip_ends_at_the_deadline(headers_too: bool) -> None:
    with drip_server(every_s=0.2, headers_too=headers_too) as port:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"deadline|too slow"):
            fetch_url(f"http://127.0.0.1:{port}/", LOCAL)
        assert time.monotonic() - started < LOCAL.deadline_s + 1.5


def test_minimum_rate_ends_a_tarpit_before_the_deadline() -> None:
    options = FetchOptions(allow_private=True, deadline_s=30.0, min_bytes_per_s=100.0, rate_grace_s=1.0)
    with drip_server(every_s=0.1) as port:
        started = time.monotonic()
        with pytest.raises(FetchError, match="too slow"):
            fetch_url(f"http://127.0.0.1:{port}/", options)
        assert time.monotonic() - started < 5


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """``rebind.test`` answers 127.0.0.1 the first time and 127.0.0.2 (nothing listens there) after."""
    calls: list[str] = []
    real = socket.getaddrinfo

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            address = "127.0.0.1" if not calls else "127.0.0.2"
            calls.append(address)
            return real(address, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    yield calls


def test_the_checked_address_is_the_one_dialled(rebinding_dns: list[str]) -> None:
    with page_server({"/a": ("text/html", PAGE)}) as (port, seen):
        fetched = fetch_url(f"http://rebind.test:{port}/a", LOCAL)
    assert fetched.content == PAGE
    assert rebinding_dns == ["127.0.0.1"]  # resolved once, by the guard; the connection reused that answer
    assert seen[0]["host"] == f"rebind.test:{port}"  # the Host header stays the URL's


def test_a_public_answer_then_a_private_one_never_reaches_the_private_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    monkeypatch.setattr(guard, "resolve", lambda host, port: next(answers))
    dialled: list[str] = []
    real = socket.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> Any:
        dialled.append(address[0])
        raise OSError("test: no network")

    monkeypatch.setattr(socket, "create_connection", spy)
    with pytest.raises(FetchError):
        fetch_url("http://news.example/a", FetchOptions(deadline_s=2))
    assert dialled == ["93.184.216.34"]
    assert real is not spy


def test_environment_proxies_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens: using it would fail
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with page_server({"/a": ("text/html", PAGE)}) as (port, _):
        assert fetch_url(f"http://127.0.0.1:{port}/a", LOCAL).content == PAGE


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:99999/", "http://127.0.0.1/a\tb", "http://[::1/", "http://x.example:-1/", "http://\n/"],
)
def test_malformed_urls_are_rejections(url: str) -> None:
    (item,) = list(fetch_documents([url], LOCAL))
    assert isinstance(item, Rejection) and item.item == url and "\n" not in item.reason


def test_a_feed_with_a_tab_or_bad_port_in_one_link_keeps_the_others() -> None:
    with page_server({}) as (port, _):
        base = f"http://127.0.0.1:{port}"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Good</title><link>{base}/a</link></item>"
        "<item><title>Tab</title><link>{base}/b&#9;c</link></item>"
        "<item><title>Port</title><link>http://127.0.0.1:70000/c</link></item>"
        "</channel></rss>"
    )
    pages: dict[str, tuple[str, bytes]] = {"/a": ("text/html", PAGE)}
    with page_server(pages) as (port, _):
        base = f"http://127.0.0.1:{port}"
        pages["/feed"] = ("application/rss+xml", feed.replace("{base}", base).encode())
        items = list(fetch_documents([f"{base}/feed"], LOCAL, sleep=lambda s: None))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert len(docs) == 1 and len(rejected) == 2
