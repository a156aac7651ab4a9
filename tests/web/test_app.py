from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsweave.group.stories import OnlineClusterer
from newsweave.models import Annotations, Article, EntityMention, Span
from newsweave.store import open_store
from newsweave.web.app import WebSettings, create_app
from newsweave.web.views import article_parts, safe_href

KEY = "test-key-123"
EVIL = "Floods <script>alert(1)</script> hit Marrowby."


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = open_store(str(tmp_path / "web.db"))
    c = OnlineClusterer()
    text = EVIL + " The river Quell burst its banks on Tuesday."
    a = Article(
        id="a1",
        text=text,
        title="Floods <b>hit</b> Marrowby",
        outlet="Gazette",
        published="2030-03-01",
        url="javascript:alert(1)",
    )
    i = text.index("Marrowby")
    ann = Annotations(
        "a1", (Span("a1", 0, len(text)),), (EntityMention(Span("a1", i, i + 8), "Marrowby", "GPE"),)
    )
    store.commit_article(a, ann, c.assign(a, ann))
    with TestClient(create_app(WebSettings(api_key=KEY), store=store)) as tc:
        yield tc
    store.close()


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for path in ("/", "/api/v1/stories", "/articles/a1"):
        r = client.get(path)
        assert r.status_code == 200
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none' covers it
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_untrusted_text_is_escaped(client: TestClient) -> None:
    page = client.get("/articles/a1", params={"start": 0, "end": 6}).text
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert '<mark id="c0-6" class="cited">Floods</mark>' in page
    listing = client.get("/").text
    assert "<b>hit</b>" not in listing and "&lt;b&gt;hit&lt;/b&gt;" in listing


def test_story_list_filters(client: TestClient) -> None:
    assert [s["id"] for s in client.get("/api/v1/stories", params={"place": "marrowby"}).json()] == ["st-a1"]
    assert client.get("/api/v1/stories", params={"q": "Quell"}).json()[0]["size"] == 1
    assert client.get("/api/v1/stories", params={"outlet": "Herald"}).json() == []
    assert client.get("/api/v1/stories", params={"since": "2031-01-01"}).json() == []
    assert "st-a1" in client.get("/", params={"q": "river"}).text
    assert client.get("/api/v1/stories/nope").status_code == 404
    assert client.get("/api/v1/stories/st-a1").json()["article_ids"] == ["a1"]


def test_a_story_s_history(client: TestClient) -> None:
    events = client.get("/api/v1/stories/st-a1/history").json()
    assert [(e["kind"], e["article_id"], e["other_story"]) for e in events] == [("created", "a1", None)]
    assert client.get("/api/v1/stories/nope/history").status_code == 404


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/stories", "/api/v1/ingest", "/api/v1/articles/{article_id}",
            "/api/v1/stories/{story_id}/history"} <= set(spec["paths"])


def test_ingest_needs_the_api_key(client: TestClient) -> None:
    body = {
        "documents": [
            {
                "text": "A warehouse fire in Stellburg destroyed textile stock overnight.",
                "title": "Stellburg fire",
                "published": "2030-05-02",
            }
        ]
    }
    assert client.post("/api/v1/ingest", json=body).status_code == 401
    assert client.post("/api/v1/ingest", json=body, headers={"X-API-Key": "wrong"}).status_code == 401
    ok = client.post("/api/v1/ingest", json=body, headers={"X-API-Key": KEY})
    assert ok.status_code == 200 and ok.json()["stored"] == 1
    again = client.post("/api/v1/ingest", json=body, headers={"X-API-Key": KEY})
    assert again.json()["stored"] == 0 and again.json()["skipped"] == 1


def test_ingest_disabled_without_a_key(tmp_path: Path) -> None:
    with TestClient(create_app(WebSettings(db=str(tmp_path / "x.db")))) as tc:
        assert (
            tc.post("/api/v1/ingest", json={"documents": []}, headers={"X-API-Key": "x"}).status_code == 403
        )


def test_article_parts_and_safe_href() -> None:
    parts = article_parts("abcdef", [(1, 3), (2, 4), (10, 12)])
    assert [(p.text, p.mark) for p in parts] == [("a", False), ("bcd", True), ("ef", False)]
    assert (
        safe_href("javascript:alert(1)") is None and safe_href("https://x.example/") == "https://x.example/"
    )


