"""Average linkage in numpy gives scikit-learn's clusters (the claim alignment was tuned on those)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.cluster import AgglomerativeClustering

from newsweave.group import linkage
from newsweave.group.linkage import average_linkage


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    n = len(a)
    return all((a[i] == a[j]) == (b[i] == b[j]) for i in range(n) for j in range(n))


def _sklearn(distance: np.ndarray, threshold: float) -> np.ndarray:
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=threshold)
    return np.asarray(model.fit_predict(distance))


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(2, 40), threshold=st.floats(0.05, 0.95))
def test_matches_scikit_learn_on_tie_free_distances(seed: int, n: int, threshold: float) -> None:
    points = np.random.default_rng(seed).random((n, 3))
    distance = np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1))
    distance /= distance.max()
    assert _same_partition(average_linkage(distance, threshold), _sklearn(distance, threshold))


def test_threshold_is_exclusive_and_labels_are_dense() -> None:
    distance = np.array([[0.0, 0.2, 0.9], [0.2, 0.0, 0.9], [0.9, 0.9, 0.0]])
    assert average_linkage(distance, 0.2).tolist() == [0, 1, 2]  # 0.2 is not below 0.2
    labels = average_linkage(distance, 0.5)
    assert labels[0] == labels[1] != labels[2]
    assert sorted(set(labels.tolist())) == [0, 1]


def test_average_not_single_linkage() -> None:
    # a-b close, c close to b only: single linkage would chain all three, average linkage keeps c apart.
    distance = np.array([[0.0, 0.1, 0.9], [0.1, 0.0, 0.3], [0.9, 0.3, 0.0]])
    labels = average_linkage(distance, 0.5)
    assert labels[0] == labels[1] != labels[2]


def test_large_inputs_fall_back_to_scikit_learn(monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(linkage, "DENSE_MAX_ITEMS", 3)
    try:
        points = np.random.default_rng(1).random((12, 2))
        distance = np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1))
        assert _same_partition(average_linkage(distance, 0.3), _sklearn(distance, 0.3))
    finally:
        mp.undo()


def test_rows_kept_apart_never_share_a_cluster_even_through_a_third() -> None:
    # a and b are each close to c: unconstrained, the three are one cluster.
    distance = np.array([[0.0, 0.6, 0.1], [0.6, 0.0, 0.1], [0.1, 0.1, 0.0]])
    assert len(set(average_linkage(distance, 0.5).tolist())) == 1
    apart = np.zeros((3, 3), dtype=bool)
    apart[0, 1] = apart[1, 0] = True
    labels = average_linkage(distance, 0.5, apart=apart)
    assert labels[0] != labels[1] and labels[2] in (labels[0], labels[1])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(2, 30), threshold=st.floats(0.05, 0.95),
       dense_max=st.sampled_from([3, 400]))
def test_no_cluster_holds_a_pair_kept_apart(seed: int, n: int, threshold: float, dense_max: int) -> None:
    rng = np.random.default_rng(seed)
    points = rng.random((n, 3))
    distance = np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1))
    distance /= distance.max() or 1.0
    apart = rng.random((n, n)) < 0.1
    apart = apart | apart.T
    np.fill_diagonal(apart, False)
    mp = pytest.MonkeyPatch()
    mp.setattr(linkage, "DENSE_MAX_ITEMS", dense_max)  # both the numpy loop and the large-input path
    try:
        labels = average_linkage(distance, threshold, apart=apart)
    finally:
        mp.undo()
    assert not any(labels[i] == labels[j] for i, j in zip(*np.nonzero(apart), strict=True))
