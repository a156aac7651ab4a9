"""One HTTP GET with a timeout, a size cap, a polite user agent and redirects checked hop by hop."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from newsweave import __version__ as _version
from newsweave.errors import FetchError
from newsweave.fetch.guard import check_host

USER_AGENT = f"newsweave/{_version} (+https://github.com/newsweave/newsweave; news briefing tool)"
TIMEOUT_S = 15.0  # per read/connect; news pages answer within a few seconds or not at all
MAX_BYTES = 10 * 2**20  # the same cap as a local input file
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class FetchOptions:
    allow_private: bool = False
    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None


def fetch_url(url: str, options: FetchOptions | None = None, client: httpx.Client | None = None) -> Fetched:
    options = options or FetchOptions()
    own = client is None
    http = client or httpx.Client(
        timeout=options.timeout_s, follow_redirects=False, headers={"User-Agent": options.user_agent}
    )
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_host(current, options.allow_private)
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
                    raise FetchError(
                        f"{current}: {declared} bytes is over the {options.max_bytes} byte limit"
                    )
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"{current}: over the {options.max_bytes} byte limit")
                    chunks.append(chunk)
                ctype = response.headers.get("content-type", "")
                return Fetched(
                    current, b"".join(chunks), ctype.split(";")[0].strip().lower(), response.charset_encoding
                )
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
    finally:
        if own:
            http.close()
