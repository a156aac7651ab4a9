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
    distance: NDArray[np.float64], threshold: float, clusters: int | None = None
) -> NDArray[np.int64]:
    """A cluster label per row: rows share a label when average linkage joins them below ``threshold``;
    with ``clusters``, merging also stops once that many clusters are left."""
    n = distance.shape[0]
    if n <= 1:
        return np.zeros(n, dtype=np.int64)
    if n > DENSE_MAX_ITEMS:
        from sklearn.cluster import AgglomerativeClustering

        model = (AgglomerativeClustering(n_clusters=clusters, metric="precomputed", linkage="average")
                 if clusters is not None else AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
        ))
        return np.asarray(model.fit_predict(distance), dtype=np.int64)
    d = np.array(distance, dtype=np.float64)
    np.fill_diagonal(d, np.inf)
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
        d[i], d[:, i] = merged, merged
        d[j], d[:, j] = np.inf, np.inf
        d[i, i] = np.inf
        size[i] += size[j]
        alive[j] = False
        label[label == j] = i
    _, dense = np.unique(label, return_inverse=True)
    return np.asarray(dense, dtype=np.int64)
