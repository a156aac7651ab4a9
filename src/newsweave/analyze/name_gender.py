"""The gender a first name tells, from a published name-gender data set: whom "she said" may mean.

Honorifics ("Ms. Ahlberg") were the only gender a speaker's name carried, so "she said" could go to "Peter
Fitzgerald" named just before (DUC 2003 tune half: the senator's words), and "he said" to a woman quoted last.
The data is nomquamgender's (Van Buskirk et al. 2023, MIT licence: first names with the share of
female-gendered counts across many sources), read from its package data file only: the package's code
imports pandas, which newsweave does not need, so it is installed without its dependencies (Makefile) and
never imported. Without it no first name tells a gender, as before.

Loaded once per process, on first use (about 1.5 s to read; the filtered table is kept in the user cache,
as the gazetteer is, so later processes read a small file).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path

from newsweave.cache import cache_dir, replace_cached

DATA_PACKAGE = "nomquamgender"
DATA_FILE = "name_data.json"
# A name is read as gendered when its share of female-gendered counts is within this of 0 or 1: the data
# set's own default classification threshold (names at p(gf) 0.1-0.9, "Jordan", "Ariel", "Jean", are left
# unknown).
GENDER_CERTAINTY = 0.1
# Seen in at least this many of the data set's sources: a name known from one or two lists only is often a
# title or a word read as a name ("archbishop", "president").
MIN_SOURCES = 3
# Bumped when the filtered table's format or the two bars above change, so a stale cache is rebuilt.
TABLE_VERSION = 1


def data_file() -> Path | None:
    """The data set's file, found without importing its package; None when it is not installed."""
    spec = importlib.util.find_spec(DATA_PACKAGE)
    for root in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(root) / DATA_FILE
        if path.is_file():
            return path
    return None


def gender_table(reference: Mapping[str, list[object]]) -> dict[str, str]:
    """First name (lower case) -> "m" or "f", from the data set's records ([sources, counts, p(gf), ...])."""
    out: dict[str, str] = {}
    for name, record in reference.items():
        if len(record) < 3 or not isinstance(record[0], int) or not isinstance(record[2], (int, float)):
            continue
        if record[0] < MIN_SOURCES or not name.isalpha():
            continue
        share = float(record[2])
        if share <= GENDER_CERTAINTY:
            out[name] = "m"
        elif share >= 1 - GENDER_CERTAINTY:
            out[name] = "f"
    return out


def _cached_table(source: Path, directory: Path | None) -> dict[str, str]:
    stat = source.stat()
    stamp = f"{TABLE_VERSION} {GENDER_CERTAINTY} {MIN_SOURCES} {source}:{stat.st_size}:{stat.st_mtime_ns}"
    key = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    path = directory / f"name-gender-{key}.json" if directory is not None else None
    if path is not None and path.is_file():
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, dict):
                return {str(k): str(v) for k, v in cached.items()}
        except (OSError, ValueError):
            pass  # a damaged cache is rebuilt below
    try:
        table = gender_table(json.loads(source.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}  # an unreadable data file tells no gender, as a missing one
    if path is not None:
        encoded = json.dumps(table, separators=(",", ":"))
        replace_cached(path, lambda p: p.write_text(encoded, encoding="utf-8"), "name-gender-*.json")
    return table


@functools.lru_cache(maxsize=1)
def load_name_genders() -> Mapping[str, str]:
    """The first-name table, once per process; empty when the data set is not installed."""
    source = data_file()
    return _cached_table(source, cache_dir()) if source is not None else {}


def first_name_gender(first: str, table: Mapping[str, str] | None = None) -> str | None:
    """"m", "f" or None for a first name as written ("Peter", "Zuhir")."""
    word = first.strip().casefold()
    if not word.isalpha():
        return None
    return (load_name_genders() if table is None else table).get(word)
