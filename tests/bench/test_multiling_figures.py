"""The MultiLing figures set: labels of each topic in its part, short phrases at their offsets in the loader's
text, pairs inside one quantity; and the scorer on a made-up topic (invented sentences, no WikiNews text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.harness import DEFAULT_DATA, text_articles
from bench.trust.briefs import BriefView, Span
from bench.trust.labels import parse_labels
from bench.trust.multiling_events import CHECK_TOPICS, TUNE_TOPICS, topic_paths
from bench.trust.multiling_figures import LABELS, doc_name, load_figures, score_view
from tests.bench.figure_fixtures import TEXT_A, TEXT_B, at, brief, check_figure_labels, labels


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
        check_figure_labels(figures.labels, lambda doc, t=topic: doc.startswith(t) and len(doc) == len(t) + 1)


@pytest.mark.parametrize("topic", TUNE_TOPICS)
def test_tune_phrases_stand_at_their_offsets_in_the_cleaned_text(topic: str) -> None:
    figures = load_figures(topic)
    paths = topic_paths(DEFAULT_DATA, topic)
    if figures is None or not paths:
        pytest.skip("no labels or no MultiLing data here")
    texts = {doc_name(a.path or a.id): a.text for a in text_articles(paths)}
    for _quantity, m in figures.labels.number_mentions().values():
        assert texts[m.doc][m.offset:m.offset + len(m.phrase)] == m.phrase


DOCS = ("M9990", "M9991")


def _labels(contradiction: bool) -> dict[str, object]:
    return labels(*DOCS, {"cluster": "topic-M999", "topic": "M999"}, contradiction)


def _brief(conflicts: tuple[tuple[Span, Span], ...], updates: tuple[tuple[Span, Span], ...]) -> BriefView:
    return brief(*DOCS, conflicts, updates)


def test_a_file_stem_names_the_document() -> None:
    assert doc_name("/data/multiling2011/sources/M0031.english") == "M0031"


def test_a_conflict_on_a_labelled_contradiction_is_right_and_found(tmp_path: Path) -> None:
    assert load_figures("M999", tmp_path) is None
    (tmp_path / "topic-M999.json").write_text(json.dumps(_labels(True)), encoding="utf-8")
    figures = load_figures("M999", tmp_path)
    assert figures is not None and figures.labels == parse_labels(_labels(True))
    pair = (at("M9990", TEXT_A, "12 people"), at("M9991", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), ()))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold, s.conflicts.found) == (1, 1, 1, 1)
    assert s.conflicts_baseline.right == 1 and s.missing_phrases == 0 and s.topics == ["M999"]
    assert s.updates.gold == 0  # a contradiction is no update


def test_an_update_of_a_running_figure_is_right_and_a_conflict_on_it_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "topic-M999.json").write_text(json.dumps(_labels(False)), encoding="utf-8")
    figures = load_figures("M999", tmp_path)
    assert figures is not None
    pair = (at("M9990", TEXT_A, "12 people"), at("M9991", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), (pair,)))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold) == (1, 0, 0)
    assert (s.updates.predicted, s.updates.right, s.updates.gold, s.updates.found) == (1, 1, 1, 1)
    age = (at("M9990", TEXT_A, "40 years"), at("M9991", TEXT_B, "40-year-old"))
    s = score_view(figures, _brief((age,), ()))
    assert (s.conflicts.predicted, s.conflicts.right) == (1, 0)  # an unlabelled figure: wrong
