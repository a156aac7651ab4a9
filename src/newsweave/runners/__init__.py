"""runners: executors that drive the stages over many inputs and write to the store. Stages never import
them.

Entry points: ``ingest(...)`` / ``ingest_articles(...)`` (local executor: read, analyse, assign stories,
commit); ``brief_story`` and ``diff_story`` (briefings of stored stories).

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
