"""The HTML pages: the story list, a story page, its full report and a source article with cited spans."""

from __future__ import annotations

import re
from typing import Annotated

import jinja2
from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.responses import HTMLResponse

from newsweave.errors import StoreError
from newsweave.models import Briefing, Citation
from newsweave.store import StoredStory
from newsweave.web.service import StoryService, pending, query_of, story_or_404
from newsweave.web.views import SHAPE_KINDS, CiteLink, article_parts, cite_links, safe_href, shape_changes

_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def page_router(svc: StoryService, env: jinja2.Environment, css: str) -> APIRouter:
    router = APIRouter()

    # --- HTML ---------------------------------------------------------------------------------------------
    @router.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @router.get("/static/site.css", include_in_schema=False)
    def site_css() -> Response:
        return Response(css, media_type="text/css")

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def story_list(
        q: str | None = None,
        outlet: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> HTMLResponse:
        query = query_of(q, outlet, place, since, until, 200, 0)
        with svc.db() as store:
            found = store.stories(query)
        return HTMLResponse(env.get_template("stories.html").render(stories=found, query=query))

    @router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> Response:
        with svc.db() as store:
            story = story_or_404(store, story_id)
            changes = shape_changes(store.story_events(story.id, SHAPE_KINDS))
        parts = svc.cached("page", story, lambda briefing: story_parts(story, briefing))
        if not isinstance(parts, dict):
            return HTMLResponse(
                env.get_template("pending.html").render(story=story),
                status_code=202,
                headers={"Retry-After": "5"},
            )
        return HTMLResponse(env.get_template("story.html").render(story=story, changes=changes, **parts))

    def story_parts(story: StoredStory, briefing: Briefing) -> dict[str, object]:
        """What the story page shows of a briefing (the story's own size and title come per request)."""
        to_article = svc.source_articles(story, briefing)
        labels = {s.id: (s.outlet or s.id) for s in briefing.sources}

        def links(cites: tuple[Citation, ...]) -> list[CiteLink]:
            return cite_links(cites, to_article, labels)

        summary = [{"text": s.text, "note": s.note, "cites": links(s.citations)} for s in briefing.summary]
        claims = [
            {"text": c.text, "status": c.status, "cites": links(c.mentions[:3])} for c in briefing.claims
        ]
        sources = [
            {"article_id": to_article[s.id], "label": labels[s.id], "title": s.title, "opinion": s.opinion}
            for s in briefing.sources
            if s.id in to_article
        ]
        return {"summary": summary, "claims": claims, "sources": sources}

    @router.get("/stories/{story_id}/report", response_class=HTMLResponse, include_in_schema=False)
    def story_report(story_id: str) -> Response:
        from newsweave.render.html import to_html

        with svc.db() as store:
            story = story_or_404(store, story_id)
        built = svc.cached("report", story, lambda briefing: to_html((briefing,)))
        if built is None:
            return pending(story)
        page = str(built)
        found = _META_CSP.search(page)
        csp = (
            found.group(1) if found else "default-src 'none'"
        ) + "; base-uri 'none'; frame-ancestors 'none'"
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    @router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        article_id: str,
        start: Annotated[int | None, Query(ge=0)] = None,
        end: Annotated[int | None, Query(ge=0)] = None,
    ) -> HTMLResponse:
        with svc.db() as store:
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

    return router
