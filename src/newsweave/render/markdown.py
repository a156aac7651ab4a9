"""PLACEHOLDER Markdown rendering."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.models import Briefing


def to_markdown(briefings: Sequence[Briefing]) -> str:
    return "\n\n".join(f"# {b.story.title}\n\n" + "\n".join(f"- {s.text}" for s in b.summary) for b in briefings)
