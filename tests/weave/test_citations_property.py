"""Property: every claim, quote, timeline and figure citation reproduces the cited words exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.weave.weave_fixtures import Doc, story_of

from newsweave.weave.briefing import WeaveOptions, weave

SENTENCES = [
    "The dam burst on Friday and flooded three villages.",
    "Around 300 people were evacuated by the army.",
    "\u201cWe lost everything,\u201d a farmer told the Morning Wire.",
    "Officials said dozens of houses were destroyed.",
    "The river has not flooded like this since the 1990s.",
    "Is the town safe now?",
    "Relief convoys are heading towards Kesra on Sunday.",
    "  Rescue teams\u00a0worked through the night; two were hurt.",
    "READ MORE",
]


def annotate(doc: Doc) -> Doc:
    for words, value, precision in (
        ("Friday", "2024-06-07", "day"),
        ("the 1990s", "199X", "decade"),
        ("Sunday", None, "unknown"),
    ):
        if words in doc.text:
            doc.date(words, value, precision)  # type: ignore[arg-type]
    for words, low, high in (("Around 300", 300, 300), ("dozens", 24, None)):
        if words in doc.text:
            doc.number(words, low, high, "people", approximate=True)
    if "We lost everything" in doc.text:
        doc.quote("We lost everything", "a farmer", channel="Morning Wire")
    if "Kesra" in doc.text:
        doc.entity("Kesra", "GPE")
    if "Officials said" in doc.text:
        doc.attributed("Officials said", "officials")
    return doc


articles = st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), min_size=1, max_size=4)


@settings(max_examples=25, deadline=None)
@given(articles, st.sampled_from(["\n\n", " ", "\n"]))
def test_every_citation_reproduces_its_words(bodies: list[list[str]], joiner: str) -> None:
    docs = [
        annotate(Doc(f"a{i}", joiner.join(body), published="2024-06-09")) for i, body in enumerate(bodies)
    ]
    story, items = story_of(docs)
    b = weave(story, items, WeaveOptions(summary_words=50))
    texts = {s.id: s.text for s in b.sources}

    def cited(c) -> str:  # type: ignore[no-untyped-def]
        assert 0 <= c.start < c.end <= len(texts[c.source])
        return texts[c.source][c.start : c.end]

    for claim in b.claims:
        spans = {cited(m) for m in claim.mentions}
        assert claim.text in spans
        assert all(s == s.strip() and s for s in spans)
        assert set(claim.sources) == {m.source for m in claim.mentions}
    for q in b.quotes:
        assert all(cited(c) == q.text for c in q.citations) or q.text in {cited(c) for c in q.citations}
    for t in b.timeline:
        assert t.text == cited(t.citations[0])
        assert t.sources == tuple(dict.fromkeys(sorted({c.source for c in t.citations})))
    for n in b.numbers:
        assert cited(n.citation) == n.text
    for s in b.summary:
        # The shown sentence is exactly the words its (first) citation points at.
        assert s.text == cited(s.citations[0])
        assert all(cited(c) for c in s.citations)
