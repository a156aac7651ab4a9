"""Server-side request forgery guard: a URL is fetched only when every address its host resolves to is
public. Checked before each request, redirects included (the client follows redirects itself)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from newsweave.errors import FetchError

ALLOWED_SCHEMES = ("http", "https")


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
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def check_host(url: str, allow_private: bool = False) -> None:
    """FetchError unless ``url`` is http(s) and (unless allowed) its host resolves only to public IPs."""
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host")
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in resolve(parts.hostname, port):
        if not _is_public(address):
            raise FetchError(
                f"{url}: refused, {parts.hostname} resolves to non-public address {address} "
                "(use --allow-private to fetch it)"
            )
