"""The ECB+ figures set: labels of odd topics (dev) and of even topics labelled blind (held out), short
phrases, pairs inside one quantity; and the scorer on a made-up story (invented sentences, no ECB+ text)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.trust.briefs import BriefView, Span
from bench.trust.ecbplus import CHECK_TOPICS, TUNE_TOPICS
from bench.trust.ecbplus_figures import LABELS, TEST_TOPICS, load_figures, score_view
from bench.trust.labels import parse_labels
from tests.bench.figure_fixtures import TEXT_A, TEXT_B, at, brief, check_figure_labels, labels


def test_labels_are_of_topics_of_their_part_with_short_phrases_and_pairs_inside_one_quantity() -> None:
    files = sorted(LABELS.glob("topic-*.json"))
    assert files and (LABELS / "README.md").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        topic = raw["topic"]
        assert topic in TUNE_TOPICS + CHECK_TOPICS + TEST_TOPICS
        part = "tune" if topic in TUNE_TOPICS else "check" if topic in CHECK_TOPICS else "test"
        assert raw["split"] == part
        assert (topic % 2 == 1) == (raw["split"] != "test")  # even topics are held out
        figures = load_figures(topic)
        assert figures is not None and figures.stories
        stories = figures.stories
        check_figure_labels(figures.labels, lambda doc, t=topic, ss=stories: any(
            doc.endswith(s.removeprefix(str(t))) and doc.startswith(f"{t}_") for s in ss))


DOCS = ("99_1ecb", "99_2ecb")


def _labels(contradiction: bool) -> dict[str, object]:
    return labels(*DOCS, {"cluster": "made-up", "topic": 99, "stories": ["99ecb"]}, contradiction)


def _brief(conflicts: tuple[tuple[Span, Span], ...], updates: tuple[tuple[Span, Span], ...]) -> BriefView:
    return brief(*DOCS, conflicts, updates)


def test_a_conflict_on_a_labelled_contradiction_is_right_and_found(tmp_path: Path) -> None:
    figures = load_figures(99, tmp_path)
    assert figures is None
    (tmp_path / "topic-99.json").write_text(json.dumps(_labels(True)), encoding="utf-8")
    figures = load_figures(99, tmp_path)
    assert figures is not None and figures.labels == parse_labels(_labels(True))
    pair = (at("99_1ecb", TEXT_A, "12 people"), at("99_2ecb", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), ()))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold, s.conflicts.found) == (1, 1, 1, 1)
    assert s.conflicts_baseline.right == 1 and s.missing_phrases == 0
    assert s.updates.gold == 0  # a contradiction is no update


def test_an_update_of_a_running_figure_is_right_and_a_conflict_on_it_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "topic-99.json").write_text(json.dumps(_labels(False)), encoding="utf-8")
    figures = load_figures(99, tmp_path)
    assert figures is not None
    pair = (at("99_1ecb", TEXT_A, "12 people"), at("99_2ecb", TEXT_B, "19 people"))
    s = score_view(figures, _brief((pair,), (pair,)))
    assert (s.conflicts.predicted, s.conflicts.right, s.conflicts.gold) == (1, 0, 0)
    assert (s.updates.predicted, s.updates.right, s.updates.gold, s.updates.found) == (1, 1, 1, 1)
    age = (at("99_1ecb", TEXT_A, "40 years"), at("99_2ecb", TEXT_B, "40-year-old"))
    s = score_view(figures, _brief((age,), ()))
    assert (s.conflicts.predicted, s.conflicts.right) == (1, 0)  # an unlabelled figure: wrong
