"""Records of the analyze stage. Every offset is a character offset into ``Article.text``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsweave.errors import ContractError

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]
# The entity types that name places (what the gazetteer may pin, and what the briefing lists as places).
PLACE_TYPES: frozenset[EntityType] = frozenset({"GPE", "LOC", "FAC"})
GeoPrecision = Literal["city", "district", "province", "country"]
DatePrecision = Literal["day", "week", "month", "year", "decade", "unknown"]
ResolvedFrom = Literal["explicit", "relative", "inferred"]
# TimeML TIMEX3 types: a point in time, a clock time, a length of time ("two weeks": "P2W"), a recurrence.
TimexKind = Literal["date", "time", "duration", "set"]
QuoteKind = Literal["direct", "indirect"]
QuantityKind = Literal["count", "money", "percent", "duration", "other"]


@dataclass(frozen=True, slots=True)
class Span:
    """``Article.text[start:end]`` of article ``article_id``."""

    article_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ContractError(f"bad span {self.start}:{self.end} in {self.article_id}")

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    gazetteer_id: str  # e.g. "geonames:1138958"
    precision: GeoPrecision
    country_code: str | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    span: Span
    text: str
    type: EntityType
    geo: Geo | None = None
    # Short description found next to the mention ("son of Ahmad Shah Massoud", "vice president"): keeps
    # namesakes apart when the roster is built.
    description: str | None = None
    # The article names it as a company ("automaker Toyota"): the story's roster keeps it an organisation
    # whatever the other articles' typing says.
    company: bool = False
    # The article names it as a town, city or state ("the port town of Kelmouth", or a dateline's
    # "KELMOUTH, Scotland"): the story's roster keeps it a place whatever the other articles' typing says.
    settlement: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    text: str
    value: str | None  # ISO value ("2021-08-22", "2021-W33", "2021-08", "198X") or None when unresolved
    precision: DatePrecision
    resolved_from: ResolvedFrom
    sentence: Span | None = None  # the sentence it dates, for the timeline
    # Only "date" and "time" mentions are points a timeline can place; durations and sets carry TimeML values
    # ("P2W", "XXXX-WXX-1") with precision "unknown".
    kind: TimexKind = "date"
    # The date names a thing whose phrase hangs on another noun ("the suspects in the July 7 bombings"): that
    # thing's day, not the day of its sentence's act (the timeline leaves such a date out).
    of_a_noun: bool = False
    # The date hangs on a participle or relative clause that modifies a noun ("the accords brokered in
    # October"): it gives way on the timeline to a date of the sentence's own.
    in_modifier_clause: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    span: Span  # the quoted words (content), without the quote marks
    text: str
    kind: QuoteKind
    speaker: str | None  # resolved name ("Ahmad Massoud"), not "he"
    speaker_span: Span | None = None  # where the speaker (or the pronoun) is written
    channel: str | None = None  # "told Reuters by telephone", "Twitter"
    cue: Span | None = None  # "said", "told", "according to"


@dataclass(frozen=True, slots=True)
class PriorValue:
    """The value a figure is said to have changed from in its own sentence ("raised the toll from 12 to 19":
    12, the figure being 19)."""

    span: Span
    text: str
    value: float


@dataclass(frozen=True, slots=True)
class NumberMention:
    span: Span
    text: str
    value: float | None
    low: float | None
    high: float | None  # None when open ("hundreds": at least 100)
    approximate: bool
    counts: str | None  # what is counted: "Taliban fighters killed"
    kind: QuantityKind = "count"
    prior: PriorValue | None = None  # the value before a change the sentence tells of


@dataclass(frozen=True, slots=True)
class Attribution:
    """"according to X", "X told AFP", "on its Twitter account": who a stretch of text rests on."""

    span: Span  # the attributed content (usually the sentence)
    source: str  # "Reuters", "Taliban", "AFP"
    cue: Span | None = None
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    """A syntactic argument of a predicate: its head word and the words it governs."""

    head: Span
    extent: Span


@dataclass(frozen=True, slots=True)
class Predicate:
    """A verb with its syntactic arguments, from the dependency parse: events are read from these, so
    that an actor is the one the sentence makes the doer, not the nearest name before the verb."""

    trigger: Span  # the verb
    lemma: str
    agent: Argument | None  # nominal subject, or the "by" agent of a passive
    patient: Argument | None  # direct object, or the subject of a passive
    extent: Span  # the whole clause the verb governs
    asserted: bool  # not negated, not under a modal, future or conditional
    negated: bool = False  # the verb itself is negated ("did not close"): denied, not merely unasserted
    # Where the verb says it happened: the objects of its own locative prepositions ("arrested in Rome"), not
    # a place inside another clause or a noun's phrase ("involved in the attacks on London").
    where: tuple[Span, ...] = ()
    # When a "when" clause says it happened: its head's time phrase right before it ("in 2007 when he was
    # arrested"); that phrase stays the head's too, so it is not in this clause's extent.
    when: tuple[Span, ...] = ()
    # The sentence's main act: its root verb, or the complement a root of saying, intent, expectation,
    # seeming or failing hands it on to ("officials said the port will close": "close").
    main: bool = False
    # Told as possible, planned, expected, believed or failed (a modal, a conditional, a verb of intent or
    # belief above it, analyze/unrealised.py), as opposed to unasserted only as background or habit.
    hypothetical: bool = False


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """One clause of a sentence (cut at line breaks and semicolons) as analysis reads it: where the statement
    it makes begins once a wire dateline ("CITY, Region (Agency) - ") is cut off, and the language pack's
    cues over ``text[statement_start:span.end]``. A flag is None when the pack has no cue for it."""

    span: Span  # the clause, without surrounding white space
    statement_start: int  # == span.start unless a dateline opens the clause
    negated: bool | None  # clause negation ("did not", "denied")
    hedged: bool | None  # the outlet relays a report ("reportedly", "according to reports")
    lead_source: Span | None = None  # a headline's unpunctuated attribution ("Taliban says ..."): the party

    def __post_init__(self) -> None:
        if not self.span.start <= self.statement_start <= self.span.end:
            raise ContractError(f"statement start {self.statement_start} outside {self.span}")
        lead = self.lead_source
        if lead is not None and not self.statement_start <= lead.start <= lead.end <= self.span.end:
            raise ContractError(f"lead attribution {lead} outside its clause {self.span}")


OpinionWhere = Literal["text", "title", "url"]


@dataclass(frozen=True, slots=True)
class OpinionMark:
    """Why an article reads as an opinion piece (an editorial, a column, an op-ed): the words that say so and
    where they were read; ``span`` is their place in the text when read there."""

    cue: str  # "said in an editorial", "Opinion |", "/opinion/"
    where: OpinionWhere
    span: Span | None = None

    def __post_init__(self) -> None:
        if (self.span is None) != (self.where != "text"):
            raise ContractError(f"an opinion cue read in the {self.where} has span {self.span}")


@dataclass(frozen=True, slots=True)
class Annotations:
    article_id: str
    sentences: tuple[Span, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    predicates: tuple[Predicate, ...] = ()
    # Per-clause facts, in text order; None for annotations made (or stored) before analysis emitted them.
    facts: tuple[SentenceFacts, ...] | None = None
    # Set when the article is an opinion piece: its statements are no report of fact (weave leaves them out).
    opinion: OpinionMark | None = None
