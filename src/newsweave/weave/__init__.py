"""weave stage: one story's articles and annotations -> one Briefing (claims, corroboration, conflicts,
roster, timeline, quotes, numbers, events, cited summary).

Entry point: ``weave(story, analyzed articles, options)`` with ``WeaveOptions``.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

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


__getattr__ = lazy_getattr(__name__, _HOMES)
