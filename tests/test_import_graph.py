"""What each entry point imports: measured on the import graph of a fresh interpreter, never by time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sklearn", "scipy", "spacy", "fastapi", "datasketch", "trafilatura", "uvicorn", "psycopg")


def _loaded_after(statement: str, modules: tuple[str, ...] = HEAVY) -> set[str]:
    probe = (
        "import json, sys\n"
        f"{statement}\n"
        f"print(json.dumps(sorted(m for m in {list(modules)!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_cli_import_pulls_in_no_heavy_library() -> None:
    assert _loaded_after("import newsweave.cli") == set()


def test_pipeline_import_pulls_in_only_spacy() -> None:
    # A small `brief` needs spaCy; the story, duplicate and claim maths run on numpy alone.
    assert _loaded_after("import newsweave.pipeline") == {"spacy"}


@pytest.mark.parametrize("module", ["newsweave.weave.briefing", "newsweave.group.duplicates",
                                    "newsweave.group.stories"])
def test_weave_and_group_stages_skip_scikit_learn(module: str) -> None:
    assert not _loaded_after(f"import {module}") & {"sklearn", "scipy", "datasketch"}


def test_json_output_does_not_load_the_schema_validator() -> None:
    # Writing the contract never validates it; jsonschema (referencing, attrs) loads only for ``validate``.
    probe = "import sys\nimport newsweave.render.json\nprint('jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_spacy_loads_without_its_command_line() -> None:
    # spaCy's own CLI (weasel, requests, httpx, jinja2) is no part of a parse; a later import still gets it.
    cli_only = ("spacy.cli", "weasel", "requests", "httpx", "jinja2")
    assert _loaded_after("import newsweave.pipeline", cli_only) == set()
    later = "import newsweave.pipeline\nimport spacy\nimport spacy.cli.download\nassert spacy.info"
    assert _loaded_after(later, ("spacy.cli",)) == {"spacy.cli"}


def test_a_brief_to_a_file_loads_no_console_or_charset_detector(tmp_path: Path) -> None:
    # Rich only when something is styled on the terminal, charset detection only for non-UTF-8 bytes.
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("title: Bridge shut\n\nThe bridge was shut on Monday after a crash.\n",
                                 encoding="utf-8")
    argv = ["newsweave", "brief", str(story), "-f", "json", "-o", str(tmp_path / "o.json")]
    statement = (
        "from newsweave.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert _loaded_after(statement, ("rich", "charset_normalizer", "numpy.ma", "spacy.cli")) == set()
    assert (tmp_path / "o.json").is_file()
