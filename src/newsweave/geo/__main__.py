"""``python -m newsweave.geo``: build the gazetteer cache now, so no `brief` ever pays for it.

``make demo`` and ``make test`` run this right after installing; a plain ``pip install`` user can run it
once too (otherwise the first lookup builds the same file).
"""

from __future__ import annotations

import sys
import time

from newsweave.errors import NewsweaveError
from newsweave.geo.gazetteer import cache_dir, load_gazetteer


def main() -> int:
    started = time.perf_counter()
    try:
        gazetteer = load_gazetteer()
    except NewsweaveError as exc:
        print(f"newsweave.geo: error: {exc}", file=sys.stderr)
        return 1
    print(f"gazetteer ready: {len(gazetteer)} names in {cache_dir()} "
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
