"""The streaming ingest, on any executor:

    shards, read lazily ─▶ [clean] ─▶ window in publication order ─▶ [analyze] ─▶ assign + commit (one writer)
                           parallel                                   parallel      ordered     ─▶ [weave]

Bracketed steps run on the executor (in-process, a local process pool or Ray actors); everything else runs in
the driver. Determinism: the analysis chunks and the order of story assignment depend only on the input and
the store, never on the number of workers or on timing, so every executor stores the same stories under the
same ids; at the end of the run the end-of-batch pass goes over the run's stories (regroup.py), before any
is woven. Memory: the stream is pulled lazily; the driver holds one window of cleaned articles and the
executor a few chunks per worker, whatever the input size. Resumability: one transaction per batch (articles,
annotations, assignments), plus a completion marker per shard in the transaction of its last batch
(runners/shards.py); a rerun skips completed shards unread and stored articles unanalysed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsweave.analyze.pins import PlacePins
from newsweave.fetch import FetchOptions, fetch_documents
from newsweave.group.stories import OnlineClusterer
from newsweave.identity import disambiguate
from newsweave.ingest import rejection
from newsweave.ingest.article import with_id
from newsweave.ingest.stream import Shard, list_shards, read_shard
from newsweave.models import Article, RawDocument, Rejection
from newsweave.runners.executors import Executor
from newsweave.runners.homes import KeptTally, RunHomes, pin_again
from newsweave.runners.local import BATCH_SIZE, DF_SAVE_EVERY, IngestReport, is_url, new_to_store
from newsweave.runners.regroup import regroup
from newsweave.runners.shards import is_done, mark_done
from newsweave.runners.stored_briefings import stored_story
from newsweave.runners.tasks import AnalyzedChunk, AnalyzeJob, StoryJob, analyze_job, clean_chunk, weave_job
from newsweave.store import Store, content_hash
from newsweave.store.base import DF_META_KEY
from newsweave.weave.briefing import WeaveOptions

# Articles put in publication order together before story assignment. A window repairs the local disorder
# of a crawl (shards are roughly chronological already) and is the driver's whole buffer: 1024 cleaned
# articles are ~10 MB. An input smaller than a window is ordered exactly as a one-shot ingest orders it.
WINDOW = 1024
CLEAN_CHUNK = 16  # raw documents per cleaning task: enough to hide the per-task overhead of a pool


class StreamProgress:
    """What the driver reports while it runs; the CLI draws it (rich), library callers may ignore it."""

    def start(self, shards: int, total_bytes: int, skipped_shards: int) -> None: ...

    def shard_started(self, shard: Shard) -> None: ...

    def article_read(self, shard: Shard | None) -> None: ...

    def shard_read(self, shard: Shard) -> None: ...

    def committed(self, stored: int, skipped: int) -> None: ...

    def briefing(self, done: int, total: int) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class StreamReport(IngestReport):
    """The local runner's report, plus what happened to the shards and which stories were briefed."""

    shards: int  # shards among the inputs
    shards_skipped: int  # complete from an earlier run, not read again
    briefed: tuple[str, ...] = ()  # stories given a new briefing version (with ``brief``)


@dataclass(frozen=True, slots=True)
class _ShardEnd:
    shard: Shard


@dataclass(frozen=True, slots=True)
class _Tag:
    shard: Shard | None  # None: a fetched URL (no shard, no marker)
    item: str  # the raw document's name, for stable id disambiguation


@dataclass(slots=True)
class _Window:
    articles: list[tuple[_Tag, Article]] = field(default_factory=list)
    ends: list[Shard] = field(default_factory=list)  # shards whose last article is in this window or before


@dataclass(slots=True)
class _Tally:
    stored: int = 0
    skipped: int = 0
    created: int = 0
    merges: int = 0
    story_ids: dict[str, None] = field(default_factory=dict)
    per_shard: dict[int, int] = field(default_factory=dict)  # open shards: articles cleaned so far
    # the homes the run pinned each outlet's articles with: those pinned with another than the store's
    # learned home are pinned again when the run ends (homes.pin_again)
    homes: RunHomes = field(default_factory=RunHomes)


def _raw_stream(
    shards: Sequence[Shard],
    urls: Sequence[str],
    allow_private: bool,
    progress: StreamProgress,
    reject: Callable[[Rejection], None],
    proxy: str | None = None,
) -> Iterator[tuple[_Tag, RawDocument] | _ShardEnd]:
    for shard in shards:
        progress.shard_started(shard)
        for raw in read_shard(shard):
            if isinstance(raw, RawDocument):
                progress.article_read(shard)
                yield _Tag(shard, raw.item), raw
            else:
                reject(rejection(raw))
        progress.shard_read(shard)
        yield _ShardEnd(shard)
    options = FetchOptions(allow_private=allow_private, proxy=proxy)
    for fetched in fetch_documents(list(urls), options) if urls else ():
        if isinstance(fetched, Rejection):
            reject(fetched)
        else:
            progress.article_read(None)
            yield _Tag(None, fetched.item), fetched


