"""The user cache: where newsweave keeps files derived from installed data (the gazetteer's arrays, the
first-name table), each keyed by what it was built from, so a stale one is rebuilt and replaced."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsweave``, or ``~/.cache/newsweave``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsweave"


def replace_cached(path: Path, write: Callable[[Path], Any], family: str) -> None:
    """Write the cache file ``path`` and remove the older files of its ``family`` (a glob beside it, such as
    "gazetteer-*.bin"). A cache dir that cannot be written only costs the build next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        for stale in path.parent.glob(family):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
