"""group stage: across articles. Syndicated copies (MinHash / exact shingle checks) and stories (online
clustering in publication order, with ids that stay stable as stories grow).

Entry points: ``find_duplicates(articles)`` -> DuplicateLinks; ``cluster_batch(analyzed articles)`` ->
Stories; ``OnlineClusterer`` for incremental assignment from saved state.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

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


__getattr__ = lazy_getattr(__name__, _HOMES)
