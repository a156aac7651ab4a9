"""Whole-process speed of the CLI: `newsweave brief` beside sumy LexRank on the same text, imports included.

What a user feels is the command, not the library call: interpreter start, imports, model load, work and
output. Each size runs both tools alternately (paired) ctx.repeats + 2 times and reports medians; peak memory
is each process's own VmHWM. "Cold" is the first `brief` after install (a fresh cache dir that the install
step filled with `python -m newsweave.geo`, the package byte-compiled as a regular install has it), "warm"
every later one; `newsweave --help` is timed too.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.harness import BenchContext, Row
from bench.tasks.speed import multiling_english

# Whole-process medians need more runs than in-process ones: process start varies more.
EXTRA_REPEATS = 2

_PEAK = (
    "\nhwm = next(line for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
    "print('PEAK_RSS_KIB', hwm.split()[1], file=sys.stderr)\n"
)
_BRIEF = (
    "import sys\nfrom newsweave.cli import main\nsys.argv = ['newsweave', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n" + _PEAK
)
_SUMY = (
    "import sys\nfrom pathlib import Path\nfrom bench.tasks.summary import sumy_summary\n"
    "texts = [Path(p).read_text(encoding='utf-8') for p in sys.argv[1:]]\n"
    "sys.stdout.write(sumy_summary(texts, 'lexrank'))\n" + _PEAK
)


def _run(code: str, args: Sequence[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, peak MiB, CPU seconds) of one fresh interpreter running ``code``. CPU is the child's user +
    system time: on a shared machine it moves far less with the load than the wall time does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    kib = next(line.split()[1] for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_KIB"))
    return seconds, int(kib) / 1024.0, cpu


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def _package_dir() -> Path:
    spec = importlib.util.find_spec("newsweave")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


def _story_dir(paths: Sequence[Path], into: Path) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    written = []
    for p in paths:  # the shared sets use extensions such as .english; brief reads .txt
        target = into / f"{p.stem}.txt"
        target.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    return written


def run(ctx: BenchContext) -> list[Row]:
    rows: list[Row] = []
    repeats = max(1, ctx.repeats) + EXTRA_REPEATS
    english = multiling_english(ctx.data)
    stories: list[tuple[str, Sequence[Path]]] = [("seeds", sorted(ctx.seeds.glob("*.txt")))]
    stories.append(("10-article story", english[:10]))
    if not ctx.quick:
        stories.append(("100-article story", english[:100]))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        # The install step: byte-compile the package as pip does for a regular install (an editable one does
        # not, and under PYTHONDONTWRITEBYTECODE every run would compile it again), build the gazetteer.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(_package_dir())], env=env, check=True,
                       capture_output=True)
        subprocess.run([sys.executable, "-m", "newsweave.geo"], env=env, check=True, capture_output=True)
        for n, (name, paths) in enumerate(stories):
            files = _story_dir(paths, Path(tmp) / f"story{n}")
            brief_args = ["brief", str(files[0].parent), "--format", "json", "--output",
                          str(Path(tmp) / "out.json")]
            cold = _run(_BRIEF, brief_args, env)[0] if n == 0 else None
            ours, theirs, our_mem, their_mem, our_cpu, their_cpu = [], [], [], [], [], []
            for _ in range(repeats):
                seconds, mib, cpu = _run(_BRIEF, brief_args, env)
                ours.append(seconds)
                our_mem.append(mib)
                our_cpu.append(cpu)
                if ctx.peers:
                    seconds, mib, cpu = _run(_SUMY, [str(f) for f in files], env)
                    theirs.append(seconds)
                    their_mem.append(mib)
                    their_cpu.append(cpu)
            peers = (("sumy LexRank (whole process)", statistics.median(theirs)),) if theirs else ()
            rows.append(Row("cli_speed", name, "whole-process brief seconds (median, warm)",
                            statistics.median(ours), peers=peers, higher_is_better=False,
                            note=f"{len(files)} articles, paired runs, median of {repeats}; {_load()}"))
            cpu_peers = (("sumy LexRank (whole process)", statistics.median(their_cpu)),) if their_cpu else ()
            rows.append(Row("cli_speed", name, "whole-process CPU seconds, user+sys (median)",
                            statistics.median(our_cpu), peers=cpu_peers, higher_is_better=False))
            mem_peers = (("sumy LexRank", statistics.median(their_mem)),) if their_mem else ()
            rows.append(Row("cli_speed", name, "peak RSS MiB (whole process)", max(our_mem), peers=mem_peers,
                            higher_is_better=False))
            if cold is not None:
                rows.append(Row("cli_speed", name, "first brief after install / warm median",
                                cold / statistics.median(ours), higher_is_better=False,
                                note="goal: no slower than later runs (≈1.0)"))
        helps = []
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsweave.cli", "--help"], env=env, check=True,
                           capture_output=True)
            helps.append(time.perf_counter() - started)
        rows.append(Row("cli_speed", "newsweave --help", "seconds (median)", statistics.median(helps),
                        higher_is_better=False, note="goal < 0.3 s"))
    return rows
