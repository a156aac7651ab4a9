"""Measured figures: two statements giving one dimension no common value state two measures, not one fact."""

from __future__ import annotations

import pytest
from tests.weave.weave_fixtures import Doc

from newsweave.lang.en.statement_words import WORDS
from newsweave.lang.pack import StatementWords
from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, agree
from newsweave.weave.measured import measured, measures_clash
from newsweave.weave.statements import Statement


def _stmt(i: int, text: str, figures: tuple[tuple[str, float, str], ...] = (),
          words: StatementWords = WORDS) -> Statement:
    d = Doc(f"d{i}", text)
    for figure, value, counts in figures:
        d.number(figure, value, value, counts)
    return Statement(i, d.id, f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, (), (),
                     tuple(d.numbers), (), frozenset(), frozenset(), words=words)


def test_units_written_apart_or_glued_are_read_in_their_dimension() -> None:
    s = _stmt(0, "Tarn Eskel, 36, fell 60 metres (200 feet) and landed about 2km below a 90kg pack.",
              (("60", 60, "metres"), ("200", 200, "feet")))
    found = measured(s)
    assert set(found) == {"length", "weight"} and found["weight"] == frozenset({90})
    assert sorted(found["length"]) == [60, pytest.approx(60.96), 2000]


def test_a_currency_sign_a_letter_after_the_form_or_a_spaced_thousand_is_no_unit() -> None:
    s = _stmt(0, "The $200m upgrade adds 3G masts and 16GB phones behind a 5m wall, in 12-month deals.")
    assert measured(s) == {"length": frozenset({5})}
    assert measured(_stmt(1, "He fell about 2, 000ft.")) == {}
    spaced = _stmt(3, "He fell about 2, 000 feet.", (("about 2", 2, "feet"), ("000", 0, "feet")))
    assert measured(spaced) == {}
    # "5 m" written apart may be millions: the one-letter forms are read only glued.
    assert measured(_stmt(2, "The town raised 5 m for the hall.", (("5", 5, "m"),))) == {}


def test_a_glued_m_the_number_reader_scaled_is_no_length() -> None:
    viewers = _stmt(0, "The final drew 1.5m viewers beside a 5m wall.", (("1.5m", 1_500_000, "viewers"),))
    assert measured(viewers) == {"length": frozenset({5})}


def test_one_dimension_with_no_common_measure_is_a_clash() -> None:
    heights = (("60", 60, "metres"), ("200", 200, "feet"))
    a = _stmt(0, "Tarn Eskel, 36, died after falling 60 metres (200 feet) from a ridge on the peak.", heights)
    b = _stmt(1, "Tarn Eskel, 36, died after falling about 200m down a gully on the peak.")
    c = _stmt(2, "Tarn Eskel, 36, died after falling about 62 metres from a ridge on the peak.",
              (("62", 62, "metres"),))
    d = _stmt(3, "Tarn Eskel, 36, died after a fall from a ridge on the peak.")
    e = _stmt(4, "Tarn Eskel, 36, died after falling 200ft down a gully on the peak.")
    assert measures_clash(a, b) and measures_clash(b, a)
    assert measures_clash(b, e)  # 200 metres and 200 feet are two heights
    assert not measures_clash(a, c)  # 60 and 62 metres: one rounded height
    assert not measures_clash(a, e)  # 200 feet is 60 metres
    assert not measures_clash(a, d)  # one gives no measure at all
    # The shared age used to make them agree; the heights now keep them apart, whatever the wording.
    assert not agree(a, b, CORROBORATE_MIN_SIMILARITY)
    assert agree(a, c, CORROBORATE_MIN_SIMILARITY)


def test_without_the_language_units_nothing_is_measured() -> None:
    s = _stmt(0, "He fell 200m from a 60 metres ridge.", (("60", 60, "metres"),), words=StatementWords())
    assert measured(s) == {}
