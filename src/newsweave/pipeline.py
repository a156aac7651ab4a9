"""The library's main entry point: paths in, briefings out. The CLI and the web app call this."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.analyze.nlp import parse
from newsweave.analyze.pins import PlacePins, learned_homes
from newsweave.analyze.pipeline import annotate_with_pins, needs_parse, with_outlet_homes
from newsweave.errors import ModelError, NoUsableInputError
from newsweave.geo.gazetteer import load_gazetteer
from newsweave.geo.outlet_home import OutletTally, outlet_key
from newsweave.group.duplicates import find_duplicates
from newsweave.group.families import origin_families
from newsweave.group.stories import cluster_batch
from newsweave.ingest import read_inputs
from newsweave.models import AnalyzedArticle, Annotations, Article, Briefing, Diagnostics, Rejection, Story
from newsweave.weave.briefing import WeaveOptions, weave

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True, slots=True)
class BriefRun:
    briefings: tuple[Briefing, ...]
    rejections: tuple[Rejection, ...]


@dataclass(frozen=True, slots=True)
class Analyzed:
    items: tuple[AnalyzedArticle, ...]  # the articles whose analysis succeeded, in input order
    rejections: tuple[Rejection, ...]  # one per article whose analysis failed
    # outlet key -> home province (admin1 key) the batch showed, which pinned the outlet's bare place names
    outlet_homes: Mapping[str, str] = field(default_factory=dict)
    # what this batch alone showed of its outlets' homes, for an ingest to keep with what earlier ones did
    outlet_tally: OutletTally = field(default_factory=OutletTally)
    # what each item's map pins were read from (None where its pack pins nothing), in ``items``' order: an
    # ingest pins an article again once its outlet's home is known
    place_pins: tuple[PlacePins | None, ...] = ()


MAX_REASON_CHARS = 160


def _analysis_rejection(article: Article, exc: Exception) -> Rejection:
    detail = " ".join(str(exc).split())[:MAX_REASON_CHARS]
    item = article.path or article.url or article.id
    return Rejection(item, "analyze", f"analysis failed ({type(exc).__name__}: {detail})")


def analyze_each(
    articles: Sequence[Article], n_process: int = 1, prior: OutletTally | None = None
) -> Analyzed:
    """Analyze articles in batches; an article whose analysis fails becomes a Rejection, the rest go on.
    Outlets' homes are learned from the articles together with ``prior``, what earlier batches showed.

    The parser streams batches; when it fails inside one, the articles not yet done are parsed one by one
    so the failing one can be told from the others. A missing model (ModelError) still ends the run.
    """
    kept: list[tuple[Article, Annotations, PlacePins | None]] = []
    rejected: list[Rejection] = []
    # Only articles whose language pack reads a parse are parsed (the model loads only if one does).
    docs = parse((a.text for a in articles if needs_parse(a)), n_process=n_process)
    batched = True
    for article in articles:
        try:
            doc = None
            parsed = needs_parse(article)
            if parsed and batched:
                try:
                    doc = next(docs)
                except ModelError:
                    raise
                except Exception:  # the batch broke: from here on, one article per parse
                    batched = False
            if parsed and not batched:
                doc = next(parse([article.text]))
            kept.append((article, *annotate_with_pins(article, doc)))
        except ModelError:
            raise
        except Exception as exc:  # one article's failure (a parser limit, an annotator bug) rejects it alone
            rejected.append(_analysis_rejection(article, exc))
    # An outlet's home province, learned from the batch, pins its articles' bare local names again.
    tally, homes = learned_homes([(a, pins) for a, _, pins in kept], prior)
    analyses = with_outlet_homes(kept, homes)
    return Analyzed(tuple(AnalyzedArticle(a, ann) for (a, _, _), ann in zip(kept, analyses, strict=True)),
                    tuple(rejected), homes, tally, tuple(pins for _, _, pins in kept))


def weave_story(story: Story, items: Sequence[AnalyzedArticle], options: WeaveOptions) -> Briefing:
    """One story's briefing: its syndicated copies and origin families are found among its own articles,
    then it is woven."""
    articles = [i.article for i in items]
    links = find_duplicates(articles)
    families, family_links = origin_families(articles, links)
    linked = dataclasses.replace(story, duplicates=links, families=families, family_links=family_links)
    return weave(linked, items, options)


def brief_articles(
    articles: Sequence[Article],
    rejections: Sequence[Rejection] = (),
    options: WeaveOptions | None = None,
    n_process: int = 1,
    ingest_ms: int = 0,
) -> BriefRun:
    """Analyze, group and weave already-ingested articles into one briefing per story."""
    _require(articles, rejections)
    options = options or WeaveOptions()
    t0 = time.perf_counter()
    analyzed = analyze_each(articles, n_process=n_process)
    t1 = time.perf_counter()
    rejections = (*rejections, *analyzed.rejections)
    _require(analyzed.items, rejections)
    by_id = {item.id: item for item in analyzed.items}
    briefings = []
    for story in cluster_batch(analyzed.items):
        items = [by_id[i] for i in story.article_ids]
        woven = weave_story(story, items, options)
        notes = outlet_home_notes([i.article for i in items], analyzed.outlet_homes)
        if notes:
            woven = dataclasses.replace(woven, diagnostics=dataclasses.replace(
                woven.diagnostics, warnings=(*woven.diagnostics.warnings, *notes)))
        briefings.append(woven)
    t2 = time.perf_counter()
    timings = (
        ("ingest", ingest_ms),
        ("analyze", round((t1 - t0) * 1000)),
        ("synthesize", round((t2 - t1) * 1000)),
    )
    rejected = tuple(str(r) for r in rejections)
    briefings.sort(key=lambda b: -len(b.sources))  # largest story first (stable: ties keep input order)
    final = tuple(
        dataclasses.replace(
            b,
            diagnostics=Diagnostics(warnings=b.diagnostics.warnings, timings_ms=timings, rejected=rejected),
        )
        for b in briefings
    )
    return BriefRun(briefings=final, rejections=tuple(rejections))


def outlet_home_notes(articles: Sequence[Article], homes: Mapping[str, str]) -> tuple[str, ...]:
    """A warning per outlet of the story whose bare place names were pinned with its home province: an
    inference from the outlet's other articles in the batch, which a reader should know of."""
    shown: dict[str, str] = {}
    gazetteer = load_gazetteer()
    for a in articles:
        key = outlet_key(a.outlet)
        if key is not None and key in homes and key not in shown and a.outlet:
            home = homes[key]
            name = gazetteer.province_name(home)
            where = f"{name}, {home.split('.')[0]}" if name else home
            shown[key] = (f"map pins: {a.outlet}'s bare place names were read as local news of its home"
                          f" province ({where}), learned from its other articles")
    return tuple(shown.values())


def _require(articles: Sequence[Article | AnalyzedArticle], rejections: Sequence[Rejection]) -> None:
    if not articles:
        raise NoUsableInputError(
            f"no usable article among the inputs ({len(rejections)} rejected)"
            + (f"; first: {rejections[0]}" if rejections else "")
        )


def brief_paths(
    paths: Sequence[str], options: WeaveOptions | None = None, n_process: int = 1
) -> BriefRun:
    t0 = time.perf_counter()
    result = read_inputs(paths)
    ingest_ms = round((time.perf_counter() - t0) * 1000)
    return brief_articles(result.articles, result.rejections, options, n_process, ingest_ms)
