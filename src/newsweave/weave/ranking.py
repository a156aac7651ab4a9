"""Sentence similarity and centrality for the summary: TF-IDF vectors of stemmed words, LexRank.

Kept apart from summary.py so that the ranking maths (no records, no spans) can be tested and tuned alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

Matrix = NDArray[np.float64]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# Longest first; a suffix is stripped only when a stem of at least MIN_STEM letters remains.
_SUFFIXES = (("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"),
             ("ousness", "ous"), ("ingly", ""), ("ments", "ment"), ("ities", "ity"), ("sses", "ss"),
             ("ies", "y"), ("ing", ""),
             ("edly", ""), ("ied", "y"), ("ed", ""), ("ly", ""), ("es", ""), ("s", ""))
MIN_STEM = 3
# LexRank (Erkan & Radev 2004): edges below this cosine are dropped; 0.1 is their recommended threshold and
# was also best of {0.05, 0.1, 0.2} on MultiLing 2011 English topics 1-5.
LEXRANK_THRESHOLD = 0.1
LEXRANK_DAMPING = 0.85
LEXRANK_ITERATIONS = 50


def stem(word: str) -> str:
    """A light suffix stripper: enough to match "fighters"/"fighter", "killed"/"kill" for similarity."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in _SUFFIXES:
        if suffix == "s" and w.endswith("ss"):
            continue
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM:
            return w[: -len(suffix)] + repl
    return w


def terms(text: str) -> list[str]:
    """Content-word stems of a text (stop words and numbers-only tokens dropped)."""
    out = []
    for w in _WORD.findall(text):
        low = w.casefold()
        if low in ENGLISH_STOP_WORDS or not any(c.isalpha() for c in low):
            continue
        out.append(stem(low))
    return out


def tfidf(texts: Sequence[str]) -> Matrix:
    """L2-normalised TF-IDF rows (sentences as documents, sublinear tf). All-zero rows for empty texts."""
    if not texts:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every text is empty of content words
        return np.zeros((len(texts), 1))
    return np.asarray(matrix.toarray(), dtype=np.float64)


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
