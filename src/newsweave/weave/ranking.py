"""Sentence similarity and centrality for the summary: TF-IDF vectors of stemmed words (lang/en/stems.py),
LexRank.

Kept apart from summary.py so that the ranking maths (no records, no spans) can be tested and tuned alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from newsweave.lang.en.stems import terms

Matrix = NDArray[np.float64]

# LexRank (Erkan & Radev 2004): edges below this cosine are dropped; 0.1 is their recommended threshold and
# was also best of {0.05, 0.1, 0.2} on MultiLing 2011 English topics 1-5.
LEXRANK_THRESHOLD = 0.1
LEXRANK_DAMPING = 0.85
LEXRANK_ITERATIONS = 50


def tfidf(texts: Sequence[str]) -> Matrix:
    """L2-normalised TF-IDF rows (sentences as documents, sublinear tf). All-zero rows for empty texts.

    The same weights as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (smoothed idf, l2 rows), in
    numpy: a story's few hundred sentences don't need the sparse machinery, and importing it costs a second.
    """
    if not texts:
        return np.zeros((0, 0))
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(t, len(vocabulary)) for t in terms(text)] for text in texts]
    if not vocabulary:  # every text is empty of content words
        return np.zeros((len(texts), 1))
    counts = np.zeros((len(texts), len(vocabulary)))
    for i, row in enumerate(rows):
        np.add.at(counts[i], row, 1.0)
    present = counts > 0
    weights = np.where(present, 1.0 + np.log(np.where(present, counts, 1.0)), 0.0)
    df = present.sum(axis=0)
    weights *= np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    normalised: Matrix = np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
    return normalised


def cosine(vectors: Matrix) -> Matrix:
    """Pairwise cosine of L2-normalised rows."""
    return vectors @ vectors.T


def lexrank(similarity: Matrix, threshold: float = LEXRANK_THRESHOLD) -> Matrix:
    """Stationary distribution of the thresholded similarity graph (PageRank with uniform teleport)."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    adjacency = (similarity >= threshold).astype(np.float64)
    np.fill_diagonal(adjacency, 1.0)
    transition = adjacency / adjacency.sum(axis=1, keepdims=True)
    scores = np.full(n, 1.0 / n)
    for _ in range(LEXRANK_ITERATIONS):
        updated: Matrix = (1 - LEXRANK_DAMPING) / n + LEXRANK_DAMPING * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-9:
            return updated
        scores = updated
    return scores


def scaled(values: Matrix) -> Matrix:
    """Values divided by their maximum (all zeros stay zeros)."""
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values
