"""The verdicts on notes of a detail one origin alone gives: their parts and keys, and the tally on a made-up
briefing (invented sentences, no ECB+ text)."""

from __future__ import annotations

import json

from bench.trust.ecbplus_corroboration import records
from bench.trust.ecbplus_lone_details import LABELS, NoteTally, load_verdicts, note_keys

BRIEF = {
    "sources": [{"id": "s1", "path": "a.txt"}, {"id": "s2", "path": "b.txt"}],
    "claims": [
        {"status": "corroborated", "text": "Ten boats sank in the third storm.", "independent_origins": 2,
         "mentions": [{"source": "s1", "start": 0, "end": 34}, {"source": "s2", "start": 5, "end": 30}],
         "lone_details": [{"source": "s1", "start": 22, "end": 27}]},
        {"status": "corroborated", "text": "The harbour closed.", "independent_origins": 2,
         "mentions": [{"source": "s1", "start": 40, "end": 59}, {"source": "s2", "start": 40, "end": 60}],
         "lone_details": []},
    ],
}


def test_every_stored_verdict_keys_a_note_of_its_part() -> None:
    assert (LABELS / "README.md").is_file()
    for part, parity in (("dev", 1), ("held-out", 0)):
        path = LABELS / f"{part}.json"
        if not path.is_file():
            continue
        notes = json.loads(path.read_text(encoding="utf-8"))["notes"]
        assert notes
        for n in notes:
            assert n["topic"] % 2 == parity and n["verdict"] in ("lone", "backed", "unsure") and n["why"]
            assert len(n["text"].split()) <= 6
            doc = n["detail"][0]
            # The detail lies in one of the claim's mentions.
            assert any(m[0] == doc and m[1] <= n["detail"][1] < n["detail"][2] <= m[2] for m in n["mentions"])
        assert len(load_verdicts(part)) == len({(json.dumps(sorted(n["mentions"])), json.dumps(n["detail"]))
                                                for n in notes})


def test_notes_are_keyed_by_the_claims_mentions_and_the_detail() -> None:
    found = records(BRIEF, {"a.txt": "99_1ecb", "b.txt": "99_2ecb"})
    keys = note_keys(found)
    assert keys == {((("99_1ecb", 0, 34), ("99_2ecb", 5, 30)), ("99_1ecb", 22, 27))}
    tally = NoteTally()
    tally.add(keys, {next(iter(keys)): True})
    tally.add(keys, {})
    assert (tally.found, tally.judged, tally.right) == (2, 1, 1)
    assert tally.note == "1/1 judged notes right, 2 printed; 1 not judged yet"
