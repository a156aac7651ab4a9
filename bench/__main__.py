"""`make bench`: run every benchmark task and print one table beside the peers.

    python -m bench [--data DIR] [--quick] [--no-peers] [--only TASK ...]

Writes bench/results/latest.json and bench/results/latest.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import time
import traceback
from dataclasses import asdict
from pathlib import Path

from bench.harness import DEFAULT_DATA, SEEDS, BenchContext, Row

# Order of the table: quality first, then speed and memory.
TASKS = (
    "cleaning",
    "dates",
    "quotes",
    "places",
    "summary",
    "roster",
    "entity_types",
    "clustering",
    "trust",
    "ecbplus",
    "language",
    "robustness",
    "speed",
    "cli_speed",
    "scaling",
    "ingest_speed",
    "scale",
    "web_load",
)
RESULTS = Path(__file__).resolve().parent / "results"


def run_tasks(ctx: BenchContext, only: tuple[str, ...] = ()) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    failures: list[str] = []
    for name in TASKS:
        if only and name not in only:
            continue
        try:
            module = importlib.import_module(f"bench.tasks.{name}")
        except ModuleNotFoundError as exc:
            failures.append(f"{name}: not available ({exc})")
            continue
        started = time.perf_counter()
        try:
            task_rows = module.run(ctx)
        except Exception as exc:  # one broken task must not hide the others' figures
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            traceback.print_exc()
            continue
        print(f"[bench] {name}: {len(task_rows)} row(s) in {time.perf_counter() - started:.1f}s", flush=True)
        rows.extend(task_rows)
    return rows, failures


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"


def to_markdown(rows: list[Row], machine: str, command: str) -> str:
    lines = [
        f"Command: `{command}` · machine: {machine}",
        "",
        "| task | dataset | metric | newsweave | peers (same run) | published | ratio to best peer |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        peers = "; ".join(f"{name} {_fmt(v)}" for name, v in r.peers) or "–"
        published = "; ".join(f"{p.system} {_fmt(p.value)} ({p.citation})" for p in r.published) or "–"
        ratio = r.ratio_to_best_peer()
        lines.append(
            f"| {r.task} | {r.dataset} | {r.metric} | {_fmt(r.newsweave)} | {peers} | {published} | "
            f"{_fmt(ratio) if ratio is not None else '–'} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared eval folder")
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--quick", action="store_true", help="the fast subset used by the CI quality gate")
    parser.add_argument("--no-peers", action="store_true", help="skip the competing tools")
    parser.add_argument("--only", nargs="*", default=[], help="run only these tasks")
    parser.add_argument("--repeats", type=int, default=3, help="runs per speed figure (median taken)")
    args = parser.parse_args()
    ctx = BenchContext(
        data=args.data, seeds=args.seeds, quick=args.quick, peers=not args.no_peers, repeats=args.repeats
    )
    started = time.perf_counter()
    rows, failures = run_tasks(ctx, tuple(args.only))
    machine = f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
    machine += f"{_cpu_count()} cores"
    command = "make bench" + (" BENCH_ARGS=--quick" if args.quick else "")
    table = to_markdown(rows, machine, command)
    print()
    print(table)
    for failure in failures:
        print(f"[bench] FAILED {failure}")
    RESULTS.mkdir(exist_ok=True)
    payload = {
        "machine": machine,
        "command": command,
        "seconds": round(time.perf_counter() - started, 1),
        "rows": [asdict(r) | {"key": r.key, "ratio_to_best_peer": r.ratio_to_best_peer()} for r in rows],
        "failures": failures,
        "notes": ctx.notes,
    }
    (RESULTS / "latest.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    (RESULTS / "latest.md").write_text(table, encoding="utf-8")
    print(f"[bench] wrote {RESULTS / 'latest.json'} and latest.md in {payload['seconds']}s")
    if failures:
        raise SystemExit(1)


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
