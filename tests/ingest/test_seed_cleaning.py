"""The acceptance checks of issue 2 on the real seed reports, against the hand-labelled snippets."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.tasks.cleaning import SeedLabel, load_labels, score

from newsweave.ingest import read_inputs
from newsweave.models import Article

LABELS = load_labels()


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> dict[str, Article]:
    result = read_inputs([str(seeds_dir)])
    assert result.rejections == ()
    return {Path(a.path or "").name: a for a in result.articles}


@pytest.mark.parametrize("label", LABELS, ids=[lab.file[:3] for lab in LABELS])
def test_seed_keeps_body_and_drops_furniture(seed_articles: dict[str, Article], label: SeedLabel) -> None:
    article = seed_articles[label.file]
    counts = score(article.text, label.keep, label.drop)
    assert counts.fn == 0, [s for s in label.keep if s not in " ".join(article.text.split())]
    assert counts.fp == 0
    assert article.removed, "every seed carries some furniture"
    for field, value in label.expected:
        assert getattr(article, field) == value


def test_no_credit_embed_or_link_residue_anywhere(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for marker in ("Photograph:", "pic.twitter.com", "READ MORE", "Connect with us", "See also", "(@"):
            assert marker not in article.text, (article.path, marker)


def test_removed_kinds_cover_the_issue_list(seed_articles: dict[str, Article]) -> None:
    kinds = {r.kind for a in seed_articles.values() for r in a.removed}
    assert kinds == {"caption", "boilerplate", "embed", "navigation", "related"}


def test_ids_are_unique_and_stable(seeds_dir: Path, seed_articles: dict[str, Article]) -> None:
    again = {Path(a.path or "").name: a.id for a in read_inputs([str(seeds_dir)]).articles}
    assert again == {name: a.id for name, a in seed_articles.items()}
    assert len(set(again.values())) == len(again)
