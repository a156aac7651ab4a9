"""JSONL reader: one article per line, ``text`` or ``html`` required; ``id``, ``title``, ``url``,
``outlet``, ``published`` (and ``language``, ``author``) optional. A bad line is rejected as ``path:line``;
the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from newsweave.errors import EmptyInputError, InputError, MalformedInputError, TooLargeInputError
from newsweave.ingest.encoding import decode_bytes
from newsweave.models import Metadata, RawDocument

_OPTIONAL = ("id", "title", "url", "outlet", "published", "language", "author")
MAX_NUMBER_DIGITS = 40  # a numeric id longer than this is not an id (an int-to-str of 5,000 digits is slow)


def parse_line(item: str, line: str) -> RawDocument:
    """One JSONL line as a RawDocument; raises MalformedInputError naming ``item`` (``path:line``)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(item, f"malformed JSON line ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise MalformedInputError(item, "JSON nested too deeply") from exc
    except ValueError as exc:  # in practice an integer over Python's 4,300-digit conversion limit
        detail = "a number too long to read" if "digits" in str(exc) else " ".join(str(exc).split())[:120]
        raise MalformedInputError(item, f"unreadable JSON value ({detail})") from exc
    if not isinstance(obj, dict):
        raise MalformedInputError(item, "a JSONL line must be an object")
    text, html = obj.get("text"), obj.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise MalformedInputError(item, "a JSONL line needs a non-empty 'text' or 'html' string")
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise MalformedInputError(item, f"field '{key}' must be a string")
        if isinstance(value, int) and abs(value) >= 10**MAX_NUMBER_DIGITS:
            raise MalformedInputError(item, f"field '{key}' is a number of over {MAX_NUMBER_DIGITS} digits")
        fields[key] = str(value).strip() or None if value is not None else None
    meta = Metadata(**fields)
    use_text = text if isinstance(text, str) and text.strip() else None
    use_html = html if use_text is None and isinstance(html, str) else None
    return RawDocument(item=item, text=use_text, html=use_html, metadata=meta, path=item.rsplit(":", 1)[0])


def read_jsonl(path: str, stream: BinaryIO, max_line_bytes: int) -> Iterator[RawDocument | InputError]:
    """Each usable line as a RawDocument, each bad one as an InputError value (not raised). Streams."""
    seen = 0
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen += 1
        item = f"{path}:{number}"
        if len(raw) > max_line_bytes:
            yield TooLargeInputError(item, f"line over {max_line_bytes // 1_000_000} MB")
            continue
        try:
            yield parse_line(item, decode_bytes(item, raw))
        except InputError as exc:
            yield exc
        except Exception as exc:  # one bad line never ends the file
            yield MalformedInputError(item, f"unreadable JSON line ({type(exc).__name__})")
    if not seen:
        yield EmptyInputError(path, "no JSON lines (empty file)")
