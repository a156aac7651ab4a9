"""The ASGI layer in front of the app: API key, body size and write rate are checked before a body byte is
read (FastAPI would parse the whole body before running any dependency, the key check included).

- Every write (any method but GET/HEAD/OPTIONS) needs the API key, and is refused outright when the server
  has none; a wrong key costs the client a 401 and the server nothing.
- Every request body is capped: ``max_body_bytes`` on the ingest endpoint, ``SMALL_BODY_BYTES`` elsewhere.
  A declared Content-Length over the cap is refused at once (413); a chunked body is counted as it
  streams and cut off at the cap.
- Writes are rate-limited per client address with a token bucket (429 with Retry-After).
"""

from __future__ import annotations

import hmac
import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# 100 documents (MAX_API_DOCUMENTS) of ordinary article length (well under 100 KB each) fit with room to
# spare; anything bigger belongs to `newsweave ingest`.
MAX_BODY_BYTES = 16 * 2**20
SMALL_BODY_BYTES = 64 * 2**10  # every other endpoint: no body is expected at all
WRITE_BURST = 10  # writes a client may send at once …
WRITES_PER_MINUTE = 30.0  # … and on average: an ingest request analyses up to 100 articles
MAX_CLIENTS_TRACKED = 10_000  # buckets kept; the oldest are dropped beyond this


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


@dataclass(slots=True)
class RateLimiter:
    burst: int = WRITE_BURST
    per_minute: float = WRITES_PER_MINUTE
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, client: str) -> float:
        """0 when the client may write now, else the seconds until it may."""
        now = time.monotonic()
        rate = self.per_minute / 60.0
        with self._lock:
            bucket = self._buckets.pop(client, None) or _Bucket(float(self.burst), now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * rate)
            bucket.at = now
            self._buckets[client] = bucket  # re-inserted: dict order is least recently seen first
            while len(self._buckets) > MAX_CLIENTS_TRACKED:
                del self._buckets[next(iter(self._buckets))]
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / rate if rate > 0 else math.inf


class RequestLimits:
    def __init__(
        self,
        app: ASGIApp,
        api_key: str | None,
        max_body_bytes: int = MAX_BODY_BYTES,
        large_body_paths: frozenset[str] = frozenset({"/api/v1/ingest"}),
        limiter: RateLimiter | None = None,
    ) -> None:
        self.app = app
        self.api_key = api_key
        self.max_body_bytes = max_body_bytes
        self.large_body_paths = large_body_paths
        self.limiter = limiter or RateLimiter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if scope["method"] not in SAFE_METHODS:
            refusal = self._check_write(scope, headers)
            if refusal is not None:
                await _reply(send, *refusal)
                return
        limit = self.max_body_bytes if scope["path"] in self.large_body_paths else SMALL_BODY_BYTES
        declared = headers.get("content-length", "")
        if declared.strip().isdigit() and int(declared) > limit:
            await _reply(send, 413, f"request body over the {limit} byte limit")
            return
        seen = 0
        too_large = False

        async def counted_receive() -> Message:
            nonlocal seen, too_large
            if too_large:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:  # stop reading: the app sees the client go, its answer is replaced
                    too_large = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not too_large:
                await send(message)
            elif message["type"] == "http.response.start":
                await _reply(send, 413, f"request body over the {limit} byte limit")

        await self.app(scope, counted_receive, guarded_send)

    def _check_write(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, dict[str, str]] | None:
        if self.api_key is None:
            return 403, "write endpoints are disabled: start the server with an API key", {}
        given = headers.get("x-api-key")
        if given is None or not hmac.compare_digest(given.encode(), self.api_key.encode()):
            return 401, "missing or wrong X-API-Key", {}
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.limiter.take(str(client))
        if wait > 0:
            return 429, "too many writes: slow down", {"Retry-After": str(max(1, math.ceil(wait)))}
        return None


async def _reply(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    # The body, if any, is left unread; the server closes the connection rather than drain it.
    raw.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
