"""LGL events round 2: the pick leaves out round 1's articles and LGL's second half; verdicts hold no text."""

from __future__ import annotations

from pathlib import Path

from bench.trust import lgl_events, lgl_events2
from bench.trust.ecbplus_events import load_verdicts

MAX_TRIGGER_WORDS = 3  # a trigger word or short phrase, never a sentence of the article


def _lgl(root: Path, texts: list[str]) -> Path:
    """A made-up lgl.xml with one article per text (invented words, no LGL text)."""
    arts = "".join(f'<article docid="{i}"><title>t{i}</title><url>u</url><dltime>2031-03-0{1 + i % 9}'
                   f"</dltime><text>{t}</text></article>" for i, t in enumerate(texts))
    (root / "lgl").mkdir()
    (root / "lgl" / "lgl.xml").write_text(f"<articles>{arts}</articles>", encoding="utf-8")
    return root


def test_round_two_takes_one_word_articles_outside_round_one_and_the_second_half(tmp_path: Path) -> None:
    first_half = (["A man was arrested and charged."] * 4 + ["A barn fire."] * 6 + ["A bake sale."] * 4)
    second_half = ["A clerk was arrested after a robbery."] * 14  # held out: never picked
    data = _lgl(tmp_path, first_half + second_half)
    round1 = {a.docid for part in lgl_events.split(data) for a in part}
    tune, check = lgl_events2.split(data)
    picked = [a.docid for a in tune + check]
    assert round1 == {str(i) for i in range(4)}
    assert sorted(picked, key=int) == [str(i) for i in range(4, 10)]  # the one-word articles only
    assert len(tune) == len(check) == 3


def test_round_two_verdicts_load_and_store_only_short_phrases() -> None:
    for part in ("round2-tune", "round2-check"):
        verdicts = load_verdicts(part, lgl_events.LABELS)
        assert verdicts
        for v in verdicts:
            assert len(v.record.trigger.split()) <= MAX_TRIGGER_WORDS
            assert v.record.end - v.record.start == len(v.record.trigger)
            assert v.why
