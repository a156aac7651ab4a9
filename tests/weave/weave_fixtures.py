"""Hand-built articles and annotations for the weave tests: no model, exact spans found by string search."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsweave.models import (
    AnalyzedArticle,
    Annotations,
    Argument,
    Article,
    Attribution,
    DateMention,
    EntityMention,
    NumberMention,
    Predicate,
    PriorValue,
    Quote,
    Span,
    Story,
)
from newsweave.models.annotations import DatePrecision, EntityType, QuantityKind, QuoteKind

_SENT = re.compile(r"[^.!?\n]+[.!?]?[\"”]?")


def sentences(aid: str, text: str) -> tuple[Span, ...]:
    out = []
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append(Span(aid, s, e))
    return tuple(out)


def span_of(aid: str, text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(aid, start, start + len(needle))


def sentence_around(aid: str, text: str, span: Span) -> Span:
    for s in sentences(aid, text):
        if s.start <= span.start and span.end <= s.end:
            return s
    return span


@dataclass
class Doc:
    """One article and the annotations a test declares on it."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    entities: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)

    def entity(self, name: str, etype: EntityType = "PERSON", nth: int = 0,
               description: str | None = None) -> Doc:
        sp = span_of(self.id, self.text, name, nth)
        self.entities.append(EntityMention(sp, name, etype, description=description))
        return self

    def entities_all(self, name: str, etype: EntityType) -> Doc:
        for m in re.finditer(re.escape(name), self.text):
            self.entities.append(EntityMention(Span(self.id, m.start(), m.end()), name, etype))
        return self

    def date(
        self, words: str, value: str | None, precision: DatePrecision = "day", explicit: bool = True,
        modifier_clause: bool = False,
    ) -> Doc:
        sp = span_of(self.id, self.text, words)
        self.dates.append(
            DateMention(
                sp,
                words,
                value,
                precision,
                "explicit" if explicit else "relative",
                sentence_around(self.id, self.text, sp),
                in_modifier_clause=modifier_clause,
            )
        )
        return self

    def number(
        self, words: str, low: float, high: float | None, counts: str | None, approximate: bool = False,
        kind: QuantityKind = "count",
    ) -> Doc:
        sp = span_of(self.id, self.text, words)
        value = low if high == low else None
        self.numbers.append(NumberMention(sp, words, value, low, high, approximate, counts, kind))
        return self

    def changed(self, prior: str, prior_value: float, words: str, value: float, counts: str | None) -> Doc:
        """A figure its sentence says changed from an earlier value ("raised the toll from 12 to 19")."""
        before = PriorValue(span_of(self.id, self.text, prior), prior, prior_value)
        self.numbers.append(NumberMention(span_of(self.id, self.text, words), words, value, value, value,
                                          False, counts, prior=before))
        return self

    def quote(self, words: str, speaker: str | None, channel: str | None = None,
              kind: QuoteKind = "direct", cue: str | None = None) -> Doc:
        sp = span_of(self.id, self.text, words)
        at = span_of(self.id, self.text, cue) if cue else None
        self.quotes.append(Quote(sp, words, kind, speaker, channel=channel, cue=at))
        return self

    def attributed(self, sentence_words: str, source: str, cue: str | None = None) -> Doc:
        sp = sentence_around(self.id, self.text, span_of(self.id, self.text, sentence_words))
        at = span_of(self.id, self.text, cue) if cue else None
        self.attributions.append(Attribution(sp, source, cue=at))
        return self

    def predicate(
        self, trigger: str, agent: str | None = None, patient: str | None = None, asserted: bool = True,
        patient_extent: str | None = None, negated: bool = False, where: tuple[str, ...] = (),
        extent: str | None = None, when: tuple[str, ...] = (), agent_extent: str | None = None,
    ) -> Doc:
        """A parsed verb: ``agent``/``patient`` are the argument head words, ``patient_extent`` and
        ``agent_extent`` the words they govern (default: the head), ``where`` the objects of its locative
        prepositions, ``extent`` the words of its clause (defaults to the sentence), ``when`` the time
        phrases a "when" clause takes from its head."""
        t = span_of(self.id, self.text, trigger)

        def arg(head: str | None, extent: str | None = None) -> Argument | None:
            if head is None:
                return None
            h = span_of(self.id, self.text, head)
            return Argument(h, span_of(self.id, self.text, extent) if extent else h)

        self.predicates.append(Predicate(t, trigger.split()[0].lower(), arg(agent, agent_extent),
                                         arg(patient, patient_extent),
                                         span_of(self.id, self.text, extent) if extent
                                         else sentence_around(self.id, self.text, t), asserted, negated,
                                         tuple(span_of(self.id, self.text, w) for w in where),
                                         tuple(span_of(self.id, self.text, w) for w in when)))
        return self

    def article(self) -> Article:
        return Article(
            id=self.id, text=self.text, title=self.title, outlet=self.outlet, published=self.published
        )

    def annotations(self) -> Annotations:
        return Annotations(
            self.id,
            sentences(self.id, self.text),
            tuple(self.entities),
            tuple(self.dates),
            tuple(self.quotes),
            tuple(self.numbers),
            tuple(self.attributions),
            tuple(self.predicates),
        )


def story_of(docs: Sequence[Doc], duplicates: tuple = ()) -> tuple[Story, list[AnalyzedArticle]]:
    return (
        Story("st", tuple(d.id for d in docs), duplicates),
        [AnalyzedArticle(d.article(), d.annotations()) for d in docs],
    )
