"""Cleaning quality on the seed reports: characters kept/removed and keep/drop-snippet precision/recall.

The hand-labelled snippets (bench/data/cleaning_seeds.json) follow trafilatura's evaluation scheme: a "keep"
snippet found in the output is a true positive (missing: false negative), a "drop" snippet found in the output
is a false positive (missing: true negative). Peers measured in the same run on the same text:
- "no cleaning": the text as scraped (the floor every cleaner must beat on precision);
- "trafilatura": trafilatura's own extraction of the same text wrapped as minimal HTML, one <p> per line, i.e.
  what a generic boilerplate remover does with already-scraped text. No published figure applies:
  trafilatura's published scores are on raw web pages, not on scraped text.
"""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.harness import BenchContext, Row

SNIPPETS = Path(__file__).resolve().parent.parent / "data" / "cleaning_seeds.json"


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _norm(text: str) -> str:
    return " ".join(text.split())


def _present(snippet: str, text: str) -> bool:
    if snippet.startswith("="):
        return any(_norm(line) == snippet[1:] for line in text.splitlines())
    return snippet in _norm(text)


def score(text: str, keep: Sequence[str], drop: Sequence[str]) -> Counts:
    kept = sum(_present(s, text) for s in keep)
    leaked = sum(_present(s, text) for s in drop)
    return Counts(tp=kept, fn=len(keep) - kept, fp=leaked, tn=len(drop) - leaked)


def ours(raw: str, path: Path) -> str:
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    return to_article(RawDocument(item=str(path), text=raw, path=str(path))).text


def no_cleaning(raw: str, path: Path) -> str:
    return raw


def trafilatura_on_text(raw: str, path: Path) -> str:
    from trafilatura import extract

    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.splitlines() if line.strip())
    page = f"<html><head><title></title></head><body><article>{paras}</article></body></html>"
    return extract(page, include_comments=False, include_tables=False, favor_recall=True) or ""


Cleaner = Callable[[str, Path], str]
PEERS: tuple[tuple[str, Cleaner], ...] = (("no cleaning", no_cleaning), ("trafilatura", trafilatura_on_text))


EXPECTED_FIELDS = ("outlet", "title", "published", "published_from")


@dataclass(frozen=True, slots=True)
class SeedLabel:
    file: str
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    expected: tuple[tuple[str, str], ...]  # (Article field, value) that cleaning must find in the text


def load_labels(path: Path = SNIPPETS) -> list[SeedLabel]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        SeedLabel(str(s["file"]), tuple(map(str, s["keep"])), tuple(map(str, s["drop"])),
                  tuple((f, str(s[f])) for f in EXPECTED_FIELDS if f in s))
        for s in data["seeds"]
    ]


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    rows: list[Row] = []
    totals: dict[str, Counts] = {name: Counts() for name in ("newsweave", *(n for n, _ in PEERS))}
    meta_ok = meta_all = 0
    for label in load_labels():
        path = ctx.seeds / label.file
        if not path.exists():
            ctx.notes.append(f"cleaning: {path} missing, skipped")
            continue
        raw = path.read_text(encoding="utf-8")
        article = to_article(RawDocument(item=str(path), text=raw, path=str(path)))
        source_chars = sum(len(_norm(line)) for line in raw.splitlines())
        removed_chars = sum(len(r.text) for r in article.removed)
        kept_chars = len(article.text.replace("\n\n", ""))
        name = path.stem[:3]
        rows.append(Row("cleaning", f"seed {name}", "chars kept", kept_chars,
                        note=f"of {source_chars} scraped (whitespace-normalised)"))
        rows.append(Row("cleaning", f"seed {name}", "chars removed", removed_chars, higher_is_better=False,
                        note=f"{len(article.removed)} pieces: "
                             + ", ".join(sorted({r.kind for r in article.removed}))))
        counts = score(article.text, label.keep, label.drop)
        totals["newsweave"] += counts
        peers: list[tuple[str, float]] = []
        if ctx.peers:
            for peer_name, cleaner in PEERS:
                peer_counts = score(cleaner(raw, path), label.keep, label.drop)
                totals[peer_name] += peer_counts
                peers.append((peer_name, peer_counts.f1))
        rows.append(Row("cleaning", f"seed {name}", "snippet F1", counts.f1, peers=tuple(peers),
                        note=f"keep {counts.tp}/{len(label.keep)}, leaked {counts.fp}/{len(label.drop)}"))
        meta_ok += sum(getattr(article, f) == v for f, v in label.expected)
        meta_all += len(label.expected)
    for metric in ("precision", "recall", "f1"):
        peer_figures = tuple((n, getattr(c, metric)) for n, c in totals.items() if n != "newsweave")
        rows.append(Row("cleaning", "seeds", f"snippet {metric}", getattr(totals["newsweave"], metric),
                        peers=peer_figures, note="keep/drop snippets, trafilatura's evaluation scheme"))
    if meta_all:
        rows.append(Row("cleaning", "seeds", "metadata from text correct", meta_ok / meta_all,
                        note=f"{meta_ok}/{meta_all} labelled outlet/title/published fields"))
    return rows


if __name__ == "__main__":
    from bench.harness import BenchContext as _Ctx

    for row in run(_Ctx(quick="--quick" in sys.argv, peers="--no-peers" not in sys.argv)):
        print(row)
