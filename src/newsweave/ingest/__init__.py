"""Ingest stage. PLACEHOLDER reader: replaced by per-format readers and cleaning."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from newsweave.models import Article, IngestResult, Rejection


def read_inputs(paths: Sequence[str]) -> IngestResult:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace").strip()
            if not text:
                rejections.append(Rejection(str(f), "ingest", "empty file"))
                continue
            aid = hashlib.sha1(text.encode()).hexdigest()[:12]
            articles.append(Article(id=aid, text=text, path=str(f)))
    return IngestResult(tuple(articles), tuple(rejections))
