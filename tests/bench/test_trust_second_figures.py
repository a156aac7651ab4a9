"""The two labellers' number contradictions judged against each other (bench/tasks/trust.labeller_conflicts),
on the made-up two-report storm story of figure_fixtures."""

from __future__ import annotations

from bench.tasks.trust import labeller_conflicts
from bench.trust.labels import parse_labels
from tests.bench.figure_fixtures import brief, labels

DOCS = ("APW-made-up.1", "NYT-made-up.2")
HEAD = {"cluster": "made-up", "split": "test"}


def _tally(first: bool, second: bool) -> tuple[int, int, int, int]:
    one, two = (parse_labels(labels(*DOCS, HEAD, contradiction)) for contradiction in (first, second))
    t = labeller_conflicts(one, two, (), brief(*DOCS, (), ()))
    return t.right, t.predicted, t.found, t.gold


def test_both_labellers_call_the_tolls_a_contradiction() -> None:
    assert _tally(True, True) == (1, 1, 1, 1)


def test_a_contradiction_only_the_second_labeller_lists_is_wrong_by_the_first() -> None:
    assert _tally(False, True) == (0, 1, 0, 0)


def test_a_contradiction_only_the_first_labeller_lists_is_not_found() -> None:
    assert _tally(True, False) == (0, 0, 0, 1)
