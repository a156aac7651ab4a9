"""The HTTP transport of one fetch: connections go to the pinned, checked address, and every socket read
and write respects one overall deadline and a minimum transfer rate.

httpx's own timeouts are per operation: a server that sends one byte every few seconds never trips them.
Here each read gets at most the time left before the fetch's deadline, and once a grace period is over the
average rate since the connection opened must stay above ``min_bytes_per_s``. The Host header and the TLS
server name stay those of the URL, because httpcore passes the URL's host to the backend, which only
swaps the address it dials.
"""

from __future__ import annotations

import contextlib
import ssl
import time
import typing
from dataclasses import dataclass, field

import httpcore
import httpx

from newsweave.fetch.guard import Pin


@dataclass(slots=True)
class Budget:
    """The time and rate limits of one fetch (all its redirects together)."""

    deadline: float  # time.monotonic() value
    min_bytes_per_s: float
    grace_s: float
    started: float = field(default_factory=time.monotonic)
    received: int = 0

    def timeout(self, requested: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("overall fetch deadline passed")
        return left if requested is None else min(requested, left)

    def account(self, n: int) -> None:
        self.received += n
        elapsed = time.monotonic() - self.started
        if elapsed > self.grace_s and self.received / elapsed < self.min_bytes_per_s:
            raise httpcore.ReadTimeout(
                f"transfer too slow ({self.received} bytes in {elapsed:.0f} s, "
                f"minimum {self.min_bytes_per_s:.0f} bytes/s)"
            )


class _BudgetStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, budget: Budget) -> None:
        self._inner = inner
        self._budget = budget

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, self._budget.timeout(timeout))
        self._budget.account(len(data))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._budget.timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._budget.timeout(timeout))
        return _BudgetStream(inner, self._budget)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """Dials the pinned address for the pinned host and port, and refuses any other destination."""

    def __init__(self, budget: Budget) -> None:
        self._inner = httpcore.SyncBackend()
        self.budget = budget
        self.pin: Pin | None = None

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        pin = self.pin
        if pin is None or port != pin.port or host.lower().strip("[]") not in _names(pin.host):
            raise httpcore.ConnectError(f"{host}:{port} was not checked by the address guard")
        stream = self._inner.connect_tcp(
            pin.address, port, self.budget.timeout(timeout), local_address, socket_options
        )
        return _BudgetStream(stream, self.budget)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _names(host: str) -> set[str]:
    """The spellings httpcore may use for ``host``: as written and IDNA-encoded."""
    names = {host.lower()}
    with contextlib.suppress(UnicodeError):
        names.add(host.encode("idna").decode("ascii").lower())
    return names


def pinned_client(backend: PinnedBackend, user_agent: str, timeout_s: float) -> httpx.Client:
    """A client whose connections all go through ``backend``; environment proxies are never used."""
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the public API takes no network backend
        ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=backend
    )
    return httpx.Client(
        transport=transport,
        timeout=timeout_s,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": user_agent},
    )
