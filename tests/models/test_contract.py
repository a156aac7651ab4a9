"""The records and the published JSON schema agree, and every constructor guard of the contract fires."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest

from newsweave.errors import ContractError
from newsweave.models import (
    Briefing,
    Citation,
    Claim,
    QuoteEntry,
    Source,
    Span,
    StoryInfo,
    SummarySentence,
    TimelineEntry,
)
from newsweave.models import annotations as A
from newsweave.models import article as R
from newsweave.models import briefing as B

SCHEMA = Path(__file__).resolve().parents[2] / "src/newsweave/render/schema/briefing.schema.json"

# Each Literal type of the records, and where the schema spells the same enum.
LITERALS: tuple[tuple[Any, str], ...] = (
    (R.PublishedFrom, "$defs/source/properties/published_from"),
    (R.RemovedKind, "$defs/source/properties/removed/items/properties/kind"),
    (B.ConflictKind, "$defs/conflict/properties/kind"),
    (B.ClaimStatus, "$defs/claim/properties/status"),
    (A.GeoPrecision, "$defs/geo/properties/precision"),
    (A.EntityType, "$defs/entity/properties/type"),
    (A.DatePrecision, "$defs/timelineEntry/properties/precision"),
    (A.ResolvedFrom, "$defs/timelineEntry/properties/resolved_from"),
    (A.QuoteKind, "$defs/quote/properties/kind"),
)


def _at(pointer: str) -> Any:
    node = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for part in pointer.split("/"):
        node = node[part]
    return node


@pytest.mark.parametrize(("literal", "pointer"), LITERALS, ids=[p for _, p in LITERALS])
def test_each_literal_equals_its_schema_enum(literal: Any, pointer: str) -> None:
    enum = {v for v in _at(pointer)["enum"] if v is not None}
    assert set(get_args(literal)) == enum


def _source(text: str = "Ten people were hurt.") -> Source:
    return Source(id="s1", outlet=None, title=None, url=None, path=None, published=None, published_from=None,
                  language="en", duplicate_of=None, removed=(), text=text)


GUARDS = {
    "negative span": lambda: Span("a", 5, 2),
    "empty citation": lambda: Citation("s1", 3, 3),
    "summary sentence without citation": lambda: SummarySentence("x", ()),
    "claim without mention": lambda: Claim("c1", "x", "single_source", ("s1",), 1, (), ()),
    "corroborated with one origin": lambda: Claim("c1", "x", "corroborated", ("s1",), 1, (),
                                                  (Citation("s1", 0, 3),)),
    "details one origin gives on a single-source claim": lambda: Claim(
        "c1", "x", "single_source", ("s1",), 1, (), (Citation("s1", 0, 3),),
        lone_details=(Citation("s1", 0, 1),)),
    "timeline entry without citation": lambda: TimelineEntry(None, "unknown", "explicit", "x", ("s1",), ()),
    "quote without citation": lambda: QuoteEntry(None, None, "direct", "x", None, ("s1",), ()),
    "citation outside its source": lambda: Briefing(
        story=StoryInfo("st-1", None, None, None), sources=(_source(),),
        summary=(SummarySentence("x", (Citation("s1", 0, 500),)),)),
}


@pytest.mark.parametrize("case", sorted(GUARDS))
def test_every_constructor_guard_fires(case: str) -> None:
    with pytest.raises(ContractError):
        GUARDS[case]()


def test_a_well_formed_briefing_passes_the_guards() -> None:
    text = "Ten people were hurt."
    b = Briefing(story=StoryInfo("st-1", None, None, None), sources=(_source(text),),
                 summary=(SummarySentence(text, (Citation("s1", 0, len(text)),)),))
    assert b.summary[0].text == text


def test_every_conflict_kind_has_exactly_one_pair_detector() -> None:
    from newsweave.weave.conflicts import PAIR_DETECTORS

    kinds = [kind for kind, _, _ in PAIR_DETECTORS]
    assert sorted(kinds) == sorted(get_args(B.ConflictKind)) and len(set(kinds)) == len(kinds)


def test_every_story_detector_is_registered_once() -> None:
    # briefing.weave calls story_conflicts alone: a detector outside DETECTORS would never run.
    from newsweave.weave import conflicts

    names = [name for name, _, _ in conflicts.DETECTORS]
    detectors = [detect for _, detect, _ in conflicts.DETECTORS]
    assert len(set(names)) == len(names) and len(set(detectors)) == len(detectors)
    assert {"statement pairs", "running figures", "ages"} <= set(names)


def test_an_analyzed_article_pairs_only_its_own_annotations() -> None:
    from newsweave.models import AnalyzedArticle, Annotations, Article

    article = Article(id="a1", text="Ten people were hurt.")
    assert AnalyzedArticle(article, Annotations("a1")).id == "a1"
    with pytest.raises(ContractError):
        AnalyzedArticle(article, Annotations("a2"))
