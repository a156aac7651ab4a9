"""Quotes' speakers on DUC 2003 wire copy, against the hand labels' direct quotes (exhaustive inside each
document's labelled region: bench/data/trust/README.md, "Quotes and places").

A labelled quote is found when a quote the briefing lists (direct, or an indirect one around it) has a
citation in that document overlapping the label's phrase (the quotation's first words, placed in the cleaned
text as every label is). Its speaker is right when the printed speaker, its roster entity's name or an alias
shares a name word with the labelled speaker ("Carlsson" / "Hans Carlsson"; "spokesman" / "a ministry
spokesman"). A quote printed with no speaker is found but not right: an abstention, counted apart.

Peer, same run and same judging: textacy's ``direct_quotations`` on the same cleaned texts and spaCy parse
(bench/tasks/quotes.py runs it on PolNeAR the same way), its speaker span's words compared alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bench.trust.briefs import QuoteView, Span
from bench.trust.labels import ClusterLabels, Folded, QuoteLabel, locate
from bench.trust.score import name_words


@dataclass(slots=True)
class QuoteTally:
    gold: int = 0
    found: int = 0
    right: int = 0
    silent: int = 0  # found, printed with no speaker

    def add(self, other: QuoteTally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.right += other.right
        self.silent += other.silent

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def note(self) -> str:
        return (f"{self.right}/{self.found} found quotes with the right speaker ({self.silent} printed with "
                f"none); {self.found}/{self.gold} labelled quotes found")


def place_quotes(labels: ClusterLabels, texts: Mapping[str, str], relative: Callable[[str, int], float],
                 region_end: Mapping[str, int], copy_of: Mapping[str, str] | None = None
                 ) -> list[tuple[QuoteLabel, Span]]:
    """The labelled quotes placed in the cleaned texts, inside each document's labelled region. A quote of
    a syndicated copy is looked for in its original, as the briefing lists a copy's quotes there once."""
    folded = {doc: Folded(t) for doc, t in texts.items()}
    out = []
    for q in labels.quotes:
        text = folded.get(q.doc)
        hit = locate(q.phrase, text, relative(q.doc, q.offset)) if text is not None else None
        if hit is None or hit[0] >= region_end.get(q.doc, 0):
            continue
        original = (copy_of or {}).get(q.doc)
        if original is not None and original in folded:
            moved = locate(q.phrase, folded[original], relative(q.doc, q.offset))
            if moved is not None:
                out.append((q, Span(original, *moved)))
                continue
        out.append((q, Span(q.doc, *hit)))
    return out


def score_quotes(placed: Sequence[tuple[QuoteLabel, Span]], quotes: Sequence[QuoteView]) -> QuoteTally:
    t = QuoteTally()
    for label, span in placed:
        t.gold += 1
        hits = [q for q in quotes if any(c.overlaps(span) for c in q.citations)]
        if not hits:
            continue
        t.found += 1
        named = [q for q in hits if q.speaker]
        if not named:
            t.silent += 1
            continue
        # A direct quote's speaker before an indirect statement's around it.
        best = min(named, key=lambda q: q.kind != "direct")
        gold = name_words(label.speaker)
        t.right += any(name_words(n) & gold for n in best.speaker)
    return t


def textacy_quotes(texts: Mapping[str, str]) -> list[QuoteView]:
    """textacy's direct quotations of each cleaned text, as the scorer reads the product's quotes."""
    from bench.tasks.quotes import textacy_predictions
    from newsweave.analyze.nlp import parse

    docs = sorted(texts)
    out = []
    for doc, parsed in zip(docs, parse(texts[d] for d in docs), strict=True):
        text = texts[doc]
        for p in textacy_predictions(parsed):
            speaker = (text[p.speaker[0] : p.speaker[1]],) if p.speaker else ()
            out.append(QuoteView(speaker, "direct", (Span(doc, *p.content),)))
    return out
