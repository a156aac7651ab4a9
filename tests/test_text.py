"""The shared text toolkit: one pattern per meaning of "word", and the folds."""

from __future__ import annotations

from datetime import date

from newsweave.text import (
    ALNUM_WORD,
    LATIN_WORD,
    LETTER_WORD,
    NAME_WORD,
    TERM,
    WORD,
    ascii_fold,
    compatibility_fold,
    fallback_sentence_spans,
    first_day,
    fold,
    words,
)

SAMPLE = "Dóstum's 3rd_try, U.N. co-chair won't; Київ 42"


def test_each_word_pattern_keeps_its_own_meaning() -> None:
    assert WORD.findall(SAMPLE) == ["Dóstum", "s", "3rd_try", "U", "N", "co", "chair", "won", "t", "Київ",
                                    "42"]
    assert ALNUM_WORD.findall(SAMPLE) == ["Dóstum", "s", "3rd", "try", "U", "N", "co", "chair", "won", "t",
                                          "Київ", "42"]
    assert LETTER_WORD.findall(SAMPLE) == ["Dóstum", "s", "rd", "try", "U", "N", "co", "chair", "won", "t",
                                           "Київ"]
    assert TERM.findall(SAMPLE) == ["Dóstum's", "3rd", "try", "U", "N", "co", "chair", "won't", "Київ", "42"]
    assert NAME_WORD.findall(SAMPLE) == ["Dóstum's", "3rd", "try", "U.N.", "co-chair", "won't", "Київ", "42"]
    assert LATIN_WORD.findall(SAMPLE) == ["stum's", "co-chair", "won't"]


def test_folds_differ_in_what_they_keep() -> None:
    assert fold("Dóstum") == fold("DOSTUM") == "dostum"
    assert ascii_fold("Dóstum") == "dostum" and ascii_fold("Київ") == "київ"  # nothing ASCII: plain case fold
    assert compatibility_fold("ﬁnal Ｋ") == "final k"
    assert words("Café’s FINAL") == ["cafe", "s", "final"]  # the accent mark splits nothing here, ends a word
    assert words("résumé") == ["re", "sume"]  # a decomposed accent inside a word splits it


def test_fallback_sentences_end_at_stops_and_line_breaks() -> None:
    text = 'He said "no." Then left!\nHeadline'
    spans = fallback_sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ['He said "no."', " Then left!", "Headline"]


def test_reads_as_sentence() -> None:
    from newsweave.text import reads_as_sentence

    assert reads_as_sentence("Rescuers reached the valley on Monday.")
    assert reads_as_sentence("Київ was calm on Monday.")
    assert reads_as_sentence("12 boats sank.")
    assert not reads_as_sentence("How could it happen")
    assert not reads_as_sentence("``On the floor were shoes and boots.''")
    assert not reads_as_sentence("and then the bridge fell.")


def test_the_first_day_a_date_value_stands_for() -> None:
    assert first_day("2021-W33") == date(2021, 8, 16) and first_day("2012") == date(2012, 1, 1)
    assert first_day("2021-08") == date(2021, 8, 1) and first_day("198X") is None and first_day(None) is None


def test_a_figure_in_digits_reads_with_thousands_commas_and_one_point() -> None:
    from newsweave.text import written_figure

    assert written_figure("3,500") == 3500 and written_figure("2.5") == 2.5
    assert written_figure("1.2.3") is None and written_figure("") is None