Entry = tuple[_Tag, RawDocument] | _ShardEnd
CleanKey = tuple[Entry, ...]


def _clean_jobs(entries: Iterable[Entry]) -> Iterator[tuple[CleanKey, tuple[RawDocument, ...]]]:
    """Chunks of CLEAN_CHUNK raw documents; shard ends ride along in the key, in stream order."""
    key: list[Entry] = []
    raws: list[RawDocument] = []
    for entry in entries:
        key.append(entry)
        if not isinstance(entry, _ShardEnd):
            raws.append(entry[1])
            if len(raws) == CLEAN_CHUNK:
                yield tuple(key), tuple(raws)
                key, raws = [], []
    if key:
        yield tuple(key), tuple(raws)


def _windows(
    cleaned: Iterable[tuple[CleanKey, tuple[Article | Rejection, ...]]],
    tally: _Tally,
    reject: Callable[[Rejection], None],
    size: int,
) -> Iterator[_Window]:
    window = _Window()
    for key, results in cleaned:
        outcomes = iter(results)
        for entry in key:
            if isinstance(entry, _ShardEnd):
                window.ends.append(entry.shard)
                continue
            tag, _ = entry
            result = next(outcomes)
            if isinstance(result, Rejection):
                reject(result)
                continue
            if tag.shard is not None:
                tally.per_shard[tag.shard.index] = tally.per_shard.get(tag.shard.index, 0) + 1
            window.articles.append((tag, result))
            if len(window.articles) == size:
                yield window
                window = _Window()
    if window.articles or window.ends:
        yield window


def _fresh(store: Store, window: _Window, tally: _Tally) -> list[Article]:
    """The window's articles in publication order, without those already stored or twice in the window.

    Ids are made unique first, in input order, as a one-shot read does (the same id for two different
    texts: the second gets a derived id), within the window. The store check here only saves analysis: with
    a pool, an earlier window may still be in flight, so a copy of one of its articles can pass here and is
    then skipped at commit. That changes which articles share an analysis chunk, never an article's own
    annotations (spaCy's output per text does not depend on its batch: checked on the seeds, the example
    and 20 PolNeAR texts in three batchings)."""
    taken: dict[str, str] = {}
    articles: list[Article] = []
    for tag, article in window.articles:
        text_key = content_hash(article.text)
        if article.id in taken and taken[article.id] != text_key:
            article = with_id(article, disambiguate(article.id, tag.item))
        taken.setdefault(article.id, text_key)
        articles.append(article)
    fresh = new_to_store(store, articles)
    tally.skipped += len(articles) - len(fresh)
    return fresh


AnalyzeKey = tuple[_Window, tuple[Article, ...], bool]  # (window, batch, last batch of the window)


def _analyze_jobs(
    store: Store, windows: Iterable[_Window], tally: _Tally, homes: KeptTally
) -> Iterator[tuple[AnalyzeKey, AnalyzeJob]]:
    for window in windows:
        fresh = _fresh(store, window, tally)
        window.articles = []  # the driver's buffer is released as soon as the batches are cut
        batches = [tuple(fresh[i : i + BATCH_SIZE]) for i in range(0, len(fresh), BATCH_SIZE)] or [()]
        for n, batch in enumerate(batches, 1):
            # With what the articles stored so far showed of their outlets' homes (a batch in flight is not
            # in it yet): a local paper's home is learned over the crawl, not from one batch.
            yield (window, batch, n == len(batches)), AnalyzeJob(batch, homes.prior())


def _commit(
    store: Store,
    clusterer: OnlineClusterer,
    key: AnalyzeKey,
    chunk: AnalyzedChunk,
    tally: _Tally,
    reject: Callable[[Rejection], None],
) -> None:
    """Assign and commit one analysed batch in one transaction, with the markers of shards it completes."""
    window, batch, last = key
    items = []
    pins_of: dict[str, PlacePins | None] = {}
    pins = chunk.place_pins or (None,) * len(batch)
    for article, result, place_pins in zip(batch, chunk.results, pins, strict=True):
        if isinstance(result, Rejection):
            reject(result)
            continue
        if store.stored_id(article) is not None:  # stored by another ingest since the window was cut
            tally.skipped += 1
            continue
        pins_of[article.id] = place_pins
        items.append((article, result, clusterer.assign(article, result)))
    with store.transaction():
        flags = store.commit_articles(items)
        kept = [(a, pins_of[a.id]) for (a, _, _), new in zip(items, flags, strict=True) if new]
        store.put_pin_sources(tally.homes.sources(kept, chunk.outlet_homes))
        if last:
            for shard in window.ends:
                count = tally.per_shard.pop(shard.index, 0)
                if count:  # a shard that gave no article is not marked: its rejections show again
                    mark_done(store, shard, count)
    for (_, _, assignment), fresh_row in zip(items, flags, strict=True):
        if not fresh_row:
            tally.skipped += 1
            continue
        tally.stored += 1
        tally.created += assignment.created
        tally.merges += len(assignment.merged)
        for gone in assignment.merged:
            tally.story_ids.pop(gone, None)
        tally.story_ids[assignment.story_id] = None


