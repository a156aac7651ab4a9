"""The trust scorer on a made-up three-report cluster: two takes of one agency story and one independent
report, hand labels written for them, and briefings in the contract's JSON shape (with and without the fields
added for issue 10)."""

from __future__ import annotations

from typing import Any

import pytest
from bench.trust.briefs import BriefView, view
from bench.trust.labels import Folded, locate, parse_labels
from bench.trust.score import (
    compatible_party,
    compatible_toll,
    every_differing_figure,
    multi_source,
    place,
    score_conflicts,
    score_corroborated,
    score_disputed,
    score_events,
    score_families,
    score_updates,
)

TEXTS = {
    "A1": "Police said 60 people died in the fire. The hall held 400 people.",
    "A2": "Police said 65 people died in the fire. Service was disrupted.",
    "N1": "At least 60 people were killed in the fire. Airline service is normal.",
}


def _at(doc: str, phrase: str) -> int:
    return TEXTS[doc].index(phrase)


def _span(sid: str, doc: str, phrase: str) -> dict[str, Any]:
    start = _at(doc, phrase)
    return {"source": sid, "start": start, "end": start + len(phrase)}


def _labels(contradictions: list[list[str]]) -> dict[str, Any]:
    def m(mid: str, doc: str, phrase: str, low: float, high: float | None) -> dict[str, Any]:
        return {"id": mid, "doc": doc, "phrase": phrase, "offset": _at(doc, phrase), "low": low, "high": high}

    return {
        "cluster": "dX", "split": "tune", "region_chars": 2000,
        "families": [{"id": "F1", "docs": ["A1", "A2"]}, {"id": "F2", "docs": ["N1"]}],
        "statements": [{"id": "S1", "primary_source": None, "mentions": [
            {"doc": "A1", "phrase": "60 people died", "offset": _at("A1", "60 people died")},
            {"doc": "N1", "phrase": "60 people were killed", "offset": _at("N1", "60 people were killed")}]}],
        "quantities": [
            {"id": "Q1", "counts": "people killed by the fire", "running": True, "mentions": [
                m("N1", "A1", "60 people", 60, 60), m("N2", "A2", "65 people", 65, 65),
                m("N3", "N1", "At least 60 people", 60, None)]},
            {"id": "Q2", "counts": "capacity of the hall", "running": False, "mentions": [
                m("N4", "A1", "400 people", 400, 400)]},
        ],
        "contradictions": contradictions, "uncertain": [],
        "events": [{"doc": "N1", "trigger": "killed", "offset": _at("N1", "killed"), "type": "ASSAULT",
                    "actor": None, "target": None, "fatalities": {"low": 60, "high": 60}}],
    }


def _number(sid: str, doc: str, text: str, value: float | None, low: float, high: float | None,
            claim: str) -> dict[str, Any]:
    return {"text": text, "value": value, "low": low, "high": high, "counts": "people", "claim": claim,
            "kind": "count", "source": sid, "citation": _span(sid, doc, text)}


