"""Statements' derived texts: what agreement reads once dates are blanked out."""

from __future__ import annotations

from newsweave.lang.en.statement_words import WORDS
from newsweave.models import DateMention, Span
from newsweave.weave.statements import without_dates

TEXT = "After the July 7, 2031 bombings, Berg resigned on July 9, 2031 and spent 12 years abroad."


def _mention(words: str, kind: str = "date", start: int = 100) -> DateMention:
    at = TEXT.index(words) + start  # the statement is written at ``start`` of its article
    return DateMention(span=Span("a", at, at + len(words)), text=words, value=None, precision="day",
                       resolved_from="explicit", kind=kind)  # type: ignore[arg-type]


DATES = (_mention("July 7, 2031"), _mention("July 9, 2031"), _mention("12 years", "duration"))


def test_only_a_date_naming_a_thing_is_blanked_for_agreement() -> None:
    named = without_dates(TEXT, 100, DATES, WORDS, names_only=True)
    assert "July 7" not in named and "July 9, 2031" in named and "12 years" in named
    assert len(named) == len(TEXT)  # blanked, not cut: offsets still hold


def test_every_date_but_no_duration_is_blanked_for_figures() -> None:
    every = without_dates(TEXT, 100, DATES)
    assert "2031" not in every and "July" not in every and "12 years" in every


def test_a_date_written_elsewhere_than_its_span_says_is_still_found() -> None:
    # A span that does not point at its words (a statement trimmed after analysis) falls back to a search.
    shifted = (_mention("July 7, 2031", start=93),)
    assert "July 7" not in without_dates(TEXT, 100, shifted)
