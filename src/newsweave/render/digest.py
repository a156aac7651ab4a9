"""What a busy reader sees first, shared by the Markdown and HTML renderers: claims ranked by importance,
the "at a glance" block (top facts, latest figures with their history, open disputes) and the places that
frame the story. Pure functions of a Briefing; nothing here changes the contract."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.lang import statement_words
from newsweave.models import (
    PLACE_TYPES,
    Briefing,
    Citation,
    Claim,
    ConflictRef,
    Event,
    Fatalities,
    FigureReport,
    RosterEntity,
)
from newsweave.render.coverage import claim_outlets
from newsweave.render.wording import midsentence
from newsweave.text import reads_as_sentence

# Claim importance = corroboration + centrality + recency (+ a dispute, which a reader must see). Weights
# picked by reading the ranked claims of the seeds and examples/ (not tuned on any evaluation set): two
# independent origins outweigh a claim the summary states, which outweighs being the newest report.
WEIGHT_ORIGINS = 3.0  # per independent origin beyond the first, up to MAX_ORIGINS_COUNTED
MAX_ORIGINS_COUNTED = 4
WEIGHT_SOURCES = 1.5  # share of the story's sources that state the claim (centrality across outlets)
WEIGHT_IN_SUMMARY = 2.0  # the summary (LexRank + centroid + lead) states it: central to the story
WEIGHT_MENTIONS = 0.5  # per extra mention, up to MAX_MENTIONS_COUNTED
MAX_MENTIONS_COUNTED = 4
WEIGHT_RECENCY = 1.0  # 1 for a claim in the newest report, 0 for one only in the oldest
WEIGHT_DISPUTED = 2.5
# "At a glance" holds 5-8 facts (issue 12): fewer when the story has fewer claims worth showing.
GLANCE_MIN_FACTS, GLANCE_MAX_FACTS = 5, 8
GLANCE_MAX_DISPUTES = 3
GLANCE_MAX_FIGURES = 4
# A place in the map's frame: named in at least this many sources, or this many times, or the most named.
FOREGROUND_MIN_SOURCES = 2
FOREGROUND_MIN_MENTIONS = 3


@dataclass(frozen=True, slots=True)
class RankedClaim:
    claim: Claim
    score: float
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    kind: str
    detail: str
    left: Claim
    right: Claim | None


@dataclass(frozen=True, slots=True)
class EarlierFigure:
    """One earlier value of a running figure: its first report's words, the days it was reported on (first
    and last) and every report of it."""

    text: str
    first: str | None
    last: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class FigureView:
    """A running figure: what it counts, its latest report, and the earlier values oldest first."""

    counts: str
    latest: str
    latest_citation: Citation
    history: tuple[EarlierFigure, ...]


@dataclass(frozen=True, slots=True)
class Glance:
    facts: tuple[RankedClaim, ...]
    figures: tuple[FigureView, ...]
    disputes: tuple[Dispute, ...]


def _recency(b: Briefing) -> dict[str, float]:
    """Source id -> 0 (oldest report) .. 1 (newest); undated sources count as the oldest."""
    days = {s.id: s.published[:10] for s in b.sources if s.published}
    if not days:
        return {}
    ordered = sorted(set(days.values()))
    span = max(len(ordered) - 1, 1)
    rank = {d: i / span for i, d in enumerate(ordered)}
    return {sid: rank[d] for sid, d in days.items()}


def rank_claims(b: Briefing) -> tuple[RankedClaim, ...]:
    """Every claim, most important first (ties keep the briefing's order)."""
    in_summary = {s.claim for s in b.summary if s.claim}
    recency = _recency(b)
    originals = max(sum(1 for s in b.sources if not s.duplicate_of), 1)
    ranked = []
    for c in b.claims:
        stating = set(c.sources) | {m.source for m in c.mentions}
        score = (WEIGHT_ORIGINS * (min(c.independent_origins, MAX_ORIGINS_COUNTED) - 1)
                 + WEIGHT_SOURCES * min(len(stating) / originals, 1.0)
                 + WEIGHT_IN_SUMMARY * (c.id in in_summary)
                 + WEIGHT_MENTIONS * (min(len(c.mentions), MAX_MENTIONS_COUNTED) - 1)
                 + WEIGHT_RECENCY * max((recency.get(s, 0.0) for s in stating), default=0.0)
                 + WEIGHT_DISPUTED * (c.status == "disputed"))
        ranked.append(RankedClaim(c, score, claim_outlets(b, c)))
    order = {c.id: i for i, c in enumerate(b.claims)}
    return tuple(sorted(ranked, key=lambda r: (-r.score, order[r.claim.id])))


def disputes(b: Briefing) -> tuple[Dispute, ...]:
    """Each conflicting pair of claims once, in claim order."""
    by_id = {c.id: c for c in b.claims}
    seen: set[frozenset[str]] = set()
    pairs = []
    for c in b.claims:
        for k in c.conflicts:
            key = frozenset((c.id, k.claim))
            if key not in seen:
                seen.add(key)
                pairs.append(Dispute(k.kind, k.detail, c, by_id.get(k.claim)))
    return tuple(pairs)


def distinct_conflicts(refs: Sequence[ConflictRef]) -> list[ConflictRef]:
    """One row per other claim, kind and detail (a claim may cite several contradicted takes)."""
    seen: dict[tuple[str, str, str], ConflictRef] = {}
    for k in refs:
        seen.setdefault((k.claim, k.kind, k.detail), k)
    return list(seen.values())


def _figures(b: Briefing) -> tuple[FigureView, ...]:
    """Running figures from the briefing's ``updates`` (latest value and its earlier values), when the weave
    made them; nothing otherwise: the renderers then leave the line out rather than guess."""
    views = []
    for u in b.updates[:GLANCE_MAX_FIGURES]:
        latest = u.latest
        views.append(FigureView(str(u.counts), midsentence(latest.text), latest.citation,
                                _earlier([r for r in u.history if r != latest])))
    return tuple(views)


def _earlier(reports: Sequence[FigureReport]) -> tuple[EarlierFigure, ...]:
    """Successive reports of one value are one line ("at least 12 (10 Mar to 11 Mar) [s12][s1][s5]"): our
    example corpus, read as a user, listed "at least 12" four times and "12" three times before the 19."""
    groups: list[list[FigureReport]] = []
    for r in reports:
        if groups and (groups[-1][0].low, groups[-1][0].high) == (r.low, r.high):
            groups[-1].append(r)
        else:
            groups.append([r])
    return tuple(EarlierFigure(midsentence(g[0].text), g[0].published, g[-1].published,
                               tuple(r.citation for r in g)) for g in groups)


def later_toll(b: Briefing, e: Event) -> FigureReport | None:
    """The latest report of the running toll an event's own figure is one report of, when it gives another
    number: an event keeps the toll its sentence states ("At least 12 people were killed when the bridge
    collapsed") while the briefing's updates show it rose to 19 days later (our example corpus, read as a
    user: "Tolls" said 12 dead beside "Latest figures" saying 19)."""
    toll = e.fatalities
    if toll is None:
        return None
    mentions = [m for c in b.claims if c.id in e.claims for m in c.mentions]

    def in_event(r: FigureReport) -> bool:
        return _same_figure(r, toll) and any(
            r.citation.source == m.source and m.start <= r.citation.start and r.citation.end <= m.end
            for m in mentions)

    for u in b.updates:
        if any(in_event(r) for r in u.history) and not _same_figure(u.latest, toll):
            return u.latest
    return None


def _same_figure(r: FigureReport, f: Fatalities) -> bool:
    return f.low is not None and (f.low in (r.value, r.low) or (r.low, r.high) == (f.low, f.high))


_QUOTE_MARKS = re.compile(r"``|''|[\"“”]")


def in_a_quotation(text: str) -> bool:
    """A sentence with an odd number of quotation marks is part of a quotation that opens or closes in
    another sentence ("Everywhere we had instruments, we could see motions," Ammon continued.): one
    speaker's words cut from their quotation, not a fact to lead with (MultiLing dev topic M000, read as a
    user: two such pieces led a story's glance)."""
    return len(_QUOTE_MARKS.findall(text)) % 2 == 1


def background_claims(b: Briefing) -> frozenset[str]:
    """Claims every mention of which the timeline dates only before the story ("In 1992, Boxer won her seat
    with 48 percent": DUC 2003 tune d30050t, read as a user, where it led the glance of a 1998 race): the
    story's history, which a single source may tell, not a fact to lead with."""
    def overlapping(m: Citation, background: bool) -> bool:
        return any(c.source == m.source and c.start < m.end and m.start < c.end
                   for t in b.timeline if t.background == background for c in t.citations)

    return frozenset(c.id for c in b.claims if c.mentions and all(
        overlapping(m, True) and not overlapping(m, False) for m in c.mentions))


def at_a_glance(b: Briefing, ranked: Sequence[RankedClaim] | None = None) -> Glance:
    """The 5-8 most important facts (corroborated or disputed before single-source ones, which must be whole
    sentences), the latest figures and the open disputes."""
    ranked = rank_claims(b) if ranked is None else ranked
    strong = [r for r in ranked if r.claim.status != "single_source"]
    # A headline fragment ("How could it happen") or a bare quotation is no fact to fill the list with
    # (corroborated claims are whole sentences already; a disputed one must be seen whatever its form).
    # Nor is a sentence that goes on from the one before it ("But ...", "He said ...", "In Bangkok, however,
    # ..."): shown first and alone, it reads as a fragment of a thread the reader has not seen.
    language = {s.id: s.language for s in b.sources}

    def goes_on(c: Claim) -> bool:
        code = language.get(c.mentions[0].source) if c.mentions else None
        return statement_words(code).continuing_opening.match(c.text.strip()) is not None

    told_of_before = background_claims(b)
    weak = [r for r in ranked if r.claim.status == "single_source" and reads_as_sentence(r.claim.text)
            and not goes_on(r.claim) and not in_a_quotation(r.claim.text)
            and r.claim.id not in told_of_before]
    facts = strong[:GLANCE_MAX_FACTS]
    if len(facts) < GLANCE_MIN_FACTS:
        facts += weak[: GLANCE_MIN_FACTS - len(facts)]
    return Glance(tuple(facts), _figures(b), disputes(b)[:GLANCE_MAX_DISPUTES])


def foreground_places(b: Briefing) -> tuple[RosterEntity, ...]:
    """The places the story happens in: named by several sources or often, or the most named one. A country
    mentioned once in passing is background. A place the gazetteer cannot pin (a small town, a bridge) is
    one too: the example's own town, named by every source, was missing from the list. Unpinned, a name
    must come from two sources at least: one article's odd typing ("TT", a news agency, in a DUC 2003 tune
    cluster read as a user) is no place of the story."""
    places = [e for e in b.entities if e.geo is not None or e.type in PLACE_TYPES]
    if not places:
        return ()
    top = max(places, key=lambda e: e.mentions)
    return tuple(e for e in places if len(e.sources) >= FOREGROUND_MIN_SOURCES or (
        e.geo is not None and (e is top or e.mentions >= FOREGROUND_MIN_MENTIONS)))
