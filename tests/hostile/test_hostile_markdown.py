"""Markdown output of hostile article text, rendered as CommonMark: no tag, no script link, text intact."""

from __future__ import annotations

import dataclasses
import re

from markdown_it import MarkdownIt
from tests.render.briefing_sample import TEXT1, make_briefing

from newsweave.render.markdown import to_markdown

EVIL = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) '
    "![p](http://track.example/p.png) **bold** &lt;b&gt; <http://auto.example/> "
)


def _html(md: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)


def test_article_text_cannot_inject_html_or_links() -> None:
    briefing = make_briefing(text1=EVIL + TEXT1, title="# <b>Title</b> [x](javascript:alert(4))")
    sources = tuple(
        dataclasses.replace(s, url="javascript:alert(5)", outlet=EVIL) if s.id == "s1" else s
        for s in briefing.sources
    )
    claims = tuple(dataclasses.replace(c, text=EVIL + c.text) for c in briefing.claims)
    entities = tuple(dataclasses.replace(e, name=EVIL) for e in briefing.entities)
    quotes = tuple(dataclasses.replace(q, text=EVIL, speaker=EVIL) for q in briefing.quotes)
    md = to_markdown([dataclasses.replace(briefing, sources=sources, claims=claims, entities=entities,
                                          quotes=quotes)])
    html = _html(md)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', html))
    assert re.findall(r"<a ", html) == []  # no link at all: the only URL is not http(s)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert "**bold**" in html and "&amp;lt;b&amp;gt;" in html
    assert html.startswith("<h1>") and "# &lt;b&gt;Title" in html.split("</h1>")[0]


def test_http_source_urls_are_autolinks() -> None:
    md = to_markdown([make_briefing()])
    assert "<https://wire.example/bridge>" in md
    assert '<a href="https://wire.example/bridge">' in _html(md)


def test_line_start_markers_stay_text() -> None:
    for title, tag in (("- listed", "<ul>"), ("1. numbered", "<ol>"), ("> quoted", "<blockquote>")):
        html = _html(to_markdown([make_briefing(title=title)]))
        assert tag not in html.split("<h2>")[0]
