"""The order a batch reaches the clusterer in: publication time, then the most central undated reports first,
and never the order the files were given in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.group.batch_order import batch_order, centrality
from newsweave.group.stories import cluster_batch
from newsweave.models import AnalyzedArticle, Annotations, Article

FLOOD = [
    "Floods swept the river valley on Monday, forcing villagers from their homes as the river burst.",
    "The river burst its banks and floods swept villages in the valley, rescuers said on Monday.",
    "Villagers fled the valley as floods from the swollen river swept homes away.",
    "Rescuers in boats reached villages cut off by the floods in the river valley.",
]
ELECTION = [
    "Voters in the capital chose a new mayor on Sunday after a close election campaign.",
    "The election for mayor of the capital ended with a narrow win, officials said after counting votes.",
    "Counting of votes in the mayoral election continued into the night in the capital.",
]
TEXTS = FLOOD + ELECTION


def _articles(published: dict[int, str] | None = None) -> list[Article]:
    dates = published or {}
    return [Article(f"a{i}", t, published=dates.get(i)) for i, t in enumerate(TEXTS)]


def test_dated_reports_come_first_in_publication_order_then_the_most_central_undated_one() -> None:
    arts = _articles({5: "2024-03-02", 6: "2024-03-01"})
    order = batch_order(arts)
    assert order[:2] == [6, 5]
    undated = order[2:]
    central = centrality(arts)
    assert [central[i] for i in undated] == sorted((central[i] for i in undated), reverse=True)
    assert set(undated) == {0, 1, 2, 3, 4}


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(TEXTS))))
def test_order_and_stories_do_not_depend_on_the_input_order(perm: list[int]) -> None:
    arts = _articles()
    shuffled = [arts[i] for i in perm]
    assert [shuffled[i].id for i in batch_order(shuffled)] == [arts[i].id for i in batch_order(arts)]
    items = [AnalyzedArticle(a, Annotations(a.id)) for a in shuffled]
    stories = {frozenset(s.article_ids) for s in cluster_batch(items)}
    baseline = {frozenset(s.article_ids) for s in cluster_batch([AnalyzedArticle(a, Annotations(a.id))
                                                                  for a in arts])}
    assert stories == baseline


def test_a_batch_without_ties_is_ordered_by_time_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.group.batch_order as bo

    def never(_: object) -> list[float]:
        raise AssertionError("centrality is not needed without ties")

    monkeypatch.setattr(bo, "centrality", never)
    arts = _articles({i: f"2024-03-{10 - i:02d}" for i in range(len(TEXTS))})
    assert batch_order(arts) == list(range(len(TEXTS)))[::-1]
