"""A made-up two-report storm story (invented sentences) for the figure sets' scorer tests: its labels in the
DUC trust schema's figures part and a read-back briefing view, under each set's document names; and the
schema rules every labelled topic of a figure set keeps."""

from __future__ import annotations

from collections.abc import Callable

from bench.trust.briefs import BriefView, ConflictView, Figure, Span, UpdateView
from bench.trust.labels import ClusterLabels

MAX_PHRASE_WORDS = 12

TEXT_A = "A storm hit the coast.\n\nThe storm killed 12 people, officials said.\n\nIt was 40 years old."
TEXT_B = "The coast was battered.\n\nThe storm killed 19 people, officials said.\n\nA 40-year-old man died."


def at(doc: str, text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(doc, start, start + len(phrase))


def labels(doc_a: str, doc_b: str, head: dict[str, object], contradiction: bool) -> dict[str, object]:
    """The story's labels: the two tolls one running quantity (a contradiction when asked), the man's age
    another; ``head`` holds the set's own keys (cluster, topic, stories)."""
    return {**head, "quantities": [
        {"id": "Q1", "counts": "people killed by the storm", "running": True, "mentions": [
            {"id": "N1", "doc": doc_a, "phrase": "12 people", "offset": TEXT_A.index("12 people"),
             "low": 12, "high": 12},
            {"id": "N2", "doc": doc_b, "phrase": "19 people", "offset": TEXT_B.index("19 people"),
             "low": 19, "high": 19}]},
        {"id": "Q2", "counts": "age of a man", "mentions": [
            {"id": "N3", "doc": doc_b, "phrase": "40-year-old", "offset": TEXT_B.index("40-year-old"),
             "low": 40, "high": 40}]}],
        "contradictions": [["N1", "N2"]] if contradiction else [], "uncertain": []}


def brief(doc_a: str, doc_b: str, conflicts: tuple[tuple[Span, Span], ...],
          updates: tuple[tuple[Span, Span], ...]) -> BriefView:
    """The story's briefing as read back: the given number conflicts and updates, and its two tolls."""
    figures = (Figure(at(doc_a, TEXT_A, "12"), "12 people", 12, 12, "people killed"),
               Figure(at(doc_b, TEXT_B, "19"), "19 people", 19, 19, "people killed"))
    return BriefView(
        texts={doc_a: TEXT_A, doc_b: TEXT_B}, family={doc_a: "a", doc_b: "b"}, claims=(),
        conflicts=tuple(ConflictView(frozenset({"c1", "c2"}), "number", (pair,)) for pair in conflicts),
        figures=figures,
        updates=tuple(UpdateView(tuple(Figure(s, "", None, None) for s in pair)) for pair in updates),
        events=(), fallbacks=frozenset())


def check_figure_labels(figures: ClusterLabels, of_topic: Callable[[str], bool]) -> None:
    """One topic's labels keep the schema's rules: unique mention ids, phrases of at most MAX_PHRASE_WORDS
    words from the topic's own documents (``of_topic``), a lower bound not above the upper one, and each
    contradiction or uncertain pair inside one quantity."""
    mentions = figures.number_mentions()
    assert len(mentions) == sum(len(q.mentions) for q in figures.quantities)  # ids unique
    for _quantity, m in mentions.values():
        assert len(m.phrase.split()) <= MAX_PHRASE_WORDS
        assert of_topic(m.doc)
        assert m.low is not None and (m.high is None or m.low <= m.high)
    for pair in figures.contradictions | figures.uncertain:
        a, b = sorted(pair)
        assert mentions[a][0].id == mentions[b][0].id
