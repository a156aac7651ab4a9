"""Golden briefings of examples/: regenerated and compared, so every change to the output is a reviewed diff.

Rewrite them after an intended change with ``NEWSWEAVE_UPDATE_GOLDEN=1 pytest tests/render/test_golden.py``
and review ``git diff tests/golden``.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsweave.models import Briefing
from newsweave.render.json import to_json, validate

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "harbour-bridge.json"
DIFF_LINES = 120  # enough of the diff to see what moved without flooding the terminal


def _stable(obj: Any) -> Any:
    """Drop what varies from run to run or machine to machine: timings and absolute paths."""
    for briefing in obj if isinstance(obj, list) else [obj]:
        briefing["diagnostics"]["timings_ms"] = {}
        for source in briefing["sources"]:
            path = source.get("path")
            if path and Path(path).is_absolute():
                try:
                    source["path"] = Path(path).relative_to(ROOT).as_posix()
                except ValueError:
                    source["path"] = Path(path).name
    return obj


def test_examples_match_golden_briefing(examples_briefings: tuple[Briefing, ...]) -> None:
    produced = json.loads(to_json(examples_briefings))
    validate(produced)
    produced = _stable(produced)
    text = json.dumps(produced, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if os.environ.get("NEWSWEAVE_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    # A missing golden file is a failure: the test never blesses its own output.
    assert GOLDEN.exists(), f"{GOLDEN.relative_to(ROOT)} is missing; create it with NEWSWEAVE_UPDATE_GOLDEN=1"
    expected = GOLDEN.read_text(encoding="utf-8")
    if text != expected:
        diff = difflib.unified_diff(expected.splitlines(), text.splitlines(), "golden", "produced",
                                    lineterm="")
        shown = "\n".join(list(diff)[:DIFF_LINES])
        raise AssertionError(
            f"briefing of examples/ differs from {GOLDEN.relative_to(ROOT)}; if intended, rerun with "
            f"NEWSWEAVE_UPDATE_GOLDEN=1 and review the diff:\n{shown}"
        )


def test_a_missing_golden_file_fails_and_is_never_written(
    examples_briefings: tuple[Briefing, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "golden" / "harbour-bridge.json"
    monkeypatch.setattr(f"{__name__}.GOLDEN", missing)
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    monkeypatch.delenv("NEWSWEAVE_UPDATE_GOLDEN", raising=False)
    with pytest.raises(AssertionError, match="is missing"):
        test_examples_match_golden_briefing(examples_briefings)
    assert not missing.exists()
