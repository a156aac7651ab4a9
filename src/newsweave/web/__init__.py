"""web: the story browser and the /api/v1 JSON API over the store (FastAPI), served by ``newsweave serve``.

Entry point: ``create_app(settings, store)`` with ``WebSettings``.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

if TYPE_CHECKING:
    from newsweave.web.app import WebSettings, create_app

__all__ = [
    "WebSettings",
    "create_app",
]

_HOMES = {
    "create_app": "newsweave.web.app",
    "WebSettings": "newsweave.web.app",
}


__getattr__ = lazy_getattr(__name__, _HOMES)
