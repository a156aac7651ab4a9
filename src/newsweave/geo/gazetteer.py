"""The gazetteer: places by normalised name, held as compact columns and cached on disk after the first build.

Building it from the package data (``geo.sources``) takes seconds and a few hundred MB; the result is a
few flat arrays (place columns, the sorted name keys, and for each key the places filed under it) that are
written once to the user cache dir (``$XDG_CACHE_HOME/newsweave`` or ``~/.cache/newsweave``), keyed by the
data files' sizes and times, this code and the byte order. Later processes read the arrays straight from
the file. When the cache dir cannot be written the gazetteer is built in memory as before. Places are
made on lookup, so the process holds ~40 MB of arrays rather than half a million objects.

The cache file is memory-mapped, not read: a `brief` touches the few pages its lookups need, so opening costs
milliseconds and a few MB of resident memory instead of ~50 MB. ``make demo`` builds the file at install
time (``python -m newsweave.geo``), so the first `brief` pays no build either.
"""

from __future__ import annotations

import functools
import hashlib
import json
import mmap
import os
import sys
import tempfile
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TypeAlias

from newsweave.cache import cache_dir, replace_cached
from newsweave.errors import ModelError
from newsweave.geo import sources
from newsweave.geo.place import Place, distance_km, normalize
from newsweave.models.annotations import GeoPrecision

__all__ = ["Gazetteer", "Place", "cache_dir", "distance_km", "load_gazetteer", "normalize"]

# Bump when the file layout changes (the key also hashes this module and geo.sources, so edits there
# invalidate old caches without a bump).
# 2: UTF-8 byte offsets, 8-byte aligned columns, memory-mapped; 3: capital flags; 4: "/" splits keys' words.
FORMAT_VERSION = 4
_MAGIC = b"newsweave-gazetteer\n"
_PRECISIONS: tuple[GeoPrecision, ...] = ("city", "district", "province", "country")


# A column: an array built in memory, or a typed view of the mapped cache file.
Column: TypeAlias = "array[int] | memoryview"
FloatColumn: TypeAlias = "array[float] | memoryview"


class _Strings:
    """Many short strings as one UTF-8 buffer and byte end offsets: a few bytes each, decoded on access."""

    __slots__ = ("data", "ends")

    def __init__(self, data: bytes | memoryview, ends: Column) -> None:
        self.data, self.ends = data, ends

    @classmethod
    def of(cls, items: Iterable[str]) -> _Strings:
        ends, total, parts = array("I"), 0, []
        for item in items:
            encoded = item.encode("utf-8")
            parts.append(encoded)
            total += len(encoded)
            ends.append(total)
        return cls(b"".join(parts), ends)

    def __getitem__(self, i: int) -> str:
        return str(self.data[self.ends[i - 1] if i else 0 : self.ends[i]], "utf-8")

    def __len__(self) -> int:
        return len(self.ends)


class _Keys(Sequence[str]):
    """The sorted name keys, indexable so ``bisect`` can search them."""

    def __init__(self, strings: _Strings) -> None:
        self._s = strings

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        return self._s[i]

    def __len__(self) -> int:
        return len(self._s)


@dataclass(frozen=True, slots=True)
class _Columns:
    ids: _Strings
    names: _Strings
    ccs: _Strings
    admin1s: _Strings  # "" for none
    lat: FloatColumn
    lon: FloatColumn
    population: Column
    precision: Column  # index into _PRECISIONS
    capital: Column  # 1 for a national capital, else 0
    keys: _Strings  # sorted
    key_ends: Column  # key i files places places[key_ends[i-1]:key_ends[i]]
    places: Column
    countries: _Strings  # sorted country codes that have keys
    country_ends: Column  # country j's key indices: country_keys[country_ends[j-1]:country_ends[j]]
    country_keys: Column


_FIELDS = tuple(f.name for f in fields(_Columns))


def _slice(ends: Column, values: Column, i: int) -> Column:
    return values[ends[i - 1] if i else 0 : ends[i]]


