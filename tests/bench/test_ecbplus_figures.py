"""The ECB+ figures set: labels of odd topics only, short phrases, pairs inside one quantity; and the scorer
on a made-up story (invented sentences, no ECB+ text)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.trust.briefs import BriefView, ConflictView, Figure, Span, UpdateView
from bench.trust.ecbplus import CHECK_TOPICS, TUNE_TOPICS
from bench.trust.ecbplus_figures import LABELS, load_figures, score_view
from bench.trust.labels import parse_labels

MAX_PHRASE_WORDS = 12


def test_labels_are_of_odd_topics_of_their_part_with_short_phrases_and_pairs_inside_one_quantity() -> None:
    files = sorted(LABELS.glob("topic-*.json"))
    assert files and (LABELS / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert topic % 2 == 1 and topic in TUNE_TOPICS + CHECK_TOPICS
        assert raw["split"] == ("tune" if topic in TUNE_TOPICS else "check")
        figures = load_figures(topic)
        assert figures is not None and figures.stories
        mentions = figures.labels.number_mentions()
        assert len(mentions) == sum(len(q.mentions) for q in figures.labels.quantities)  # ids unique
        for _quantity, m in mentions.values():
            assert len(m.phrase.split()) <= MAX_PHRASE_WORDS
            assert any(m.doc.endswith(s.removeprefix(str(topic))) and m.doc.startswith(f"{topic}_")
                       for s in figures.stories)
            assert m.low is not None
        for pair in figures.labels.contradictions | figures.labels.uncertain:
            a, b = sorted(pair)
            assert mentions[a][0].id == mentions[b][0].id


TEXT_A = "A storm hit the coast.\n\nThe storm killed 12 people, officials said.\n\nIt was 40 years old."
TEXT_B = "The coast was battered.\n\nThe storm killed 19 people, officials said.\n\nA 40-year-old man died."


def _at(doc: str, text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(doc, start, start + len(phrase))


def _labels(contradiction: bool) -> dict[str, object]:
    return {"cluster": "made-up", "topic": 99, "stories": ["99ecb"], "quantities": [
        {"id": "Q1", "counts": "people killed by the storm", "running": True, "mentions": [
            {"id": "N1", "doc": "99_1ecb", "phrase": "12 people", "offset": TEXT_A.index("12 people"),
             "low": 12, "high": 12},
            {"id": "N2", "doc": "99_2ecb", "phrase": "19 people", "offset": TEXT_B.index("19 people"),
             "low": 19, "high": 19}]},
        {"id": "Q2", "counts": "age of a man", "mentions": [
            {"id": "N3", "doc": "99_2ecb", "phrase": "40-year-old", "offset": TEXT_B.index("40-year-old"),
             "low": 40, "high": 40}]}],
        "contradictions": [["N1", "N2"]] if contradiction else [], "uncertain": []}


def _brief(conflicts: tuple[tuple[Span, Span], ...], updates: tuple[tuple[Span, Span], ...]) -> BriefView:
    texts = {"99_1ecb": TEXT_A, "99_2ecb": TEXT_B}
    figures = (Figure(_at("99_1ecb", TEXT_A, "12"), "12 people", 12, 12, "people killed"),
               Figure(_at("99_2ecb", TEXT_B, "19"), "19 people", 19, 19, "people killed"))
    return BriefView(
        texts=texts, family={"99_1ecb": "a", "99_2ecb": "b"}, claims=(),
        conflicts=tuple(ConflictView(frozenset({"c1", "c2"}), "number", (pair,)) for pair in conflicts),
        figures=figures,
        updates=tuple(UpdateView(tuple(Figure(s, "", None, None) for s in pair)) for pair in updates),
        events=(), fallbacks=frozenset())


def test_a_conflict_on_a_labelled_contradiction_is_right_and_found(tmp_path: Path) -> None:
    figures = load_figures(99, tmp_path)
    assert figures is None
    (tmp_path / "topic-99.json").write_text(json.dumps(_labels(True)), encoding="utf-8")
    figures = load_figures(99, tmp_path)
    assert figures is not None and figures.labels == parse_labels(_labels(True))
    pair = (_at("99_1ecb", TEXT_A, "12 people"), _at("99_2ecb", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), ()))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold, s.conflicts.found) == (1, 1, 1, 1)
    assert s.conflicts_baseline.right == 1 and s.missing_phrases == 0
    assert s.updates.gold == 0  # a contradiction is no update


def test_an_update_of_a_running_figure_is_right_and_a_conflict_on_it_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "topic-99.json").write_text(json.dumps(_labels(False)), encoding="utf-8")
    figures = load_figures(99, tmp_path)
    assert figures is not None
    pair = (_at("99_1ecb", TEXT_A, "12 people"), _at("99_2ecb", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), (pair,)))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold) == (1, 0, 0)
    assert (s.updates.predicted, s.updates.right, s.updates.gold, s.updates.found) == (1, 1, 1, 1)
    age = (_at("99_1ecb", TEXT_A, "40 years"), _at("99_2ecb", TEXT_B, "40-year-old"))
    s = score_view(figures, _brief((age,), ()))
    assert (s.conflicts.predicted, s.conflicts.right) == (1, 0)  # an unlabelled figure: wrong
