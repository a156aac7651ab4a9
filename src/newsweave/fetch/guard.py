"""Server-side request forgery guard: a URL is fetched only when every address its host resolves to is
public, and the connection then goes to exactly the address that was checked (fetch/transport.py pins it:
a second DNS answer cannot swap in a private address between the check and the connect). Checked before
each request, redirects included (the client follows redirects itself)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsweave.errors import FetchError

ALLOWED_SCHEMES = ("http", "https")
MAX_URL_CHARS = 8192  # longer is no link to a news page


@dataclass(frozen=True, slots=True)
class Pin:
    """The checked target of one request: connect to ``address``, speak to ``host`` (Host header, TLS SNI)."""

    host: str
    port: int
    address: str


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError, OSError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def _bad_character(url: str) -> bool:
    # Tabs and newlines are silently dropped by urlsplit but not by the HTTP client: the URL checked and the
    # URL fetched would differ. Any whitespace or control character makes the URL unusable instead.
    return any(ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in url)


def check_host(url: str, allow_private: bool = False) -> Pin:
    """The address to connect to for ``url``; FetchError unless ``url`` is a well-formed http(s) URL whose
    host resolves (unless ``allow_private``) only to public addresses."""
    if len(url) > MAX_URL_CHARS:
        raise FetchError(f"{url[:80]}…: URL over {MAX_URL_CHARS} characters")
    if _bad_character(url):
        raise FetchError(f"{url!r}: URL contains whitespace or a control character")
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname
    except ValueError as exc:  # a port over 65535, a bracket left open …
        raise FetchError(f"{url}: malformed URL ({exc})") from exc
    if parts.scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not host:
        raise FetchError(f"{url}: no host")
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve {host}")
    if not allow_private:
        for address in addresses:
            if not _is_public(address):
                raise FetchError(
                    f"{url}: refused, {host} resolves to non-public address {address} "
                    "(use --allow-private to fetch it)"
                )
    return Pin(host=host, port=port, address=addresses[0])
