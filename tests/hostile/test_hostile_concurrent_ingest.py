"""Two ingests of one event into one store at the same time end in one story, not two parallel ones."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.store.conftest import _pg_schema_dsn

from newsweave.models import Article
from newsweave.runners import local
from newsweave.store import open_store

REPORTS = [
    ("Gazette", "A passenger ferry ran aground off Quenford on Monday, the coastguard said. All 212 "
                "passengers were taken ashore by lifeboats after the ferry struck a sandbank in fog."),
    ("Herald", "All 212 passengers of a ferry that ran aground off Quenford were rescued on Monday, the "
               "coastguard said. The ferry hit a sandbank in thick fog near the Quenford harbour."),
    ("Courier", "Lifeboats brought 212 passengers ashore after their ferry ran aground on a sandbank off "
                "Quenford in fog on Monday, according to the coastguard."),
    ("Post", "The Quenford ferry that ran aground in fog on Monday struck a sandbank, the coastguard said; "
             "all 212 passengers were taken off by lifeboats."),
]


def _articles(part: int) -> list[Article]:
    return [
        Article(id=f"f{i}", text=text, title="Ferry aground off Quenford", outlet=outlet,
                published=f"2031-06-0{i + 1}")
        for i, (outlet, text) in enumerate(REPORTS)
        if i % 2 == part
    ]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "c.db")
    else:
        yield from _pg_schema_dsn()


def test_concurrent_ingests_of_one_event_share_one_story(
    target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = target
    open_store(db).close()
    both_analysed = threading.Barrier(2, timeout=120)
    real = local.analyze_each

    def analyse_then_meet(batch: Any, **kwargs: Any) -> Any:
        out = real(batch, **kwargs)
        both_analysed.wait()  # neither assigns before the other has analysed: the racy window, forced
        return out

    monkeypatch.setattr(local, "analyze_each", analyse_then_meet)
    errors: list[BaseException] = []

    def ingest(part: int) -> None:
        try:
            with open_store(db) as store:
                local.ingest_articles(store, _articles(part))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(part,)) for part in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert not errors
    with open_store(db) as store:
        stories = store.stories()
        assert store.article_count() == 4
        assert [s.size for s in stories] == [4]
