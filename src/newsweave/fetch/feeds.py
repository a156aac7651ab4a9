"""RSS/Atom feeds (feedparser) and the documents behind them: every entry's link is fetched like a URL."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

import httpx

from newsweave.errors import FetchError, InputError
from newsweave.fetch.client import Fetched, FetchOptions, fetch_url
from newsweave.ingest import read_bytes_item
from newsweave.ingest.feed import FeedEntry, parse_entries
from newsweave.models import Metadata, RawDocument, Rejection

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
MAX_ENTRIES = 200  # per feed and run; a feed lists its newest items first
ENTRY_DELAY_S = 0.5  # between two requests to the feed's site: be a polite crawler


def is_feed(fetched: Fetched) -> bool:
    if fetched.content_type in FEED_TYPES or fetched.content_type.endswith("+xml"):
        return True
    head = fetched.content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def parse_feed(fetched: Fetched) -> tuple[FeedEntry, ...]:
    """The feed's entries that link to their article, newest first as the feed lists them, at most
    MAX_ENTRIES."""
    try:
        entries = parse_entries(fetched.url, fetched.content)
    except InputError as exc:
        raise FetchError(f"{fetched.url}: {exc.reason}") from exc
    return tuple(e for e in entries if e.link)[:MAX_ENTRIES]


def read_feed(url: str, options: FetchOptions | None = None) -> tuple[FeedEntry, ...]:
    return parse_feed(fetch_url(url, options))


def _document(fetched: Fetched, metadata: Metadata) -> RawDocument:
    kind = "txt" if fetched.content_type == "text/plain" else "html"
    return read_bytes_item(fetched.url, fetched.content, kind, metadata, declared_charset=fetched.charset)


def fetch_documents(
    urls: Sequence[str],
    options: FetchOptions | None = None,
    sleep: Callable[[float], None] = time.sleep,
    client: httpx.Client | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Each URL is a page or a feed (expanded into its entries' pages); bad ones become Rejections."""

    options = options or FetchOptions()
    for url in urls:
        try:
            yield from _documents_of(url, options, sleep, client)
        except Exception as exc:  # one URL's unforeseen failure rejects it; the others go on
            detail = " ".join(str(exc).split())[:160]
            yield Rejection(url, "fetch", f"unexpected {type(exc).__name__}: {detail}")


def _documents_of(
    url: str, options: FetchOptions, sleep: Callable[[float], None], client: httpx.Client | None
) -> Iterator[RawDocument | Rejection]:
    try:
        fetched = fetch_url(url, options, client)
    except FetchError as exc:
        yield Rejection(url, "fetch", str(exc))
        return
    if not is_feed(fetched):
        try:
            yield _document(fetched, Metadata(url=fetched.url))
        except InputError as exc:
            yield Rejection(url, "fetch", exc.reason)
        return
    try:
        entries = parse_feed(fetched)
    except FetchError as exc:
        yield Rejection(url, "fetch", str(exc))
        return
    for i, entry in enumerate(entries):
        link = entry.link or ""  # parse_feed keeps only entries with a link
        if i:
            sleep(ENTRY_DELAY_S)
        try:
            yield _document(fetch_url(link, options, client), entry.metadata())
        except (FetchError, InputError) as exc:
            yield Rejection(link, "fetch", exc.reason if isinstance(exc, InputError) else str(exc))
        except Exception as exc:  # one entry's unforeseen failure rejects that entry only
            yield Rejection(link, "fetch", f"unexpected {type(exc).__name__}")
