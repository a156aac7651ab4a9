"""The common shape of every benchmark: rows of (task, dataset, metric, ours, peers, published)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.models import Article
from newsweave.weave.briefing import WeaveOptions

# The claim alignment the quality benches weave with: the product's default (lexical) unless this variable
# says "semantic" (the sentence encoder, `newsweave brief --semantic`).
ALIGNMENT_VARIABLE = "NEWSWEAVE_BENCH_ALIGNMENT"


def weave_options() -> WeaveOptions:
    semantic = os.environ.get(ALIGNMENT_VARIABLE, "").strip().lower() == "semantic"
    return WeaveOptions(alignment="semantic" if semantic else "lexical")

# The shared evaluation data, relative to the project root (override with --data DIR).
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "seeds"


@dataclass(frozen=True, slots=True)
class Published:
    value: float
    system: str
    citation: str


@dataclass(frozen=True, slots=True)
class Row:
    task: str
    dataset: str
    metric: str
    newsweave: float
    peers: tuple[tuple[str, float], ...] = ()  # (peer name, figure) measured in the same run
    published: tuple[Published, ...] = ()
    higher_is_better: bool = True
    note: str = ""

    @property
    def key(self) -> str:
        """Stable key used by bench/floors.json."""
        return f"{self.task}/{self.dataset}/{self.metric}"

    def ratio_to_best_peer(self) -> float | None:
        if not self.peers:
            return None
        values = [v for _, v in self.peers]
        best = max(values) if self.higher_is_better else min(values)
        if best == 0:
            return None
        return self.newsweave / best if self.higher_is_better else best / self.newsweave


@dataclass(frozen=True, slots=True)
class BenchContext:
    data: Path = DEFAULT_DATA
    seeds: Path = SEEDS
    quick: bool = False  # the fast subset used by the CI quality gate
    peers: bool = True  # run competing tools (needs the bench extra)
    repeats: int = 3
    notes: list[str] = field(default_factory=list)


def text_articles(paths: Sequence[Path]) -> list[Article]:
    """Plain-text files of any extension (the shared sets use .english) through ingest and cleaning."""
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    return [
        to_article(RawDocument(item=str(p), text=p.read_text(encoding="utf-8", errors="replace"),
                               path=str(p)))
        for p in paths
    ]
