"""The web app: story list (search, date/outlet/place filters), story briefing, source text with cited spans
highlighted, and a JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json; writes need the API key).

All article text is untrusted: templates autoescape, the report page is render/html.py's escaped output, and
every response carries a strict CSP (no inline script anywhere but the report's hashed one) and anti-framing,
no-sniff and referrer headers.

Reads never wait for writes: each request borrows its own store connection (store/pool.py), pages show the
last stored briefing, and a story that has grown is rebuilt by the background worker (web/rebuild.py), never
inside a GET. Key, body size and write rate are checked before any body is read (web/limits.py).
"""

from __future__ import annotations

import hmac
import re
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Annotated

import jinja2
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from newsweave.errors import InputError, NewsweaveError, StoreError
from newsweave.models import Article, Briefing, Citation, Metadata, RawDocument
from newsweave.store import Store, StoredStory, StoryQuery
from newsweave.store.pool import POOL_SIZE, StorePool
from newsweave.web.limits import MAX_BODY_BYTES, RateLimiter, RequestLimits
from newsweave.web.rebuild import BriefingWorker, RebuildOptions
from newsweave.web.views import CiteLink, article_parts, cite_links, safe_href

PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_API_DOCUMENTS = 100  # per ingest request; bigger batches belong to `newsweave ingest`
MAX_OFFSET = 1_000_000  # of the story list; deeper paging is a scraper, and SQLite ints stop at 2**63
# How long a page waits for the first briefing of a story that has none yet, before answering 202.
FIRST_BRIEFING_WAIT_S = 20.0
RENDER_CACHE_ENTRIES = 64  # rendered briefings kept per app: story page, report and JSON of recent stories
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


@dataclass(frozen=True, slots=True)
class WebSettings:
    db: str | None = None
    api_key: str | None = None  # None: write endpoints are disabled
    rebuild: RebuildOptions = field(default_factory=RebuildOptions)
    first_briefing_wait_s: float = FIRST_BRIEFING_WAIT_S
    pool_size: int = POOL_SIZE
    max_body_bytes: int = MAX_BODY_BYTES
    write_burst: int = 10
    writes_per_minute: float = 30.0


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


class DocumentIn(BaseModel):
    # No length cap here: the request body cap bounds it, and an over-long text gets the same per-document
    # rejection as a file given to the CLI (newsweave.ingest.article.MAX_ARTICLE_CHARS).
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class IngestIn(BaseModel):
    documents: list[DocumentIn] = Field(default_factory=list, max_length=MAX_API_DOCUMENTS)
    urls: list[str] = Field(default_factory=list, max_length=MAX_API_DOCUMENTS)


class IngestOut(BaseModel):
    stored: int
    skipped: int
    rejected: list[str]
    stories: list[str]


class StoryOut(BaseModel):
    id: str
    title: str | None
    first_published: str | None
    last_published: str | None
    size: int
    article_ids: list[str] = Field(default_factory=list)


class ArticleOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str
    text: str
    story_id: str | None


def _story_out(s: StoredStory, article_ids: tuple[str, ...] = ()) -> StoryOut:
    return StoryOut(
        id=s.id,
        title=s.title,
        first_published=s.first_published,
        last_published=s.last_published,
        size=s.size,
        article_ids=list(article_ids),
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("newsweave.web", "templates"),
        autoescape=True,  # every template: article text and titles are untrusted
        undefined=jinja2.StrictUndefined,
    )


