"""Stable identities shared by ingest and the store: canonical URLs and article ids (no stage logic)."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track the reader, not the page: dropped so that shared links map to one id.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "ocid", "cmpid", "ref", "smid")
ID_HEX_CHARS = 16  # 64 bits: collisions are negligible for any corpus a briefing reads
_HOST_PREFIXES = ("www.", "www1.", "m.", "amp.", "mobile.")


def canonical_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    kept = (kv for kv in parse_qsl(parts.query) if not kv[0].lower().startswith(TRACKING_PARAMS))
    query = urlencode(sorted(kept))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def article_id(url: str | None, text: str) -> str:
    key = f"url:{canonical_url(url)}" if url else "text:" + " ".join(text.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def disambiguate(article_id_: str, item: str) -> str:
    """A second, still stable id for an input whose id is already taken by another input in the same run."""
    return hashlib.sha1(f"{article_id_}\0{item}".encode()).hexdigest()[:ID_HEX_CHARS]


def outlet_from_url(url: str | None) -> str | None:
    """The URL's host without ``www.`` and the like (``https://www.aljazeera.com/x`` -> ``aljazeera.com``):
    the site ingest names an outlet by, and whose domain tells a site's country (geo/outlet_home.py)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host if "." in host else None
