"""WARC reader (.warc, .warc.gz): every HTTP response record that carries HTML becomes one RawDocument."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from newsweave.errors import InputError, MalformedInputError, TooLargeInputError
from newsweave.ingest.encoding import decode_bytes
from newsweave.models import Metadata, RawDocument

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_HEAD_BYTES = 64  # of decompressed data, enough to see the version line past blank lines
_CHUNK = 1 << 20
_MAX_OUT = 1 << 16  # decompressed bytes produced per step of the integrity check: memory stays flat


def gzip_intact(stream: BinaryIO) -> bool:
    """True when every gzip member in ``stream`` ends with its end-of-stream marker (CRC and size checked).

    warcio stops silently at a member cut short, and so does gzip.GzipFile under warcio: a ``.warc.gz`` cut
    in half would read as a shorter, valid archive. Decompressed output is discarded as it is produced.
    """
    decomp = zlib.decompressobj(wbits=31)
    inside = False  # within a member whose end marker has not been seen yet
    data = b""
    try:
        while True:
            if not data:
                data = stream.read(_CHUNK)
                if not data:
                    return not inside
            if not inside:
                data = data.lstrip(b"\x00")  # some writers pad between members
                if not data:
                    continue
                inside = True
            decomp.decompress(data, _MAX_OUT)
            data = decomp.unconsumed_tail
            if decomp.eof:
                data, decomp, inside = decomp.unused_data + data, zlib.decompressobj(wbits=31), False
    except zlib.error:
        return False


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _records(archive: Iterable[ArcWarcRecord], path: str) -> Iterator[ArcWarcRecord | MalformedInputError]:
    """warcio's records. warcio reads some malformed headers with an AttributeError or a TypeError (a
    response record without its WARC-Target-URI): the file then ends with its rejection, not a crash."""
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (AttributeError, TypeError, KeyError, IndexError) as exc:
            yield MalformedInputError(path, f"malformed WARC record header ({type(exc).__name__})")
            return
        yield record


def read_warc(path: str, stream: BinaryIO, max_record_bytes: int) -> Iterator[RawDocument | InputError]:
    """HTML response records as RawDocuments (item ``path#URI``); bad records as InputError values.

    A file that is not a WARC, or that is cut off before its first complete HTML record, gives one
    MalformedInputError naming the file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        head = stream.read(_CHUNK)
        if head.startswith(_GZIP_MAGIC):
            stream.seek(0)
            if not gzip_intact(stream):
                yield MalformedInputError(path, "truncated or corrupt gzip stream (WARC cut short?)")
                return
            head = zlib.decompressobj(wbits=31).decompress(head, _HEAD_BYTES)
        # warcio would read a whole gzip bomb looking for a record; a WARC starts with its version line.
        if not head.lstrip(b"\r\n").startswith(_WARC_MAGIC):
            yield MalformedInputError(path, "not a WARC file (no WARC/ version line at the start)")
            return
        stream.seek(0)
        for record in _records(ArchiveIterator(stream), path):
            if isinstance(record, MalformedInputError):
                yield record
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {found + 1}"
            item = f"{path}#{uri}"
            found += 1
            payload = record.content_stream().read(max_record_bytes + 1)
            if len(payload) > max_record_bytes:
                yield TooLargeInputError(item, f"record over {max_record_bytes // 1_000_000} MB")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # bytes its Content-Length promised never came
                yield MalformedInputError(item, "truncated WARC record (shorter than its Content-Length)")
                continue
            try:
                html = decode_bytes(item, payload, declared=_charset(content_type))
            except InputError as exc:
                yield exc
                continue
            url = uri if uri.startswith(("http://", "https://")) else None
            yield RawDocument(item=item, html=html, metadata=Metadata(url=url), path=path)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as exc:
        yield MalformedInputError(path, f"malformed or truncated WARC ({type(exc).__name__})")
        return
    if not found:
        yield MalformedInputError(path, "no complete HTML response record in the WARC (empty or truncated?)")
