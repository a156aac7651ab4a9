"""RSS and Atom feeds (feedparser): a feed saved as a file (.rss, .atom, .xml) gives one document per entry
that carries its article's text; the URL fetcher (fetch/feeds.py) reads the same entries and fetches their
links instead.

Many feeds carry each article whole (RSS ``content:encoded``, Atom ``content``, or a long RSS
``description``); others only a teaser. An entry's longest content is its text, else a summary of at least
MIN_SUMMARY_WORDS words. A shorter summary is a teaser, not the article: its statements would count as a
source's report, so the entry is rejected by name, pointing at its link, which ``newsweave ingest URL``
fetches. A file that is no feed (a sitemap, another XML format) is one rejection.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from newsweave.errors import InputError, MalformedInputError, TooLargeInputError
from newsweave.models import Metadata, RawDocument

FEED_SUFFIXES = (".rss", ".atom", ".xml")
# A summary this long is the article itself (RSS 2.0 feeds often put the whole story in ``description``);
# a shorter one is a teaser. Set by judgement, not tuned: teasers run one to three sentences (20-60 words),
# and a wire brief is rarely under 100 words.
MIN_SUMMARY_WORDS = 100
_ISO = "%Y-%m-%dT%H:%M:%SZ"
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """What a feed says of one entry."""

    link: str | None
    title: str | None
    published: str | None  # ISO, UTC
    feed_title: str | None
    author: str | None = None
    body: str | None = None  # the entry's longest content, else its summary
    summary_only: bool = False  # body is the summary: the feed carries no content for the entry
    markup: bool = True  # body holds HTML tags, else it is plain text

    def metadata(self) -> Metadata:
        return Metadata(title=self.title, url=self.link, outlet=self.feed_title, published=self.published,
                        author=self.author)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _entry(entry: Any, feed_title: str | None) -> FeedEntry:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    contents = [v for c in entry.get("content") or () if (v := _text(c.get("value")))]
    summary = _text(entry.get("summary"))
    body = max(contents, key=len) if contents else summary
    return FeedEntry(
        link=_text(entry.get("link")),
        title=_text(entry.get("title")),
        published=time.strftime(_ISO, stamp) if stamp else None,
        feed_title=feed_title,
        author=_text(entry.get("author")),
        body=body,
        summary_only=not contents and summary is not None,
        # feedparser declares RSS text HTML whatever it holds: plain text has no tag
        markup=body is not None and _TAG.search(body) is not None,
    )


def parse_entries(item: str, content: bytes) -> tuple[FeedEntry, ...]:
    """The entries of a feed document, in the feed's order; raises MalformedInputError naming ``item`` when
    it is no feed feedparser can read."""
    import feedparser

    parsed = feedparser.parse(content)
    if not parsed.entries:
        if parsed.bozo:
            reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:120]
            raise MalformedInputError(item, f"not a readable RSS or Atom feed ({reason})")
        if not parsed.get("version"):
            raise MalformedInputError(item, "not an RSS or Atom feed")
        raise MalformedInputError(item, "a feed with no entries")
    feed_title = _text(parsed.feed.get("title"))
    return tuple(_entry(e, feed_title) for e in parsed.entries)


def read_feed(path: str, stream: BinaryIO, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """One RawDocument per entry with text (item ``path#link``, or ``path#entry N`` without a link); an
    entry with none becomes that entry's InputError."""
    content = stream.read(max_bytes + 1)
    if len(content) > max_bytes:
        yield TooLargeInputError(path, f"feed over the {max_bytes // 2**20} MiB limit")
        return
    try:
        entries = parse_entries(path, content)
    except InputError as exc:
        yield exc
        return
    for n, entry in enumerate(entries, 1):
        item = f"{path}#{entry.link or f'entry {n}'}"
        where = f"; its article is at {entry.link}" if entry.link else ""
        if entry.body is None:
            yield MalformedInputError(item, f"feed entry with no text{where}")
            continue
        if entry.summary_only and (words := len(_TAG.sub(" ", entry.body).split())) < MIN_SUMMARY_WORDS:
            plural = "s" if words != 1 else ""
            yield MalformedInputError(item, f"feed entry with only a teaser of {words} word{plural}{where}")
            continue
        if entry.markup:
            yield RawDocument(item=item, html=entry.body, metadata=entry.metadata(), path=path)
        else:
            yield RawDocument(item=item, text=entry.body, metadata=entry.metadata(), path=path)