def test_the_story_page_marks_an_opinion_piece(tmp_path: Path) -> None:
    from dataclasses import replace

    from newsweave.models import OpinionMark
    from newsweave.runners import stored_briefings

    store = open_store(str(tmp_path / "opinion.db"))
    c = OnlineClusterer()
    texts = ("The river Quell burst its banks on Tuesday, the mayor of Marrowby said. Two bridges closed.",
             "Marrowby was right to close two bridges when the river Quell burst its banks on Tuesday.")
    for i, (outlet, text) in enumerate(zip(("Gazette", "Courier"), texts, strict=True)):
        a = Article(id=f"a{i}", text=text, title="Quell floods", outlet=outlet, published="2030-03-01")
        ann = Annotations(a.id, (Span(a.id, 0, len(text)),))
        if i == 1:
            ann = replace(ann, opinion=OpinionMark("Opinion |", "title"))
        store.commit_article(a, ann, c.assign(a, ann))
    stored_briefings.brief_story(store, "st-a0")
    with TestClient(create_app(WebSettings(api_key=KEY), store=store)) as tc:
        page = tc.get("/stories/st-a0").text
        sources = tc.get("/api/v1/stories/st-a0/briefing").json()["sources"]
    store.close()
    assert page.count("opinion piece, not evidence") == 1
    assert [s["opinion"] for s in sources] == [False, True]


def test_a_story_whose_members_changed_at_the_same_size_is_rebuilt(tmp_path: Path) -> None:
    from typing import cast

    from newsweave.runners import stored_briefings
    from newsweave.store.pool import StorePool
    from newsweave.web.rebuild import BriefingWorker
    from newsweave.web.service import StoryService

    store = open_store(str(tmp_path / "moved.db"))
    c = OnlineClusterer()
    for aid, text in (("a1", "The river Quell burst its banks at Marrowby on Tuesday."),
                      ("a2", "Marrowby residents returned after the Quell flood."),
                      ("b1", "A warehouse fire in Stellburg destroyed textile stock.")):
        a = Article(id=aid, text=text, title=text, outlet="Gazette", published="2030-03-01")
        ann = Annotations(aid, (Span(aid, 0, len(text)),))
        store.commit_article(a, ann, c.assign(a, ann))
    flood = store.story_of("a1")
    assert flood is not None and store.story_of("a2") == flood != store.story_of("b1")
    stored_briefings.brief_story(store, flood)

    requested: list[str] = []

    class Worker:
        def request(self, story_id: str) -> None:
            requested.append(story_id)

    service = StoryService(StorePool.around(store, 1), cast(BriefingWorker, Worker()), 0.0)
    story = store.story(flood)
    assert story is not None and service.briefing_version(store, story) == 1 and requested == []
    # One report moved out and another in, as the store's end-of-run pass can: the size is the briefed one.
    from newsweave.store.base import StoryChanges

    fire = store.story_of("b1")
    sketches = (store.story_sketch(flood), store.story_sketch(fire or ""))
    assert fire is not None and None not in sketches
    store.regroup_stories(StoryChanges(tuple(s for s in sketches if s),
                                       (("a2", flood, fire), ("b1", fire, flood))))
    story = store.story(flood)
    assert story is not None and story.size == 2
    assert service.briefing_version(store, story) == 1 and requested == [flood]
    requested.clear()
    assert service.cached("json", story, lambda b: len(b.sources)) == 2 and set(requested) == {flood}
    # the story page tells the reader how the story changed shape
    with TestClient(create_app(WebSettings(api_key=KEY), store=store)) as tc:
        page = tc.get(f"/stories/{flood}").text
    assert "How this story changed" in page
    assert f'1 report(s) moved in from <a href="/stories/{fire}">' in page
    store.close()


def test_shape_changes_list_cuts_merges_and_moves_not_joins() -> None:
    from newsweave.store import StoryEvent
    from newsweave.web.views import shape_changes

    day = "2031-05-02T10:00:00+00:00"
    events = [StoryEvent("st-a", "created", None, "a1", day), StoryEvent("st-a", "joined", None, "a2", day),
              StoryEvent("st-a", "split", "st-b", None, day), StoryEvent("st-a", "moved", "st-c", "c1", day),
              StoryEvent("st-a", "moved", "st-c", "c2", day), StoryEvent("st-a", "merged", "st-d", "a3", day)]
    assert [(c.text, c.other) for c in shape_changes(events)] == [
        ("cut off as another event:", "st-b"), ("2 report(s) moved in from", "st-c"), ("took in", "st-d")]
