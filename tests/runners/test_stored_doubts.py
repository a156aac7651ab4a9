"""A stored story is briefed with the grouping's doubt that ``brief`` shows
(group/batch_pass.doubted_stories), read under the store's document frequencies: a story that may be two says
so in its warnings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest
from tests.runners.regroup_data import ARVIK, BRISA, ferry_articles, one_story

from newsweave.models import AnalyzedArticle
from newsweave.runners import stored_briefings
from newsweave.runners.local import ingest_articles
from newsweave.store import open_store

__all__ = ["one_story"]  # the fixture, used by name

Doubts = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


@pytest.mark.usefixtures("one_story")
def test_a_stored_story_the_grouping_doubts_warns_that_it_may_be_two(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    arvik, brisa = ferry_articles(ARVIK, "a"), ferry_articles(BRISA, "b")
    with open_store(str(tmp_path / "ferries.db")) as store:
        ingest_articles(store, arvik + brisa[:1])  # one story, too few reports to cut
        story_id = store.story_of("a0")
        assert story_id is not None
        quiet = stored_briefings.brief_story(store, story_id, keep=False)
        assert not any("may be two stories" in w for w in quiet.diagnostics.warnings)

        asked: list[list[str]] = []

        def doubting(groups: Mapping[str, list[str]], items: Sequence[AnalyzedArticle],
                     rank: Mapping[str, int], vector: Callable[[AnalyzedArticle], object],
                     similarity: Callable[[object, object], float]) -> Doubts:
            asked.append(sorted(rank, key=rank.__getitem__))
            vector(items[0])  # the store's document frequencies read the reports
            return {sid: (("a3", "a4"), ("a0", "a1", "a2")) for sid in groups}

        monkeypatch.setattr(stored_briefings, "SPLIT_MIN_HALF", 2)
        monkeypatch.setattr(stored_briefings, "doubted_stories", doubting)
        warned = stored_briefings.brief_story(store, story_id, keep=False)
        assert asked and set(asked[0]) == {"a0", "a1", "a2", "a3", "a4", "b0"}
        (warning,) = [w for w in warned.diagnostics.warnings if "may be two stories" in w]
        sid = {s.title: s.id for s in warned.sources}
        assert warning.startswith(f"{sid[arvik[3].title]}, {sid[arvik[4].title]} and {sid[arvik[0].title]}, "
                                  f"{sid[arvik[1].title]}, {sid[arvik[2].title]} may be two stories")
