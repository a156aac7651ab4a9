"""Statements inside what someone else is reported to have said, on made-up sentences."""

from __future__ import annotations

from spacy.language import Language
from tests.analyze.test_speech_forms import quotes_of


def cues(text: str, nlp: Language) -> list[str]:
    return [q.cue.text_in(text) for q in quotes_of(nlp, text) if q.cue is not None]


def test_a_report_inside_anothers_words_is_part_of_them(nlp: Language) -> None:
    text = "Officials said the driver told police that the brakes had failed."
    assert cues(text, nlp) == ["said"]


def test_a_quotation_inside_a_report_by_someone_else_is_part_of_it(nlp: Language) -> None:
    # The reporter's account holds the senator's remark: one statement, the reporter's.
    text = 'The reporter wrote that the senator told the crowd, "We will win this fight," before leaving.'
    found = quotes_of(nlp, text)
    assert all(q.cue is None or q.cue.text_in(text) != "told" for q in found)
    assert any(q.cue is not None and q.cue.text_in(text) == "wrote" for q in found)


def test_the_same_speaker_going_on_is_kept(nlp: Language) -> None:
    text = "Senator Paul Reyes said he would order an audit of the port and warned against new tolls."
    assert cues(text, nlp) == ["said", "warned"]
