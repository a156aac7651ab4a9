from __future__ import annotations

from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsweave.lang.en import stop_words
from newsweave.lang.en.stop_words import _literal_list


def test_same_words_as_scikit_learn() -> None:
    assert stop_words() == frozenset(ENGLISH_STOP_WORDS)
    assert {"the", "of", "whereas"} <= stop_words() and "police" not in stop_words()


def test_a_file_without_the_literal_gives_none(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("ENGLISH_STOP_WORDS = frozenset(load())\n", encoding="utf-8")
    assert _literal_list(bad) is None
    assert _literal_list(tmp_path / "missing.py") is None
