"""The web app: story list (search, date/outlet/place filters), story briefing, source text with cited spans
highlighted, and a JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json; writes need the API key).

All article text is untrusted: templates autoescape, the report page is render/html.py's escaped output, and
every response carries a strict CSP (no inline script anywhere but the report's hashed one) and anti-framing,
no-sniff and referrer headers.

Reads never wait for writes: each request borrows its own store connection (store/pool.py), pages show the
last stored briefing, and a story whose members changed is rebuilt by the background worker (web/rebuild.py),
never inside a GET. Key, body size and write rate are checked before any body is read (web/limits.py).

``create_app`` wires the parts: the shared StoryService (web/service.py), the page router (web/pages.py) and
the API router (web/api.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources

import jinja2
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from newsweave.errors import StoreError
from newsweave.store import Store
from newsweave.store.pool import POOL_SIZE, StorePool
from newsweave.web.api import api_router
from newsweave.web.limits import MAX_BODY_BYTES, RateLimiter, RequestLimits
from newsweave.web.pages import page_router
from newsweave.web.rebuild import BriefingWorker, RebuildOptions
from newsweave.web.service import StoryService

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
# How long a page waits for the first briefing of a story that has none yet, before answering 202.
FIRST_BRIEFING_WAIT_S = 20.0


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

    def rebuild_here(story_id: str) -> None:
        from newsweave.runners.stored_briefings import brief_story

        with pool.connection() as s:
            brief_story(s, story_id, settings.rebuild.weave_options())

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

    service = StoryService(pool, worker, settings.first_briefing_wait_s)
    app.include_router(page_router(service, env, css))
    app.include_router(api_router(service, settings.api_key))
    return app
