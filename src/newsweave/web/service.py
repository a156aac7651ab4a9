"""What every web route shares: a store connection per request, and the briefing a story page serves.

Pages and the API serve a story's last stored briefing, rendered once per briefing version; a story that has
changed (grown, or had reports moved in and out) is rebuilt by the background worker, never inside a
request (web.rebuild).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from fastapi import HTTPException, Response
from fastapi.responses import JSONResponse

from newsweave.errors import StoreError
from newsweave.models import Briefing
from newsweave.store import Store, StoredStory, StoryQuery
from newsweave.store.pool import StorePool
from newsweave.web.rebuild import BriefingWorker

RENDER_CACHE_ENTRIES = 64  # rendered briefings kept per app: story page, report and JSON of recent stories


class _RenderCache:
    """Rendered output per (kind, story, briefing version): a page is built once per briefing version."""

    def __init__(self, size: int = RENDER_CACHE_ENTRIES) -> None:
        self._items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()
        self._building: dict[tuple[object, ...], threading.Lock] = {}

    def get(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
            self._building.pop(key, None)

    def building(self, key: tuple[object, ...]) -> threading.Lock:
        """One lock per key being built: when a new version lands, one request renders it while the others
        for the same key wait for that render instead of repeating it."""
        with self._lock:
            return self._building.setdefault(key, threading.Lock())


def query_of(
    q: str | None, outlet: str | None, place: str | None, since: str | None, until: str | None, limit: int,
    offset: int,
) -> StoryQuery:
    return StoryQuery(text=q or None, outlet=outlet or None, place=place or None, date_from=since or None,
                      date_to=until or None, limit=limit, offset=offset)


def pending(story: StoredStory) -> Response:
    return JSONResponse(
        {"detail": "the briefing of this story is being built; retry shortly", "story": story.id},
        status_code=202,
        headers={"Retry-After": "5"},
    )


def story_or_404(store: Store, story_id: str) -> StoredStory:
    found = store.story(story_id)
    if found is None:
        raise HTTPException(404, "no such story")
    return found


class StoryService:
    """The store pool, the rebuild worker and the render cache, behind the few calls the routes make."""

    def __init__(self, pool: StorePool, worker: BriefingWorker, first_briefing_wait_s: float) -> None:
        self.pool, self.worker, self.first_briefing_wait_s = pool, worker, first_briefing_wait_s
        self.cache = _RenderCache()

    @contextmanager
    def db(self) -> Iterator[Store]:
        try:
            with self.pool.connection() as s:
                yield s
        except StoreError as exc:
            if "no store connection free" in str(exc):
                raise HTTPException(503, "server busy, try again", headers={"Retry-After": "1"}) from exc
            raise

    def briefing_version(self, store: Store, story: StoredStory) -> int | None:
        """The version to serve (the latest stored); a rebuild is requested when the story's members have
        changed since (grown, or reports moved in and out by the store's end-of-run pass)."""
        info = store.latest_briefing_info(story.id)
        if info is None or store.briefing_stale(story, info):
            self.worker.request(story.id)
        return info.version if info else None

    def served_briefing(self, story: StoredStory) -> tuple[int, Briefing] | None:
        """The last stored briefing, waiting (bounded) only for a story that has none yet."""
        with self.db() as store:
            version = self.briefing_version(store, story)
            if version is None:
                found = None
            else:
                latest = store.latest_briefing(story.id)
                found = (latest.version, latest.briefing) if latest else None
        if found is not None:
            return found

        def stored() -> bool:
            with self.db() as store:
                return store.latest_briefing_info(story.id) is not None

        if not self.worker.wait(story.id, self.first_briefing_wait_s, stored):
            return None
        with self.db() as store:
            latest = store.latest_briefing(story.id)
        return (latest.version, latest.briefing) if latest else None

    def cached(self, kind: str, story: StoredStory, build: Callable[[Briefing], object]) -> object | None:
        """``build(briefing)`` of the served briefing, once per briefing version; None: none built yet."""
        with self.db() as store:
            info = store.latest_briefing_info(story.id)
            stale = info is not None and store.briefing_stale(story, info)
        if info is None:
            return self._build_served(kind, story, build)
        key = (kind, story.id, info.version)
        hit = self.cache.get(key)
        if hit is None:
            with self.cache.building(key):
                hit = self.cache.get(key) or self._build_served(kind, story, build)
        if stale:
            self.worker.request(story.id)
        return hit

    def _build_served(
        self, kind: str, story: StoredStory, build: Callable[[Briefing], object]
    ) -> object | None:
        served = self.served_briefing(story)
        if served is None:
            return None
        value = build(served[1])
        self.cache.put((kind, story.id, served[0]), value)
        return value

    def source_articles(self, story: StoredStory, briefing: Briefing) -> dict[str, str]:
        """Briefing source id ("s1") -> stored article id, by the id each source carries; a briefing stored
        before sources carried one is matched on the text instead (sources carry it verbatim)."""
        untagged = [s.text for s in briefing.sources if not s.article_id]
        with self.db() as store:
            members = set(store.story_articles(story.id))
            by_text = store.articles_by_text(untagged) if untagged else {}
        found = {s.id: s.article_id or by_text.get(s.text) for s in briefing.sources}
        return {sid: a for sid, a in found.items() if a is not None and a in members}
