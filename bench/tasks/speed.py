"""Speed and memory: analysis throughput, `brief` latency beside sumy LexRank, peak RSS.

Every comparison is a ratio measured in the same run; every time is the median of ctx.repeats runs after a
warm-up, because the machine is shared and noisy.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.harness import BenchContext, Row, text_articles


def _median_seconds(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up: model load, caches
    times = []
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def multiling_english(data: Path) -> list[Path]:
    return sorted((data / "multiling2011" / "sources").glob("M*.english"))


def sumy_lexrank(texts: Sequence[str]) -> str:
    """The same sumy LexRank set-up that the summary benchmark scores, at the same 250-word length."""
    from bench.tasks.summary import sumy_summary

    return sumy_summary(texts, "lexrank")


_RSS_PROBE = """
import sys
from newsweave.cli import main
sys.argv = ["newsweave", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
# VmHWM belongs to this process image; ru_maxrss would carry over the parent's peak across fork.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("PEAK_RSS_KIB", hwm.split()[1], file=sys.stderr)
"""


def _peak_rss_mb(paths: Sequence[Path]) -> float:
    """Peak resident memory of a fresh process running `newsweave brief` (it reports its own maximum)."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as out:
        for p in paths:  # the shared sets use extensions such as .english; brief reads .txt
            (Path(tmp) / f"{p.name}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        cmd = [sys.executable, "-c", _RSS_PROBE, "brief", tmp, "--format", "json",
               "--output", str(Path(out) / "b.json")]
        proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    kib = next(line.split()[1] for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_KIB"))
    return int(kib) / 1024.0


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.analyze.nlp import load_nlp
    from newsweave.analyze.pipeline import analyze
    from newsweave.pipeline import brief_articles
    from newsweave.semantic.weights import archive_path
    from newsweave.weave.briefing import WeaveOptions

    semantic = WeaveOptions(alignment="semantic")
    rows: list[Row] = []
    seeds = text_articles(sorted(ctx.seeds.glob("*.txt")))
    english = text_articles(multiling_english(ctx.data))
    if ctx.quick:
        english = english[:20]
    nlp = load_nlp()
    for name, arts in (("seeds", seeds), ("multiling2011-en", english)):
        texts = [a.text for a in arts]
        bare = _median_seconds(lambda texts=texts: list(nlp.pipe(texts)), ctx.repeats)
        full = _median_seconds(lambda arts=arts: analyze(arts), ctx.repeats)
        rows.append(Row("speed", name, "analysis articles/s per core", len(arts) / full,
                        peers=(("bare spaCy parse", len(arts) / bare),),
                        note="single process; per core = one process"))
        rows.append(Row("speed", name, "analysis time / bare spaCy time", full / bare, higher_is_better=False,
                        note="goal ≤ 1.5"))
    for size in (10, 100):
        if ctx.quick and size == 100:
            continue
        arts = english[:size]
        if len(arts) < size:
            continue
        texts = [a.text for a in arts]
        ours = _median_seconds(lambda arts=arts: brief_articles(arts), ctx.repeats)
        peers: tuple[tuple[str, float], ...] = ()
        if ctx.peers:
            peers = (("sumy LexRank", _median_seconds(lambda texts=texts: sumy_lexrank(texts), ctx.repeats)),)
        rows.append(Row("speed", f"{size}-article story", "brief seconds (median)", ours, peers=peers,
                        higher_is_better=False, note="multiling2011 English articles, warm model"))
        if archive_path() is not None:  # the sentence encoder's cost (`brief --semantic`)
            encoded = _median_seconds(lambda arts=arts: brief_articles(arts, options=semantic), ctx.repeats)
            rows.append(Row("speed", f"{size}-article story", "brief --semantic seconds (median)", encoded,
                            peers=(("wording alone", ours),), higher_is_better=False,
                            note="the same articles; warm encoder"))
    paths = multiling_english(ctx.data)[: (10 if ctx.quick else 100)]
    rss = _peak_rss_mb(paths)
    rows.append(Row("memory", f"{len(paths)}-article story", "peak RSS MB (fresh process)", rss,
                    higher_is_better=False))
    rows.append(Row("memory", "seeds", "peak RSS MB (fresh process)",
                    _peak_rss_mb(sorted(ctx.seeds.glob("*.txt"))), higher_is_better=False))
    return rows


if __name__ == "__main__":
    from bench.harness import BenchContext as _Ctx

    for row in run(_Ctx(quick="--quick" in sys.argv, repeats=int(os.environ.get("REPEATS", "3")))):
        print(row)
