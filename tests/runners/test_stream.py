"""The streaming ingest: identical results on 1 and 2 workers, per-shard resume, a bounded pull of the stream,
per-item isolation in the worker tasks."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.runners.homes_data import ELSEWHERE, LOCAL
from tests.runners.stream_data import snapshot, write_stream

from newsweave.ingest.stream import list_shards, read_shard
from newsweave.models import Article, RawDocument, Rejection
from newsweave.runners import tasks
from newsweave.runners.executors import INFLIGHT_PER_WORKER, InlineExecutor, ProcessExecutor
from newsweave.runners.shards import MARKER_PREFIX
from newsweave.runners.stream import StreamProgress, ingest_stream
from newsweave.store import open_store

ROOT = Path(__file__).resolve().parents[2]
N = 60  # articles: 3 events x 6 towns, each pair recurring, over 3 JSONL shards and a folder of .txt files
WINDOW = 16  # small windows, so the stream spans several and a shard completes before the run ends


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_stream(tmp_path_factory.mktemp("stream"), N)


@pytest.fixture(scope="module")
def one_worker(stream: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    with open_store(str(db)) as store, InlineExecutor() as executor:
        report = ingest_stream(store, stream, executor, window=WINDOW, brief=True)
        assert report.stored == N and report.skipped == 1 and len(report.rejections) == 1
        assert report.rejections[0].item.endswith("shard-0.jsonl:2")
        assert len(report.story_ids) >= 3 and set(report.briefed) == set(report.story_ids)
        return snapshot(store)


def test_two_workers_store_exactly_what_one_worker_stores(
    stream: list[str], one_worker: dict[str, object], tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "two.db")) as store, ProcessExecutor(2, tasks.warm_up) as executor:
        report = ingest_stream(store, stream, executor, window=WINDOW, brief=True)
        assert report.stored == N
        assert snapshot(store) == one_worker  # same ids, stories, annotations, history and briefings


def test_completed_shards_are_skipped_unread_on_the_next_run(stream: list[str], tmp_path: Path) -> None:
    class Crash(Exception):
        pass

    class CrashAfterFirstShard(StreamProgress):
        def committed(self, stored: int, skipped: int) -> None:
            if marked(store):
                raise Crash

    def marked(store: object) -> int:
        return sum(1 for k in keys(store) if k.startswith(MARKER_PREFIX))

    def keys(store: object) -> list[str]:
        return [r[0] for r in store._query("SELECT key FROM meta")]  # type: ignore[attr-defined]

    with open_store(str(tmp_path / "crash.db")) as store, InlineExecutor() as executor:
        with pytest.raises(Crash):
            ingest_stream(store, stream, executor, window=WINDOW, progress=CrashAfterFirstShard())
        done_before, kept = marked(store), store.article_count()
        assert done_before >= 1 and 0 < kept < N
        report = ingest_stream(store, stream, executor, window=WINDOW)
        assert report.shards_skipped == done_before
        assert store.article_count() == N and len(set(store.article_ids())) == N
        assert report.stored == N - kept
        members = [a for s in store.stories() for a in store.story_articles(s.id)]
        assert sorted(members) == sorted(store.article_ids())
        again = ingest_stream(store, stream, executor, window=WINDOW)
        assert again.shards_skipped == again.shards == 9  # 3 JSONL shards and 6 loose .txt files
        assert again.stored == 0 and again.skipped == 0


def test_a_shard_without_a_usable_article_is_not_marked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "no text"}\n{broken\n', encoding="utf-8")
    with open_store(str(tmp_path / "bad.db")) as store, InlineExecutor() as executor:
        first = ingest_stream(store, [str(bad)], executor)
        second = ingest_stream(store, [str(bad)], executor)
    assert len(first.rejections) == len(second.rejections) == 2 and second.shards_skipped == 0


def test_a_changed_file_is_a_new_shard(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "One line about the Marrowby harbour."}) + "\n", encoding="utf-8")
    before = list_shards([str(tmp_path)])[0][0].fingerprint
    changed = json.dumps({"text": "Two lines about the Marrowby harbour wall."})
    path.write_text(changed + "\n", encoding="utf-8")
    path.write_text(changed + "\n", encoding="utf-8")
    assert list_shards([str(tmp_path)])[0][0].fingerprint != before


def test_shards_are_listed_in_order_and_missing_paths_rejected(tmp_path: Path) -> None:
    inputs = write_stream(tmp_path / "s", 12, shards=2, loose=2)
    shards, errors = list_shards([*inputs, str(tmp_path / "missing.jsonl")])
    assert [Path(s.path).name for s in shards] == ["000.txt", "001.txt", "shard-0.jsonl", "shard-1.jsonl"]
    assert [s.index for s in shards] == [0, 1, 2, 3]
    assert len(errors) == 1 and "no such file" in errors[0].reason
    first = next(iter(read_shard(shards[2])))
    assert isinstance(first, RawDocument) and first.item.endswith("shard-0.jsonl:1")


def test_executors_pull_the_stream_lazily_and_keep_order() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[tuple[int, int]]:
        for i in itertools.count():
            next(pulled)
            yield i, i

    with ProcessExecutor(2) as executor:
        got = list(itertools.islice(executor.map(abs, ((k, -v) for k, v in endless())), 20))
    assert got == [(i, i) for i in range(20)]
    assert next(pulled) <= 20 + 2 * INFLIGHT_PER_WORKER + 1  # never drained ahead: memory stays flat


def test_a_failing_item_becomes_a_rejection_and_the_chunk_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = tasks.to_article

    def flaky(raw: RawDocument) -> Article:
        if raw.item == "bad":
            raise RuntimeError("reader bug")
        return real(raw)

    monkeypatch.setattr(tasks, "to_article", flaky)
    text = "The {} report on the Quenford ferry timetable."
    raws = [RawDocument(item=i, text=text.format(i)) for i in ("a", "bad", "c")]
    out = tasks.clean_chunk(raws)
    assert [type(x) for x in out] == [Article, Rejection, Article]
    assert isinstance(out[1], Rejection) and "RuntimeError" in out[1].reason


def test_analysis_isolates_the_article_that_breaks_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.analyze.pipeline as pipeline

    articles = [a for a in tasks.clean_chunk(
        [RawDocument(item=i, text=f"Report {i}: the Dunmere bridge reopened on Monday.") for i in "xyz"]
    ) if isinstance(a, Article)]
    real = pipeline.analyze

    def fragile(batch: list[Article], n_process: int = 1) -> object:
        if any("Report y" in a.text for a in batch):
            raise ValueError("parser crash")
        return real(batch)

    monkeypatch.setattr(pipeline, "analyze", fragile)
    out = tasks.analyze_chunk(articles)
    assert [isinstance(x, Rejection) for x in out] == [False, True, False]
    assert out[0].article_id == articles[0].id  # type: ignore[union-attr]


def _session_members(sid: int) -> list[int]:
    """Processes still in session ``sid`` (the killed driver's workers and fork server would be)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:  # fields after the command: state, ppid, pgrp, session
            found.append(int(stat.parent.name))
    return found


def _committed(db: Path) -> int:
    """Articles committed so far, read without opening the store: no migration and no write lock that the
    running ingest would have to wait for (under load that wait let the run finish before the kill)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created or not migrated yet, or busy this instant
        return 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_two_worker_ingest_leaves_no_worker_behind_and_resumes(tmp_path: Path) -> None:
    inputs, db = write_stream(tmp_path / "s", 200, shards=1, loose=0), tmp_path / "kill.db"
    cmd = [sys.executable, "-c", "from newsweave.cli import main; main()", "ingest", *inputs, "--db", str(db),
           "--workers", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    stored, deadline = 0, time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None and stored < 16:
        time.sleep(0.2)
        stored = _committed(db)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 200, "the kill must land mid-run"
    deadline = time.monotonic() + 30
    while _session_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _session_members(proc.pid) == []  # workers and fork server went with their driver
    with open_store(str(db)) as store, InlineExecutor() as executor:
        kept = store.article_count()
        report = ingest_stream(store, inputs, executor)
        assert report.stored == 200 - kept and store.article_count() == 200
        assert len(set(store.article_ids())) == 200


def test_small_local_inputs_run_in_process_by_default() -> None:
    from newsweave.runners.executors import POOL_MIN_INPUT_BYTES, default_workers, local_cores

    assert default_workers(POOL_MIN_INPUT_BYTES - 1, has_urls=False) == 1
    assert default_workers(POOL_MIN_INPUT_BYTES, has_urls=False) == local_cores()
    assert default_workers(0, has_urls=True) == local_cores()  # feeds can be long: no size known up front


def test_ray_options_are_usage_errors_without_the_ray_engine_or_ray(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import newsweave.runners.ray_engine as ray_engine
    from newsweave.cli import app

    db = str(tmp_path / "x.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--address", "auto"]).exit_code == 2
    monkeypatch.setattr(ray_engine, "ray_available", lambda: False)
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--engine", "ray"]).exit_code == 2


def _alexandria_in_louisiana(rows: list[tuple[str, str]], tmp_path: Path) -> bool:
    """Whether the bare "Alexandria" is stored pinned in Louisiana after a stream in windows of four."""
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps({"text": t, "outlet": o}) + "\n" for t, o in rows), encoding="utf-8")
    with open_store(str(tmp_path / "homes.db")) as store, InlineExecutor() as executor:
        ingest_stream(store, [str(path)], executor, window=4)
        found = [e.geo for i in store.article_ids() for e in store.annotations(i).entities
                 if e.text == "Alexandria"]
    assert len(found) == 1 and found[0] is not None
    return 29.0 < found[0].lat < 33.1 and -94.1 < found[0].lon < -88.8


def test_a_stream_learns_a_papers_home_across_its_batches(tmp_path: Path) -> None:
    # As the local runner does (tests/runners/test_local.py): the paper's Louisiana stories in the first
    # window, its bare "Alexandria" in the second.
    rows = [(t, "Velm Courier") for t in LOCAL[:3]] + [(t, "Norland Post") for t in ELSEWHERE]
    assert _alexandria_in_louisiana([*rows, (LOCAL[3], "Velm Courier")], tmp_path)


def test_a_stream_pins_again_what_it_stored_before_the_papers_home_was_known(tmp_path: Path) -> None:
    rows = [(LOCAL[3], "Velm Courier")] + [(t, "Norland Post") for t in ELSEWHERE[:3]]
    rows += [(t, "Velm Courier") for t in LOCAL[:3]] + [(ELSEWHERE[3], "Norland Post")]
    assert _alexandria_in_louisiana(rows, tmp_path)