def _briefing(new_fields: bool) -> dict[str, Any]:
    sources = [{"id": sid, "path": doc, "text": TEXTS[doc], "duplicate_of": None}
               for sid, doc in (("s1", "A1"), ("s2", "A2"), ("s3", "N1"))]
    if new_fields:
        for s, fam in zip(sources, ("f1", "f1", "f2"), strict=True):
            s["family"] = fam
    else:
        sources[1]["duplicate_of"] = "s1"
    conflict_12: dict[str, Any] = {"claim": "c2", "kind": "number", "detail": "60 people vs 65 people"}
    conflict_24: dict[str, Any] = {"claim": "c4", "kind": "number", "detail": "65 people vs 400 people"}
    if new_fields:
        conflict_12["spans"] = [_span("s1", "A1", "60"), _span("s2", "A2", "65")]
        conflict_24["spans"] = [_span("s2", "A2", "65"), _span("s1", "A1", "400")]
    sentence = {"A1": "Police said 60 people died in the fire.",
                "A2": "Police said 65 people died in the fire.",
                "N1": "At least 60 people were killed in the fire."}
    claims = [
        {"id": "c1", "status": "corroborated", "sources": ["s1", "s3"],
         "mentions": [_span("s1", "A1", sentence["A1"]), _span("s3", "N1", sentence["N1"])],
         "conflicts": [conflict_12]},
        {"id": "c2", "status": "disputed", "sources": ["s2"], "mentions": [_span("s2", "A2", sentence["A2"])],
         "conflicts": [{**conflict_12, "claim": "c1"}, conflict_24]},
        {"id": "c3", "status": "single_source", "sources": ["s2", "s3"],
         "mentions": [_span("s2", "A2", "Service was disrupted."),
                      _span("s3", "N1", "Airline service is normal.")], "conflicts": []},
        {"id": "c4", "status": "disputed", "sources": ["s1"],
         "mentions": [_span("s1", "A1", "The hall held 400 people.")],
         "conflicts": [{**conflict_24, "claim": "c2"}]},
    ]
    numbers = [_number("s1", "A1", "60", 60, 60, 60, "c1"), _number("s2", "A2", "65", 65, 65, 65, "c2"),
               _number("s1", "A1", "400", 400, 400, 400, "c4"),
               _number("s3", "N1", "At least 60", None, 60, None, "c1")]
    event_ok: dict[str, Any] = {"type": "ASSAULT", "actor": None, "target": None,
                                "fatalities": {"low": 60, "high": 60}, "claims": ["c1"]}
    event_bad: dict[str, Any] = {"type": "ASSAULT", "actor": "e1", "target": None, "fatalities": None,
                                 "claims": ["c1"]}
    out: dict[str, Any] = {"sources": sources, "claims": claims, "numbers": numbers,
                           "entities": [{"id": "e1", "name": "Police", "aliases": []}],
                           "events": [event_ok, event_bad]}
    if new_fields:
        for e in out["events"]:
            e["citation"] = _span("s3", "N1", "killed")
        out["updates"] = [{"counts": "people killed", "latest": _number("s2", "A2", "65", 65, 65, 65, "c2"),
                           "history": [_number("s1", "A1", "60", 60, 60, 60, "c1")]}]
    return out


def _setup(new_fields: bool, contradictions: list[list[str]]):  # type: ignore[no-untyped-def]
    labels = parse_labels(_labels(contradictions))
    briefs: BriefView = view([_briefing(new_fields)], {d: d for d in TEXTS})
    placed = place(labels, briefs.texts, lambda doc, off: off / len(TEXTS[doc]),
                   {d: len(t) for d, t in TEXTS.items()})
    return labels, briefs, placed


@pytest.mark.parametrize("new_fields", [False, True])
def test_families_from_family_field_or_duplicate_links(new_fields: bool) -> None:
    labels, briefs, _ = _setup(new_fields, [])
    t = score_families(labels, briefs.family)
    assert (t.predicted, t.right, t.gold) == (1, 1, 1)
    assert ("families from duplicate_of" in briefs.fallbacks) is not new_fields
    assert ("conflict figures from numbers[]" in briefs.fallbacks) is not new_fields


def test_corroborated_needs_two_labelled_families_on_one_statement() -> None:
    labels, briefs, placed = _setup(False, [])
    ours = score_corroborated(labels, placed, briefs.claims, lambda c: c.status == "corroborated")
    assert (ours.predicted, ours.right, ours.gold, ours.found) == (1, 1, 1, 1)
    # The baseline also calls "service disrupted" / "service is normal" corroborated: it matches no statement.
    base = score_corroborated(labels, placed, briefs.claims, multi_source)
    assert (base.predicted, base.right) == (2, 1)


@pytest.mark.parametrize("new_fields", [False, True])
def test_number_conflicts_right_only_on_labelled_contradictions(new_fields: bool) -> None:
    labels, briefs, placed = _setup(new_fields, [["N1", "N2"]])
    conflicts = [k.candidates for k in briefs.conflicts if k.kind == "number"]
    assert len(conflicts) == 2  # each conflict is listed on both claims but counted once
    t = score_conflicts(labels, placed, conflicts)
    assert (t.predicted, t.right, t.gold, t.found) == (2, 1, 1, 1)  # 65 vs the hall's 400 is wrong
    disputed = score_disputed(labels, placed, briefs)
    assert (disputed.predicted, disputed.right) == (2, 1)


