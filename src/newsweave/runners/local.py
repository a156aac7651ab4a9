"""The local incremental ingest loop: inputs -> articles -> analyze -> online story assignment -> store, and
at the end of the run the end-of-batch pass over the run's stories (regroup.py).

Resumable by construction: each article is committed together with its story assignment (and the story's
sketch), one transaction per batch, and a run first skips everything already stored. After a crash, a
restart rebuilds the clusterer from the stored sketches and carries on: nothing lost, nothing stored twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsweave.errors import InputError
from newsweave.fetch import FetchOptions, fetch_documents
from newsweave.group.stories import OnlineClusterer, publication_order
from newsweave.ingest import read_inputs, rejection, to_article, unexpected
from newsweave.models import Article, IngestResult, Rejection
from newsweave.pipeline import analyze_each
from newsweave.runners.homes import KeptTally, RunHomes, pin_again
from newsweave.runners.regroup import regroup
from newsweave.store import Store, content_hash
from newsweave.store.base import DF_META_KEY

ProgressCallback = Callable[[int, int], None]  # (done, total)
RejectCallback = Callable[[Rejection], None]
# Articles parsed per spaCy call: big enough for spaCy's batching, small enough that a crash loses little.
BATCH_SIZE = 16
DF_SAVE_EVERY = 8  # batches between two saves of the clusterer's document frequencies
@dataclass(frozen=True, slots=True)
class IngestReport:
    stored: int
    skipped: int  # already in the store (or twice among the inputs)
    rejections: tuple[Rejection, ...]
    stories_created: int
    merges: int
    story_ids: tuple[str, ...]  # the stories the stored articles went to (after the pass), first seen first
    # what the end-of-run pass (regroup.py) did to those stories: stories cut in two, reports moved
    split: int = 0
    moved: int = 0


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def new_to_store(store: Store, articles: Sequence[Article]) -> list[Article]:
    """The articles in publication order, less those the store holds (same id or same text) and repeats
    within the batch."""
    fresh: list[Article] = []
    seen: set[str] = set()
    for i in publication_order(articles):
        article = articles[i]
        key = content_hash(article.text)
        if key in seen or article.id in seen or store.stored_id(article) is not None:
            continue
        seen.update((key, article.id))
        fresh.append(article)
    return fresh


def collect_articles(
    inputs: Sequence[str], allow_private: bool = False, proxy: str | None = None
) -> IngestResult:
    """Files, folders and WARCs through newsweave.ingest; URLs and feeds through newsweave.fetch."""
    paths = [i for i in inputs if not is_url(i)]
    urls = [i for i in inputs if is_url(i)]
    articles: list[Article] = []
    rejections: list[Rejection] = []
    if paths:
        result = read_inputs(paths)
        articles.extend(result.articles)
        rejections.extend(result.rejections)
    for item in fetch_documents(urls, FetchOptions(allow_private=allow_private, proxy=proxy)):
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        try:
            articles.append(to_article(item))
        except InputError as exc:
            rejections.append(rejection(exc))
        except Exception as exc:  # one page's unforeseen failure rejects that page only
            rejections.append(rejection(unexpected(item.item, exc)))
    return IngestResult(tuple(articles), tuple(rejections))


def ingest_articles(
    store: Store,
    articles: Sequence[Article],
    progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
    on_reject: RejectCallback | None = None,
) -> IngestReport:
    """What feeding new articles in publication order stored, skipped and rejected, and where they went.

    Articles whose analysis fails are in the report's ``rejections`` (and go to ``on_reject`` as they happen)
    and are not stored. Story assignment is serialised
    across processes: each batch is assigned and committed under the store's assignment lock, and when
    another ingest committed since this one's last batch, the clusterer is rebuilt from the store first, so
    two concurrent ingests of one event join one story instead of starting two.
    """
    fresh = new_to_store(store, articles)
    skipped = len(articles) - len(fresh)
    clusterer: OnlineClusterer | None = None
    generation: str | None = None  # the store's assignment generation this clusterer reflects
    shared = False  # another ingest wrote meanwhile: document frequencies are saved every batch
    stored = created = merges = 0
    rejected: list[Rejection] = []
    story_ids: dict[str, None] = {}
    run = RunHomes()  # the homes this run pinned each outlet's articles with
    homes = KeptTally.read(store)
    if progress:
        progress(0, len(fresh))
    for n, start in enumerate(range(0, len(fresh), batch_size), 1):
        batch = fresh[start : start + batch_size]
        # Outside the lock (the slow part runs in parallel), with what the stored articles showed of their
        # outlets' homes: a local paper's home is learned over the whole crawl, not from one batch.
        analyzed = analyze_each(batch, prior=homes.prior())
        for failed in analyzed.rejections:
            rejected.append(failed)
            if on_reject:
                on_reject(failed)
        with store.assignment_lock():
            current = store.assignment_generation()
            if clusterer is None or current != generation:
                shared = shared or clusterer is not None
                clusterer = OnlineClusterer(store.live_sketches(), store.get_meta(DF_META_KEY))
            generation = None  # until this batch is committed, the clusterer is ahead of the store
            items = [
                (i.article, i.annotations, clusterer.assign(i.article, i.annotations)) for i in analyzed.items
            ]
            # One transaction per batch: a crash loses only the batch in flight, none of it reported stored.
            flags = store.commit_articles(items)
            kept = [(item[0], pins) for item, pins, new in zip(items, analyzed.place_pins, flags, strict=True)
                    if new]
            store.put_pin_sources(run.sources(kept, analyzed.outlet_homes))
            for (_, _, assignment), fresh_row in zip(items, flags, strict=True):
                if fresh_row:
                    stored += 1
                    created += assignment.created
                    merges += len(assignment.merged)
                    for gone in assignment.merged:
                        story_ids.pop(gone, None)
                    story_ids[assignment.story_id] = None
                else:
                    skipped += 1  # stored meanwhile by another ingest
            homes.add(analyzed.outlet_tally)
            if shared or n % DF_SAVE_EVERY == 0:
                store.set_meta(DF_META_KEY, clusterer.df_state())
                homes.save(store)
            generation = store.next_assignment_generation()
        if progress:
            progress(start + len(batch), len(fresh))
    if fresh and clusterer is not None:
        store.set_meta(DF_META_KEY, clusterer.df_state())
    homes.save(store)
    pin_again(store, run)
    after = regroup(store, tuple(story_ids))
    return IngestReport(stored, skipped, tuple(rejected), created, merges, after.story_ids, after.split,
                        after.moved)


def ingest(
    store: Store, inputs: Sequence[str], allow_private: bool = False, progress: ProgressCallback | None = None
) -> IngestReport:
    collected = collect_articles(inputs, allow_private)
    report = ingest_articles(store, collected.articles, progress)
    return dataclasses.replace(report, rejections=collected.rejections + report.rejections)
