"""Inputs as shards read lazily, one raw document at a time: a crawl does not fit in memory.

A shard is one input file: a JSONL or WARC crawl shard (thousands of articles) or a single .txt/.html article.
Listing the shards reads only file names and sizes; a shard's documents are produced one by one by the same
readers ``read_inputs`` uses, so nothing here ever holds more than one raw document. A shard's fingerprint
(resolved path, size, modification time) names it in completion markers: a changed file is a new shard.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsweave.errors import InputError, MalformedInputError
from newsweave.ingest.collect import expand, read_file
from newsweave.models import RawDocument


@dataclass(frozen=True, slots=True)
class Shard:
    index: int  # position among the run's shards, in input order
    path: str
    size: int  # bytes on disk
    fingerprint: str


def fingerprint(path: Path) -> str:
    stat = path.stat()
    key = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}"
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def list_shards(paths: Sequence[str]) -> tuple[tuple[Shard, ...], tuple[InputError, ...]]:
    """The shards under files and folders (folders walked recursively, in a stable order), and the paths
    that could not be listed. Only names and sizes are read."""
    shards: list[Shard] = []
    errors: list[InputError] = []
    for entry in expand(list(paths)):
        if isinstance(entry, InputError):
            errors.append(entry)
            continue
        try:
            shards.append(Shard(len(shards), str(entry), entry.stat().st_size, fingerprint(entry)))
        except OSError as exc:
            reason = f"cannot read: {exc.strerror or type(exc).__name__}"
            errors.append(MalformedInputError(str(entry), reason))
    return tuple(shards), tuple(errors)


def read_shard(shard: Shard) -> Iterator[RawDocument | InputError]:
    """The shard's raw documents in file order, one at a time; bad items come back as InputError values."""
    yield from read_file(Path(shard.path))


__all__ = ["Shard", "fingerprint", "list_shards", "read_shard"]
