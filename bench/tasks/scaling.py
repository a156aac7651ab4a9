"""Analysis stays linear on pathological input: doubling the input doubles the time.

Each input is a unit repeated n and 2n times (repeated dates and numbers, a run of bare quote marks, many
short quotations, one sentence without a full stop, ...). The figure is time(2n) / time(n): about 2 is
linear, 4 is quadratic. Times are the minimum of ctx.repeats runs, because the machine is shared.
The absolute seconds at 2n are reported too, beside the bare spaCy parse of the same text (analysis
includes its own parse).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from bench.harness import BenchContext, Row

# Each unit is about 40-60 characters; the base count puts the n input near 20 KB and 2n near 40 KB.
BASE_CHARS = 20_000
UNITS: dict[str, str] = {
    "dates and numbers": "On Aug. 24, 2021 some 2,000 people and 3 May 2020 crowds, ",
    "bare quote marks": '"',
    "short quotations": 'He said "it is fine" and she said "no way". ',
    "wire quote marks": "``It is over,'' he said. ",
    "one long sentence": "the markets and the banks and the officials on Friday ",
    "weekdays and names": "Smith met Jones on Friday in Paris, ",
}


def _best(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.analyze.nlp import load_nlp, parse_view
    from newsweave.analyze.pipeline import analyze
    from newsweave.models import Article

    nlp = load_nlp()
    analyze([Article(id="w", text="Warm up in Paris on Friday.", published="2021-08-24")])
    repeats = 1 if ctx.quick else ctx.repeats
    rows: list[Row] = []
    for name, unit in UNITS.items():
        n = max(1, BASE_CHARS // len(unit))
        seconds: dict[int, tuple[float, float]] = {}
        for count in (n, 2 * n):
            text = unit * count
            article = Article(id="x", text=text, published="2021-08-24")
            # The bare parse sees the same text as analysis does (parse_view); unguarded, spaCy's tokenizer
            # alone takes minutes on 40 KB of quote marks.
            bare = _best(lambda text=text: nlp(parse_view(text)), repeats)
            full = _best(lambda article=article: analyze([article]), repeats)
            seconds[count] = (bare, full)
        ratio = seconds[2 * n][1] / max(seconds[n][1], 1e-6)
        bare2, full2 = seconds[2 * n]
        bare_ratio = seconds[2 * n][0] / max(seconds[n][0], 1e-6)
        rows.append(Row("scaling", name, "analysis time ratio, 2x input", ratio, higher_is_better=False,
                        peers=(("bare spaCy parse", bare_ratio),), note="2 = linear; parse and annotators"))
        rows.append(Row("scaling", name, f"analysis seconds at {len(unit) * 2 * n // 1000} KB", full2,
                        peers=(("bare spaCy parse", bare2),), higher_is_better=False))
    return rows


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv, repeats=1)):
        print(f"{row.dataset:22s} {row.metric:40s} {row.newsweave:8.3f} {row.peers}")
