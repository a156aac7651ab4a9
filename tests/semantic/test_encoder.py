"""The numpy encoder computes what sentence-transformers computes for all-MiniLM-L6-v2."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newsweave.semantic import encoder
from newsweave.semantic.encoder import BATCH_SIZE, load_encoder, sentence_similarity


@pytest.fixture(scope="module")
def model() -> encoder.SentenceEncoder:
    loaded = load_encoder()
    if loaded is None:
        pytest.skip("the encoder's weights are not installed")
    return loaded


@pytest.mark.parametrize(("first", "second", "published"), [
    ("A man is eating food.", "A man is eating a piece of bread.", 0.7553),
    ("The new movie is awesome", "The new movie is so great", 0.8939),
])
def test_the_published_example_pairs_score_as_published(
        model: encoder.SentenceEncoder, first: str, second: str, published: float) -> None:
    # The scores sentence-transformers' documentation prints for these pairs with all-MiniLM-L6-v2.
    sim = sentence_similarity([first, second])
    assert sim is not None
    assert sim[0, 1] == pytest.approx(published, abs=0.002)


def test_a_retelling_scores_above_a_sentence_on_the_same_names(model: encoder.SentenceEncoder) -> None:
    told = "Ferries were doubled at Velmora while the harbour bridge stayed shut."
    retold = "With the bridge closed, Velmora's ferry operator ran twice as many boats."
    other = "The mayor of Velmora opened a new library near the harbour bridge."
    sim = sentence_similarity([told, retold, other])
    assert sim is not None
    assert sim[0, 1] > sim[0, 2] + 0.1


def test_batching_by_length_keeps_each_sentence_its_own_vector(model: encoder.SentenceEncoder) -> None:
    texts = [("word " * (1 + (i * 7) % 40)).strip() + f" number {i}." for i in range(BATCH_SIZE + 5)]
    together = model.encode(texts)
    alone = np.vstack([model.encode([t]) for t in texts[:: BATCH_SIZE // 4]])
    assert np.allclose(together[:: BATCH_SIZE // 4], alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_nothing_to_encode_is_an_empty_matrix(model: encoder.SentenceEncoder) -> None:
    sim = sentence_similarity([])
    assert sim is not None and sim.shape == (0, 0)


def test_gelu_is_within_its_stated_error_of_the_exact_form() -> None:
    xs = np.linspace(-8, 8, 4001, dtype=np.float32)
    exact = np.array([0.5 * x * (1 + math.erf(x / math.sqrt(2))) for x in xs.tolist()], dtype=np.float32)
    assert np.abs(encoder._gelu(xs) - exact).max() < 5e-4
