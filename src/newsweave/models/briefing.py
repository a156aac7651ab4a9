"""The briefing: mirrors ``newsweave.briefing/1`` (shared spec, render/schema/briefing.schema.json).

Constructors check the contract's hard rules, so an uncited summary sentence, quote, timeline entry or
claim cannot exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsweave.errors import ContractError
from newsweave.models.annotations import DatePrecision, EntityType, Geo, QuoteKind, ResolvedFrom
from newsweave.models.story import FamilyReason

SCHEMA_ID = "newsweave.briefing/1"

ClaimStatus = Literal["corroborated", "single_source", "disputed"]
ConflictKind = Literal["number", "negation", "entity", "date"]


@dataclass(frozen=True, slots=True)
class Citation:
    source: str  # briefing source id ("s1")
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ContractError(f"empty or negative citation {self.start}:{self.end} in {self.source}")


def _require_citations(what: str, citations: tuple[Citation, ...]) -> None:
    if not citations:
        raise ContractError(f"{what} without a citation")


@dataclass(frozen=True, slots=True)
class StoryInfo:
    id: str
    title: str | None
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class RemovedItem:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class FamilyTie:
    """Why a source is in its origin family: the source it was linked to on the way from the family's first
    source (weave/sources.family_ties), and by which rule (``story.FamilyReason``)."""

    source: str
    reason: FamilyReason


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    outlet: str | None
    title: str | None
    url: str | None
    path: str | None
    published: str | None
    published_from: str | None
    language: str
    duplicate_of: str | None
    removed: tuple[RemovedItem, ...]
    text: str
    # The stable id of the ingested or stored article: what the web app and `diff` map sources back by.
    # None only in briefings stored before the field existed.
    article_id: str | None = None
    family: str = "f1"  # origin family ("f1" …): takes, writethrus and copies of one story share one
    # An opinion piece (editorial, column): listed, its quotes and names kept, its statements no evidence.
    opinion: bool = False
    family_link: FamilyTie | None = None  # None for a family's first source, a copy, or a family of one


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str  # exactly the cited source words: a whole sentence
    citations: tuple[Citation, ...]
    claim: str | None = None
    # What the reader must know about the sentence's standing, kept apart so ``text`` stays the source words:
    # "single source: Al Jazeera", "disputed: 300 killed vs dozens killed". None when corroborated or unknown.
    note: str | None = None

    def __post_init__(self) -> None:
        _require_citations("summary sentence", self.citations)


@dataclass(frozen=True, slots=True)
class ConflictRef:
    claim: str
    kind: ConflictKind
    detail: str
    # The two exact spans set against each other: (in this claim, in the other claim).
    spans: tuple[Citation, Citation] | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    status: ClaimStatus
    sources: tuple[str, ...]
    independent_origins: int
    origins: tuple[str, ...]
    mentions: tuple[Citation, ...]
    conflicts: tuple[ConflictRef, ...] = ()
    families: tuple[str, ...] = ()  # origin families of the sources stating it
    # Two sources of different families whose reports retell one another (weave/retellings.py): why a claim
    # of two origins is single-source.
    retold: tuple[str, ...] = ()
    # Figures and ranks of a corroborated claim's wording that no report of another origin stating the claim
    # writes (weave/lone_details.py), cited in the wording's source.
    lone_details: tuple[Citation, ...] = ()

    def __post_init__(self) -> None:
        _require_citations("claim", self.mentions)
        if self.lone_details and self.status != "corroborated":
            raise ContractError(f"claim {self.id} names details one origin gives but is {self.status}")
        if self.status == "corroborated" and self.independent_origins < 2:
            raise ContractError(f"claim {self.id} corroborated with {self.independent_origins} origin(s)")


@dataclass(frozen=True, slots=True)
class RosterEntity:
    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    sources: tuple[str, ...]
    mentions: int
    geo: Geo | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    precision: DatePrecision
    resolved_from: ResolvedFrom
    text: str
    sources: tuple[str, ...]
    citations: tuple[Citation, ...]
    background: bool = False  # context (the 1980s, 2001) rather than the current event's days

    def __post_init__(self) -> None:
        _require_citations("timeline entry", self.citations)


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    speaker: str | None
    speaker_entity: str | None
    kind: QuoteKind
    text: str
    channel: str | None
    sources: tuple[str, ...]
    citations: tuple[Citation, ...]

    def __post_init__(self) -> None:
        _require_citations("quote", self.citations)


@dataclass(frozen=True, slots=True)
class NumberEntry:
    text: str
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    counts: str | None
    claim: str | None
    source: str
    citation: Citation
    kind: str = "count"


@dataclass(frozen=True, slots=True)
class FigureReport:
    """One report of a running figure."""

    text: str
    value: float | None
    low: float | None
    high: float | None
    source: str
    published: str | None
    citation: Citation


@dataclass(frozen=True, slots=True)
class Update:
    """A running figure revised across reports: the latest value, and every report of it oldest first
    (the latest included last). Shown instead of a dispute."""

    counts: str
    latest: FigureReport
    history: tuple[FigureReport, ...]


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    actor: str | None
    target: str | None
    place: str | None
    date: str | None
    fatalities: Fatalities | None
    claims: tuple[str, ...]
    citation: Citation | None = None  # the trigger word


@dataclass(frozen=True, slots=True)
class UnrelatedArticle:
    """An input grouped with the story that is not about it: listed apart, never woven in."""

    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    path: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Diagnostics:
    warnings: tuple[str, ...] = ()
    timings_ms: tuple[tuple[str, int], ...] = ()  # ordered (stage, milliseconds)
    rejected: tuple[str, ...] = ()  # one line per rejected input


@dataclass(frozen=True, slots=True)
class Briefing:
    story: StoryInfo
    sources: tuple[Source, ...]
    summary: tuple[SummarySentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    entities: tuple[RosterEntity, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    quotes: tuple[QuoteEntry, ...] = ()
    numbers: tuple[NumberEntry, ...] = ()
    events: tuple[Event, ...] = ()
    unrelated: tuple[UnrelatedArticle, ...] = ()  # "not about this story"
    updates: tuple[Update, ...] = ()
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    schema: str = SCHEMA_ID

    def __post_init__(self) -> None:
        texts = {s.id: s.text for s in self.sources}
        for cite in self._all_citations():
            text = texts.get(cite.source)
            if text is None or cite.end > len(text):
                raise ContractError(f"citation {cite.source}:{cite.start}-{cite.end} outside its source")

    def _all_citations(self) -> list[Citation]:
        cites: list[Citation] = []
        for s in self.summary:
            cites.extend(s.citations)
        for c in self.claims:
            cites.extend(c.mentions)
            cites.extend(c.lone_details)
        for t in self.timeline:
            cites.extend(t.citations)
        for q in self.quotes:
            cites.extend(q.citations)
        cites.extend(n.citation for n in self.numbers)
        for c in self.claims:
            for k in c.conflicts:
                cites.extend(k.spans or ())
        for u in self.updates:
            cites.extend(r.citation for r in u.history)
        cites.extend(e.citation for e in self.events if e.citation)
        return cites
