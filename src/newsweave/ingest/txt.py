"""Plain-text reader with optional leading header lines: ``title:``, ``url:``, ``outlet:``, ``date:``,
``author:`` (or ``by:``, ``byline:``)."""

from __future__ import annotations

import re

from newsweave.models import Metadata, RawDocument

# A header line is "key: value" with a known key; the header block ends at the first other line.
_HEADER_RE = re.compile(
    r"^\s*(title|url|outlet|source|date|published|language|lang|id|author|byline|by)\s*:\s*(.*?)\s*$", re.I)
_KEY_TO_FIELD = {
    "title": "title", "url": "url", "outlet": "outlet", "source": "outlet", "date": "published",
    "published": "published", "language": "language", "lang": "language", "id": "id", "author": "author",
    "byline": "author", "by": "author",
}


def split_header(text: str) -> tuple[Metadata, str]:
    """Header fields and the body after them. Text without a header comes back unchanged."""
    fields: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    consumed = 0
    for line in lines:
        if not line.strip():
            if fields:  # a blank line ends a header block; blank lines before it are skipped
                consumed += 1
                break
            consumed += 1
            continue
        match = _HEADER_RE.match(line)
        if match is None:
            break
        value = match.group(2)
        if value:
            fields.setdefault(_KEY_TO_FIELD[match.group(1).lower()], value)
        consumed += 1
    if not fields:
        return Metadata(), text
    meta = Metadata(
        id=fields.get("id"), title=fields.get("title"), url=fields.get("url"), outlet=fields.get("outlet"),
        published=fields.get("published"), language=fields.get("language"), author=fields.get("author"),
    )
    return meta, "".join(lines[consumed:])


def read_txt(item: str, text: str) -> RawDocument:
    meta, body = split_header(text)
    return RawDocument(item=item, text=body, metadata=meta, path=item)
