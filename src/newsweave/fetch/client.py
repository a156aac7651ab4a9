"""One HTTP GET with an overall deadline, a minimum transfer rate, a size cap, a polite user agent, the
checked address pinned and redirects checked hop by hop. Environment proxies are ignored; a proxy is used
only when FetchOptions names one (the address guard then cannot pin what the proxy dials)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from newsweave import __version__ as _version
from newsweave.errors import FetchError
from newsweave.fetch.guard import check_host
from newsweave.fetch.transport import Budget, PinnedBackend, pinned_client

USER_AGENT = f"newsweave/{_version} (+https://github.com/newsweave/newsweave; news briefing tool)"
TIMEOUT_S = 15.0  # per read/connect; news pages answer within a few seconds or not at all
# One fetch, redirects included, never takes longer than this; a 10 MiB page at the minimum rate below
# would not make it, but news pages are well under 1 MiB and arrive in seconds.
DEADLINE_S = 60.0
# After the grace period the average rate must stay above this: 1 byte every 5 s is a tarpit, not a server.
MIN_BYTES_PER_S = 1024.0
RATE_GRACE_S = 10.0
MAX_BYTES = 10 * 2**20  # the same cap as a local input file
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class FetchOptions:
    allow_private: bool = False
    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT
    deadline_s: float = DEADLINE_S
    min_bytes_per_s: float = MIN_BYTES_PER_S
    rate_grace_s: float = RATE_GRACE_S
    proxy: str | None = None  # explicitly configured proxy; the environment's is never used


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None


def fetch_url(url: str, options: FetchOptions | None = None, client: httpx.Client | None = None) -> Fetched:
    """GET ``url``. Any failure, a malformed URL included, is a FetchError naming it."""
    options = options or FetchOptions()
    budget = Budget(time.monotonic() + options.deadline_s, options.min_bytes_per_s, options.rate_grace_s)
    backend: PinnedBackend | None = None
    http = client
    if http is None and options.proxy:
        http = httpx.Client(
            timeout=options.timeout_s, follow_redirects=False, trust_env=False, proxy=options.proxy,
            headers={"User-Agent": options.user_agent},
        )
    elif http is None:
        backend = PinnedBackend(budget)
        http = pinned_client(backend, options.user_agent, options.timeout_s)
    try:
        return _get(url, options, http, backend, budget)
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise FetchError(f"{url!r}: malformed URL ({exc})") from exc
    finally:
        if client is None:
            http.close()


def _get(
    url: str, options: FetchOptions, http: httpx.Client, backend: PinnedBackend | None, budget: Budget
) -> Fetched:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        pin = check_host(current, options.allow_private)
        if backend is not None:
            backend.pin = pin
        with http.stream("GET", current) as response:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{current}: redirect without a location")
                current = urljoin(current, location)
                continue
            if response.status_code >= 400:
                raise FetchError(f"{current}: HTTP {response.status_code}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(f"{current}: {declared} bytes is over the {options.max_bytes} byte limit")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    raise FetchError(f"{current}: over the {options.max_bytes} byte limit")
                if time.monotonic() > budget.deadline:
                    raise FetchError(f"{current}: over the {options.deadline_s:.0f} s fetch deadline")
                chunks.append(chunk)
            ctype = response.headers.get("content-type", "")
            return Fetched(
                current, b"".join(chunks), ctype.split(";")[0].strip().lower(), response.charset_encoding
            )
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
