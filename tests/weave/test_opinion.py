"""An opinion piece is listed and marked, but its statements are no evidence: they make no claim, count as
no origin and put nothing on the timeline; the briefing says why in a warning."""

from __future__ import annotations

from dataclasses import replace

from tests.weave.weave_fixtures import Doc, story_of

from newsweave.models import AnalyzedArticle, Briefing, OpinionMark, Span
from newsweave.weave.briefing import WeaveOptions, weave

FACT = "The Saltgate Bridge in Kelmouth collapsed on Sunday, killing 12 people and injuring 30 others."


def _docs() -> list[Doc]:
    report = Doc("r", FACT + " Divers searched the river until dark.", published="2024-05-06",
                 outlet="Daily Planet").date("on Sunday", "2024-05-05")
    editorial = Doc("e", "The collapse of the Saltgate Bridge in Kelmouth on Sunday killed 12 people and "
                    "left 30 injured. The council ignored every warning and must now answer for it.",
                    published="2024-05-07", outlet="Kelmouth Courier").date("on Sunday", "2024-05-05")
    return [report, editorial]


def _woven(opinion: bool) -> Briefing:
    story, items = story_of(_docs())
    if opinion:
        mark = OpinionMark("Opinion |", "title")
        items = [AnalyzedArticle(i.article, replace(i.annotations, opinion=mark)) if i.id == "e" else i
                 for i in items]
    return weave(story, items, WeaveOptions())


def test_an_editorial_corroborates_a_report_only_until_it_is_marked_as_opinion() -> None:
    plain = _woven(opinion=False)
    assert any(c.status == "corroborated" and set(c.sources) == {"s1", "s2"} for c in plain.claims)

    marked = _woven(opinion=True)
    assert [s.opinion for s in marked.sources] == [False, True]
    assert all("s2" not in c.sources for c in marked.claims)
    assert not any(c.status == "corroborated" for c in marked.claims)
    assert all(c.source == "s1" for e in marked.timeline for c in e.citations)
    assert all(c.source == "s1" for s in marked.summary for c in s.citations)
    assert any(w.startswith("s2 reads as an opinion piece") for w in marked.diagnostics.warnings)


def test_a_story_told_only_by_opinion_pieces_still_has_a_summary() -> None:
    story, items = story_of(_docs()[1:])
    mark = OpinionMark("EDITORIAL:", "text", Span("e", 0, 10))
    marked = weave(story, [AnalyzedArticle(i.article, replace(i.annotations, opinion=mark)) for i in items],
                   WeaveOptions())
    assert marked.claims == () and marked.timeline == ()
    assert marked.summary and marked.summary[0].citations[0].source == "s1"
