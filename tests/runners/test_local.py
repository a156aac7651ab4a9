"""The ingest loop: resumable after a kill, idempotent, stable story ids (seeds, examples, seeds again)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.runners.homes_data import ELSEWHERE, LOCAL

from newsweave.geo.outlet_home import tally_from_state
from newsweave.models import Article
from newsweave.runners.local import ingest, ingest_articles
from newsweave.store import open_store
from newsweave.store.base import OUTLET_TALLY_META_KEY

ROOT = Path(__file__).resolve().parents[2]


def _write_stream(folder: Path, n: int) -> None:
    folder.mkdir()
    towns = ["Marrowby", "Stellburg", "Quenford", "Ashcombe"]
    for i in range(n):
        town = towns[i % len(towns)]
        (folder / f"{i:03d}.txt").write_text(
            f"Report {i} from {town}\n\nCouncil officials in {town} met on day {i} to discuss the {town} "
            f"harbour "
            f"repairs. Item {i} of the agenda was the budget for the {town} sea wall, officials said.\n",
            encoding="utf-8",
        )


# Enough articles for several committed batches, so the kill can land between two of them.
STREAM_SIZE = 120


def _stored(db: Path) -> int:
    """Articles committed so far, read without opening the store (no migration, no write lock to wait on)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created or not migrated yet, or busy this instant
        return 0


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    stream, db = tmp_path / "stream", tmp_path / "crash.db"
    _write_stream(stream, STREAM_SIZE)
    cmd = [
        sys.executable,
        "-c",
        "from newsweave.cli import main; main()",
        "ingest",
        str(stream),
        "--db",
        str(db),
        "--workers",
        "1",  # one article batch at a time, so the kill lands mid-run (test_stream kills a 2-worker run)
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored_before = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored_before = _stored(db)
        if stored_before >= 5:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored_before < STREAM_SIZE, "the kill must land mid-run"
    with open_store(str(db)) as store:
        kept = store.article_count()
        report = ingest(store, [str(stream)])
        assert report.skipped == kept and report.stored == STREAM_SIZE - kept
        assert store.article_count() == STREAM_SIZE
        assert len(set(store.article_ids())) == STREAM_SIZE
        members = [a for s in store.stories() for a in store.story_articles(s.id)]
        assert sorted(members) == sorted(store.article_ids())  # every article in exactly one story


def test_seeds_then_examples_then_seeds(tmp_path: Path, seeds_dir: Path, examples_dir: Path) -> None:
    with open_store(str(tmp_path / "accept.db")) as store:
        first = ingest(store, [str(seeds_dir)])
        assert first.stored == 5 and len(first.story_ids) == 1
        seeds_story = first.story_ids[0]
        second = ingest(store, [str(examples_dir / "harbour-bridge")])
        assert second.stored > 0 and len(second.story_ids) == 1 and second.story_ids[0] != seeds_story
        third = ingest(store, [str(seeds_dir)])
        assert third.stored == 0 and third.skipped == 5
        stories = store.stories()
        assert sorted(s.id for s in stories) == sorted([seeds_story, second.story_ids[0]])
        assert store.article_count() == 5 + second.stored
        assert store.story(seeds_story) is not None and store.story(seeds_story).size == 5  # type: ignore[union-attr]


def _alexandria_in_louisiana(texts: list[tuple[str, str]], db: Path) -> bool:
    """Whether the bare "Alexandria" is stored pinned in Louisiana after an ingest in batches of four."""
    articles = [Article(id=f"a{i}", text=t, outlet=o) for i, (t, o) in enumerate(texts)]
    with open_store(str(db)) as store:
        report = ingest_articles(store, articles, batch_size=4)
        assert report.stored == len(articles)
        assert tally_from_state(store.get_meta(OUTLET_TALLY_META_KEY)).pinned["velm courier"] == 4
        stored = store.stored_id(next(a for a in articles if "Alexandria" in a.text))
        assert stored is not None
        geo = next(e.geo for e in store.annotations(stored).entities if e.text == "Alexandria")
    return geo is not None and 29.0 < geo.lat < 33.1 and -94.1 < geo.lon < -88.8


def test_an_ingest_learns_a_papers_home_across_its_batches(tmp_path: Path) -> None:
    # The paper's three Louisiana stories come in the first batch, its bare "Alexandria" in the second: the
    # tally the store keeps carries the home over (a batch of four holds too few of the paper's stories).
    texts = [(t, "Velm Courier") for t in LOCAL[:3]] + [(t, "Norland Post") for t in ELSEWHERE]
    texts.append((LOCAL[3], "Velm Courier"))
    assert _alexandria_in_louisiana(texts, tmp_path / "homes.db")


def test_an_article_stored_before_its_papers_home_was_known_is_pinned_again(tmp_path: Path) -> None:
    # "Alexandria" first, with three stories of the other paper; the Louisiana stories in the next batch.
    texts = [(LOCAL[3], "Velm Courier")] + [(t, "Norland Post") for t in ELSEWHERE[:3]]
    texts += [(t, "Velm Courier") for t in LOCAL[:3]] + [(ELSEWHERE[3], "Norland Post")]
    assert _alexandria_in_louisiana(texts, tmp_path / "early.db")


def test_a_later_ingest_learns_the_home_the_store_kept(tmp_path: Path) -> None:
    # Yesterday's crawl held the paper's Louisiana stories; today's holds only its bare "Alexandria".
    first = [(t, "Velm Courier") for t in LOCAL[:3]] + [(t, "Norland Post") for t in ELSEWHERE]
    articles = [Article(id=f"a{i}", text=t, outlet=o) for i, (t, o) in enumerate(first)]
    today = Article(id="today", text=LOCAL[3], outlet="Velm Courier")
    with open_store(str(tmp_path / "days.db")) as store:
        ingest_articles(store, articles)
        assert ingest_articles(store, [today]).stored == 1
        geo = next(e.geo for e in store.annotations("today").entities if e.text == "Alexandria")
    assert geo is not None and 29.0 < geo.lat < 33.1 and -94.1 < geo.lon < -88.8
