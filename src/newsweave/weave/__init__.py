"""weave stage: one story's articles and annotations -> one Briefing (claims, corroboration, conflicts,
roster, timeline, quotes, numbers, events, cited summary).

Entry point: ``weave(story, articles, annotations, options)`` with ``WeaveOptions``.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsweave.weave.briefing import WeaveOptions, weave

__all__ = [
    "WeaveOptions",
    "weave",
]

_HOMES = {
    "weave": "newsweave.weave.briefing",
    "WeaveOptions": "newsweave.weave.briefing",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
