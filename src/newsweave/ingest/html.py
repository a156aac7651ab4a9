"""HTML reader: main text and metadata (title, date, site name, url, author) through trafilatura."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.errors import MalformedInputError
from newsweave.models import Metadata, RawDocument, Removed
from newsweave.models.article import RemovedKind

# Caps on what is recorded of the dropped page furniture: a mega-menu or a comment thread must not swamp the
# briefing's sources. 300 characters keep a footer or a related-links list readable; 20 items cover the
# header, menus, asides and footer of the example and seed pages with room to spare.
MAX_REMOVED_CHARS = 300
MAX_REMOVED_ITEMS = 20
_BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "dd", "dt", "td", "th", "pre",
    "address", "div", "section", "nav", "header", "footer", "aside", "ul", "ol", "dl", "table", "form",
    "article", "main", "figure",
})
# A block shorter than this counts as kept only when it is a whole line of the extracted text: a menu item
# ("Scotland") is not kept just because the word occurs in the article (calibrated on the example pages).
MIN_SUBSTRING_MATCH = 30
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
# class/id/role words that say what a container is; checked from the block outwards, first match wins.
_MARKERS: tuple[tuple[RemovedKind, re.Pattern[str]], ...] = (
    ("caption", re.compile(r"caption", re.I)),
    ("related", re.compile(r"related|read-?more|more-stories|recommended|trending|popular", re.I)),
    ("boilerplate", re.compile(r"footer|copyright|contentinfo|legal|newsletter|social|share", re.I)),
    ("navigation", re.compile(r"\bnav|menu|breadcrumb|masthead|signin|login|banner|skip", re.I)),
)
_TAG_KINDS: dict[str, RemovedKind] = {
    "figcaption": "caption", "nav": "navigation", "menu": "navigation", "footer": "boilerplate",
    "aside": "related",
}
_SPACE = re.compile(r"\s+")

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def extract_html(item: str, html: str, url: str | None = None) -> tuple[str, Metadata]:
    """The article text of an HTML page and the metadata trafilatura finds in it.

    Raises MalformedInputError when no article text can be found (truncated, empty or non-article pages).
    """
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_recall=True,
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # lxml/trafilatura internals
        raise MalformedInputError(item, f"unreadable HTML ({type(exc).__name__})") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not str(text).strip():
        raise MalformedInputError(item, "no article text found in the HTML")
    meta = Metadata(
        title=_str_or_none(getattr(doc, "title", None)),
        url=_str_or_none(getattr(doc, "url", None)) or url,
        outlet=_str_or_none(getattr(doc, "sitename", None)),
        published=_str_or_none(getattr(doc, "date", None)),
        language=_str_or_none(getattr(doc, "language", None)),
        author=_str_or_none(getattr(doc, "author", None)),
    )
    return str(text), meta


def dropped_furniture(html: str, kept: str, title: str | None = None) -> tuple[Removed, ...]:
    """The page text the extraction dropped (menus, header, footer, related links, captions), as Removed.

    Leaf blocks of the body whose text is not in ``kept`` (the extracted text) are recorded, consecutive ones
    of the same kind and container merged, so nothing is lost silently. The page title is not recorded.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):  # extraction already succeeded: nothing more to record
        return ()
    body = root.find("body")
    if body is None:
        return ()
    kept_norm = _norm(kept)
    kept_lines = {_norm(line) for line in kept.splitlines()}
    title_norm = _norm(title or "")
    groups: list[tuple[RemovedKind, object, list[str]]] = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS or _skipped(el) or _has_block_child(el):
            continue
        text = _norm(el.text_content())
        if not text or _kept(text, kept_lines, kept_norm) or (title_norm and text in title_norm):
            continue
        kind, container = _classify(el)
        if groups and groups[-1][0] == kind and groups[-1][1] is container:
            groups[-1][2].append(text)
        else:
            groups.append((kind, container, [text]))
    out = []
    for kind, _, texts in groups[:MAX_REMOVED_ITEMS]:
        joined = " · ".join(texts)
        if len(joined) > MAX_REMOVED_CHARS:
            joined = joined[: MAX_REMOVED_CHARS - 1].rstrip() + "…"
        out.append(Removed(kind, joined))
    return tuple(out)


def _kept(text: str, kept_lines: set[str], kept_norm: str) -> bool:
    return text in kept_lines or (len(text) >= MIN_SUBSTRING_MATCH and text in kept_norm)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _skipped(el: HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _SKIP_TAGS for a in el.iterancestors())


def _has_block_child(el: HtmlElement) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants())


def _classify(el: HtmlElement) -> tuple[RemovedKind, object]:
    """The kind of the nearest marked container (self included), and that container; else boilerplate."""
    for node in (el, *el.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _TAG_KINDS:
            return _TAG_KINDS[tag], node
        # a page header is navigation; a header inside the article holds its headline and byline
        if tag == "header" and not any(a.tag in ("article", "main") for a in node.iterancestors()):
            return "navigation", node
        marks = " ".join(node.get(a, "") for a in ("class", "id", "role"))
        if marks.strip():
            for kind, pattern in _MARKERS:
                if pattern.search(marks):
                    return kind, node
    return "boilerplate", el.getparent()  # bylines, sign-in links, stray page text: furniture all the same


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_html(item: str, html: str, url: str | None = None) -> RawDocument:
    return RawDocument(item=item, html=html, metadata=Metadata(url=url), path=item)
