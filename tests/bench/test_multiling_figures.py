"""The MultiLing figures set: labels of each topic in its part, short phrases at their offsets in the loader's
text, pairs inside one quantity; and the scorer on a made-up topic (invented sentences, no WikiNews text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.harness import DEFAULT_DATA, text_articles
from bench.trust.briefs import BriefView, ConflictView, Figure, Span, UpdateView
from bench.trust.labels import parse_labels
from bench.trust.multiling_events import CHECK_TOPICS, TUNE_TOPICS, topic_paths
from bench.trust.multiling_figures import LABELS, doc_name, load_figures, score_view

MAX_PHRASE_WORDS = 12


def test_labels_are_of_topics_of_their_part_with_short_phrases_and_pairs_inside_one_quantity() -> None:
    files = sorted(LABELS.glob("topic-*.json"))
    assert files and (LABELS / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert path.name == f"topic-{topic}.json" and topic in TUNE_TOPICS + CHECK_TOPICS
        assert raw["split"] == ("tune" if topic in TUNE_TOPICS else "check")
        figures = load_figures(topic)
        assert figures is not None
        mentions = figures.labels.number_mentions()
        assert len(mentions) == sum(len(q.mentions) for q in figures.labels.quantities)  # ids unique
        for _quantity, m in mentions.values():
            assert len(m.phrase.split()) <= MAX_PHRASE_WORDS
            assert m.doc.startswith(topic) and len(m.doc) == len(topic) + 1
            assert m.low is not None and (m.high is None or m.low <= m.high)
        for pair in figures.labels.contradictions | figures.labels.uncertain:
            a, b = sorted(pair)
            assert mentions[a][0].id == mentions[b][0].id


@pytest.mark.parametrize("topic", TUNE_TOPICS)
def test_tune_phrases_stand_at_their_offsets_in_the_cleaned_text(topic: str) -> None:
    figures = load_figures(topic)
    paths = topic_paths(DEFAULT_DATA, topic)
    if figures is None or not paths:
        pytest.skip("no labels or no MultiLing data here")
    texts = {doc_name(a.path or a.id): a.text for a in text_articles(paths)}
    for _quantity, m in figures.labels.number_mentions().values():
        assert texts[m.doc][m.offset:m.offset + len(m.phrase)] == m.phrase


TEXT_A = "A storm hit the coast.\n\nThe storm killed 12 people, officials said.\n\nIt was 40 years old."
TEXT_B = "The coast was battered.\n\nThe storm killed 19 people, officials said.\n\nA 40-year-old man died."


def _at(doc: str, text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(doc, start, start + len(phrase))


def _labels(contradiction: bool) -> dict[str, object]:
    return {"cluster": "topic-M999", "topic": "M999", "quantities": [
        {"id": "Q1", "counts": "people killed by the storm", "running": True, "mentions": [
            {"id": "N1", "doc": "M9990", "phrase": "12 people", "offset": TEXT_A.index("12 people"),
             "low": 12, "high": 12},
            {"id": "N2", "doc": "M9991", "phrase": "19 people", "offset": TEXT_B.index("19 people"),
             "low": 19, "high": 19}]},
        {"id": "Q2", "counts": "age of a man", "mentions": [
            {"id": "N3", "doc": "M9991", "phrase": "40-year-old", "offset": TEXT_B.index("40-year-old"),
             "low": 40, "high": 40}]}],
        "contradictions": [["N1", "N2"]] if contradiction else [], "uncertain": []}


def _brief(conflicts: tuple[tuple[Span, Span], ...], updates: tuple[tuple[Span, Span], ...]) -> BriefView:
    texts = {"M9990": TEXT_A, "M9991": TEXT_B}
    figures = (Figure(_at("M9990", TEXT_A, "12"), "12 people", 12, 12, "people killed"),
               Figure(_at("M9991", TEXT_B, "19"), "19 people", 19, 19, "people killed"))
    return BriefView(
        texts=texts, family={"M9990": "a", "M9991": "b"}, claims=(),
        conflicts=tuple(ConflictView(frozenset({"c1", "c2"}), "number", (pair,)) for pair in conflicts),
        figures=figures,
        updates=tuple(UpdateView(tuple(Figure(s, "", None, None) for s in pair)) for pair in updates),
        events=(), fallbacks=frozenset())


def test_a_file_stem_names_the_document() -> None:
    assert doc_name("/data/multiling2011/sources/M0031.english") == "M0031"


def test_a_conflict_on_a_labelled_contradiction_is_right_and_found(tmp_path: Path) -> None:
    assert load_figures("M999", tmp_path) is None
    (tmp_path / "topic-M999.json").write_text(json.dumps(_labels(True)), encoding="utf-8")
    figures = load_figures("M999", tmp_path)
    assert figures is not None and figures.labels == parse_labels(_labels(True))
    pair = (_at("M9990", TEXT_A, "12 people"), _at("M9991", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), ()))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold, s.conflicts.found) == (1, 1, 1, 1)
    assert s.conflicts_baseline.right == 1 and s.missing_phrases == 0 and s.topics == ["M999"]
    assert s.updates.gold == 0  # a contradiction is no update


def test_an_update_of_a_running_figure_is_right_and_a_conflict_on_it_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "topic-M999.json").write_text(json.dumps(_labels(False)), encoding="utf-8")
    figures = load_figures("M999", tmp_path)
    assert figures is not None
    pair = (_at("M9990", TEXT_A, "12 people"), _at("M9991", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), (pair,)))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold) == (1, 0, 0)
    assert (s.updates.predicted, s.updates.right, s.updates.gold, s.updates.found) == (1, 1, 1, 1)
    age = (_at("M9990", TEXT_A, "40 years"), _at("M9991", TEXT_B, "40-year-old"))
    s = score_view(figures, _brief((age,), ()))
    assert (s.conflicts.predicted, s.conflicts.right) == (1, 0)  # an unlabelled figure: wrong
