"""HTML reader: main text and metadata (title, date, site name, url) through trafilatura."""

from __future__ import annotations

from newsweave.errors import MalformedInputError
from newsweave.models import Metadata, RawDocument


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
    )
    return str(text), meta


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_html(item: str, html: str, url: str | None = None) -> RawDocument:
    return RawDocument(item=item, html=html, metadata=Metadata(url=url), path=item)
