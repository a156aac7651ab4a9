from __future__ import annotations

import httpx
import pytest

from newsweave.errors import FetchError
from newsweave.fetch import FetchOptions, check_host, fetch_documents, fetch_url, guard
from newsweave.models import RawDocument, Rejection

PUBLIC = {"news.example": ["93.184.216.34"], "evil.example": ["10.1.2.3"], "v6.example": ["::ffff:127.0.0.1"]}


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(host: str, port: int) -> list[str]:
        if host in PUBLIC:
            return PUBLIC[host]
        if host.replace(".", "").isdigit() or ":" in host:
            return [host]
        raise FetchError(f"cannot resolve {host}")

    monkeypatch.setattr(guard, "resolve", resolve)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/x",
        "http://10.0.0.8/",
        "http://169.254.169.254/latest",
        "http://evil.example/",
        "http://v6.example/",
        "http://[::1]/",
    ],
)
def test_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        check_host(url)
    check_host(url, allow_private=True)


def test_only_http_schemes() -> None:
    with pytest.raises(FetchError, match="only http"):
        check_host("file:///etc/passwd", allow_private=True)


PAGE = (
    b"<html><head><title>Harbour gates close</title></head><body><article><p>"
    + b"The gates closed. " * 30
    + b"</p></article></body></html>"
)
FEED = b"""<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Coast Wire</title>
<item><title>Gates close</title><link>http://news.example/a</link>
<pubDate>Tue, 02 Mar 2032 10:00:00 GMT</pubDate><dc:creator>Ines Varro</dc:creator></item>
<item><title>Sneaky</title><link>http://evil.example/b</link></item>
</channel></rss>"""


def _client(seen: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path == "/feed":
            return httpx.Response(200, content=FEED, headers={"content-type": "application/rss+xml"})
        if path == "/hop":
            return httpx.Response(302, headers={"location": "http://10.9.9.9/inside"})
        if path == "/big":
            return httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/html"})
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"})

    return httpx.Client(
        transport=httpx.MockTransport(handler), headers={"User-Agent": FetchOptions().user_agent}
    )


def test_redirect_to_a_private_address_is_refused() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(FetchError, match="non-public"):
        fetch_url("http://news.example/hop", client=_client(seen))
    assert [r.url.host for r in seen] == ["news.example"]


def test_size_limit() -> None:
    with pytest.raises(FetchError, match="limit"):
        fetch_url("http://news.example/big", FetchOptions(max_bytes=1000), client=_client([]))


def test_polite_user_agent_and_page() -> None:
    seen: list[httpx.Request] = []
    got = fetch_url("http://news.example/a", client=_client(seen))
    assert got.content == PAGE and got.charset == "utf-8"
    assert seen[0].headers["user-agent"].startswith("newsweave/")


def test_feed_expands_to_pages_and_rejects_private_links() -> None:
    out = list(fetch_documents(["http://news.example/feed"], sleep=lambda s: None, client=_client([])))
    docs = [d for d in out if isinstance(d, RawDocument)]
    rejected = [d for d in out if isinstance(d, Rejection)]
    assert len(docs) == 1 and docs[0].metadata.outlet == "Coast Wire"
    assert docs[0].metadata.published == "2032-03-02T10:00:00Z"
    assert docs[0].metadata.title == "Gates close"
    assert docs[0].metadata.author == "Ines Varro"
    assert [r.item for r in rejected] == ["http://evil.example/b"]
