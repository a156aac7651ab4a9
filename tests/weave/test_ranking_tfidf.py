"""The numpy TF-IDF equals scikit-learn's TfidfVectorizer(sublinear_tf=True) on the same analyzer."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from newsweave.lang.en.stems import terms
from newsweave.weave.ranking import tfidf

_WORDS = ["fire", "fires", "killed", "police", "hall", "the", "of", "city", "said", "60", "dance", "smoke"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join), min_size=1, max_size=12))
def test_same_cosines_as_scikit_learn(texts: list[str]) -> None:
    ours = tfidf(texts)
    try:
        theirs = TfidfVectorizer(analyzer=terms, sublinear_tf=True).fit_transform(texts).toarray()
    except ValueError:  # no content word anywhere
        assert not ours.any()
        return
    assert np.allclose(ours @ ours.T, theirs @ theirs.T, atol=1e-12)


def test_rows_are_unit_length_or_zero() -> None:
    rows = tfidf(["Police said the fire killed 60", "the of and", "Smoke filled the dance hall"])
    norms = np.linalg.norm(rows, axis=1)
    assert np.allclose(norms, [1.0, 0.0, 1.0])
