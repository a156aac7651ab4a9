"""Average-linkage (UPGMA) clustering of a precomputed distance matrix, cut at a distance threshold.

The clusters are those of scikit-learn's ``AgglomerativeClustering(metric="precomputed", linkage="average",
distance_threshold=t)``: pairs of clusters are merged, closest average distance first, while that distance
is below ``t`` (average linkage has no inversions, so cutting the tree at ``t`` and stopping early agree).
A story's statements number in the hundreds, where this dense loop is quicker than importing scikit-learn;
larger inputs go to scikit-learn's heap-based implementation. Only exact ties may be broken differently.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

# Above this many items the O(n^3) dense loop would lose to scikit-learn's O(n^2 log n) one plus its import
# (measured here: 400 items, every merge made, 0.02 s; the cost grows with the cube).
DENSE_MAX_ITEMS = 400


def average_linkage(
    distance: NDArray[np.float64], threshold: float, clusters: int | None = None,
    apart: NDArray[np.bool_] | None = None,
) -> NDArray[np.int64]:
    """A cluster label per row: rows share a label when average linkage joins them below ``threshold``;
    with ``clusters``, merging also stops once that many clusters are left. ``apart`` marks pairs of rows
    that must never share a cluster: two clusters holding such a pair are not merged, however close their
    other rows bring them (a chain through a third row)."""
    n = distance.shape[0]
    if n <= 1:
        return np.zeros(n, dtype=np.int64)
    if n > DENSE_MAX_ITEMS:
        from sklearn.cluster import AgglomerativeClustering

        model = (AgglomerativeClustering(n_clusters=clusters, metric="precomputed", linkage="average")
                 if clusters is not None else AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
        ))
        labels = np.asarray(model.fit_predict(distance), dtype=np.int64)
        return labels if apart is None else _split_apart(distance, threshold, labels, apart)
    return _dense(distance, threshold, clusters, apart)


def _dense(distance: NDArray[np.float64], threshold: float, clusters: int | None,
           apart: NDArray[np.bool_] | None) -> NDArray[np.int64]:
    n = distance.shape[0]
    d = np.array(distance, dtype=np.float64)
    np.fill_diagonal(d, np.inf)
    blocked = np.zeros((n, n), dtype=bool) if apart is None else np.array(apart, dtype=bool)
    d[blocked] = np.inf
    size = np.ones(n)
    label = np.arange(n)
    alive = np.ones(n, dtype=bool)
    for _ in range(n - (clusters or 1)):
        flat = int(np.argmin(d))
        i, j = divmod(flat, n)
        if not d[i, j] < threshold:
            break
        if j < i:
            i, j = j, i
        # Cluster j joins cluster i; its average distance to every other cluster is the size-weighted mean.
        merged = (size[i] * d[i] + size[j] * d[j]) / (size[i] + size[j])
        blocked[i] |= blocked[j]
        blocked[:, i] = blocked[i]
        merged[blocked[i]] = np.inf
        d[i], d[:, i] = merged, merged
        d[j], d[:, j] = np.inf, np.inf
        d[i, i] = np.inf
        size[i] += size[j]
        alive[j] = False
        label[label == j] = i
    _, dense = np.unique(label, return_inverse=True)
    return np.asarray(dense, dtype=np.int64)


def _split_apart(distance: NDArray[np.float64], threshold: float, labels: NDArray[np.int64],
                 apart: NDArray[np.bool_]) -> NDArray[np.int64]:
    """The clusters of a large input that hold a pair kept ``apart``, clustered again alone under the
    constraint (scikit-learn's clustering takes none; such clusters are small)."""
    out = labels.copy()
    next_label = int(labels.max()) + 1 if len(labels) else 0
    for label in np.unique(labels):
        rows = np.flatnonzero(labels == label)
        if not apart[np.ix_(rows, rows)].any():
            continue
        sub = _dense(distance[np.ix_(rows, rows)], threshold, None, apart[np.ix_(rows, rows)])
        out[rows] = sub + next_label
        next_label += int(sub.max()) + 1
    return np.asarray(np.unique(out, return_inverse=True)[1], dtype=np.int64)
