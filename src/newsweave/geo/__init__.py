"""geo: the offline gazetteer and place resolution used by analysis (no network, ever).

Entry points: ``load_gazetteer()`` (memory-mapped cache, built at install by ``python -m newsweave.geo``) and
``resolve(toponyms, gazetteer)`` (context-aware choice among namesakes, or no pin).

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

if TYPE_CHECKING:
    from newsweave.geo.gazetteer import load_gazetteer
    from newsweave.geo.resolve import resolve

__all__ = [
    "load_gazetteer",
    "resolve",
]

_HOMES = {
    "load_gazetteer": "newsweave.geo.gazetteer",
    "resolve": "newsweave.geo.resolve",
}


__getattr__ = lazy_getattr(__name__, _HOMES)
