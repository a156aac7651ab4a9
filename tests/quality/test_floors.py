"""The CI quality gate: the fast subset of `make bench` must not drop under bench/floors.json.

Raising a floor is a normal commit; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path

import pytest
from bench.harness import BenchContext, Row
from bench.inputs import TASK_INPUTS, digest

FLOORS_FILE = Path(__file__).resolve().parents[2] / "bench" / "floors.json"


def _floors() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["floors"]
    return data


@cache
def _rows(task: str) -> tuple[Row, ...]:
    module = importlib.import_module(f"bench.tasks.{task}")
    return tuple(module.run(BenchContext(quick=True, peers=False)))


def _recorded_inputs() -> dict[str, str]:
    data: dict[str, str] = json.loads(FLOORS_FILE.read_text(encoding="utf-8")).get("inputs", {})
    return data


def test_every_floored_task_declares_and_records_its_inputs() -> None:
    missing = sorted(set(_floors()) - set(TASK_INPUTS)) + sorted(set(_floors()) - set(_recorded_inputs()))
    assert not missing, f"floored tasks without an input digest: {missing} (see bench/inputs.py)"


@pytest.mark.parametrize("task", sorted(_floors()))
def test_quality_stays_above_floor(task: str, eval_dir: Path) -> None:
    recorded = _recorded_inputs().get(task)
    assert recorded == digest(task, data=eval_dir), (
        f"{task}: its evaluation data changed since the floors were set; re-measure, then record it with "
        "`python -m bench.inputs --write`"
    )
    rows = {row.key: row for row in _rows(task)}
    failures = []
    for key, floor in _floors()[task].items():
        row = rows.get(key)
        if row is None:
            failures.append(f"{key}: no such figure (have {sorted(rows)})")
        elif row.newsweave < floor:
            failures.append(f"{key}: {row.newsweave:.4f} < floor {floor}")
    assert not failures, "quality dropped under its floor:\n" + "\n".join(failures)
