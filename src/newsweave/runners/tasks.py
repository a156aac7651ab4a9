"""The work every executor ships to its workers: pure functions of their payload, safe to run twice.

Each takes one picklable payload and returns frozen records, so the same function runs in-process, in a
local process pool or in a Ray actor, and a task retried after a worker died gives the same result. One bad
item never fails its chunk: it comes back as a Rejection in its place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.analyze.pins import PlacePins
from newsweave.errors import InputError, ModelError
from newsweave.geo.outlet_home import OutletTally
from newsweave.ingest import rejection, to_article
from newsweave.models import AnalyzedArticle, Annotations, Article, Briefing, RawDocument, Rejection, Story
from newsweave.weave.briefing import WeaveOptions

# Analysed once when a worker starts: the first analysis also loads what the annotators load on first use
# (the gazetteer index, lexicons: ~7 s of CPU, measured), which would otherwise land in a worker's first task.
WARM_UP_TEXT = "Officials in Marrowby said on Monday that 3 people were hurt, the mayor told reporters."


def warm_up() -> None:
    """Load the model and the annotators' resources once per worker, before its first task (a pool's
    initializer, an actor's __init__)."""
    from newsweave.analyze.pipeline import analyze

    analyze((to_article(RawDocument(item="warm-up", text=WARM_UP_TEXT)),))


def clean_chunk(raws: Sequence[RawDocument]) -> tuple[Article | Rejection, ...]:
    """Extract and clean each raw document; one Rejection in the place of each unusable one."""
    out: list[Article | Rejection] = []
    for raw in raws:
        try:
            out.append(to_article(raw))
        except InputError as exc:
            out.append(rejection(exc))
        except Exception as exc:  # the per-item boundary: a reader bug must not stop the run
            out.append(Rejection(raw.item, "ingest", f"cannot clean ({type(exc).__name__})"))
    return tuple(out)


def analyze_chunk(articles: Sequence[Article]) -> tuple[Annotations | Rejection, ...]:
    """One spaCy batch over the chunk; if it fails, each article alone, so only the bad one is lost."""
    from newsweave.analyze.pipeline import analyze

    try:
        return tuple(analyze(articles))
    except ModelError:
        raise
    except Exception:  # isolate the article that broke the batch, below
        pass
    out: list[Annotations | Rejection] = []
    for article in articles:
        try:
            out.append(analyze((article,))[0])
        except ModelError:
            raise
        except Exception as exc:
            reason = f"analysis failed ({type(exc).__name__})"
            out.append(Rejection(article.path or article.id, "analyze", reason))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class AnalyzeJob:
    """One batch to analyse, with what the stored articles showed of their outlets' homes."""

    articles: tuple[Article, ...]
    prior: OutletTally = field(default_factory=OutletTally)


@dataclass(frozen=True, slots=True)
class AnalyzedChunk:
    results: tuple[Annotations | Rejection, ...]  # one per article, in the batch's order
    # What the ingest keeps (analyze.pipeline.BatchAnalysis); empty after the one-by-one fallback.
    outlet_tally: OutletTally = field(default_factory=OutletTally)
    outlet_homes: Mapping[str, str] = field(default_factory=dict)
    place_pins: tuple[PlacePins | None, ...] = ()  # in ``results``' order when given


def analyze_job(job: AnalyzeJob) -> AnalyzedChunk:
    """``analyze_chunk`` with the outlets' homes learned together with ``job.prior``; when the batch fails,
    each article alone (``analyze_chunk``'s fallback), without what the ingest keeps."""
    from newsweave.analyze.pipeline import analyze_batch

    try:
        done = analyze_batch(job.articles, job.prior)
        return AnalyzedChunk(done.annotations, done.outlet_tally, done.outlet_homes, done.place_pins)
    except ModelError:
        raise
    except Exception:  # isolate the article that broke the batch
        return AnalyzedChunk(analyze_chunk(job.articles))


@dataclass(frozen=True, slots=True)
class StoryJob:
    """One stored story with everything weaving needs, so a worker never touches the store."""

    story: Story
    items: tuple[AnalyzedArticle, ...]
    options: WeaveOptions


def weave_job(job: StoryJob) -> Briefing:
    """The story's briefing: syndicated copies found among its articles, then claims, summary, timeline …"""
    from newsweave.pipeline import weave_story

    return weave_story(job.story, job.items, job.options)


__all__ = ["StoryJob", "analyze_chunk", "clean_chunk", "warm_up", "weave_job"]
