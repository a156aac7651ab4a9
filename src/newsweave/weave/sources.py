"""Briefing sources: stable ids ("s1", "s2" … in input order) and syndication links as ``duplicate_of``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.models import Article, RemovedItem, Source, Story


@dataclass(frozen=True, slots=True)
class SourceTable:
    sources: tuple[Source, ...]
    ids: Mapping[str, str] = field(default_factory=dict)  # article id -> source id
    copies: frozenset[str] = frozenset()  # article ids that are syndicated copies of another article

    def sid(self, article_id: str) -> str:
        return self.ids.get(article_id, article_id)


def build_sources(story: Story, articles: Sequence[Article]) -> SourceTable:
    ids = {a.id: f"s{i + 1}" for i, a in enumerate(articles)}
    copies = {link.copy: link.original for link in story.duplicates
              if link.copy in ids and link.original in ids}
    sources = tuple(
        Source(
            id=ids[a.id], outlet=a.outlet, title=a.title, url=a.url, path=a.path, published=a.published,
            published_from=a.published_from, language=a.language,
            duplicate_of=ids[copies[a.id]] if a.id in copies else None,
            removed=tuple(RemovedItem(r.kind, r.text) for r in a.removed), text=a.text, article_id=a.id,
        )
        for a in articles
    )
    return SourceTable(sources=sources, ids=ids, copies=frozenset(copies))
