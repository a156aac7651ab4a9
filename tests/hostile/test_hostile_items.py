"""One bad item among good ones: each becomes a one-line rejection naming it, and the run goes on."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsweave.ingest import read_inputs
from newsweave.ingest.article import MAX_ARTICLE_CHARS
from newsweave.ingest.unsafe_text import visible

GOOD = (
    "Officials in the harbour town said on Monday that the storm had damaged forty boats, "
    "and that repairs would take the rest of the month."
)


def _jsonl_with(tmp_path: Path, bad_line: str) -> tuple[list[str], list[str]]:
    f = tmp_path / "batch.jsonl"
    good = json.dumps({"text": GOOD, "id": "ok"})
    other = json.dumps({"text": GOOD + " Again.", "id": "ok2"})
    f.write_text(f"{good}\n{bad_line}\n{other}\n", encoding="utf-8")
    result = read_inputs([str(f)])
    for r in result.rejections:
        assert "\n" not in str(r)
    return [a.id for a in result.articles], [f"{r.item} {r.reason}" for r in result.rejections]


def test_jsonl_id_of_5000_digits(tmp_path: Path) -> None:
    ids, rejected = _jsonl_with(tmp_path, '{{"text": "{}", "id": {}}}'.format(GOOD, "7" * 5000))
    assert ids == ["ok", "ok2"]
    assert len(rejected) == 1 and rejected[0].startswith(f"{tmp_path / 'batch.jsonl'}:2 ")


def test_jsonl_id_of_50_digits_is_refused_too(tmp_path: Path) -> None:
    ids, rejected = _jsonl_with(tmp_path, '{{"text": "{}", "id": {}}}'.format(GOOD, "7" * 50))
    assert ids == ["ok", "ok2"] and "digits" in rejected[0]


def test_jsonl_lone_surrogate_is_replaced_not_fatal(tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    odd_line = f'{{"text": "{GOOD} \\ud800 end.", "title": "T\\udfff"}}\n'
    f.write_text(json.dumps({"text": GOOD}) + "\n" + odd_line,
                 encoding="utf-8")
    result = read_inputs([str(f)])
    assert len(result.articles) == 2 and not result.rejections
    odd = result.articles[1]
    assert "\ufffd" in odd.text and odd.title == "T\ufffd"
    odd.text.encode("utf-8")  # storable and printable


def test_jsonl_nested_100k_deep(tmp_path: Path) -> None:
    ids, rejected = _jsonl_with(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert ids == ["ok", "ok2"] and "nested" in rejected[0]


def test_text_over_the_parser_limit_is_rejected_by_one_rule(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    words = "The council met again and said little of note. "
    (tmp_path / "huge.txt").write_text(words * (MAX_ARTICLE_CHARS // len(words) + 10), encoding="utf-8")
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 1
    (rejected,) = result.rejections
    assert rejected.item.endswith("huge.txt") and "1,000,000" in rejected.reason


def test_utf16_without_bom_is_decoded(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        (tmp_path / f"{codec}.txt").write_bytes(GOOD.encode(codec))
    result = read_inputs([str(tmp_path)])
    assert not result.rejections and [a.text for a in result.articles] == [GOOD, GOOD]


def _warc_gz(records: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(records):
        html = f"<html><body><article><p>{GOOD} Item {i}.</p><p>{GOOD}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://x.example/{i}", "response", payload=io.BytesIO(html), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("keep", [0.5, 0.75, 0.99])
def test_truncated_warc_gz_is_rejected(tmp_path: Path, keep: float) -> None:
    data = _warc_gz(3)
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * keep)])
    result = read_inputs([str(tmp_path / "cut.warc.gz")])
    assert result.articles == ()
    assert [r.reason for r in result.rejections] == ["truncated or corrupt gzip stream (WARC cut short?)"]


def test_intact_warc_gz_reads(tmp_path: Path) -> None:
    (tmp_path / "ok.warc.gz").write_bytes(_warc_gz(3))
    assert len(read_inputs([str(tmp_path / "ok.warc.gz")]).articles) == 3


def test_plain_warc_cut_inside_a_record(tmp_path: Path) -> None:
    data = gzip.decompress(_warc_gz(2))
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 200])
    result = read_inputs([str(tmp_path / "cut.warc")])
    assert len(result.articles) == 1
    assert any("truncated WARC record" in r.reason for r in result.rejections)


def test_bidi_controls_are_stripped_from_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "rtl.txt"
    f.write_text(f"title: Harbour \u202egnp.exe\u202c news\n\n{GOOD} \u2067Isolated\u2069.", encoding="utf-8")
    (article,) = read_inputs([str(f)]).articles
    assert article.title == "Harbour gnp.exe news"
    assert not any(ch in article.text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_terminal_text_shows_controls_visibly() -> None:
    assert visible("a\u202eb\x1b[31mc\nd") == "a\\u202eb\\u001b[31mc\\nd"


def test_an_analysis_failure_rejects_that_article_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave import pipeline
    from newsweave.models import Article

    real = pipeline.annotate_with_pins

    def flaky(article: Article, doc: object) -> object:
        if "poison" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "annotate_with_pins", flaky)
    articles = [Article(id=f"a{i}", text=GOOD + (" poison." if i == 1 else f" Note {i}.")) for i in range(3)]
    run = pipeline.brief_articles(articles)
    assert [r.item for r in run.rejections] == ["a1"]
    assert run.rejections[0].stage == "analyze" and "RecursionError" in run.rejections[0].reason
    texts = [s.text for b in run.briefings for s in b.sources]
    assert len(texts) == 2 and not any("poison" in t for t in texts)


def test_gzip_bomb_named_warc_gz_is_refused_from_its_first_bytes(tmp_path: Path) -> None:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    with (tmp_path / "bomb.warc.gz").open("wb") as fh:
        for _ in range(64):
            fh.write(packer.compress(b"\0" * 2**20))
        fh.write(packer.flush())
    result = read_inputs([str(tmp_path / "bomb.warc.gz")])
    assert [r.reason for r in result.rejections] == ["not a WARC file (no WARC/ version line at the start)"]
