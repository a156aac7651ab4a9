"""The ECB+ corroboration verdicts: odd topics in their fixed part and the held-out even sample, short texts;
and the loader and tally on a made-up briefing (invented sentences, no ECB+ text)."""

from __future__ import annotations

import json
from dataclasses import replace

from bench.trust.ecbplus import (
    CHECK_TOPICS,
    HELD_OUT_JUDGED,
    HELD_OUT_JUDGED_2,
    HELD_OUT_SAMPLES,
    TUNE_TOPICS,
)
from bench.trust.ecbplus_corroboration import (
    LABELS,
    MAX_TEXT_WORDS,
    ClaimTally,
    Verdict,
    load_verdicts,
    record_obj,
    records,
)


def _split(topic: int) -> str:
    if topic in HELD_OUT_JUDGED:
        return "held out (even)"
    if topic in HELD_OUT_JUDGED_2:
        return "held out (even), second sample"
    return "tune" if topic in TUNE_TOPICS else "check"


def test_verdicts_are_of_their_part_with_short_texts() -> None:
    files = sorted(LABELS.glob("topic-*.json"))
    assert files and (LABELS / "README.md").is_file()
    assert {json.loads(p.read_text(encoding="utf-8"))["topic"] for p in files} >= set(HELD_OUT_SAMPLES)
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert topic in TUNE_TOPICS + CHECK_TOPICS + HELD_OUT_SAMPLES
        assert topic % 2 == (0 if topic in HELD_OUT_SAMPLES else 1)
        assert raw["split"] == _split(topic)
        for claim in raw["claims"]:
            assert len(claim["text"].split()) <= MAX_TEXT_WORDS
            assert claim["verdict"] in ("right", "wrong") and claim["why"]
            assert all(doc.startswith(f"{topic}_") for doc, _, _ in claim["mentions"])
        assert len(load_verdicts(topic)) == len(raw["claims"])


BRIEF = {
    "sources": [{"id": "s1", "path": "a.txt"}, {"id": "s2", "path": "b.txt"}],
    "claims": [
        {"status": "corroborated", "text": "The storm closed the harbour on a cold Monday morning after the "
                                           "warning came in", "independent_origins": 2,
         "mentions": [{"source": "s2", "start": 5, "end": 30}, {"source": "s1", "start": 0, "end": 20}]},
        {"status": "single-source", "text": "A ferry was late.", "independent_origins": 1,
         "mentions": [{"source": "s1", "start": 22, "end": 40}]},
        {"status": "corroborated", "text": "Ten boats sank.", "independent_origins": 2,
         "mentions": [{"source": "s1", "start": 50, "end": 65}, {"source": "s2", "start": 40, "end": 55}]},
    ],
}


def test_records_keep_judged_statuses_keyed_by_mentions_and_tally_counts_unjudged() -> None:
    found = records(BRIEF, {"a.txt": "99_1ecb", "b.txt": "99_2ecb"})
    assert [r.status for r in found] == ["corroborated", "corroborated"]
    assert found[0].mentions == (("99_1ecb", 0, 20), ("99_2ecb", 5, 30))
    assert len(found[0].text.split()) == MAX_TEXT_WORDS
    obj = record_obj(found[0], right=True, why="both say the harbour closed")
    assert obj["verdict"] == "right" and obj["mentions"][0] == ["99_1ecb", 0, 20]
    tally = ClaimTally()
    tally.add(found, [Verdict(found[0], True, "")])
    assert (tally.found, tally.judged, tally.right) == (2, 1, 1)
    assert tally.note == "1/1 judged corroborated claims right, 2 found; 1 not judged yet"
    # A verdict given on another wording of the same mentions still counts, and the note says so.
    reworded = replace(found[0], text="The harbour stayed open all week")
    tally = ClaimTally()
    tally.add(found, [Verdict(reworded, False, "")])
    assert (tally.judged, tally.right, tally.reworded) == (1, 0, 1)
    assert tally.note.endswith("; 1 not judged yet; 1 judged on another wording")
    other = ClaimTally()
    other.merge(tally)
    assert other.reworded == 1


