"""PLACEHOLDER assembly: sources only. Replaced by the full weave (claims, roster, timeline, summary...)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.models import Annotations, Article, Briefing, RemovedItem, Source, Story, StoryInfo

DEFAULT_SUMMARY_WORDS = 150


@dataclass(frozen=True, slots=True)
class WeaveOptions:
    summary_words: int = DEFAULT_SUMMARY_WORDS


def weave(
    story: Story, articles: Sequence[Article], annotations: Sequence[Annotations], options: WeaveOptions
) -> Briefing:
    sources = tuple(
        Source(
            id=f"s{i + 1}", outlet=a.outlet, title=a.title, url=a.url, path=a.path, published=a.published,
            published_from=a.published_from, language=a.language, duplicate_of=None,
            removed=tuple(RemovedItem(r.kind, r.text) for r in a.removed), text=a.text,
        )
        for i, a in enumerate(articles)
    )
    dates = sorted(a.published for a in articles if a.published)
    info = StoryInfo(story.id, story.title or (articles[0].title if articles else None),
                     dates[0] if dates else None, dates[-1] if dates else None)
    return Briefing(story=info, sources=sources)