def create_app(settings: WebSettings | None = None, store: Store | None = None) -> FastAPI:
    """The app over ``settings.db`` (or over ``store``, which the pool then owns and closes)."""
    settings = settings or WebSettings()
    size = settings.pool_size
    pool = StorePool.around(store, size) if store else StorePool(settings.db, size)
    env = _environment()
    css = (resources.files("newsweave.web") / "site.css").read_text(encoding="utf-8")
    cache = _RenderCache()

    def rebuild_here(story_id: str) -> None:
        from newsweave.runners.briefs import brief_story
        from newsweave.weave.briefing import WeaveOptions

        with pool.connection() as s:
            brief_story(s, story_id, WeaveOptions(summary_words=settings.rebuild.summary_words))

    worker = BriefingWorker(pool.target, rebuild_here, settings.rebuild)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        worker.start()
        try:
            yield
        finally:  # SIGTERM: uvicorn ends the lifespan; the rebuild child is killed, connections closed
            worker.stop()
            pool.close()

    app = FastAPI(
        title="newsweave",
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.add_middleware(
        RequestLimits,  # type: ignore[arg-type]
        api_key=settings.api_key,
        max_body_bytes=settings.max_body_bytes,
        limiter=RateLimiter(settings.write_burst, settings.writes_per_minute),
    )

    @contextmanager
    def db() -> Iterator[Store]:
        try:
            with pool.connection() as s:
                yield s
        except StoreError as exc:
            if "no store connection free" in str(exc):
                raise HTTPException(503, "server busy, try again", headers={"Retry-After": "1"}) from exc
            raise

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": "store error"}, status_code=500)

    def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
        if settings.api_key is None:
            raise HTTPException(403, "write endpoints are disabled: start the server with an API key")
        if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), settings.api_key.encode()):
            raise HTTPException(401, "missing or wrong X-API-Key")

    def query_of(
        q: str | None,
        outlet: str | None,
        place: str | None,
        since: str | None,
        until: str | None,
        limit: int,
        offset: int,
    ) -> StoryQuery:
        return StoryQuery(
            text=q or None,
            outlet=outlet or None,
            place=place or None,
            date_from=since or None,
            date_to=until or None,
            limit=limit,
            offset=offset,
        )

    def story_or_404(store: Store, story_id: str) -> StoredStory:
        found = store.story(story_id)
        if found is None:
            raise HTTPException(404, "no such story")
        return found

    def briefing_version(store: Store, story: StoredStory) -> int | None:
        """The version to serve (the latest stored); a rebuild is requested when the story has grown."""
        info = store.latest_briefing_info(story.id)
        if info is None or info[1] != story.size:
            worker.request(story.id)
        return info[0] if info else None

    def served_briefing(story: StoredStory) -> tuple[int, Briefing] | None:
        """The last stored briefing, waiting (bounded) only for a story that has none yet."""
        with db() as store:
            version = briefing_version(store, story)
            if version is None:
                found = None
            else:
                latest = store.latest_briefing(story.id)
                found = (latest.version, latest.briefing) if latest else None
        if found is not None:
            return found

        def stored() -> bool:
            with db() as store:
                return store.latest_briefing_info(story.id) is not None

        if not worker.wait(story.id, settings.first_briefing_wait_s, stored):
            return None
        with db() as store:
            latest = store.latest_briefing(story.id)
        return (latest.version, latest.briefing) if latest else None

    def cached(kind: str, story: StoredStory, build: Callable[[Briefing], object]) -> object | None:
        """``build(briefing)`` of the served briefing, once per briefing version; None: none built yet."""
        with db() as store:
            info = store.latest_briefing_info(story.id)
        if info is None:
            return build_served(kind, story, build)
        key = (kind, story.id, info[0])
        hit = cache.get(key)
        if hit is None:
            with cache.building(key):
                hit = cache.get(key) or build_served(kind, story, build)
        if info[1] != story.size:
            worker.request(story.id)
        return hit

    def build_served(kind: str, story: StoredStory, build: Callable[[Briefing], object]) -> object | None:
        served = served_briefing(story)
        if served is None:
            return None
        value = build(served[1])
        cache.put((kind, story.id, served[0]), value)
        return value

    def pending(story: StoredStory) -> Response:
        return JSONResponse(
            {"detail": "the briefing of this story is being built; retry shortly", "story": story.id},
            status_code=202,
            headers={"Retry-After": "5"},
        )

    def source_articles(story: StoredStory, briefing: Briefing) -> dict[str, str]:
        """Briefing source id ("s1") -> stored article id, by the id each source carries; a briefing stored
        before sources carried one is matched on the text instead (sources carry it verbatim)."""
        untagged = [s.text for s in briefing.sources if not s.article_id]
        with db() as store:
            members = set(store.story_articles(story.id))
            by_text = store.articles_by_text(untagged) if untagged else {}
        found = {s.id: s.article_id or by_text.get(s.text) for s in briefing.sources}
        return {sid: a for sid, a in found.items() if a is not None and a in members}

    # --- HTML ---------------------------------------------------------------------------------------------
    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/site.css", include_in_schema=False)
    def site_css() -> Response:
        return Response(css, media_type="text/css")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def story_list(
        q: str | None = None,
        outlet: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> HTMLResponse:
        query = query_of(q, outlet, place, since, until, 200, 0)
        with db() as store:
            found = store.stories(query)
        return HTMLResponse(env.get_template("stories.html").render(stories=found, query=query))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> Response:
        with db() as store:
            story = story_or_404(store, story_id)
        parts = cached("page", story, lambda briefing: story_parts(story, briefing))
        if not isinstance(parts, dict):
            return HTMLResponse(
                env.get_template("pending.html").render(story=story),
                status_code=202,
                headers={"Retry-After": "5"},
            )
        return HTMLResponse(env.get_template("story.html").render(story=story, **parts))

    def story_parts(story: StoredStory, briefing: Briefing) -> dict[str, object]:
        """What the story page shows of a briefing (the story's own size and title come per request)."""
        to_article = source_articles(story, briefing)
        labels = {s.id: (s.outlet or s.id) for s in briefing.sources}

        def links(cites: tuple[Citation, ...]) -> list[CiteLink]:
            return cite_links(cites, to_article, labels)

        summary = [{"text": s.text, "note": s.note, "cites": links(s.citations)} for s in briefing.summary]
        claims = [
            {"text": c.text, "status": c.status, "cites": links(c.mentions[:3])} for c in briefing.claims
        ]
        sources = [
            {"article_id": to_article[s.id], "label": labels[s.id], "title": s.title}
            for s in briefing.sources
            if s.id in to_article
        ]
        return {"summary": summary, "claims": claims, "sources": sources}

    @app.get("/stories/{story_id}/report", response_class=HTMLResponse, include_in_schema=False)
    def story_report(story_id: str) -> Response:
        from newsweave.render.html import to_html

        with db() as store:
            story = story_or_404(store, story_id)
        built = cached("report", story, lambda briefing: to_html((briefing,)))
        if built is None:
            return pending(story)
        page = str(built)
        found = _META_CSP.search(page)
        csp = (
            found.group(1) if found else "default-src 'none'"
        ) + "; base-uri 'none'; frame-ancestors 'none'"
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        article_id: str,
        start: Annotated[int | None, Query(ge=0)] = None,
        end: Annotated[int | None, Query(ge=0)] = None,
    ) -> HTMLResponse:
        with db() as store:
            try:
                article = store.article(article_id)
            except StoreError:
                raise HTTPException(404, "no such article") from None
            story_id = store.story_of(article_id)
        spans = [(start, end)] if start is not None and end is not None and start < end else []
        return HTMLResponse(
            env.get_template("article.html").render(
                article=article,
                story_id=story_id,
                parts=article_parts(article.text, spans),
                safe_url=safe_href(article.url),
            )
        )

    # --- JSON API -----------------------------------------------------------------------------------------
    @app.get("/api/v1/stories", response_model=list[StoryOut], tags=["stories"])
    def api_stories(
        q: str | None = None,
        outlet: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[StoryOut]:
        if offset > MAX_OFFSET:
            raise HTTPException(400, f"offset over {MAX_OFFSET}")
        with db() as store:
            return [
                _story_out(s) for s in store.stories(query_of(q, outlet, place, since, until, limit, offset))
            ]

    @app.get("/api/v1/stories/{story_id}", response_model=StoryOut, tags=["stories"])
    def api_story(story_id: str) -> StoryOut:
        with db() as store:
            story = story_or_404(store, story_id)
            return _story_out(story, store.story_articles(story.id))

    @app.get("/api/v1/stories/{story_id}/briefing", tags=["stories"])
    def api_briefing(story_id: str) -> Response:
        from newsweave.render.json import briefing_json

        with db() as store:
            story = story_or_404(store, story_id)
        built = cached("json", story, briefing_json)
        if built is None:
            return pending(story)
        return Response(str(built), media_type="application/json")

    @app.get("/api/v1/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    def api_article(article_id: str) -> ArticleOut:
        with db() as store:
            try:
                a = store.article(article_id)
            except StoreError:
                raise HTTPException(404, "no such article") from None
            return ArticleOut(
                id=a.id,
                title=a.title,
                outlet=a.outlet,
                url=a.url,
                published=a.published,
                language=a.language,
                text=a.text,
                story_id=store.story_of(a.id),
            )

    @app.post(
        "/api/v1/ingest", response_model=IngestOut, tags=["ingest"], dependencies=[Depends(require_key)]
    )
    def api_ingest(body: IngestIn) -> IngestOut:
        from newsweave.ingest import rejection, to_article, unexpected
        from newsweave.runners.local import collect_articles, ingest_articles

        articles: list[Article] = []
        rejected: list[str] = []
        for i, doc in enumerate(body.documents):
            meta = Metadata(title=doc.title, url=doc.url, outlet=doc.outlet, published=doc.published)
            try:
                articles.append(to_article(RawDocument(item=f"document[{i}]", text=doc.text, metadata=meta)))
            except InputError as exc:
                rejected.append(str(rejection(exc)))
            except Exception as exc:  # one document's unforeseen failure rejects it alone
                rejected.append(str(rejection(unexpected(f"document[{i}]", exc))))
        if body.urls:  # private addresses are always refused here
            collected = collect_articles([u for u in body.urls if u.startswith(("http://", "https://"))])
            articles.extend(collected.articles)
            rejected.extend(str(r) for r in collected.rejections)
        with db() as store:
            try:
                report = ingest_articles(store, articles)
            except NewsweaveError as exc:
                raise HTTPException(400, str(exc)) from exc
        rejected.extend(str(r) for r in report.rejections)
        return IngestOut(stored=report.stored, skipped=report.skipped, rejected=rejected,
                         stories=list(report.story_ids))

    return app