def test_half_story_verdicts_are_of_their_part_and_halves_are_reproducible() -> None:
    from bench.trust.ecbplus_corroboration import HALF_MIN, HALVES, halves

    files = sorted(HALVES.glob("topic-*.json"))
    assert files and (HALVES / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        # the odd topics are development data; the even ones (round 69) were judged blind as held-out data
        assert raw["split"] == ("tune" if topic in TUNE_TOPICS else "check" if topic in CHECK_TOPICS
                                else "held-out")
        assert topic in TUNE_TOPICS + CHECK_TOPICS + HELD_OUT_SAMPLES
        for claim in raw["claims"]:
            assert len(claim["text"].split()) <= MAX_TEXT_WORDS
            assert claim["verdict"] in ("right", "wrong") and claim["why"]
            assert all(doc.startswith(f"{topic}_") for doc, _, _ in claim["mentions"])
        assert len(load_verdicts(topic, HALVES)) == len(raw["claims"])
    members = [f"3_{i}ecb" for i in range(12)]
    drawn = halves(3, "3ecb", members)
    assert drawn == halves(3, "3ecb", members) and drawn != halves(5, "5ecb", members)
    assert all(len(h) >= HALF_MIN and set(h) < set(members) for h in drawn)
    assert halves(3, "3ecb", members[:2]) == []  # too few reports for any half
    # more seeds draw the same first halves, then more; a later first seed draws the later ones alone
    assert halves(3, "3ecb", members, seeds=9)[:len(drawn)] == drawn
    assert halves(3, "3ecb", members, seeds=9)[3:] == halves(3, "3ecb", members, seeds=6, first=3)


def test_more_halves_are_later_seeds_and_their_verdicts_are_of_odd_topics() -> None:
    from bench.trust.ecbplus_corroboration import MORE_HALVES, halves

    files = sorted(MORE_HALVES.glob("topic-*.json"))
    assert files and (MORE_HALVES / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert topic in TUNE_TOPICS + CHECK_TOPICS
        assert raw["split"] == ("tune" if topic in TUNE_TOPICS else "check")
        for claim in raw["claims"]:
            assert claim["seed"] >= (9 if topic in TUNE_TOPICS else 3)  # never a seed judged before
            assert claim["verdict"] in ("right", "wrong") and claim["why"]
    members = [f"5_{i}ecb" for i in range(30)]  # every half large enough to be woven
    assert halves(5, "5ecb", members, seeds=6, first=9) == halves(5, "5ecb", members, seeds=15)[9:]


def test_fresh_halves_follow_every_earlier_draw_and_their_verdicts_are_of_odd_topics() -> None:
    from bench.trust.ecbplus_corroboration import FRESH_HALVES, MORE_HALF_SEEDS, TUNE_HALF_SEEDS

    files = sorted(FRESH_HALVES.glob("topic-*.json"))
    assert files and (FRESH_HALVES / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert raw["split"] == ("tune" if topic in TUNE_TOPICS else "check")
        first = (TUNE_HALF_SEEDS if topic in TUNE_TOPICS else 3) + MORE_HALF_SEEDS
        for claim in raw["claims"]:
            assert first <= claim["seed"] < first + 6  # never a seed drawn before round 75
            assert claim["verdict"] in ("right", "wrong") and claim["why"]
            assert len(claim["text"].split()) <= MAX_TEXT_WORDS


def test_second_judge_of_the_held_out_halves_judges_only_even_topics() -> None:
    from bench.tasks.ecbplus import SECOND_HALF_CLAIMS

    files = sorted(SECOND_HALF_CLAIMS.glob("topic-*.json"))
    assert files and (SECOND_HALF_CLAIMS / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert topic in HELD_OUT_SAMPLES and topic % 2 == 0 and raw["split"] == "held out (even)"
        for claim in raw["claims"]:
            assert claim["status"] == "corroborated" and claim["verdict"] in ("right", "wrong")
            assert claim["why"] and len(claim["text"].split()) <= MAX_TEXT_WORDS
            assert all(doc.startswith(f"{topic}_") for doc, _, _ in claim["mentions"])
        assert len(load_verdicts(topic, SECOND_HALF_CLAIMS)) == len(raw["claims"])