class Gazetteer:
    """Places indexed by normalised name; several places may share a name."""

    def __init__(self, places: Iterable[tuple[str, Place]]) -> None:
        self._init(_columns(places))

    def _init(self, cols: _Columns) -> None:
        self._c = cols
        self._key_list = _Keys(cols.keys)
        self._keys_by_country: dict[str, tuple[str, ...]] = {}
        self.countries: dict[str, Place] = {}
        self._provinces: dict[str, str] | None = None  # admin1 key -> name, built when first asked for
        flags, country = cols.precision.tobytes(), bytes([_PRECISIONS.index("country")])
        i = flags.find(country)
        while i >= 0:  # bytes.find, not a Python loop over every place
            if cols.ccs[i]:
                self.countries[cols.ccs[i]] = self._place(i)
            i = flags.find(country, i + 1)

    @classmethod
    def _of(cls, cols: _Columns) -> Gazetteer:
        gazetteer = cls.__new__(cls)
        gazetteer._init(cols)
        return gazetteer

    def _place(self, i: int) -> Place:
        c = self._c
        return Place(
            c.ids[i], c.names[i], c.lat[i], c.lon[i], c.ccs[i], c.population[i], _PRECISIONS[c.precision[i]],
            c.admin1s[i] or None, bool(c.capital[i]),
        )

    def _key_index(self, key: str) -> int | None:
        i = bisect_left(self._key_list, key)
        return i if i < len(self._key_list) and self._key_list[i] == key else None

    def lookup(self, name: str) -> tuple[Place, ...]:
        i = self._key_index(normalize(name))
        if i is None:
            return ()
        return tuple(self._place(p) for p in _slice(self._c.key_ends, self._c.places, i))

    def province_name(self, admin1: str) -> str | None:
        """The name of the first-level subdivision with this admin1 key ("US.LA": Louisiana)."""
        if self._provinces is None:
            c = self._c
            names: dict[str, str] = {}
            flags, province = c.precision.tobytes(), bytes([_PRECISIONS.index("province")])
            i = flags.find(province)
            while i >= 0:
                if c.admin1s[i]:
                    names.setdefault(c.admin1s[i], c.names[i])
                i = flags.find(province, i + 1)
            self._provinces = names
        return self._provinces.get(admin1)

    def keys_in(self, country_code: str) -> tuple[str, ...]:
        """Every indexed name of a place in the country (for spelling-variant matching)."""
        if country_code not in self._keys_by_country:
            c = self._c
            j = bisect_left(_Keys(c.countries), country_code)
            found = j < len(c.countries) and c.countries[j] == country_code
            keys = tuple(c.keys[k] for k in _slice(c.country_ends, c.country_keys, j)) if found else ()
            self._keys_by_country[country_code] = keys
        return self._keys_by_country[country_code]

    def __len__(self) -> int:
        return len(self._c.keys)

    def save(self, path: Path) -> None:
        """Write the columns to ``path`` atomically (a temporary file renamed into place).

        Layout: a magic line, a JSON header line [[name, typecode, count], ...], zero padding to a multiple
        of 8, then each column padded to a multiple of 8 so every typed view of the mapped file is aligned.
        """
        c = self._c
        parts: list[tuple[str, bytes]] = []
        header: list[tuple[str, str, int]] = []
        for field in _FIELDS:
            value = getattr(c, field)
            if isinstance(value, _Strings):
                columns = [(field, "s", bytes(value.data)), (field + ".ends", "I", _bytes(value.ends))]
            else:
                columns = [(field, value.format if isinstance(value, memoryview) else value.typecode,
                            _bytes(value))]
            for name, typecode, data in columns:
                count = len(data) if typecode == "s" else len(data) // array(typecode).itemsize
                header.append((name, typecode, count))
                parts.append((name, data))
        head = _MAGIC + json.dumps(header).encode("ascii") + b"\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(head + bytes(_pad(len(head))))
                for _, data in parts:
                    fh.write(data + bytes(_pad(len(data))))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        """Map a file ``save`` wrote; ModelError when it is missing, truncated or of another layout."""
        try:
            with open(path, "rb") as fh:
                mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            return cls._of(_read_columns(memoryview(mapped)))
        except (OSError, ValueError, EOFError, KeyError, TypeError) as exc:
            raise ModelError(f"cannot read gazetteer cache {path}: {exc}") from exc


