"""The TimeBank events set: a fixed seeded split of the dates bench's tuned-on files, verdicts that load and
hold no text."""

from __future__ import annotations

import json

import pytest
from bench.harness import DEFAULT_DATA
from bench.tasks.dates import TIMEBANK, timebank_split
from bench.trust.ecbplus_events import load_verdicts
from bench.trust.timebank_events import CHECK_SIZE, LABELS, TUNE_SIZE, part, split_paths

MAX_TRIGGER_WORDS = 3  # a trigger word or short phrase, never a sentence of the article
KEYS = {"doc", "trigger", "start", "end", "type", "actor", "target", "place", "date", "fatalities", "verdict",
        "why"}
TYPES = {"SEIZE", "ASSAULT", "RETREAT", "MOBILIZE", "DEMAND", "THREATEN", "CONSULT"}
# The split's first files as it was fixed before any event was printed.
TUNE_FIRST = ["PRI19980303.2000.2550", "APW19980306.1001", "wsj_0135", "APW19980227.0468", "wsj_0533"]
CHECK_FIRST = ["wsj_0026", "PRI19980205.2000.1998", "wsj_0586", "wsj_0171", "wsj_0157"]


def _needs_data() -> None:
    if not (DEFAULT_DATA / TIMEBANK).is_dir():
        pytest.skip("no TimeBank data here")


def test_the_split_draws_only_from_the_dates_tuned_on_files_and_is_fixed() -> None:
    _needs_data()
    tune, check = split_paths(DEFAULT_DATA)
    tuned_on, held_out = timebank_split(DEFAULT_DATA)
    assert (len(tune), len(check)) == (TUNE_SIZE, CHECK_SIZE)
    assert set(tune) | set(check) == set(tuned_on) and not set(tune) & set(check)
    assert not (set(tune) | set(check)) & set(held_out)
    assert [p.stem for p in tune[:5]] == TUNE_FIRST and [p.stem for p in check[:5]] == CHECK_FIRST
    art = part(DEFAULT_DATA, "tune")[0]
    assert art.name == f"tb-{TUNE_FIRST[0]}" and len(art.day) == 10


def test_every_verdict_is_of_its_parts_articles_and_stores_only_short_phrases() -> None:
    _needs_data()
    for name in ("tune", "check"):
        raw = json.loads((LABELS / f"topic-{name}.json").read_text(encoding="utf-8"))
        assert raw["topic"] == raw["part"] == name and raw["labeller"]
        docs = {a.name for a in part(DEFAULT_DATA, name)}
        for e in raw["events"]:
            assert set(e) == KEYS
            assert e["doc"] in docs and e["type"] in TYPES and e["verdict"] in ("right", "wrong")
        verdicts = load_verdicts(name, LABELS)
        assert len(verdicts) == len(raw["events"]) > 0
        for v in verdicts:
            assert len(v.record.trigger.split()) <= MAX_TRIGGER_WORDS
            assert v.record.end - v.record.start == len(v.record.trigger)
            assert v.why
    assert (LABELS / "README.md").is_file()
