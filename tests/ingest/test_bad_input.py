"""One test per kind of bad input: each becomes a Rejection naming the file, and reading goes on."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsweave.errors import BinaryInputError, EmptyInputError
from newsweave.ingest import MAX_INPUT_BYTES, read_inputs
from newsweave.ingest.encoding import decode_bytes

GOOD = ("Officials in the harbour town said on Monday that the storm had damaged forty boats, "
        "and that repairs would take the rest of the month.")


def only_rejection(tmp_path: Path, name: str, data: bytes) -> str:
    """Read one bad file beside a good one; the good one survives and the bad one is rejected by name."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    result = read_inputs([str(tmp_path / "good.txt"), str(bad)])
    assert len(result.articles) == 1
    (rejection,) = result.rejections
    assert rejection.item.startswith(str(bad))
    assert rejection.stage == "ingest"
    assert "\n" not in str(rejection)
    return rejection.reason


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in only_rejection(tmp_path, "empty.txt", b"")


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert "empty" in only_rejection(tmp_path, "blank.txt", b" \n\n\t \n")


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    assert "binary" in only_rejection(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)


def test_compressed_bytes_named_txt(tmp_path: Path) -> None:
    data = gzip.compress(GOOD.encode() * 20)
    assert only_rejection(tmp_path, "packed.txt", data)


def test_truncated_warc_gz(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    html = f"<html><body><article><p>{GOOD}</p></article></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(html),
                                                  http_headers=headers))
    data = buf.getvalue()
    assert "WARC" in only_rejection(tmp_path, "cut.warc.gz", data[: len(data) // 2])


def test_warc_record_without_its_target_uri(tmp_path: Path) -> None:
    # warcio reads a response record with no WARC-Target-URI by failing on None: the file is rejected as a
    # malformed WARC in one line, and the other file still reads.
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>"
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
              b"Content-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body + b"\r\n\r\n")
    reason = only_rejection(tmp_path, "headless.warc", record)
    assert "malformed WARC record" in reason and "NoneType" not in reason


def test_not_a_warc(tmp_path: Path) -> None:
    assert "WARC" in only_rejection(tmp_path, "fake.warc", b"this is not a web archive\n" * 5)


def test_truncated_html_without_article_text(tmp_path: Path) -> None:
    assert "HTML" in only_rejection(tmp_path, "cut.html", b"<html><head><title>Cut</title></head><bo")


def test_truncated_jsonl_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"text": GOOD}) + '\n{"text": "Officials in the harb', encoding="utf-8")
    result = read_inputs([str(f)])
    assert len(result.articles) == 1
    assert [r.item for r in result.rejections] == [f"{f}:2"]


def test_malformed_jsonl_line_names_path_and_line(tmp_path: Path) -> None:
    reason = only_rejection(tmp_path, "b.jsonl", b'{"text": 42}\n')
    assert "text" in reason


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: costs no disk and is never read
        fh.truncate(MAX_INPUT_BYTES + 1)
    result = read_inputs([str(tmp_path)])
    assert [r.item for r in result.rejections] == [str(huge)]
    assert "limit" in result.rejections[0].reason
    assert len(result.articles) == 1


def test_wrongly_encoded_cp1252_is_repaired(tmp_path: Path) -> None:
    f = tmp_path / "cp.txt"
    f.write_bytes(("Le café “Au Bon Coin” a rouvert, selon la mairie, après la tempête de lundi. " * 3)
                  .encode("cp1252"))
    result = read_inputs([str(f)])
    assert result.rejections == ()
    assert "café “Au Bon Coin”" in result.articles[0].text


def test_mojibake_is_repaired() -> None:
    broken = "The mayorâ€™s office said the storm was severe.".encode()
    assert decode_bytes("x", broken) == "The mayor’s office said the storm was severe."


def test_utf16_with_bom_is_text() -> None:
    assert decode_bytes("x", GOOD.encode("utf-16")) == GOOD


def test_decode_errors_are_input_errors() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes("x", b"\x00\x01\x02garbage")
    with pytest.raises(EmptyInputError):
        decode_bytes("x", b"   ")


def test_unknown_format(tmp_path: Path) -> None:
    assert "unknown format (.pdf)" in only_rejection(tmp_path, "report.pdf", b"%PDF-1.4 ...")


def test_nonexistent_path_is_a_rejection(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = read_inputs([str(missing)])
    assert result.articles == ()
    assert result.rejections[0].item == str(missing)
    assert "no such file" in result.rejections[0].reason


def test_nothing_left_after_cleaning(tmp_path: Path) -> None:
    assert "furniture" in only_rejection(tmp_path, "nav.txt", b"Connect with us\n\nREAD MORE\n\nPublished\n")
