"""PLACEHOLDER HTML rendering."""

from __future__ import annotations

import html
from collections.abc import Sequence

from newsweave.models import Briefing


def to_html(briefings: Sequence[Briefing]) -> str:
    body = "".join(f"<h1>{html.escape(b.story.title or '')}</h1>" for b in briefings)
    return f"<!doctype html><html><body>{body}</body></html>"
