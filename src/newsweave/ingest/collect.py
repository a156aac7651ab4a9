"""Which files to read and with which reader: folders are walked recursively, formats go by file suffix.

Files over MAX_INPUT_BYTES are refused before a byte is read; container formats (JSONL, WARC) are streamed and
the limit applies to each line or record instead, since a large crawl is normal there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsweave.errors import (
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    UnknownFormatError,
)
from newsweave.ingest.encoding import decode_bytes
from newsweave.ingest.feed import FEED_SUFFIXES, read_feed
from newsweave.ingest.html import read_html
from newsweave.ingest.jsonl import read_jsonl
from newsweave.ingest.txt import read_txt
from newsweave.ingest.warc import read_warc
from newsweave.models import RawDocument

# The limit for one article file or one container item: far above any real article (the longest
# news page in the shared eval sets is under 1 MB), low enough that a stray dump or video is refused fast.
MAX_INPUT_BYTES = 50 * 1024 * 1024

StreamReader = Callable[[str, BinaryIO, int], Iterator[RawDocument | InputError]]
TextReader = Callable[[str, str], RawDocument]


@dataclass(frozen=True, slots=True)
class Reader:
    """One input format: the file suffixes it claims and how it reads them.

    A container (``stream``) is read as a byte stream, one document per line or record, the size limit
    applying to each item; a single-document format (``text``) gets the whole file, decoded, under the limit.
    """

    name: str
    suffixes: tuple[str, ...]
    stream: StreamReader | None = None
    text: TextReader | None = None


# The reader table: adding an input format is a reader module and one row here.
READERS: tuple[Reader, ...] = (
    Reader("txt", (".txt", ".text"), text=read_txt),
    Reader("html", (".html", ".htm", ".xhtml"), text=read_html),
    Reader("jsonl", (".jsonl", ".ndjson"), stream=read_jsonl),
    Reader("warc", (".warc", ".warc.gz"), stream=read_warc),
    Reader("feed", FEED_SUFFIXES, stream=read_feed),
)
FORMATS: dict[str, Reader] = {suffix: r for r in READERS for suffix in r.suffixes}
EXPECTED = " ".join(suffix for r in READERS for suffix in r.suffixes)
MAX_REASON_CHARS = 160  # of a foreign error's message in a rejection: one readable line


def unexpected(item: str, exc: BaseException) -> MalformedInputError:
    """An error nobody foresaw while reading or cleaning one item, as that item's one-line rejection."""
    detail = " ".join(str(exc).split())[:MAX_REASON_CHARS]
    return MalformedInputError(item, f"unreadable ({type(exc).__name__}{': ' + detail if detail else ''})")


def format_of(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):  # ".warc.gz" before ".gz"-less matches
        if name.endswith(suffix):
            return FORMATS[suffix]
    return None


def walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order; hidden files and folders (``.git``, ``.DS_Store``) are
    skipped."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def expand(paths: list[str]) -> Iterator[Path | InputError]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from walk(path)
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(p, "not a regular file or folder")
        else:
            yield InputError(p, "no such file or folder")


def read_file(path: Path) -> Iterator[RawDocument | InputError]:
    """The raw documents of one file; problems come back as InputError values, never raised."""
    try:
        yield from _read_file(path)
    except Exception as exc:  # a reader's unforeseen failure rejects this file; the run goes on
        yield unexpected(str(path), exc)


def _read_file(path: Path) -> Iterator[RawDocument | InputError]:
    item = str(path)
    reader = format_of(path)
    if reader is None:
        suffix = "".join(path.suffixes[-2:]) or "no extension"
        yield UnknownFormatError(item, f"unknown format ({suffix}); expected one of {EXPECTED}")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyInputError(item, "empty file")
        if reader.stream is not None:
            with path.open("rb") as stream:
                yield from reader.stream(item, stream, MAX_INPUT_BYTES)
            return
        if size > MAX_INPUT_BYTES:
            limit = MAX_INPUT_BYTES // 2**20
            raise TooLargeInputError(item, f"file of {size / 2**20:.0f} MiB is over the {limit} MiB limit")
        text = decode_bytes(item, path.read_bytes())
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield MalformedInputError(item, f"cannot read: {exc.strerror or type(exc).__name__}")
        return
    assert reader.text is not None, f"reader {reader.name} reads neither streams nor text"
    yield reader.text(item, text)


def collect(paths: list[str]) -> Iterator[RawDocument | InputError]:
    for entry in expand(paths):
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_file(entry)
