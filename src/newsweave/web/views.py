"""View helpers for the web pages: cited spans as parts to highlight, citation links, safe hrefs, and the
changes of a story's shape."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsweave.models import Citation
from newsweave.store import StoryEvent


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str
    mark: bool
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class CiteLink:
    href: str
    label: str


def span_anchor(start: int, end: int) -> str:
    return f"c{start}-{end}"


def article_parts(text: str, spans: Sequence[tuple[int, int]]) -> list[TextPart]:
    """The text cut into plain and highlighted parts (spans clipped to the text, overlaps joined)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    parts, pos = [], 0
    for start, end in merged:
        if start > pos:
            parts.append(TextPart(text[pos:start], False))
        parts.append(TextPart(text[start:end], True, span_anchor(start, end)))
        pos = end
    if pos < len(text):
        parts.append(TextPart(text[pos:], False))
    return parts


def cite_links(
    cites: Sequence[Citation], to_article: Mapping[str, str], labels: Mapping[str, str]
) -> list[CiteLink]:
    links = []
    for c in cites:
        article_id = to_article.get(c.source)
        if article_id is None:
            continue
        href = f"/articles/{article_id}?start={c.start}&end={c.end}#{span_anchor(c.start, c.end)}"
        links.append(CiteLink(href, labels.get(c.source, c.source)))
    return links


def safe_href(url: str | None) -> str | None:
    """Only http(s) links are rendered: a stored ``javascript:`` URL must never become a link."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


# How the story page words a change of the story's shape ({n}: reports moved in); joins are not listed.
_SHAPE_WORDS = {"split": "cut off as another event:", "split_from": "cut off from", "merged": "took in",
                "moved": "{n} report(s) moved in from"}
SHAPE_KINDS = tuple(_SHAPE_WORDS)  # the story events a page view reads (Store.story_events kinds)


@dataclass(frozen=True, slots=True)
class ShapeChange:
    day: str
    text: str
    other: str  # the other story's id


def shape_changes(events: Sequence[StoryEvent]) -> list[ShapeChange]:
    """The changes of a story's shape a reader should see (cuts, merges, reports moved in), oldest first;
    the reports moved in from one story on one day are one line."""
    kept: list[StoryEvent] = []
    moved: dict[tuple[str, str], int] = {}
    for e in events:
        if e.kind not in _SHAPE_WORDS or not e.other_story_id:
            continue
        if e.kind == "moved":
            key = (e.at[:10], e.other_story_id)
            moved[key] = moved.get(key, 0) + 1
            if moved[key] > 1:
                continue
        kept.append(e)
    out = []
    for e in kept:
        other = e.other_story_id or ""
        words = _SHAPE_WORDS[e.kind].format(n=moved.get((e.at[:10], other), 1))
        out.append(ShapeChange(e.at[:10], words, other))
    return out
