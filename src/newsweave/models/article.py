"""Records of the ingest stage: what came in, what was kept, what was rejected."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RemovedKind = Literal["caption", "boilerplate", "embed", "navigation", "related"]
PublishedFrom = Literal["metadata", "text", "inferred"]


@dataclass(frozen=True, slots=True)
class Metadata:
    """Metadata that came with an input (JSONL fields, header lines, HTML meta). It always wins."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date or datetime
    language: str | None = None
    author: str | None = None  # the byline as given ("By Adam Nagourney", "Jane Doe, Staff Writer")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item before cleaning. ``item`` names where it came from (path, ``path:line``, URL)."""

    item: str
    text: str | None = None
    html: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of scraped text that cleaning dropped, kept so nothing is lost silently."""

    kind: RemovedKind
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. Every annotation and citation is a character span into ``text``."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None  # ISO date or datetime
    published_from: PublishedFrom | None = None
    language: str = "en"
    removed: tuple[Removed, ...] = ()
    # The byline as given, from the input's metadata or else a "By ..." line atop the text (ingest/clean.py):
    # one of the signs that two stories of an outlet are one report rewritten (group/bylines.py). Not part of
    # the briefing contract.
    author: str | None = None

    @property
    def published_date(self) -> str | None:
        """The publication day (``YYYY-MM-DD``) or None."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used: counted and reported, never silently dropped."""

    item: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: tuple[Article, ...]
    rejections: tuple[Rejection, ...]
