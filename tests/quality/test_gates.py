"""The gates bite: in CI a missing evaluation folder fails the quality gate instead of skipping it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import require_eval_data


@pytest.mark.parametrize("ci", ["true", "1"])
def test_missing_eval_data_fails_under_ci(ci: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="evaluation data is missing"):
        require_eval_data(tmp_path / "eval")


def test_missing_eval_data_skips_off_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_eval_data(tmp_path / "eval")
    (tmp_path / "eval").mkdir()
    assert require_eval_data(tmp_path / "eval") == tmp_path / "eval"
