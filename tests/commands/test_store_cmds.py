"""`stories` and `diff` print machine-readable JSON with --format json; diff maps sources by article id;
`regroup` cuts the stories of a store filled before ingest runs did."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.render.briefing_sample import make_briefing
from tests.runners.regroup_data import ARVIK, BRISA, ferry_articles, one_story
from typer.testing import CliRunner

from newsweave.cli import app
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
