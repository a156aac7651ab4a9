"""The CLI is thin: exit codes are mapped in one place and every command is documented."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from newsweave import errors
from newsweave.cli import EXIT_CODES, ExitCode, app, exit_code_for

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (errors.NoUsableInputError("nothing"), ExitCode.NO_USABLE_INPUT),
        (errors.EmptyInputError("a.txt", "empty"), ExitCode.INPUT),
        (errors.ModelError("no model"), ExitCode.MODEL),
        (errors.FetchError("refused"), ExitCode.FETCH),
        (errors.StoreError("locked"), ExitCode.STORE),
        (errors.ContractError("uncited"), ExitCode.ERROR),
    ],
)
def test_errors_map_to_documented_exit_codes(exc: errors.NewsweaveError, code: ExitCode) -> None:
    assert exit_code_for(exc) is code
    assert f"| {code.value} |" in README.read_text(encoding="utf-8")


def test_every_error_class_has_a_code_or_is_generic() -> None:
    mapped = {kind for kind, _ in EXIT_CODES}
    for name in dir(errors):
        kind = getattr(errors, name)
        if isinstance(kind, type) and issubclass(kind, errors.NewsweaveError):
            assert kind in mapped or any(issubclass(kind, m) for m in mapped) or kind in {
                errors.NewsweaveError,
                errors.ContractError,
            }, name


def test_every_command_is_documented_in_the_readme() -> None:
    command = typer.main.get_command(app)
    readme = README.read_text(encoding="utf-8")
    names = sorted(command.commands)  # type: ignore[attr-defined]
    assert "brief" in names
    for name in names:
        assert f"newsweave {name}" in readme, f"`newsweave {name}` is not in the README"


def test_store_commands_run_under_python_dash_m() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "newsweave.cli", "ingest", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "--workers" in done.stdout


def test_main_collects_rarely_and_freezes_the_heap_it_leaves_behind() -> None:
    import subprocess
    import sys

    probe = ("import gc, sys\nfrom newsweave.cli import GC_THRESHOLDS, main\n"
             "sys.argv = ['newsweave', '--help']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(gc.get_threshold() == GC_THRESHOLDS, gc.get_freeze_count() > 0)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "True True"


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("2", "2")])
def test_main_asks_for_one_blas_thread_unless_the_user_chose(given: str | None, expected: str) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    probe = ("import os, sys\nfrom newsweave.cli import main\n"
             "sys.argv = ['newsweave', '--help']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('numpy' in sys.modules, os.environ['OPENBLAS_NUM_THREADS'])")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert done.stdout.strip().splitlines()[-1] == f"False {expected}"


def test_brief_semantic_aligns_with_the_encoder(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from newsweave.semantic.weights import archive_path

    if archive_path() is None:
        pytest.skip("the encoder's weights are not installed")
    (tmp_path / "a.txt").write_text("title: Ferries doubled\n\nFerries were doubled at Velmora while the "
                                    "bridge stayed shut. The city council will meet on Friday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("title: More sailings\n\nVelmora's ferry operator put on twice as many "
                                    "sailings during the closure. Tolls on the ring road rose again.\n",
                                    encoding="utf-8")

    def claims(*flags: str) -> list[dict[str, object]]:
        command = [sys.executable, "-m", "newsweave.cli", "brief", str(tmp_path), "--format", "json", *flags]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        (briefing,) = json.loads(done.stdout)
        assert not any("sentence encoder" in w for w in briefing["diagnostics"]["warnings"])
        return list(briefing["claims"])

    def sources_of_ferries(found: list[dict[str, object]]) -> object:
        return next(c["sources"] for c in found if "erries" in str(c["text"]))

    assert sources_of_ferries(claims("--semantic")) == ["s1", "s2"]
    assert sources_of_ferries(claims()) == ["s1"]


def test_brief_semantic_with_weights_unlike_upstreams_stops_with_the_model_exit_code(tmp_path: Path) -> None:
    import subprocess
    import sys

    from newsweave.semantic.weights import archive_path

    if archive_path() is None:
        pytest.skip("the encoder's weights are not installed")
    (tmp_path / "a.txt").write_text("title: Bridge shut\n\nThe bridge was shut on Monday after a crash.\n",
                                    encoding="utf-8")
    probe = ("import sys\nimport newsweave.semantic.weights as w\n"
             "w.UPSTREAM_SHA256 = dict(w.UPSTREAM_SHA256, **{'config.json': '0' * 64})\n"
             "from newsweave.cli import main\n"
             f"sys.argv = ['newsweave', 'brief', {str(tmp_path)!r}, '--semantic', '--format', 'json']\n"
             "main()\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.returncode == ExitCode.MODEL.value == 5
    assert "Traceback" not in done.stderr
    assert "config.json does not match the upstream file" in done.stderr
