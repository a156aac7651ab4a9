"""Property tests of the readers: any bytes or text in, only Articles and one-line rejections out."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.errors import InputError
from newsweave.ingest import articles_from_raw
from newsweave.ingest.encoding import decode_bytes
from newsweave.ingest.jsonl import read_jsonl
from newsweave.ingest.warc import read_warc
from newsweave.models import Metadata, RawDocument

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LIMIT = 1_000_000


def _one_line(items: list[object]) -> None:
    for item in items:
        if isinstance(item, InputError):
            assert "\n" not in str(item) and item.reason


@FAST
@given(st.binary(max_size=2000))
def test_decode_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        text = decode_bytes("x", data)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert text.strip()
    text.encode("utf-8", "surrogatepass")


@FAST
@given(st.binary(max_size=3000))
def test_jsonl_reader_on_any_bytes(data: bytes) -> None:
    items = list(read_jsonl("f.jsonl", io.BytesIO(data), LIMIT))
    assert items
    _one_line(items)  # type: ignore[arg-type]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@SLOW
@given(
    st.dictionaries(st.sampled_from(["text", "html", "id", "title", "url", "published", "x"]), json_values),
    st.text(max_size=300),
)
def test_jsonl_objects_of_any_shape_become_articles_or_rejections(obj: dict[str, object], text: str) -> None:
    obj.setdefault("text", text)
    line = json.dumps(obj).encode() + b"\n"
    result = articles_from_raw(read_jsonl("f.jsonl", io.BytesIO(line + line), LIMIT))
    assert len(result.articles) + len(result.rejections) >= 1
    for r in result.rejections:
        assert "\n" not in str(r)
    for a in result.articles:
        a.text.encode("utf-8")  # no lone surrogate survives


@SLOW
@given(st.text(max_size=2000))
def test_html_of_any_text_becomes_an_article_or_a_rejection(html: str) -> None:
    result = articles_from_raw([RawDocument(item="page.html", html=f"<html><body>{html}</body></html>",
                                            metadata=Metadata())])
    assert len(result.articles) + len(result.rejections) == 1
    for r in result.rejections:
        assert "\n" not in str(r)


@FAST
@given(st.binary(max_size=3000))
def test_warc_reader_on_any_bytes(data: bytes) -> None:
    items = list(read_warc("f.warc", io.BytesIO(data), LIMIT))
    _one_line(items)  # type: ignore[arg-type]


@FAST
@given(st.binary(max_size=3000))
def test_warc_reader_on_gzip_magic_then_anything(data: bytes) -> None:
    items = list(read_warc("f.warc.gz", io.BytesIO(b"\x1f\x8b" + data), LIMIT))
    _one_line(items)  # type: ignore[arg-type]
