"""`stories` and `diff` print machine-readable JSON with --format json; diff maps sources by article id and
lists those gone to another story; `regroup` cuts the stories of a store filled before ingest runs did, and
`history` shows it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.render.briefing_sample import make_briefing
from tests.runners.regroup_data import ARVIK, BRISA, ferry_articles, one_story
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.errors import StoreError
from newsweave.runners.local import ingest
from newsweave.runners.stored_briefings import diff_briefings
from newsweave.store import open_store

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["one_story"]  # the fixture, used by name


def test_stories_and_diff_as_json(tmp_path: Path) -> None:
    db = str(tmp_path / "nw.db")
    with open_store(db) as store:
        ingest(store, [str(ROOT / "examples" / "harbour-bridge")])
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.stdout)
    assert isinstance(stories, list) and stories
    story = stories[0]
    assert set(story) == {"id", "title", "first_published", "last_published", "articles"}
    first = runner.invoke(app, ["diff", "--story", story["id"], "--db", db, "--format", "json"])
    assert first.exit_code == 0, first.output
    d = json.loads(first.stdout)
    assert d["story_id"] == story["id"] and d["since_version"] is None
    assert len(d["new_sources"]) == story["articles"]
    with open_store(db) as store:
        members = set(store.story_articles(story["id"]))
    assert {s["article_id"] for s in d["new_sources"]} == members
    again = json.loads(runner.invoke(app, ["diff", "--story", story["id"], "--db", db, "-f", "json"]).stdout)
    assert again["since_version"] == 1 and again["new_sources"] == [] and again["new_claims"] == []


def test_diff_matches_sources_by_article_id_not_text() -> None:
    old = make_briefing()
    # The same article re-cleaned (its text changed a little) is not a new source; another article is.
    edited = dataclasses.replace(old.sources[1], text=old.sources[1].text + " ")
    moved = dataclasses.replace(old.sources[2], article_id="a-other")
    new = dataclasses.replace(old, sources=(old.sources[0], edited, moved))
    d = diff_briefings("st", old, new, 1)
    assert d.new_article_ids == ("a-other",)


@pytest.mark.usefixtures("one_story")
def test_regroup_cuts_the_stories_of_a_store_filled_before_ingest_runs_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsweave.runners import local
    from newsweave.runners.regroup import RegroupReport

    db = str(tmp_path / "old.db")
    with monkeypatch.context() as before:  # an ingest of a version without the end-of-run pass
        before.setattr(local, "regroup", lambda store, ids: RegroupReport(0, 0, 0, tuple(ids)))
        with open_store(db) as store:
            local.ingest_articles(store, ferry_articles(ARVIK, "a") + ferry_articles(BRISA, "b"))
            assert store.story_of("a0") == store.story_of("b0")
    result = CliRunner().invoke(app, ["regroup", "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 story split in two" in result.output
    with open_store(db) as store:
        assert store.story_of("a0") != store.story_of("b0")
    again = CliRunner().invoke(app, ["regroup", "--db", db])
    assert "0 stories split in two, 0 report(s) moved" in again.output


def test_diff_lists_the_sources_that_left_the_story() -> None:
    old = make_briefing()
    new = dataclasses.replace(old, sources=old.sources[:2])
    d = diff_briefings("st", old, new, 1)
    assert d.gone_article_ids == (old.sources[2].article_id,) and not d.empty
    assert diff_briefings("st", old, old, 1).gone_sources == ()


@pytest.mark.usefixtures("one_story")
def test_diff_and_history_show_what_the_end_of_run_pass_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsweave.runners import local
    from newsweave.runners.regroup import RegroupReport

    db = str(tmp_path / "cut.db")
    with monkeypatch.context() as before:  # two ferry sinkings in one story, as a store without the pass kept
        before.setattr(local, "regroup", lambda store, ids: RegroupReport(0, 0, 0, tuple(ids)))
        with open_store(db) as store:
            local.ingest_articles(store, ferry_articles(ARVIK, "a") + ferry_articles(BRISA, "b"))
            story = store.story_of("a0")
    assert story is not None
    runner = CliRunner()
    assert runner.invoke(app, ["diff", "--story", story, "--db", db, "-f", "json"]).exit_code == 0
    assert runner.invoke(app, ["regroup", "--db", db]).exit_code == 0
    with open_store(db) as store:
        cut = {store.story_of("a0"), store.story_of("b0")} - {story}
    assert len(cut) == 1
    d = json.loads(runner.invoke(app, ["diff", "--story", story, "--db", db, "-f", "json"]).stdout)
    gone = d["gone_sources"]
    assert gone and {g["now_in"] for g in gone} == cut
    text = runner.invoke(app, ["diff", "--story", story, "--db", db])
    assert "sources gone to another story: 0" in text.output  # a second diff: nothing new since
    history = runner.invoke(app, ["history", "--story", story, "--db", db])
    assert history.exit_code == 0, history.output
    assert f"story {cut.pop()} cut off from it" in history.output and "joined" in history.output
    events = json.loads(runner.invoke(app, ["history", "--story", story, "--db", db, "-f", "json"]).stdout)
    kinds = [e["kind"] for e in events]
    assert kinds[0] == "created" and "split" in kinds
    missing = runner.invoke(app, ["history", "--story", "st-none", "--db", db])
    assert isinstance(missing.exception, StoreError) and "no story st-none" in str(missing.exception)
