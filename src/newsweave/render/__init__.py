"""render stage: Briefings -> text. Article text is untrusted: every renderer escapes it.

Entry points: ``to_json`` (the ``newsweave.briefing/1`` contract, validated against the shipped schema),
``to_markdown`` and ``to_html`` (one self-contained offline report).

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

if TYPE_CHECKING:
    from newsweave.render.html import to_html
    from newsweave.render.json import to_json
    from newsweave.render.markdown import to_markdown

__all__ = [
    "to_html",
    "to_json",
    "to_markdown",
]

_HOMES = {
    "to_json": "newsweave.render.json",
    "to_markdown": "newsweave.render.markdown",
    "to_html": "newsweave.render.html",
}


__getattr__ = lazy_getattr(__name__, _HOMES)
