from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from newsweave.errors import ContractError
from newsweave.models import Briefing
from newsweave.render.json import briefing_to_obj, to_json, validate


def test_sample_briefing_validates_and_keeps_contract_shapes(briefing: Briefing) -> None:
    doc = json.loads(to_json([briefing]))
    assert isinstance(doc, list) and len(doc) == 1  # one story is still an array
    obj = doc[0]
    validate(obj)
    assert [s["article_id"] for s in obj["sources"]] == ["a-wire", "a-voice", "a-coast"]
    assert obj["schema"] == "newsweave.briefing/1"
    assert obj["diagnostics"]["timings_ms"] == {"ingest": 3, "analyze": 40}  # pairs -> object
    assert obj["numbers"][0]["value"] == 12 and isinstance(obj["numbers"][0]["value"], int)
    assert obj["numbers"][1]["high"] is None
    assert obj["summary"][1]["note"].startswith("disputed")
    assert obj["entities"][0]["geo"] is None
    assert obj["entities"][2]["geo"]["gazetteer_id"] == "geonames:2644972"
    assert obj["sources"][2]["duplicate_of"] == "s1"
    removed = {"kind": "caption", "text": "Rescue boats. Photograph: A. Lee/Wire"}
    assert obj["sources"][0]["removed"][0] == removed
    assert obj["claims"][1]["conflicts"][0] == {
        "claim": "c3", "kind": "number", "detail": "at least 12 killed vs dozens killed",
        "spans": [obj["claims"][1]["mentions"][0], obj["claims"][2]["mentions"][0]]}
    assert [s["family"] for s in obj["sources"]] == ["f1", "f2", "f1"]
    assert obj["claims"][0]["families"] == ["f1", "f2"]
    assert obj["updates"] == []
    for mention in obj["claims"][0]["mentions"]:
        text = next(s["text"] for s in obj["sources"] if s["id"] == mention["source"])
        assert text[mention["start"] : mention["end"]].endswith("on Sunday")


def test_several_briefings_make_a_list_largest_story_first(briefing: Briefing) -> None:
    small = dataclasses.replace(briefing, story=dataclasses.replace(briefing.story, id="small"),
                                sources=briefing.sources[:2], claims=(), summary=(), timeline=(), quotes=(),
                                numbers=())
    obj = json.loads(to_json([small, briefing]))
    assert isinstance(obj, list) and [b["story"]["id"] for b in obj] == [briefing.story.id, "small"]
    validate(obj)


def test_a_source_without_its_article_id_breaks_the_contract(briefing: Briefing) -> None:
    obj = briefing_to_obj(briefing)
    obj["sources"][0]["article_id"] = None
    with pytest.raises(ContractError, match="article_id"):
        validate(obj)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("claims", 0, "status"), "confirmed"),
        (("claims", 0, "independent_origins"), 1),  # corroborated needs two independent origins
        (("summary", 0, "citations"), []),
        (("timeline", 0, "precision"), "hour"),
        (("sources", 0, "removed", 0, "kind"), "advert"),
        (("story", "first_published"), "last Sunday"),
        (("entities", 0, "type"), "person"),
    ],
)
def test_schema_rejects_contract_breaches(
    briefing: Briefing, path: tuple[object, ...], value: object
) -> None:
    obj = briefing_to_obj(briefing)
    node: object = obj
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]
    with pytest.raises(ContractError):
        validate(obj)


def test_schema_requires_every_contract_field(briefing: Briefing) -> None:
    obj = briefing_to_obj(briefing)
    del obj["quotes"][0]["channel"]  # null is allowed, absence is not
    with pytest.raises(ContractError, match="channel"):
        validate(obj)


def test_unknown_values_are_null_not_empty(briefing: Briefing) -> None:
    b = dataclasses.replace(briefing, story=dataclasses.replace(briefing.story, title=None))
    obj = json.loads(to_json([b]))[0]
    assert obj["story"]["title"] is None
    validate(obj)


WHOLE_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def _assert_whole_sentences(briefings: tuple[Briefing, ...], cap: int) -> None:
    """Summaries never end mid-sentence: every summary sentence is whole, and the cap is an upper bound."""
    for b in briefings:
        assert sum(len(s.text.split()) for s in b.summary) <= cap
        for s in b.summary:
            assert WHOLE_SENTENCE_END.search(s.text), s.text


def test_examples_briefings_validate(examples_briefings: tuple[Briefing, ...]) -> None:
    validate(json.loads(to_json(examples_briefings)))
    _assert_whole_sentences(examples_briefings, 150)


def test_seed_briefings_validate(seeds_dir: Path) -> None:
    from newsweave.pipeline import brief_paths
    from newsweave.weave.briefing import WeaveOptions

    run = brief_paths([str(seeds_dir)], WeaveOptions(summary_words=60))
    assert run.briefings
    doc = json.loads(to_json(run.briefings))
    assert isinstance(doc, list) and [len(b["sources"]) for b in doc] == sorted(
        (len(b["sources"]) for b in doc), reverse=True)
    validate(doc)
    _assert_whole_sentences(run.briefings, 60)
    assert all(s["article_id"] for b in doc for s in b["sources"])


def test_a_family_tie_is_written_and_checked_against_the_schema(briefing: Briefing) -> None:
    from newsweave.models.briefing import FamilyTie
    from newsweave.render.markdown import to_markdown

    voice = dataclasses.replace(briefing.sources[1], family="f1", family_link=FamilyTie("s1", "same_byline"))
    tied = dataclasses.replace(briefing, sources=(briefing.sources[0], voice, briefing.sources[2]))
    obj = json.loads(to_json([tied]))[0]
    validate(obj)
    assert obj["sources"][1]["family_link"] == {"source": "s1", "reason": "same_byline"}
    assert obj["sources"][0]["family_link"] is None
    assert "family f1 (with s1: the same reporter's story, filed within hours)" in to_markdown([tied])
    bad = json.loads(to_json([tied]))[0]
    bad["sources"][1]["family_link"]["reason"] = "same topic"
    with pytest.raises(ContractError):
        validate(bad)
