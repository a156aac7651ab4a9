"""Renderer fixtures: a hand-built briefing, and the example story through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render.briefing_sample import make_briefing

from newsweave.models import Briefing

GOLDEN_SUMMARY_WORDS = 150  # the fixed configuration the golden briefings are made with


@pytest.fixture()
def briefing() -> Briefing:
    return make_briefing()


@pytest.fixture(scope="session")
def examples_briefings(examples_dir: Path) -> tuple[Briefing, ...]:
    """The example story through the whole pipeline, once per session (shared by several render tests)."""
    from newsweave.pipeline import brief_paths
    from newsweave.weave.briefing import WeaveOptions

    story = examples_dir / "harbour-bridge"
    if not story.is_dir():
        pytest.skip("examples/harbour-bridge is missing")
    return brief_paths([str(story)], WeaveOptions(summary_words=GOLDEN_SUMMARY_WORDS)).briefings
