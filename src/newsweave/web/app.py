"""The web app: story list (search, date/outlet/place filters), story briefing, source text with cited spans
highlighted, and a JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json; writes need the API key).

All article text is untrusted: templates autoescape, the report page is render/html.py's escaped output, and
every response carries a strict CSP (no inline script anywhere but the report's hashed one) and anti-framing,
no-sniff and referrer headers.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Annotated

import jinja2
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from newsweave.errors import InputError, NewsweaveError, StoreError
from newsweave.models import Article, Briefing, Citation, Metadata, RawDocument
from newsweave.store import Store, StoredStory, StoryQuery, open_store
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
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


@dataclass(frozen=True, slots=True)
class WebSettings:
    db: str | None = None
    api_key: str | None = None  # None: write endpoints are disabled


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
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
    settings = settings or WebSettings()
    shared = store or open_store(settings.db)
    lock = threading.Lock()  # one connection, many request threads
    env = _environment()
    css = (resources.files("newsweave.web") / "site.css").read_text(encoding="utf-8")
    app = FastAPI(
        title="newsweave", version="1", openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None
    )

    @contextmanager
    def db() -> Iterator[Store]:
        with lock:
            yield shared

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

    def current_briefing(store: Store, story: StoredStory) -> Briefing:
        from newsweave.runners.briefs import brief_story

        latest = store.latest_briefing(story.id)
        # A briefing stored before sources carried their article id is woven again rather than served.
        if (latest is not None and latest.article_count == story.size
                and all(s.article_id for s in latest.briefing.sources)):
            return latest.briefing
        return brief_story(store, story.id)

    def source_articles(store: Store, story: StoredStory, briefing: Briefing) -> dict[str, str]:
        """Briefing source id ("s1") -> stored article id, by the id each source carries."""
        members = set(store.story_articles(story.id))
        return {s.id: a for s in briefing.sources if (a := s.article_id) is not None and a in members}

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
    def story_page(story_id: str) -> HTMLResponse:
        with db() as store:
            story = story_or_404(store, story_id)
            briefing = current_briefing(store, story)
            to_article = source_articles(store, story, briefing)
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
        return HTMLResponse(
            env.get_template("story.html").render(
                story=story, summary=summary, claims=claims, sources=sources
            )
        )

    @app.get("/stories/{story_id}/report", response_class=HTMLResponse, include_in_schema=False)
    def story_report(story_id: str) -> HTMLResponse:
        from newsweave.render.html import to_html

        with db() as store:
            briefing = current_briefing(store, story_or_404(store, story_id))
        page = to_html((briefing,))
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
            briefing = current_briefing(store, story_or_404(store, story_id))
        return Response(briefing_json(briefing), media_type="application/json")

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
        from newsweave.ingest import rejection, to_article
        from newsweave.runners.local import collect_articles, ingest_articles

        articles: list[Article] = []
        rejected: list[str] = []
        for i, doc in enumerate(body.documents):
            meta = Metadata(title=doc.title, url=doc.url, outlet=doc.outlet, published=doc.published)
            try:
                articles.append(to_article(RawDocument(item=f"document[{i}]", text=doc.text, metadata=meta)))
            except InputError as exc:
                rejected.append(str(rejection(exc)))
        if body.urls:  # private addresses are always refused here
            fetched, fetch_rejections = collect_articles(
                [u for u in body.urls if u.startswith(("http://", "https://"))]
            )
            articles.extend(fetched)
            rejected.extend(str(r) for r in fetch_rejections)
        with db() as store:
            try:
                stored, skipped, _, _, story_ids = ingest_articles(store, articles)
            except NewsweaveError as exc:
                raise HTTPException(400, str(exc)) from exc
        return IngestOut(stored=stored, skipped=skipped, rejected=rejected, stories=list(story_ids))

    return app
