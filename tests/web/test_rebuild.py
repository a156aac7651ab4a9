"""The background rebuild weaves with the options the server was started with: summary length and the
claim alignment path (``serve --semantic``), in the worker thread and in the child process alike."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.weave.briefing import WeaveOptions
from newsweave.web import rebuild
from newsweave.web.rebuild import BriefingWorker, RebuildOptions


def test_rebuild_options_give_the_weave_options() -> None:
    assert RebuildOptions().weave_options() == WeaveOptions(summary_words=150, alignment="lexical")
    semantic = RebuildOptions(summary_words=90, alignment="semantic")
    assert semantic.weave_options() == WeaveOptions(summary_words=90, alignment="semantic")


@pytest.mark.parametrize("alignment", ["lexical", "semantic"])
def test_the_child_process_is_told_the_alignment(monkeypatch: pytest.MonkeyPatch, alignment: str) -> None:
    seen: list[list[str]] = []

    class Child:
        returncode = 0

        def __init__(self, argv: list[str], **_: Any) -> None:
            seen.append(argv)

        def communicate(self, timeout: float | None = None) -> tuple[bytes, bytes]:
            return b"", b""

    monkeypatch.setattr("newsweave.web.rebuild.subprocess.Popen", Child)
    options = RebuildOptions(summary_words=80, alignment="semantic" if alignment == "semantic" else "lexical")
    worker = BriefingWorker("stories.db", lambda _: None, options)
    assert worker._build("st-1")
    assert seen[0][-3:] == ["st-1", "80", alignment]


def test_the_child_reads_the_alignment_from_its_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, RebuildOptions]] = []
    monkeypatch.setattr(rebuild, "rebuild_story", lambda target, sid, options: calls.append((sid, options)))
    monkeypatch.setenv("NEWSWEAVE_DB", "stories.db")
    assert rebuild.main(["st-1", "120", "semantic"]) == 0
    assert rebuild.main(["st-2", "120"]) == 0  # an older server's command line: wording alone
    assert [(sid, o.summary_words, o.alignment) for sid, o in calls] == [
        ("st-1", 120, "semantic"), ("st-2", 120, "lexical")]
