"""Weave one story into a briefing: sources and syndication, roster, statements aligned into claims with
independent origins and conflicts, cited summary, timeline, quotes, figures and events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.lang import reads_statements
from newsweave.models import Annotations, Article, Briefing, Diagnostics, Story, StoryInfo
from newsweave.weave.claims import align, build_claim
from newsweave.weave.conflicts import conflict_refs, find_conflicts
from newsweave.weave.corroborate import count_origins
from newsweave.weave.events import find_events
from newsweave.weave.language_notes import language_notes
from newsweave.weave.numbers import number_entries
from newsweave.weave.quotes import merge_quotes
from newsweave.weave.ranking import cosine, tfidf
from newsweave.weave.roster import build_roster
from newsweave.weave.sources import SourceTable, build_sources
from newsweave.weave.statements import extract_statements
from newsweave.weave.summary import summarize
from newsweave.weave.timeline import build_timeline

DEFAULT_SUMMARY_WORDS = 150

# "Headline | Section | Outlet" and "Headline - Outlet": the outlet part is not part of the story's title.
_TITLE_SUFFIX = re.compile(r"\s+(?:\||[-–—]\s)\s*.*$")


@dataclass(frozen=True, slots=True)
class WeaveOptions:
    summary_words: int = DEFAULT_SUMMARY_WORDS


def story_title(story: Story, articles: Sequence[Article], table: SourceTable) -> str | None:
    """The headline most like the others (ties: shortest), without outlet suffixes."""
    if story.title:
        return story.title
    heads = [a.title for a in articles if a.title and a.id not in table.copies]
    titles = [t for h in heads if (t := _TITLE_SUFFIX.sub("", h).strip())]
    if len(titles) <= 2:
        return titles[0] if titles else None
    sim = cosine(tfidf(titles))
    centrality = np.asarray(sim).sum(axis=1)
    best = max(range(len(titles)), key=lambda i: (round(float(centrality[i]), 6), -len(titles[i])))
    return titles[best]


def _warnings(
    articles: Sequence[Article], annotations: Sequence[Annotations], table: SourceTable
) -> list[str]:
    out = []
    for s in table.sources:
        if s.duplicate_of:
            out.append(f"{s.id} is a syndicated copy of {s.duplicate_of}: counted once")
    undated = [table.sid(a.id) for a in articles if not a.published]
    if undated:
        out.append(f"no publication date for {', '.join(undated)}: relative dates there stay unresolved")
    out += language_notes(articles, table.sid)
    unparsed = [table.sid(a.article_id) for a in annotations if not a.sentences]
    if unparsed:
        out.append(f"no sentence annotations for {', '.join(unparsed)}: statements split on punctuation")
    return out


def weave(
    story: Story, articles: Sequence[Article], annotations: Sequence[Annotations], options: WeaveOptions
) -> Briefing:
    table = build_sources(story, articles)
    roster = build_roster(articles, annotations, table.ids)
    # Claims, their status, conflicts, figures and events are read only where a pack has the cues for it.
    readable = [a for a in articles if reads_statements(a.language)]
    statements = extract_statements(readable, annotations, table, roster)
    alignment = align(statements)
    names = {e.id: e.name for e in roster.entities}
    types: dict[str, str] = {e.id: e.type for e in roster.entities}
    refs = conflict_refs(find_conflicts(alignment, statements, names, types))
    claims = tuple(build_claim(g, count_origins(g.members), refs.get(g.id, ())) for g in alignment.groups)
    claim_of = {s.index: alignment.groups[alignment.group_of[s.index]].id for s in statements}

    summary = summarize(articles, annotations, claims, table.ids, table.copies, options.summary_words)
    timeline = build_timeline(articles, annotations, table, statements, alignment.group_of)
    dates = sorted(a.published for a in articles if a.published)
    info = StoryInfo(story.id, story_title(story, articles, table), dates[0] if dates else None,
                     dates[-1] if dates else None)
    return Briefing(
        story=info, sources=table.sources, summary=summary, claims=claims, entities=roster.entities,
        timeline=timeline, quotes=merge_quotes(articles, annotations, table, roster),
        numbers=number_entries(statements, claim_of),
        events=find_events(statements, annotations, roster, claim_of),
        diagnostics=Diagnostics(warnings=tuple(_warnings(articles, annotations, table))),
    )
