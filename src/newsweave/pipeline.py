"""The library's main entry point: paths in, briefings out. The CLI and the web app call this."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsweave.analyze.pipeline import analyze
from newsweave.errors import NoUsableInputError
from newsweave.group.duplicates import find_duplicates
from newsweave.group.families import find_families
from newsweave.group.stories import cluster_batch
from newsweave.ingest import read_inputs
from newsweave.models import Annotations, Article, Briefing, Diagnostics, Rejection, Story
from newsweave.weave.briefing import WeaveOptions, weave

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class BriefRun:
    briefings: tuple[Briefing, ...]
    rejections: tuple[Rejection, ...]


def weave_story(
    story: Story, articles: Sequence[Article], annotations: Sequence[Annotations], options: WeaveOptions
) -> Briefing:
    """One story's briefing: its syndicated copies and origin families are found among its own articles,
    then it is woven."""
    links = find_duplicates(articles)
    linked = dataclasses.replace(story, duplicates=links, families=find_families(articles, links))
    return weave(linked, articles, annotations, options)


def brief_articles(
    articles: Sequence[Article],
    rejections: Sequence[Rejection] = (),
    options: WeaveOptions | None = None,
    n_process: int = 1,
    ingest_ms: int = 0,
) -> BriefRun:
    """Analyze, group and weave already-ingested articles into one briefing per story."""
    if not articles:
        raise NoUsableInputError(
            f"no usable article among the inputs ({len(rejections)} rejected)"
            + (f"; first: {rejections[0]}" if rejections else "")
        )
    options = options or WeaveOptions()
    t0 = time.perf_counter()
    annotations = analyze(articles, n_process=n_process)
    t1 = time.perf_counter()
    by_id: dict[str, tuple[Article, Annotations]] = {
        a.id: (a, ann) for a, ann in zip(articles, annotations, strict=True)
    }
    briefings = []
    for story in cluster_batch(articles, annotations):
        members = [by_id[i][0] for i in story.article_ids]
        briefings.append(weave_story(story, members, [by_id[i][1] for i in story.article_ids], options))
    t2 = time.perf_counter()
    timings = (
        ("ingest", ingest_ms),
        ("analyze", round((t1 - t0) * 1000)),
        ("synthesize", round((t2 - t1) * 1000)),
    )
    rejected = tuple(str(r) for r in rejections)
    final = tuple(
        dataclasses.replace(
            b,
            diagnostics=Diagnostics(warnings=b.diagnostics.warnings, timings_ms=timings, rejected=rejected),
        )
        for b in briefings
    )
    return BriefRun(briefings=final, rejections=tuple(rejections))


def brief_paths(
    paths: Sequence[str], options: WeaveOptions | None = None, n_process: int = 1
) -> BriefRun:
    t0 = time.perf_counter()
    result = read_inputs(paths)
    ingest_ms = round((time.perf_counter() - t0) * 1000)
    return brief_articles(result.articles, result.rejections, options, n_process, ingest_ms)
