"""Readers per format, through read_inputs: txt headers, HTML metadata, JSONL lines, WARC records, folders."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from newsweave.ingest import read_bytes_item, read_inputs, to_article
from newsweave.models import Metadata, RawDocument

PARAS = [
    "The river rose by two metres overnight, officials in the northern town of Eastwick said on Tuesday.",
    "Rescue teams reached the flooded villages by boat, according to the regional governor, Maria Lind.",
    "\"We have never seen water this high,\" said a farmer who lost most of his herd to the flood.",
    "Forecasters expect the level to fall slowly over the coming week as the rain moves east.",
]
BODY = "\n\n".join(PARAS)


def page(title: str = "Floods cut off villages | World | Daily Planet") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Daily Planet'>"
        "<meta property='article:published_time' content='2022-03-03T08:00:00Z'>"
        "<link rel='canonical' href='https://dailyplanet.example/floods'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Floods cut off villages</h1>{paras}</article>"
        "<footer>Copyright Daily Planet</footer></body></html>"
    )


def test_txt_header_metadata_wins(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"title: Floods cut off villages\noutlet: Daily Planet\ndate: 2022-03-03\n"
                 f"url: https://dailyplanet.example/floods?utm_source=x\n\n date 2020-01-01 {BODY}",
                 encoding="utf-8")
    result = read_inputs([str(f)])
    (article,) = result.articles
    assert article.title == "Floods cut off villages"
    assert article.outlet == "Daily Planet"
    assert article.published == "2022-03-03" and article.published_from == "metadata"
    assert article.text.startswith(PARAS[0])
    assert article.path == str(f)


def test_txt_headline_becomes_title_and_stays_in_text(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(f"Floods cut off villages | Europe News | Daily Planet\n\n{BODY}", encoding="utf-8")
    (article,) = read_inputs([str(f)]).articles
    assert article.title == "Floods cut off villages"
    assert article.outlet == "Daily Planet"
    assert article.text.startswith("Floods cut off villages\n\n")
    assert article.published is None and article.published_from is None


def test_stable_ids_from_url_or_text(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text(BODY, encoding="utf-8")
    first = read_inputs([str(f)]).articles[0].id
    assert read_inputs([str(f)]).articles[0].id == first
    a = to_article(RawDocument(item="x", text=BODY, metadata=Metadata(url="http://www.ex.example/a/?utm_x=1")))
    b = to_article(RawDocument(item="y", text=BODY + "\n\nMore.", metadata=Metadata(url="https://ex.example/a")))
    assert a.id == b.id
    assert a.outlet == "ex.example"


def test_same_text_twice_gets_two_ids(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    ids = [a.id for a in read_inputs([str(tmp_path)]).articles]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_html_keeps_trafilatura_metadata(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    f.write_text(page(), encoding="utf-8")
    (article,) = read_inputs([str(f)]).articles
    assert "two metres overnight" in article.text
    assert "Copyright" not in article.text
    assert article.title == "Floods cut off villages"
    assert article.outlet == "Daily Planet"
    assert article.published is not None and article.published.startswith("2022-03-03")
    assert article.published_from == "metadata"
    assert article.url == "https://dailyplanet.example/floods"


def test_jsonl_lines_and_a_malformed_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "title": "Given title", "outlet": "Wire", "published": "2022-03-04"}),
        '{"text": "cut off',
        json.dumps({"html": page(), "id": "custom-1"}),
        json.dumps({"title": "no body"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_inputs([str(f)])
    assert [a.title for a in result.articles] == ["Given title", "Floods cut off villages"]
    assert result.articles[0].outlet == "Wire" and result.articles[0].published_from == "metadata"
    assert result.articles[1].id == "custom-1"
    assert [r.item for r in result.rejections] == [f"{f}:2", f"{f}:4"]
    assert "malformed JSON line" in result.rejections[0].reason


def _warc(records: list[tuple[str, bytes, str]], compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for uri, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_and_warc_gz(tmp_path: Path) -> None:
    records = [
        ("https://dailyplanet.example/floods", page().encode(), "text/html; charset=utf-8"),
        ("https://dailyplanet.example/logo.png", b"\x89PNG....", "image/png"),
    ]
    for name, compress in (("crawl.warc", False), ("crawl.warc.gz", True)):
        f = tmp_path / name
        f.write_bytes(_warc(records, compress))
        result = read_inputs([str(f)])
        assert len(result.articles) == 1, name
        assert result.articles[0].url == "https://dailyplanet.example/floods"
        assert result.rejections == ()


def test_folder_is_walked_recursively_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "p.htm").write_text(page(), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY + " hidden", encoding="utf-8")
    result = read_inputs([str(tmp_path)])
    assert sorted(Path(a.path or "").name for a in result.articles) == ["p.htm", "top.txt"]


def test_read_bytes_item_for_fetched_payloads() -> None:
    raw = read_bytes_item("https://ex.example/a", page().encode("utf-8"), "html",
                          metadata=Metadata(url="https://ex.example/a", outlet="Given"))
    article = to_article(raw)
    assert article.outlet == "Given"
    assert "two metres" in article.text


def test_gzip_is_not_mistaken_for_text(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(gzip.compress(BODY.encode() * 5))
    assert read_inputs([str(f)]).rejections[0].item == str(f)


def test_the_reader_table_is_the_one_place_formats_are_named() -> None:
    from newsweave.ingest.collect import EXPECTED, FORMATS, READERS, format_of

    assert all((r.stream is None) != (r.text is None) for r in READERS)  # exactly one way to read each
    assert set(FORMATS) == {s for r in READERS for s in r.suffixes} == set(EXPECTED.split())
    reader = format_of(Path("crawl.WARC.GZ"))
    assert reader is not None and reader.name == "warc"
    assert format_of(Path("notes.docx")) is None


def test_the_byline_comes_from_each_format_and_stays_out_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"title: Floods cut off villages\nby: Ines Varro\n\n{BODY}",
                                    encoding="utf-8")
    signed = page().replace("<head>", "<head><meta name='author' content='Ines Varro'>")
    (tmp_path / "b.html").write_text(signed, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": BODY, "author": "By Ines Varro"}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "d.txt").write_text(BODY, encoding="utf-8")
    by_path = {Path(a.path or "").name: a for a in read_inputs([str(tmp_path)]).articles}
    assert by_path["a.txt"].author == "Ines Varro" and "Varro" not in by_path["a.txt"].text
    assert by_path["b.html"].author == "Ines Varro"
    assert by_path["c.jsonl"].author == "By Ines Varro"
    assert by_path["d.txt"].author is None
