"""The briefing's lines about language: which sources no pack reads, and which a pack reads only in part."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsweave.lang import pack_for
from newsweave.models import Article


def _grouped(pairs: list[tuple[str, str]]) -> str:
    by_lang: dict[str, list[str]] = {}
    for lang, sid in pairs:
        by_lang.setdefault(lang, []).append(sid)
    return "; ".join(f"{lang} ({', '.join(sids)})" for lang, sids in by_lang.items())


def language_notes(articles: Sequence[Article], sid: Callable[[str], str]) -> list[str]:
    """One line for sources without a pack, one for sources whose pack has no claim cues."""
    unread, partly = [], []
    for a in articles:
        pack = pack_for(a.language)
        if pack is None:
            unread.append((a.language, sid(a.id)))
        elif not pack.statements:
            partly.append((a.language, sid(a.id)))
    out = []
    if unread:
        out.append(f"no language pack for {_grouped(unread)}: cited and summarised as written, with no claim "
                   "status, conflicts, events, quotes, dates or figures read from them")
    if partly:
        out.append(f"only dates and quotes are read in {_grouped(partly)}: no claim status, conflicts, "
                   "figures or events")
    return out
