"""The end-of-run pass over stored stories (runners/regroup.py): a story the online clusterer let take in a
second event of one kind is cut in two when the run ends, and the halves are kept apart afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.runners.regroup_data import ARVIK, BRISA, ferry_articles, one_story

from newsweave.group import stories as stories_module
from newsweave.group.stories import OnlineClusterer
from newsweave.models import Annotations, Article
from newsweave.runners.executors import InlineExecutor
from newsweave.runners.local import ingest_articles
from newsweave.runners.regroup import regroup
from newsweave.runners.stream import ingest_stream
from newsweave.store import Store, open_store
from newsweave.store.base import DF_META_KEY, StoryChanges

__all__ = ["one_story"]  # the fixture, used by name


def _stories(store: Store, ids: list[str]) -> set[str | None]:
    return {store.story_of(i) for i in ids}


@pytest.mark.usefixtures("one_story")
def test_a_story_of_two_events_is_cut_when_the_run_ends(tmp_path: Path) -> None:
    arvik, brisa = ferry_articles(ARVIK, "a"), ferry_articles(BRISA, "b")
    with open_store(str(tmp_path / "ferries.db")) as store:
        # Yesterday's run: the Arvik reports and the first Brisa report, one story (too few to cut).
        first = ingest_articles(store, arvik + brisa[:1])
        assert first.split == 0 and len(_stories(store, [a.id for a in arvik + brisa[:1]])) == 1
        # Today's: the rest of Brisa joins it, and the end of the run cuts the story in two.
        report = ingest_articles(store, brisa[1:])
        assert report.split == 1
        a_story, b_story = _stories(store, [a.id for a in arvik]), _stories(store, [b.id for b in brisa])
        assert len(a_story) == len(b_story) == 1 and a_story != b_story
        assert set(report.story_ids) == a_story | b_story
        (kept,) = a_story
        (cut,) = b_story
        assert kept == "st-a0" and cut == "st-b0"
        assert ("split", cut) in [(e.kind, e.other_story_id) for e in store.story_events(kept)]
        sizes = {s.id: s.size for s in store.live_sketches()}
        assert sizes == {kept: 5, cut: 5}


@pytest.mark.usefixtures("one_story")
def test_the_halves_are_not_merged_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(str(tmp_path / "apart.db")) as store:
        ingest_articles(store, ferry_articles(ARVIK, "a") + ferry_articles(BRISA, "b"))
        assert store.story_of("a0") != store.story_of("b0")
        # A clusterer that would fold any two stories sharing a word into one.
        monkeypatch.setattr(stories_module, "MERGE_THRESHOLD", 0.0)
        monkeypatch.setattr(stories_module, "MERGE_ENTITY_MIN", 0.0)
        monkeypatch.setattr(stories_module, "MERGE_COHESION_RATIO", 0.0)
        clusterer = OnlineClusterer(store.live_sketches(), store.get_meta(DF_META_KEY))
        late = Article(id="late", text="Ferry Arvik and ferry Brisa: Velm and Norland remember the wrecks.")
        assert clusterer.assign(late, Annotations("late")).merged == ()
        assert {"st-a0", "st-b0"} <= {lv.id for lv in clusterer.live}


def test_a_second_pass_changes_nothing(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "calm.db")) as store:
        report = ingest_articles(store, ferry_articles(ARVIK, "a") + ferry_articles(BRISA, "b"))
        before = store.live_sketches()
        again = regroup(store, report.story_ids)
        assert (again.split, again.moved, again.folded) == (0, 0, 0) and store.live_sketches() == before
        assert again.story_ids == report.story_ids


@pytest.mark.usefixtures("one_story")
def test_a_stream_cuts_its_stories_before_it_weaves_them(tmp_path: Path) -> None:
    path = tmp_path / "ferries.jsonl"
    rows = [{"id": a.id, "text": a.text, "title": a.title}
            for a in ferry_articles(ARVIK, "a") + ferry_articles(BRISA, "b")]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with open_store(str(tmp_path / "stream.db")) as store, InlineExecutor() as executor:
        report = ingest_stream(store, [str(path)], executor, window=4, brief=True)
        assert report.split == 1
        assert store.story_of("a0") != store.story_of("b0")
        assert set(report.briefed) == {store.story_of("a0"), store.story_of("b0")}


@pytest.mark.usefixtures("one_story")
def test_stories_kept_apart_stay_apart_when_too_few_reports_are_left_to_cut(tmp_path: Path) -> None:
    arvik, brisa = ferry_articles(ARVIK[:3], "a"), ferry_articles(BRISA[:3], "b")
    with open_store(str(tmp_path / "few.db")) as store:
        report = ingest_articles(store, arvik + brisa)
        assert report.story_ids == ("st-a0",)
        # As if an earlier pass had cut them and later moves had left three reports each.
        clusterer = OnlineClusterer(store.live_sketches(), store.get_meta(DF_META_KEY))
        kept = clusterer.rebuilt("st-a0", 1, [(a, store.annotations(a.id)) for a in arvik], ["st-b0"])
        cut = clusterer.rebuilt("st-b0", 9, [(b, store.annotations(b.id)) for b in brisa], ["st-a0"])
        store.regroup_stories(StoryChanges((kept, cut), tuple((b.id, "st-a0", "st-b0") for b in brisa),
                                           (("st-a0", "st-b0"),)))
        again = regroup(store, ("st-a0", "st-b0"))
        assert (again.split, again.moved, again.folded) == (0, 0, 0)
        assert {store.story_of(a.id) for a in arvik} == {"st-a0"}
        assert {store.story_of(b.id) for b in brisa} == {"st-b0"}


@pytest.mark.usefixtures("one_story")
def test_three_dated_reports_of_a_second_sinking_are_cut_from_a_stored_story(tmp_path: Path) -> None:
    import dataclasses

    arvik = ferry_articles(ARVIK, "a")
    brisa = [dataclasses.replace(b, published=f"2033-06-0{i + 1}")
             for i, b in enumerate(ferry_articles(BRISA[:3], "b"))]
    with open_store(str(tmp_path / "few.db")) as store:
        report = ingest_articles(store, arvik + brisa)
        assert report.split == 1
        few, rest = _stories(store, [b.id for b in brisa]), _stories(store, [a.id for a in arvik])
        assert len(few) == len(rest) == 1 and few != rest
    # undated, three reports are not shown to be one moment: they stay in the story
    with open_store(str(tmp_path / "undated.db")) as store:
        undated = [dataclasses.replace(b, published=None) for b in brisa]
        assert ingest_articles(store, arvik + undated).split == 0
        assert len(_stories(store, [a.id for a in arvik + undated])) == 1
