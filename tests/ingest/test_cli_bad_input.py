"""`newsweave brief` on bad inputs: a one-line error per file, exit 3 when nothing usable remains."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.cli import ExitCode


def run_brief(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsweave.cli", "brief", *args, "--format", "json"],
                          capture_output=True, text=True, timeout=120)


def test_all_inputs_bad_exits_3_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "lines.jsonl").write_text('{"text": \n', encoding="utf-8")
    proc = run_brief(str(tmp_path), str(tmp_path / "missing.txt"))
    assert proc.returncode == ExitCode.NO_USABLE_INPUT.value == 3
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    # every rejected input is named on its own line, then a count, then the one-line error
    rejected = [line for line in lines if line.startswith("rejected ")]
    assert len(rejected) == 5
    assert any("bin.txt: binary" in line for line in rejected)
    assert any("doc.pdf" in line and "unknown format" in line for line in rejected)
    assert lines[-1].startswith("newsweave: error: no usable article") and "(5 rejected)" in lines[-1]

@pytest.mark.slow
def test_one_good_input_among_bad_ones_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "Officials in the harbour town said on Monday that the storm had damaged forty boats.\n\n"
        "The harbour master said repairs would take the rest of the month.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_brief(str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "empty.txt" in proc.stderr and "1 input(s) rejected" in proc.stderr
    assert '"sources"' in proc.stdout
