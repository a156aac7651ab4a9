from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsweave.group.batch_pass import end_of_batch
from newsweave.models import AnalyzedArticle, Annotations, Article, EntityMention, NumberMention, Span

# The newer game's story took in three recaps of the older game, the first of them its very first article.
STRAYS = [f"s{i}" for i in range(3)]
NEWER = [f"n{i}" for i in range(10)]
OLDER = [f"o{i}" for i in range(6)]
POINTS = {"n": (0.0, 1.0), "o": (1.0, 0.0), "s": (1.0, 0.3)}


def _item(m: str) -> AnalyzedArticle:
    score = "20-13" if m[0] == "n" else "31-24"
    text = f"Wend won {score}."
    low, high = (float(x) for x in score.split("-"))
    ann = Annotations(
        m,
        entities=(EntityMention(Span(m, 0, 4), "Wend", "PERSON"),),
        numbers=(NumberMention(Span(m, 9, 9 + len(score)), score, low, low, high, False, None),),
    )
    return AnalyzedArticle(Article(id=m, text=text), ann)


def _combine(vectors: Sequence[tuple[float, float]]) -> tuple[float, float]:
    x, y = sum(v[0] for v in vectors), sum(v[1] for v in vectors)
    norm = (x * x + y * y) ** 0.5 or 1.0
    return x / norm, y / norm


def _dot(u: tuple[float, float], v: tuple[float, float]) -> float:
    return u[0] * v[0] + u[1] * v[1]


def test_strays_move_and_their_old_story_is_named_after_its_first_article_left() -> None:
    members = [*STRAYS, *NEWER, *OLDER]
    rank = {m: k for k, m in enumerate(members)}
    groups = {"st-s0": [*STRAYS, *NEWER], "st-o0": list(OLDER)}
    out = end_of_batch(groups, [_item(m) for m in members], rank, lambda it: POINTS[it.article.id[0]], _dot,
                       _combine)
    assert out == {"st-n0": NEWER, "st-o0": [*OLDER, *STRAYS]}
    # A store keeps its ids, and folds no small story into a large one for resembling it (a new event's
    # first reports may).
    groups["st-x0"] = ["o9"]
    out = end_of_batch(groups, [_item(m) for m in [*members, "o9"]], {**rank, "o9": len(rank)},
                       lambda it: POINTS[it.article.id[0]], _dot, _combine, rename=False,
                       similar_leftovers=False)
    assert out == {"st-s0": NEWER, "st-o0": [*OLDER, *STRAYS], "st-x0": ["o9"]}
    out = end_of_batch(groups, [_item(m) for m in [*members, "o9"]], {**rank, "o9": len(rank)},
                       lambda it: POINTS[it.article.id[0]], _dot, _combine)
    assert out == {"st-n0": NEWER, "st-o0": [*OLDER, *STRAYS, "o9"]}


@pytest.mark.parametrize("store", [False, True])
def test_a_few_reports_cut_out_as_their_own_event_are_not_folded_back(store: bool) -> None:
    # Three recaps of a second game, dated days apart and years after the first game's thirteen, all naming
    # its opponent; alike enough to the first game's story that a leftover of them would be folded into it.
    first, second = [f"n{i}" for i in range(13)], [f"s{i}" for i in range(3)]
    members = [first[0], second[0], *first[1:], *second[1:]]

    def item(m: str) -> AnalyzedArticle:
        rival = "Ostrik" if m[0] == "s" else "Dellane"
        day = f"2034-06-0{int(m[1:]) + 1}" if m[0] == "s" else "2031-05-02"
        ann = Annotations(m, entities=(EntityMention(Span(m, 0, 4), "Wend", "PERSON"),
                                       EntityMention(Span(m, 9, 9 + len(rival)), rival, "PERSON")))
        return AnalyzedArticle(Article(id=m, text=f"Wend met {rival}.", published=day), ann)

    items = [item(m) for m in members]
    out = end_of_batch({"st-n0": members}, items, {m: k for k, m in enumerate(members)},
                       lambda it: POINTS[it.article.id[0]], _dot, _combine, rename=not store,
                       similar_leftovers=not store)
    assert out == {"st-n0": first, "st-s0": second}
