"""Syndication: copies are linked to the earliest (else longest) original; distinct reports are not."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.group.duplicates import find_duplicates, longest_shared_run
from newsweave.models import Article
from newsweave.text import words

WIRE = (
    "Rescue teams in the northern hills pulled four climbers from a collapsed ice shelf on Tuesday after a "
    "night of searching in heavy snow, the regional mountain service said. Two of the climbers were taken "
    "to hospital with broken bones and the others were treated at the scene for cold exposure. The shelf "
    "gave way shortly after noon, local officials said, and the alarm was raised by a fifth climber who "
    "had stayed behind at the camp. Officials said the route would stay closed until engineers had "
    "inspected the remaining ice and that visitors should avoid the area for at least a week."
)
OTHER = (
    "The city council voted on Monday to expand the tram network to the eastern suburbs, a plan that will "
    "cost about 400 million and take six years. Opponents said the money would be better spent on buses, "
    "while shop owners along the route welcomed the decision and asked for parking during the works."
)


def art(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, text=text, published=published)


def families(links: tuple) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for link in links:
        groups.setdefault(link.original, {link.original}).add(link.copy)
    return {frozenset(g) for g in groups.values()}


def test_reposted_wire_copy_points_to_earliest() -> None:
    copy = "Climbers rescued. " + WIRE.replace("Tuesday", "Tuesday morning") + " More to follow."
    links = find_duplicates([art("b", copy, "2024-02-02"), art("a", WIRE, "2024-02-01"), art("c", OTHER)])
    assert len(links) == 1
    assert (links[0].copy, links[0].original) == ("b", "a")
    assert links[0].similarity >= 0.5
    assert links[0].shared_passage_chars > 100


def test_without_dates_the_longest_is_the_original() -> None:
    longer = WIRE + " A spokesperson thanked the volunteers who had joined the search overnight."
    links = find_duplicates([art("x", WIRE), art("y", longer)])
    assert [(link.copy, link.original) for link in links] == [("x", "y")]


def test_a_time_of_day_does_not_make_the_wire_later_than_its_copy_dated_only_by_day() -> None:
    trimmed = WIRE.rsplit(" Officials said", 1)[0]
    links = find_duplicates([art("wire", WIRE, "2024-02-01T06:40:00"), art("paper", trimmed, "2024-02-01")])
    assert [(link.copy, link.original) for link in links] == [("paper", "wire")]
    # Both timed: the earlier one is the original, however short.
    links = find_duplicates([art("wire", WIRE, "2024-02-01T09:00:00"),
                             art("paper", trimmed, "2024-02-01T08:00")])
    assert [(link.copy, link.original) for link in links] == [("wire", "paper")]


def test_copy_embedded_in_a_longer_page_is_caught_by_the_shared_passage() -> None:
    page = OTHER + " " + WIRE + " " + OTHER.replace("council", "assembly")
    links = find_duplicates([art("wire", WIRE, "2024-02-01"), art("page", page, "2024-02-03")])
    assert [(link.copy, link.original) for link in links] == [("page", "wire")]


def test_distinct_reports_of_one_event_are_not_copies() -> None:
    other_report = (
        "Four climbers were rescued from the northern hills on Tuesday. According to the mountain service, "
        "an ice shelf collapsed around midday and two people suffered fractures; the route is closed."
    )
    assert find_duplicates([art("a", WIRE), art("b", other_report), art("c", OTHER)]) == ()


def test_family_of_three_has_one_original() -> None:
    links = find_duplicates([art("a", WIRE, "2024-02-03"), art("b", WIRE, "2024-02-01"),
                             art("c", WIRE + " Updated.", "2024-02-02")])
    assert {link.original for link in links} == {"b"}
    assert {link.copy for link in links} == {"a", "c"}


def test_longest_shared_run_counts_words() -> None:
    a = words("one two three four five six seven eight")
    b = words("zero two three four five six seven nine")
    assert longest_shared_run(a, b) == 6
    assert longest_shared_run(a, words("nothing in common here at all")) == 0


texts = st.sampled_from([WIRE, OTHER, WIRE[:200], OTHER[:120], "short note", "Another brief item here."])
corpora = st.lists(st.tuples(texts, st.one_of(st.none(), st.sampled_from(["2024-01-01", "2024-01-02"]))),
                   min_size=1, max_size=6)


def build(items: list[tuple[str, str | None]]) -> list[Article]:
    return [art(f"a{i}", t, p) for i, (t, p) in enumerate(items)]


@settings(max_examples=40, deadline=None)
@given(corpora, st.randoms(use_true_random=False))
def test_input_order_does_not_change_families(
    items: list[tuple[str, str | None]], rnd: random.Random
) -> None:
    articles = build(items)
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    assert find_duplicates(articles) == find_duplicates(shuffled)


@settings(max_examples=40, deadline=None)
@given(corpora)
def test_never_a_copy_of_itself_and_one_original_per_copy(items: list[tuple[str, str | None]]) -> None:
    links = find_duplicates(build(items))
    assert all(link.copy != link.original for link in links)
    copies = [link.copy for link in links]
    assert len(copies) == len(set(copies))
    # An original is never itself a copy: the family tree has depth one.
    assert not {link.original for link in links} & set(copies)


@settings(max_examples=40, deadline=None)
@given(corpora)
def test_identical_texts_are_always_linked(items: list[tuple[str, str | None]]) -> None:
    articles = build(items)
    links = find_duplicates(articles)
    root = {a.id: a.id for a in articles}
    for link in links:
        root[link.copy] = link.original
    for a in articles:
        for b in articles:
            if a.id < b.id and a.text == b.text:
                assert root[a.id] == root[b.id]


@settings(max_examples=30, deadline=None)
@given(corpora)
def test_link_direction_is_symmetric_in_the_pair(items: list[tuple[str, str | None]]) -> None:
    # Whether two articles are one family does not depend on which was read first.
    articles = build(items)
    forward = families(find_duplicates(articles))
    backward = families(find_duplicates(list(reversed(articles))))
    assert forward == backward
