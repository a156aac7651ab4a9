"""The Ray executor on a local two-CPU cluster: the same store as the in-process runner, and a worker killed
mid-run loses nothing. Skipped when the optional extra (newsweave[ray]) is not installed."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.runners.stream_data import snapshot, write_stream

from newsweave.runners import tasks
from newsweave.runners.executors import InlineExecutor
from newsweave.runners.stream import StreamProgress, ingest_stream
from newsweave.store import open_store

ray = pytest.importorskip("ray")

from newsweave.runners.ray_engine import RayExecutor  # noqa: E402  (needs ray)

N = 60
EXAMPLE_ARTICLES = 14  # examples/harbour-bridge: thirteen files, the JSONL one holding two articles
WINDOW = 16


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=128 * 2**20, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> list[str]:
    # the generated stream and the example story (.txt, .html and .jsonl, cleaned in the actors)
    return [*write_stream(tmp_path_factory.mktemp("ray-stream"), N), str(examples_dir / "harbour-bridge")]


@pytest.fixture(scope="module")
def local(stream: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    with open_store(str(tmp_path_factory.mktemp("local") / "local.db")) as store, InlineExecutor() as ex:
        ingest_stream(store, stream, ex, window=WINDOW, brief=True)
        return snapshot(store)


def test_ray_stores_exactly_what_the_local_runner_stores(
    cluster: None, stream: list[str], local: dict[str, object], tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "ray.db")) as store, RayExecutor(2, None, tasks.warm_up) as executor:
        report = ingest_stream(store, stream, executor, window=WINDOW, brief=True)
        assert report.stored == N + EXAMPLE_ARTICLES and set(report.briefed) == set(report.story_ids)
        assert snapshot(store) == local


def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(
    cluster: None, stream: list[str], local: dict[str, object], tmp_path: Path
) -> None:
    executor = RayExecutor(2, None, tasks.warm_up)
    victim = executor.pids()[0]  # waits for the actors to load their model

    class KillOnce(StreamProgress):
        killed = False

        def committed(self, stored: int, skipped: int) -> None:
            if not self.killed:
                os.kill(victim, signal.SIGKILL)  # tasks are in flight on both actors
                self.killed = True

    with open_store(str(tmp_path / "killed.db")) as store, executor:
        progress = KillOnce()
        report = ingest_stream(store, stream, executor, window=WINDOW, brief=True, progress=progress)
        assert progress.killed and victim not in executor.pids()  # the actor was restarted
        assert report.stored == store.article_count() == N + EXAMPLE_ARTICLES
        assert snapshot(store) == local


@pytest.mark.slow
def test_a_stream_of_two_thousand_articles_is_stored_identically(cluster: None, tmp_path: Path) -> None:
    inputs = write_stream(tmp_path / "big", 2000, shards=8, loose=20)
    # no briefings here: the generated events make three stories of ~670 articles each (the small stream
    # above checks briefings)
    with open_store(str(tmp_path / "local.db")) as store, InlineExecutor() as ex:
        ingest_stream(store, inputs, ex)
        expected = snapshot(store)
    with open_store(str(tmp_path / "ray.db")) as store, RayExecutor(2, None, tasks.warm_up) as executor:
        report = ingest_stream(store, inputs, executor)
        assert report.stored == 2000
        assert snapshot(store) == expected
