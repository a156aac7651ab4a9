"""The CLI on hostile names and targets: no Rich markup interpretation, no traceback, documented codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsweave.cli import ExitCode

GOOD = (
    "Officials in the harbour town said on Monday that the storm had damaged forty boats, "
    "and that repairs would take the rest of the month."
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "400"}
    env.pop("NEWSWEAVE_DEBUG", None)
    cli = str(Path(sys.executable).parent / "newsweave")  # the installed entry point
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=180, env=env, cwd=cwd)


def test_markup_in_file_names_and_urls_prints_literally(tmp_path: Path) -> None:
    (tmp_path / "[").mkdir()
    (tmp_path / "[" / "x].txt").write_bytes(b"")  # the path reads ".../[/x].txt"
    (tmp_path / "[bold red]x[").mkdir()
    (tmp_path / "[bold red]x[" / "].txt").write_bytes(b"\x00" * 64)
    proc = run("ingest", str(tmp_path), "http://[/x]:99999/", "http://a\tb.example/",
               "--db", str(tmp_path / "s.db"))
    assert "Traceback" not in proc.stderr and "MarkupError" not in proc.stderr
    assert f"rejected {tmp_path / '[/x].txt'}: empty file" in proc.stderr
    assert "[bold red]x[/].txt" in proc.stderr
    assert "http://[/x]:99999/" in proc.stderr and "\\t" in proc.stderr
    assert proc.returncode == ExitCode.NO_USABLE_INPUT.value


def test_refused_url_as_the_only_input_exits_6(tmp_path: Path) -> None:
    proc = run("ingest", "http://127.0.0.1:9/x", "--db", str(tmp_path / "s.db"))
    assert proc.returncode == ExitCode.FETCH.value == 6
    assert "refused" in proc.stderr and "Traceback" not in proc.stderr


def test_db_never_creates_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "no" / "such" / "dir" / "s.db"
    proc = run("stories", "--db", str(target))
    assert proc.returncode == ExitCode.STORE.value
    assert not (tmp_path / "no").exists()
    assert "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def test_error_message_with_markup_and_bidi_is_one_visible_line(tmp_path: Path) -> None:
    name = "[/x]\u202e.txt"
    proc = run("brief", str(tmp_path / name))
    assert proc.returncode == ExitCode.NO_USABLE_INPUT.value
    assert "[/x]\\u202e.txt" in proc.stderr and "\u202e" not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_usage_errors_exit_2_with_a_usage_line_never_an_internal_error(tmp_path: Path) -> None:
    # Typer parses with its own copy of click: its errors must map to the usage code like click's.
    for args in (("brief", str(tmp_path), "--format", "bogus"), ("brief", "--no-such-flag"),
                 ("ingest", str(tmp_path), "--semantic", "--db", str(tmp_path / "x.db")),
                 ("ingest", str(tmp_path), "--address", "ray://h:1", "--db", str(tmp_path / "x.db")), ()):
        proc = run(*args)
        assert proc.returncode == ExitCode.USAGE.value, args
        assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr, args
        assert "Usage:" in proc.stdout + proc.stderr, args
