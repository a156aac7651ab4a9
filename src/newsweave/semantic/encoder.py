"""all-MiniLM-L6-v2 on numpy: WordPiece tokens in, one unit vector per sentence out.

The network is BERT (six layers, 384 wide, twelve heads); the sentence vector is the mean of the last
layer's token vectors, normalised, as sentence-transformers computes it. Written out here because the
published runtimes for it need a deep-learning framework, which the default install does not pull.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np

from newsweave.semantic.weights import EncoderConfig, EncoderWeights, archive_path, read_weights

# A statement is cut to this many word pieces. The model was trained on up to 128 (its card); a news
# sentence is 30-40 pieces, and attention's cost grows with the square of the longest one in a batch.
MAX_TOKENS = 128
# Sentences are encoded in batches of similar length (sorted first), so little of a batch is padding.
BATCH_SIZE = 32
# GELU in its tanh form, as the original BERT release computes it: within 5e-4 of the erf form the model
# was trained with, which moves cosines by at most 0.0012 (3,130 DUC 2003 tune statements), and eight times
# as fast in numpy, where the element-wise work of the 1,536-wide layer dominated the encoder's time.
_GELU_C = np.float32(math.sqrt(2.0 / math.pi))
_GELU_CUBIC = np.float32(0.044715)
_MASKED = np.float32(-1e9)


def _gelu(x: np.ndarray) -> np.ndarray:
    """0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), computed in place in one scratch array."""
    u = x * x
    u *= _GELU_CUBIC
    u += np.float32(1.0)
    u *= x
    u *= _GELU_C
    np.tanh(u, out=u)
    u += np.float32(1.0)
    u *= x
    u *= np.float32(0.5)
    return np.asarray(u)


class SentenceEncoder:
    def __init__(self, weights: EncoderWeights) -> None:
        from tokenizers import Tokenizer

        self._w = weights.tensors
        self._cfg: EncoderConfig = weights.config
        self._tokenizer = Tokenizer.from_str(weights.tokenizer_json)
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(min(MAX_TOKENS, self._cfg.max_positions))

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        centred = x - x.mean(-1, keepdims=True)
        var = (centred**2).mean(-1, keepdims=True)
        scaled = centred / np.sqrt(var + np.float32(self._cfg.layer_norm_eps))
        return np.asarray(scaled * self._w[name + ".weight"] + self._w[name + ".bias"])

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        shape = x.shape
        out = x.reshape(-1, shape[-1]) @ self._w[name + ".weight"].T + self._w[name + ".bias"]
        return np.asarray(out.reshape(*shape[:-1], -1))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w, cfg = self._w, self._cfg
        batch, length = ids.shape
        heads, width = cfg.heads, cfg.hidden // cfg.heads
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        blocked = ((np.float32(1.0) - mask) * _MASKED)[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(width))

        def split(t: np.ndarray) -> np.ndarray:  # (batch, length, hidden) -> (batch, heads, length, width)
            return t.reshape(batch, length, heads, width).transpose(0, 2, 1, 3)

        for layer in range(cfg.layers):
            p = f"encoder.layer.{layer}."
            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, cfg.hidden)
            x = self._norm(x + self._dense(attended, p + "attention.output.dense"),
                           p + "attention.output.LayerNorm")
            inner = _gelu(self._dense(x, p + "intermediate.dense"))
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), np.float32(1.0))
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, np.float32(1e-12)))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 vector per text, in the order given."""
        out = np.zeros((len(texts), self._cfg.hidden), dtype=np.float32)
        pieces = [self._tokenizer.encode(t).ids for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        for start in range(0, len(order), BATCH_SIZE):
            chunk = order[start : start + BATCH_SIZE]
            length = max(len(pieces[i]) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                ids[row, : len(pieces[i])] = pieces[i]
                mask[row, : len(pieces[i])] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out


@functools.lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder | None:
    """The encoder, loaded and checked once per process; None when its weights are not installed."""
    path = archive_path()
    return SentenceEncoder(read_weights(path)) if path is not None else None


def sentence_similarity(texts: Sequence[str]) -> np.ndarray | None:
    """Cosine similarity of every pair of texts, or None without the encoder's weights."""
    encoder = load_encoder()
    if encoder is None:
        return None
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = encoder.encode(texts)
    return np.asarray(vectors @ vectors.T)
