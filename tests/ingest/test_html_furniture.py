"""Page furniture that trafilatura drops is recorded in Article.removed (made-up pages)."""

from __future__ import annotations

from newsweave.ingest.article import to_article
from newsweave.ingest.html import MAX_REMOVED_CHARS, MAX_REMOVED_ITEMS, dropped_furniture
from newsweave.models import RawDocument

BODY = "".join(
    f"<p>The river authority in Dunmore said on Tuesday that flood defences number {i} had held overnight, "
    f"and that the water level was falling slowly along the whole of the eastern bank.</p>"
    for i in range(6)
)
PAGE = f"""<!doctype html><html><head><title>Flood defences hold in Dunmore | The Valley Post</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article><h1>Flood defences hold in Dunmore</h1>
<figure><img src="x.jpg">
<figcaption>Sandbags stacked outside the old mill on Monday evening.</figcaption></figure>
{BODY}
<aside class="related-stories"><ul><li><a href="/a">Storm closes coastal road</a></li></ul></aside>
</article></main>
<footer><p>© 2031 The Valley Post. All rights reserved.</p></footer>
<script>var tracking = "do not record me";</script>
</body></html>"""


def test_dropped_furniture_is_recorded_by_kind() -> None:
    article = to_article(RawDocument("page.html", html=PAGE))
    by_kind = {r.kind: r.text for r in article.removed}
    assert "Home" in by_kind["navigation"] and "Weather" in by_kind["navigation"]
    assert "The Valley Post. All rights reserved." in by_kind["boilerplate"]
    assert "Storm closes coastal road" in by_kind["related"]
    assert "Sandbags stacked" in by_kind["caption"]
    assert not any("tracking" in r.text for r in article.removed)
    assert "flood defences number 3" in article.text


def test_kept_text_and_title_are_not_recorded() -> None:
    article = to_article(RawDocument("page.html", html=PAGE))
    assert not any("water level was falling" in r.text for r in article.removed)
    assert not any(r.text == "Flood defences hold in Dunmore" for r in article.removed)


def test_menu_word_that_occurs_in_the_body_is_still_recorded() -> None:
    html = (
        "<html><body><nav><ul><li>Home</li><li>Dunmore</li></ul></nav>"
        "<p>Rain fell on Dunmore.</p></body></html>"
    )
    removed = dropped_furniture(html, "Rain fell on Dunmore.")
    assert [r.kind for r in removed] == ["navigation"]
    assert "Dunmore" in removed[0].text


def test_items_are_capped_in_size_and_count() -> None:
    long_footer = "<footer><p>" + "legal words " * 200 + "</p></footer>"
    menus = "".join(f'<div class="menu-{i}"><p>Section {i}</p></div><p>orphan {i}</p>' for i in range(50))
    html = f"<html><body>{menus}<p>Kept body.</p>{long_footer}</body></html>"
    removed = dropped_furniture(html, "Kept body.")
    assert len(removed) == MAX_REMOVED_ITEMS
    assert all(len(r.text) <= MAX_REMOVED_CHARS for r in removed)
    long_one = dropped_furniture(f"<html><body><p>Kept body.</p>{long_footer}</body></html>", "Kept body.")
    assert long_one[0].kind == "boilerplate" and long_one[0].text.endswith("…")
