"""web: the story browser and the /api/v1 JSON API over the store (FastAPI), served by ``newsweave serve``.

Entry point: ``create_app(settings, store)`` with ``WebSettings``.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
