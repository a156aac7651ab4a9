"""The DUC outside-region events set: a fixed alternating split, verdicts that load and hold no text."""

from __future__ import annotations

import json

from bench.trust.duc_outside_events import CHECK, CLUSTERS, LABELS, TUNE
from bench.trust.ecbplus_events import load_verdicts
from bench.trust.labels import TEST

MAX_TRIGGER_WORDS = 3  # a trigger word or short phrase, never a sentence of the article


def test_the_split_alternates_the_tune_half_and_never_holds_a_test_cluster() -> None:
    assert CLUSTERS[0::2] == TUNE and CLUSTERS[1::2] == CHECK
    assert not set(TUNE) & set(CHECK)
    assert not set(CLUSTERS) & set(TEST)


def test_every_verdict_is_of_its_parts_clusters_and_stores_only_short_phrases() -> None:
    for part, clusters in (("tune", TUNE), ("check", CHECK)):
        raw = json.loads((LABELS / f"topic-{part}.json").read_text(encoding="utf-8"))
        assert {e["cluster"] for e in raw["events"]} <= set(clusters)
        verdicts = load_verdicts(part, LABELS)
        assert verdicts
        for v in verdicts:
            assert len(v.record.trigger.split()) <= MAX_TRIGGER_WORDS
            assert v.record.end - v.record.start == len(v.record.trigger)
            assert v.why
    assert (LABELS / "README.md").is_file()
