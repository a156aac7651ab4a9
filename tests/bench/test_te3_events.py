"""The TempEval-3 platinum events set: a fixed seeded split, verdicts that load and hold no text."""

from __future__ import annotations

import json

import pytest
from bench.harness import DEFAULT_DATA
from bench.tasks.dates import TE3
from bench.trust.ecbplus_events import load_verdicts
from bench.trust.te3_events import LABELS, file_names, split, split_names

MAX_TRIGGER_WORDS = 3  # a trigger word or short phrase, never a sentence of the article
KEYS = {"doc", "trigger", "start", "end", "type", "actor", "target", "place", "date", "fatalities", "verdict",
        "why"}
TYPES = {"SEIZE", "ASSAULT", "RETREAT", "MOBILIZE", "DEMAND", "THREATEN", "CONSULT"}
# The split as it was fixed before any event was printed (file names only).
TUNE = ["bbc_20130322_1150.tml", "AP_20130322.tml", "bbc_20130322_721.tml", "WSJ_20130321_1145.tml",
        "nyt_20130321_cyprus.tml", "bbc_20130322_1353.tml", "CNN_20130322_1243.tml", "WSJ_20130318_731.tml",
        "bbc_20130322_1600.tml", "bbc_20130322_332.tml"]
CHECK = ["CNN_20130322_1003.tml", "nyt_20130321_sarcozy.tml", "nyt_20130321_china_pollution.tml",
         "nyt_20130321_women_senate.tml", "nyt_20130322_strange_computer.tml", "WSJ_20130322_159.tml",
         "WSJ_20130322_804.tml", "CNN_20130322_314.tml", "CNN_20130321_821.tml", "CNN_20130322_248.tml"]


def test_the_seeded_split_of_the_sorted_names_is_fixed() -> None:
    assert split_names(sorted(TUNE + CHECK)) == (TUNE, CHECK)
    assert split_names(list(reversed(TUNE + CHECK))) == (TUNE, CHECK)  # the names are sorted first


def test_the_platinum_files_split_as_fixed() -> None:
    if not (DEFAULT_DATA / TE3).is_dir():
        pytest.skip("no TempEval-3 platinum data here")
    assert file_names(DEFAULT_DATA) == sorted(TUNE + CHECK)
    tune, check = split(DEFAULT_DATA)
    assert [a.name for a in tune] == [f"te3-{n.removesuffix('.tml')}" for n in TUNE]
    assert [a.name for a in check] == [f"te3-{n.removesuffix('.tml')}" for n in CHECK]
    assert all(a.day == "2013-03-" + a.name.split("_")[1][-2:] for a in tune + check)  # the DCT is the day


def test_every_verdict_is_of_its_parts_articles_and_stores_only_short_phrases() -> None:
    for part, names in (("tune", TUNE), ("check", CHECK)):
        raw = json.loads((LABELS / f"topic-{part}.json").read_text(encoding="utf-8"))
        assert raw["topic"] == raw["part"] == part and raw["labeller"]
        docs = {f"te3-{n.removesuffix('.tml')}" for n in names}
        for e in raw["events"]:
            assert set(e) == KEYS
            assert e["doc"] in docs and e["type"] in TYPES and e["verdict"] in ("right", "wrong")
        verdicts = load_verdicts(part, LABELS)
        assert len(verdicts) == len(raw["events"])
        for v in verdicts:
            assert len(v.record.trigger.split()) <= MAX_TRIGGER_WORDS
            assert v.record.end - v.record.start == len(v.record.trigger)
            assert v.why
    assert load_verdicts("tune", LABELS)  # the tune part printed events; the check part may print none
    assert (LABELS / "README.md").is_file()