def test_a_rising_toll_is_an_update_not_a_conflict() -> None:
    labels, briefs, placed = _setup(True, [])
    conflicts = score_conflicts(labels, placed, [k.candidates for k in briefs.conflicts])
    assert conflicts.right == 0 and conflicts.gold == 0
    updates = score_updates(labels, placed, briefs.updates)
    assert (updates.predicted, updates.right, updates.gold, updates.found) == (1, 1, 1, 1)


def test_uncertain_pairs_are_not_judged() -> None:
    obj = _labels([])
    obj["uncertain"] = [["N1", "N2"]]
    labels = parse_labels(obj)
    briefs = view([_briefing(True)], {d: d for d in TEXTS})
    placed = place(labels, briefs.texts, lambda doc, off: off / len(TEXTS[doc]),
                   {d: len(t) for d, t in TEXTS.items()})
    t = score_conflicts(labels, placed, [k.candidates for k in briefs.conflicts])
    assert t.predicted == 1 and t.right == 0  # only 65 vs 400 is judged


def test_every_differing_figure_baseline_pairs_same_noun_across_documents() -> None:
    labels, briefs, placed = _setup(False, [["N1", "N2"]])
    pairs = every_differing_figure(briefs)
    assert len(pairs) == 2  # 60 vs 65 and 65 vs 400 (same noun, ranges apart); "at least 60" overlaps both
    t = score_conflicts(labels, placed, pairs)
    assert (t.predicted, t.right) == (2, 1)


@pytest.mark.parametrize("new_fields", [False, True])
def test_events_need_type_trigger_and_no_contradicting_actor(new_fields: bool) -> None:
    _, briefs, placed = _setup(new_fields, [])
    t = score_events(placed, briefs.events)
    assert (t.predicted, t.right) == (2, 1)  # the label names no actor: "Police" as actor contradicts it
    assert (t.gold, t.found) == (1, 1)


def test_events_outside_the_labelled_region_are_not_judged() -> None:
    labels, briefs, _ = _setup(True, [])
    placed = place(labels, briefs.texts, lambda doc, off: off / len(TEXTS[doc]), {d: 5 for d in TEXTS})
    assert score_events(placed, briefs.events).predicted == 0


def test_party_and_toll_compatibility() -> None:
    assert compatible_party(("Hand Carlsson", "Carlsson"), "detective Hand Carlsson")
    assert not compatible_party(("Fidel Castro",), "police")
    assert compatible_party((), None)
    assert compatible_toll((60, 60), (41, None))
    assert not compatible_toll((5, 5), (60, 60))
    assert not compatible_toll((5, 5), None)


def test_locate_folds_wire_quotes_and_spaces_and_takes_the_nearest_occurrence() -> None:
    text = "He said ``no  deal'' at noon. Later he said ``no deal'' again."
    folded = Folded(text)
    first = locate('"no deal"', folded, 0.1)
    second = locate("``no deal''", folded, 0.9)
    assert first is not None and text[first[0]:first[1]] == "``no  deal''"
    assert second is not None and second[0] > first[0]
    assert locate("No Deal", folded, 0.5) is not None  # case ignored only as a fallback
    assert locate("absent words", folded, 0.5) is None


def test_rows_say_the_counts_and_flag_a_vacuous_figure() -> None:
    from bench.tasks.trust import HalfScore, rows
    from bench.trust.score import Tally

    half = HalfScore(clusters=["dX"], stories=[1])
    half.corroborated = Tally(predicted=2, right=2, gold=10, found=2)
    by_metric = {r.metric: r for r in rows(half, "tune")}
    assert by_metric["corroborated precision"].note.startswith("2/2 right; 2/10 found")
    assert by_metric["corroborated recall"].note.startswith("2/2 right; 2/10 found")
    # Nothing predicted: the 1.000 is flagged as measuring nothing.
    assert by_metric["update precision"].newsweave == 1.0
    assert "n=0 predicted" in by_metric["update precision"].note
    assert "n=0 predicted" in by_metric["events precision (labelled regions)"].note