def story_job(store: Store, story_id: str, options: WeaveOptions) -> StoryJob | None:
    found = store.story(story_id)
    if found is None:
        return None
    items = tuple(store.analyzed(i) for i in store.story_articles(found.id))
    return StoryJob(stored_story(store, found.id, found.title, items), items, options)


def brief_stories(
    store: Store,
    executor: Executor,
    story_ids: Sequence[str],
    options: WeaveOptions | None = None,
    progress: StreamProgress | None = None,
) -> tuple[str, ...]:
    """Weave the stories in parallel, one task per story; store each briefing as the story's next version."""
    opts = options or WeaveOptions()
    jobs = ((sid, job) for sid in story_ids if (job := story_job(store, sid, opts)) is not None)
    done: list[str] = []
    for sid, briefing in executor.map(weave_job, jobs):
        store.save_briefing(sid, briefing)
        done.append(sid)
        if progress:
            progress.briefing(len(done), len(story_ids))
    return tuple(done)


def ingest_stream(
    store: Store,
    inputs: Sequence[str],
    executor: Executor,
    *,
    allow_private: bool = False,
    proxy: str | None = None,
    progress: StreamProgress | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
    brief: bool = False,
    options: WeaveOptions | None = None,
    window: int = WINDOW,
) -> StreamReport:
    """Ingest files, folders, WARC/JSONL shards and URLs into the store, streaming; see the module doc."""
    progress = progress or StreamProgress()
    rejections: list[Rejection] = []

    def reject(r: Rejection) -> None:
        rejections.append(r)
        if on_rejection:
            on_rejection(r)

    shards, errors = list_shards([i for i in inputs if not is_url(i)])
    for exc in errors:
        reject(rejection(exc))
    todo = [s for s in shards if not is_done(store, s)]
    progress.start(len(todo), sum(s.size for s in todo), len(shards) - len(todo))

    tally = _Tally()
    urls = [i for i in inputs if is_url(i)]
    entries = _raw_stream(todo, urls, allow_private, progress, reject, proxy)
    cleaned = executor.map(clean_chunk, _clean_jobs(entries))
    homes = KeptTally.read(store)
    jobs = _analyze_jobs(store, _windows(cleaned, tally, reject, window), tally, homes)
    clusterer: OnlineClusterer | None = None
    generation: str | None = None  # the store's assignment generation the clusterer reflects
    shared = False  # another ingest wrote meanwhile: document frequencies are saved every batch
    for batches, (key, chunk) in enumerate(executor.map(analyze_job, jobs), 1):
        # Story assignment is serialised across processes: under the store's assignment lock, a clusterer
        # that another ingest has overtaken is rebuilt from the store, so one event never becomes two stories.
        with store.assignment_lock():
            if clusterer is None or store.assignment_generation() != generation:
                shared = shared or clusterer is not None
                clusterer = OnlineClusterer(store.live_sketches(), store.get_meta(DF_META_KEY))
            _commit(store, clusterer, key, chunk, tally, reject)
            homes.add(chunk.outlet_tally)
            if shared or batches % DF_SAVE_EVERY == 0:
                store.set_meta(DF_META_KEY, clusterer.df_state())
                homes.save(store)
            generation = store.next_assignment_generation()
        progress.committed(tally.stored, tally.skipped)
    if tally.stored and clusterer is not None:
        store.set_meta(DF_META_KEY, clusterer.df_state())
    homes.save(store)
    pin_again(store, tally.homes)
    after = regroup(store, tuple(tally.story_ids))
    story_ids = after.story_ids
    briefed = brief_stories(store, executor, story_ids, options, progress) if brief else ()
    return StreamReport(
        tally.stored, tally.skipped, tuple(rejections), tally.created, tally.merges, story_ids, after.split,
        after.moved, shards=len(shards), shards_skipped=len(shards) - len(todo), briefed=briefed,
    )


__all__ = ["WINDOW", "StreamProgress", "StreamReport", "brief_stories", "ingest_stream", "story_job"]
