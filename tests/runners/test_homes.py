"""Map pins set again across ingest runs once an outlet's home is learned or changes (runners/homes.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.runners.homes_data import ELSEWHERE, LOCAL

from newsweave.errors import StoreError
from newsweave.models import Article
from newsweave.runners import local
from newsweave.runners.executors import InlineExecutor
from newsweave.runners.homes import RunHomes, applied_homes, pin_again
from newsweave.runners.local import ingest_articles
from newsweave.runners.stream import ingest_stream
from newsweave.store import Store, open_store
from newsweave.store.base import PIN_HOMES_META_KEY

# Yesterday's run: the paper's bare "Alexandria" and one Louisiana story, too few to show its home.
YESTERDAY = [(LOCAL[3], "Velm Courier"), (LOCAL[0], "Velm Courier")]
YESTERDAY += [(t, "Norland Post") for t in ELSEWHERE]
# Today's: two more Louisiana stories, and the paper's home is learned.
TODAY = [(t, "Velm Courier") for t in LOCAL[1:3]]


def _articles(rows: list[tuple[str, str]], prefix: str) -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=t, outlet=o) for i, (t, o) in enumerate(rows)]


def _alexandria_in_louisiana(store: Store) -> bool:
    geo = next(e.geo for e in store.annotations("y0").entities if e.text == "Alexandria")
    return geo is not None and 29.0 < geo.lat < 33.1 and -94.1 < geo.lon < -88.8


def test_a_later_run_pins_again_what_an_earlier_run_stored_before_the_home_was_known(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "days.db")) as store:
        ingest_articles(store, _articles(YESTERDAY, "y"))
        assert not _alexandria_in_louisiana(store) and applied_homes(store) == {}
        ingest_articles(store, _articles(TODAY, "t"))
        assert _alexandria_in_louisiana(store)
        assert applied_homes(store)["velm courier"].startswith("US.")
        assert store.pin_sources_off_home("velm courier", applied_homes(store)["velm courier"], 10) == ()


def test_an_outlet_cut_short_is_taken_up_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(str(tmp_path / "cut.db")) as store:
        ingest_articles(store, _articles(YESTERDAY, "y"))
        monkeypatch.setattr(local, "pin_again", lambda store, run: 0)  # a run that stopped before its end
        ingest_articles(store, _articles(TODAY, "t"))
        assert not _alexandria_in_louisiana(store)
        assert pin_again(store, RunHomes(), limit=1) == 0  # one article moved (no pin changed), then cut
        assert "velm courier" not in applied_homes(store)
        assert pin_again(store, RunHomes()) == 1 and _alexandria_in_louisiana(store)
        assert "velm courier" in applied_homes(store)
        assert pin_again(store, RunHomes()) == 0  # nothing left to move


def test_a_stream_pins_again_what_an_earlier_run_stored(tmp_path: Path) -> None:
    def run(rows: list[tuple[str, str]], name: str) -> None:
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps({"id": f"{name[0]}{i}", "text": t, "outlet": o}) + "\n"
                                for i, (t, o) in enumerate(rows)), encoding="utf-8")
        with InlineExecutor() as executor:
            ingest_stream(store, [str(path)], executor, window=4)

    with open_store(str(tmp_path / "stream.db")) as store:
        run(YESTERDAY, "yesterday")
        assert not _alexandria_in_louisiana(store)
        run(TODAY, "today")
        assert _alexandria_in_louisiana(store)


def test_broken_applied_homes_are_a_store_error(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "broken.db")) as store:
        store.set_meta(PIN_HOMES_META_KEY, '{"velm courier": 3}')
        with pytest.raises(StoreError):
            applied_homes(store)
