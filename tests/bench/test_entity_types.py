"""The entity-type scorer: each gold mention counted once, precision and recall per class."""

from __future__ import annotations

from bench.tasks.entity_types import ORGANISATION, OTHER, PERSON, PLACE, TypeTally, ecb_class, landing


def test_a_system_mention_lands_on_the_shortest_named_mention_holding_it() -> None:
    gold = [(0, 20, PERSON), (5, 12, ORGANISATION)]
    assert landing(6, 10, gold, contained=True) == 1
    assert landing(0, 4, gold, contained=True) == 0
    assert landing(15, 25, gold, contained=True) is None


def test_without_containment_the_largest_overlap_wins() -> None:
    gold = [(0, 6, PERSON), (8, 20, PLACE)]
    assert landing(4, 12, gold, contained=False) == 1
    assert landing(30, 40, gold, contained=False) is None


def test_each_gold_mention_counts_once_and_classes_are_scored_apart() -> None:
    tally = TypeTally()
    gold = [(0, 10, PERSON), (20, 30, ORGANISATION), (40, 50, PLACE)]
    found = [(0, 10, PERSON), (2, 8, PLACE), (20, 30, PERSON), (40, 50, PLACE)]
    tally.add(found, gold, contained=True)
    assert tally.precision(PERSON) == (1, 2)  # the firm typed a person counts against the people
    assert tally.recall(PERSON) == (1, 1)
    assert tally.precision(PLACE) == (1, 1)  # the second landing on the person is not counted


def test_ecb_tags_map_to_the_reader_classes() -> None:
    assert ecb_class("HUMAN_PART_PER") == PERSON
    assert ecb_class("HUMAN_PART_MET") == ORGANISATION
    assert ecb_class("LOC_FAC") == PLACE
    assert ecb_class("HUMAN_PART_GPE") == PLACE
    assert ecb_class("NON_HUMAN_PART") == OTHER