_ALIGN = 8


def _pad(n: int) -> int:
    return -n % _ALIGN


def _bytes(column: Column | FloatColumn) -> bytes:
    return column.tobytes()


def _read_columns(buffer: memoryview) -> _Columns:
    if bytes(buffer[: len(_MAGIC)]) != _MAGIC:
        raise ValueError("not a gazetteer file")
    newline = bytes(buffer[len(_MAGIC) : len(_MAGIC) + (1 << 20)]).find(b"\n")
    if newline < 0:
        raise ValueError("no header")
    head_end = len(_MAGIC) + newline + 1
    header: list[list[object]] = json.loads(bytes(buffer[len(_MAGIC) : head_end]))
    offset = head_end + _pad(head_end)
    raw: dict[str, memoryview] = {}
    for name, typecode, count in header:
        if not (isinstance(name, str) and isinstance(typecode, str) and isinstance(count, int)):
            raise ValueError("bad header")
        size = count if typecode == "s" else count * array(typecode).itemsize
        if offset + size > len(buffer):
            raise EOFError("truncated")
        view = buffer[offset : offset + size]
        raw[name] = view if typecode == "s" else view.cast(typecode)  # type: ignore[call-overload]
        offset += size + _pad(size)
    if offset != len(buffer):
        raise ValueError("trailing data")
    values: dict[str, object] = {}
    for field in _FIELDS:
        if field + ".ends" in raw:
            values[field] = _Strings(raw[field], raw[field + ".ends"])
        else:
            values[field] = raw[field]
    return _Columns(**values)  # type: ignore[arg-type]


def _columns(rows: Iterable[tuple[str, Place]]) -> _Columns:
    place_index: dict[Place, int] = {}
    by_key: dict[str, dict[int, None]] = defaultdict(dict)  # insertion-ordered set: each place once per key
    for key, place in rows:
        by_key[key][place_index.setdefault(place, len(place_index))] = None
    places = list(place_index)
    keys = sorted(by_key)
    key_ends, postings = array("I"), array("I")
    country_keys: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        postings.extend(by_key[key])
        key_ends.append(len(postings))
        for cc in dict.fromkeys(places[p].country_code for p in by_key[key]):
            country_keys[cc].append(k)
    countries = sorted(country_keys)
    country_ends, country_postings = array("I"), array("I")
    for cc in countries:
        country_postings.extend(country_keys[cc])
        country_ends.append(len(country_postings))
    return _Columns(
        ids=_Strings.of(p.id for p in places), names=_Strings.of(p.name for p in places),
        ccs=_Strings.of(p.country_code for p in places), admin1s=_Strings.of(p.admin1 or "" for p in places),
        lat=array("d", (p.lat for p in places)), lon=array("d", (p.lon for p in places)),
        population=array("q", (p.population for p in places)),
        precision=array("B", (_PRECISIONS.index(p.precision) for p in places)),
        capital=array("B", (p.capital for p in places)),
        keys=_Strings.of(keys), key_ends=key_ends, places=postings,
        countries=_Strings.of(countries), country_ends=country_ends, country_keys=country_postings,
    )


def _cache_key(files: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{FORMAT_VERSION} {sys.byteorder}".encode())
    for code in (Path(__file__), Path(sources.__file__)):
        digest.update(code.read_bytes())
    for file in files:
        stat = file.stat()
        digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def cached_gazetteer(directory: Path | None) -> Gazetteer:
    """The gazetteer from the cache file in ``directory``, built and written there when missing or stale;
    built in memory only when ``directory`` is None or cannot be written."""
    if directory is None:
        return Gazetteer(sources.read_places())
    path = directory / f"gazetteer-{_cache_key(sources.data_files())}.bin"
    if path.is_file():
        try:
            return Gazetteer.open(path)
        except ModelError:
            pass  # a damaged cache is rebuilt below
    gazetteer = Gazetteer(sources.read_places())
    replace_cached(path, gazetteer.save, "gazetteer-*.bin")
    return gazetteer


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: read from the user cache (well under a second), or built there."""
    return cached_gazetteer(cache_dir())
