"""runners: executors that drive the stages over many inputs and write to the store. Stages never import
them.

Entry points: ``ingest(...)`` / ``ingest_articles(...)`` (local executor: read, analyse, assign stories,
commit); ``brief_story`` and ``diff_story`` (briefings of stored stories).

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

if TYPE_CHECKING:
    from newsweave.runners.local import collect_articles, ingest, ingest_articles
    from newsweave.runners.stored_briefings import brief_story, diff_story

__all__ = [
    "brief_story",
    "collect_articles",
    "diff_story",
    "ingest",
    "ingest_articles",
]

_HOMES = {
    "ingest": "newsweave.runners.local",
    "ingest_articles": "newsweave.runners.local",
    "collect_articles": "newsweave.runners.local",
    "brief_story": "newsweave.runners.stored_briefings",
    "diff_story": "newsweave.runners.stored_briefings",
}


__getattr__ = lazy_getattr(__name__, _HOMES)
