"""RSS/Atom feeds (feedparser) and the documents behind them: every entry's link is fetched like a URL."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import feedparser
import httpx

from newsweave.errors import FetchError, InputError
from newsweave.fetch.client import Fetched, FetchOptions, fetch_url
from newsweave.ingest import read_bytes_item
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


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    title: str | None
    published: str | None  # ISO
    feed_title: str | None
    author: str | None = None


def is_feed(fetched: Fetched) -> bool:
    if fetched.content_type in FEED_TYPES or fetched.content_type.endswith("+xml"):
        return True
    head = fetched.content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def parse_feed(fetched: Fetched) -> tuple[FeedEntry, ...]:
    parsed = feedparser.parse(fetched.content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{fetched.url}: not a readable feed ({parsed.get('bozo_exception')})")
    feed_title = parsed.feed.get("title")
    entries = []
    for entry in parsed.entries[:MAX_ENTRIES]:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp) if stamp else None
        author = entry.get("author")
        entries.append(FeedEntry(str(link), entry.get("title"), published, feed_title,
                                 author if isinstance(author, str) else None))
    return tuple(entries)


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
        if i:
            sleep(ENTRY_DELAY_S)
        meta = Metadata(title=entry.title, url=entry.link, outlet=entry.feed_title, published=entry.published,
                        author=entry.author)
        try:
            yield _document(fetch_url(entry.link, options, client), meta)
        except (FetchError, InputError) as exc:
            yield Rejection(entry.link, "fetch", exc.reason if isinstance(exc, InputError) else str(exc))
        except Exception as exc:  # one entry's unforeseen failure rejects that entry only
            yield Rejection(entry.link, "fetch", f"unexpected {type(exc).__name__}")
