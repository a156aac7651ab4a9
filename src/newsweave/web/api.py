"""The JSON API (/api/v1; OpenAPI at /api/v1/openapi.json): stories, briefings, articles, keyed ingest."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Response
from pydantic import BaseModel, Field

from newsweave.errors import InputError, NewsweaveError, StoreError
from newsweave.models import Article, Metadata, RawDocument
from newsweave.store import StoredStory
from newsweave.web.service import StoryService, pending, query_of, story_or_404

MAX_API_DOCUMENTS = 100  # per ingest request; bigger batches belong to `newsweave ingest`
MAX_OFFSET = 1_000_000  # of the story list; deeper paging is a scraper, and SQLite ints stop at 2**63


class DocumentIn(BaseModel):
    # No length cap here: the request body cap bounds it, and an over-long text gets the same per-document
    # rejection as a file given to the CLI (newsweave.ingest.article.MAX_ARTICLE_CHARS).
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None


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


class StoryEventOut(BaseModel):
    """One change of a stored story: created | joined | merged | merged_into | expired, and from the store's
    end-of-run pass split (``other_story`` was cut off from it) | split_from | moved (``article_id`` came
    from ``other_story``)."""

    kind: str
    other_story: str | None
    article_id: str | None
    at: str


def _story_out(s: StoredStory, article_ids: tuple[str, ...] = ()) -> StoryOut:
    return StoryOut(
        id=s.id,
        title=s.title,
        first_published=s.first_published,
        last_published=s.last_published,
        size=s.size,
        article_ids=list(article_ids),
    )


def api_router(svc: StoryService, api_key: str | None) -> APIRouter:
    router = APIRouter()

    def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
        if api_key is None:
            raise HTTPException(403, "write endpoints are disabled: start the server with an API key")
        if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), api_key.encode()):
            raise HTTPException(401, "missing or wrong X-API-Key")

    # --- JSON API -----------------------------------------------------------------------------------------
    @router.get("/api/v1/stories", response_model=list[StoryOut], tags=["stories"])
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
        with svc.db() as store:
            return [
                _story_out(s) for s in store.stories(query_of(q, outlet, place, since, until, limit, offset))
            ]

    @router.get("/api/v1/stories/{story_id}", response_model=StoryOut, tags=["stories"])
    def api_story(story_id: str) -> StoryOut:
        with svc.db() as store:
            story = story_or_404(store, story_id)
            return _story_out(story, store.story_articles(story.id))

    @router.get("/api/v1/stories/{story_id}/history", response_model=list[StoryEventOut], tags=["stories"])
    def api_history(story_id: str) -> list[StoryEventOut]:
        """How the story came to be, oldest first: a reader sees why it changed shape."""
        with svc.db() as store:
            story = story_or_404(store, story_id)
            return [StoryEventOut(kind=e.kind, other_story=e.other_story_id, article_id=e.article_id, at=e.at)
                    for e in store.story_events(story.id)]

    @router.get("/api/v1/stories/{story_id}/briefing", tags=["stories"])
    def api_briefing(story_id: str) -> Response:
        from newsweave.render.json import briefing_json

        with svc.db() as store:
            story = story_or_404(store, story_id)
        built = svc.cached("json", story, briefing_json)
        if built is None:
            return pending(story)
        return Response(str(built), media_type="application/json")

    @router.get("/api/v1/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    def api_article(article_id: str) -> ArticleOut:
        with svc.db() as store:
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

    @router.post(
        "/api/v1/ingest", response_model=IngestOut, tags=["ingest"], dependencies=[Depends(require_key)]
    )
    def api_ingest(body: IngestIn) -> IngestOut:
        from newsweave.ingest import rejection, to_article, unexpected
        from newsweave.runners.local import collect_articles, ingest_articles

        articles: list[Article] = []
        rejected: list[str] = []
        for i, doc in enumerate(body.documents):
            meta = Metadata(title=doc.title, url=doc.url, outlet=doc.outlet, published=doc.published,
                            author=doc.author)
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
        with svc.db() as store:
            try:
                report = ingest_articles(store, articles)
            except NewsweaveError as exc:
                raise HTTPException(400, str(exc)) from exc
        rejected.extend(str(r) for r in report.rejections)
        return IngestOut(stored=report.stored, skipped=report.skipped, rejected=rejected,
                         stories=list(report.story_ids))

    return router
