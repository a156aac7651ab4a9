"""The encoder's weights: found without importing their package, and refused unless they are upstream's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from newsweave.errors import ModelError
from newsweave.semantic import weights
from newsweave.semantic.weights import UPSTREAM_SHA256, archive_path, read_weights


def test_no_installed_package_means_no_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weights, "MODEL_PACKAGE", "newsweave_no_such_encoder_package")
    assert archive_path() is None


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_a_file_that_is_not_upstreams_is_refused_by_name(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "model.zip", {name: b"not the upstream file" for name in UPSTREAM_SHA256})
    with pytest.raises(ModelError, match=r"does not match the upstream file"):
        read_weights(archive)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "model.zip", {"config.json": b"{}"})
    with pytest.raises(ModelError, match="missing from the installed weights"):
        read_weights(archive)


def test_a_broken_archive_is_one_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ModelError, match="cannot read"):
        read_weights(broken)


def test_the_installed_weights_are_upstreams() -> None:
    path = archive_path()
    if path is None:
        pytest.skip("the encoder's weights are not installed")
    loaded = read_weights(path)
    assert loaded.config.layers == 6 and loaded.config.hidden == 384 and loaded.config.heads == 12
    assert loaded.tensors["embeddings.word_embeddings.weight"].shape == (30522, 384)
