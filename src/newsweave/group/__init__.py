"""group stage: across articles. Syndicated copies (MinHash / exact shingle checks) and stories (online
clustering in publication order, with ids that stay stable as stories grow).

Entry points: ``find_duplicates(articles)`` -> DuplicateLinks; ``cluster_batch(articles, annotations)`` ->
Stories; ``OnlineClusterer`` for incremental assignment from saved state.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsweave.group.duplicates import find_duplicates
    from newsweave.group.stories import OnlineClusterer, cluster_batch

__all__ = [
    "OnlineClusterer",
    "cluster_batch",
    "find_duplicates",
]

_HOMES = {
    "find_duplicates": "newsweave.group.duplicates",
    "cluster_batch": "newsweave.group.stories",
    "OnlineClusterer": "newsweave.group.stories",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
