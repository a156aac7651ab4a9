"""Two ferry sinkings of one kind, for tests of the end-of-run pass over stored stories (runners/regroup.py),
and a clusterer that lets one story take in both."""

from __future__ import annotations

import pytest

from newsweave.group import stories
from newsweave.models import Article

# Two sinkings of one kind, years apart, undated as scraped: one operator's ferries, each sinking told by its
# own people and places.
ARVIK = [
    "Ferry Arvik sinks in a storm off Velm. Captain Jon Varga said the ferry Arvik took water in the storm.",
    "Storm sinks ferry Arvik near Velm. Jon Varga, the Arvik captain, said waves broke over the ferry.",
    "Velm mourns the ferry Arvik. Divers searched the Arvik wreck as captain Jon Varga spoke to police.",
    "Arvik inquiry opens in Velm. Jon Varga told the inquiry the storm hit the ferry Arvik at night.",
    "Ferry Arvik wreck raised at Velm. Captain Jon Varga watched the Arvik hull rise after the storm.",
]
OPERATOR = "Kaldova Lines runs the ferry."
BRISA = [
    "Ferry Brisa sinks in fog off Norland. Pilot Kira Lund said the ferry Brisa struck a reef in the fog.",
    "Fog sinks ferry Brisa near Norland. Kira Lund, the Brisa pilot, said the reef tore the ferry open.",
    "Norland mourns the ferry Brisa. Divers searched the Brisa wreck as pilot Kira Lund spoke to police.",
    "Brisa inquiry opens in Norland. Kira Lund told the inquiry the fog hid the reef from the ferry Brisa.",
    "Ferry Brisa wreck raised at Norland. Pilot Kira Lund watched the Brisa hull rise from the reef.",
]


def ferry_articles(texts: list[str], prefix: str) -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=f"{t} {OPERATOR}", title=t.split(".")[0])
            for i, t in enumerate(texts)]


@pytest.fixture
def one_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """An online clusterer that lets every report join the story it resembles most (as an early report of
    another event of one kind can)."""
    monkeypatch.setattr(stories, "JOIN_THRESHOLD", 1e-9)
    monkeypatch.setattr(stories, "COHESION_RATIO", 0.0)
