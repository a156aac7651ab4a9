"""What each floored benchmark reads, and a digest of it: a floor means something only on its own data.

``bench/floors.json`` records, per task, the SHA-256 of its inputs (file names and bytes). The CI gate refuses
to compare figures when the digest differs: changed data means re-measuring, not silently passing or failing.

    python -m bench.inputs            # print each task's digest
    python -m bench.inputs --write    # record the digests in bench/floors.json (after re-measuring)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from bench.harness import DEFAULT_DATA, SEEDS

BENCH = Path(__file__).resolve().parent
FLOORS_FILE = BENCH / "floors.json"

# task -> inputs, each "eval:<path under ../shared/eval>", "seeds:" or "bench:<path under bench/>".
TASK_INPUTS: dict[str, tuple[str, ...]] = {
    "cleaning": ("seeds:", "bench:data/cleaning_seeds.json"),
    "dates": ("eval:te3-platinum", "eval:timebank"),
    "summary": ("eval:multiling2011/sources", "eval:multiling2011/references"),
    "roster": ("eval:meantime",),
    # The quick subset: MEANTIME's airbus corpus and ECB+ topic 1 with the sentence index.
    "entity_types": ("eval:meantime/intra_cross-doc_annotation/corpus_airbus", "eval:ecbplus/1",
                     "eval:ecbplus/ECBplus_coreference_sentences.csv"),
    "quotes": ("eval:polnear-dev",),
    "places": ("eval:geowebnews", "eval:lgl"),
    "clustering": ("eval:multiling2011/sources", "eval:meantime"),
    "language": ("eval:multiling2011/sources", "eval:multiling2011/references"),
    # The quick subsets: two tune clusters with their labels; ECB+ topics 1 and 3 with the sentence index.
    "trust": ("eval:duc2003/docs/d31022t", "eval:duc2003/docs/d30003t",
              "bench:data/trust/duc2003/d31022t.json", "bench:data/trust/duc2003/d30003t.json"),
    "ecbplus": ("eval:ecbplus/1", "eval:ecbplus/3", "eval:ecbplus/ECBplus_coreference_sentences.csv",
                "bench:data/trust/ecbplus-events/topic-01.json",
                "bench:data/trust/ecbplus-events/topic-03.json"),
}


def _root(spec: str, data: Path, seeds: Path) -> Path:
    kind, _, rest = spec.partition(":")
    base = {"eval": data, "seeds": seeds, "bench": BENCH}[kind]
    return base / rest if rest else base


def digest(task: str, data: Path = DEFAULT_DATA, seeds: Path = SEEDS) -> str:
    """SHA-256 over the sorted relative names and bytes of every file the task reads."""
    h = hashlib.sha256()
    for spec in TASK_INPUTS[task]:
        root = _root(spec, data, seeds)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        if not files or not files[0].exists():
            raise FileNotFoundError(f"{task}: input {spec} not found at {root}")
        for path in files:
            h.update(f"{spec}/{path.relative_to(root).as_posix() if root.is_dir() else ''}\0".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.inputs", description=__doc__)
    parser.add_argument("--write", action="store_true", help="record the digests in bench/floors.json")
    args = parser.parse_args()
    digests = {task: digest(task) for task in sorted(TASK_INPUTS)}
    for task, value in digests.items():
        print(f"{task:12} {value}")
    if args.write:
        floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
        floors["inputs"] = digests
        FLOORS_FILE.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
