"""Who speaks, as written: the subject of a cue and the span of its phrase, on made-up sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsweave.analyze.quotes import find_quotes
from newsweave.models import Article, Quote


def quotes_of(nlp: Language, text: str) -> tuple[Quote, ...]:
    return find_quotes(nlp(text), Article(id="t", text=text), ())


def by_cue(text: str, found: tuple[Quote, ...], cue: str) -> Quote:
    matches = [q for q in found if q.cue is not None and q.cue.text_in(text) == cue]
    assert matches, f"no statement with cue {cue!r} in {[(q.text, q.cue) for q in found]}"
    return matches[0]


def span_of(text: str, q: Quote) -> str | None:
    return q.speaker_span.text_in(text) if q.speaker_span is not None else None


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # A second cue hung on the reported clause is still the speaker's.
        ("Senator Paul Reyes said he would order an audit of the port and warned against new tolls.",
         "warned", "Senator Paul Reyes"),
        ("Sen. Ada Perez said she didn't believe the polls mattered, arguing that turnout was the bigger "
         "problem.", "arguing", "Sen. Ada Perez"),
        # Object control: the one forced to admit is the one who admits.
        ("The senator forced Mr. Vance to admit that no managers had been disciplined.", "admit",
         "Mr. Vance"),
        # An infinitive of purpose after a thing done: the doers protest, not the thing.
        ("About 100 Basques began a hunger strike in the main square of Bilbao on Saturday to protest the "
         "detention in France of the rebel leader Iker Sarasola.", "protest", "About 100 Basques"),
        # The words before a spaced dash are not part of the name.
        ("The fight over the port is predictable - Mayor Ames has vowed to cut the fees.", "vowed",
         "Mayor Ames"),
        # "Both" announces the coordination; the source is the names.
        ("Both Mr. Hale and Ms. Ortiz say the bridge is safe.", "say", "Mr. Hale and Ms. Ortiz"),
        # What the speaker reports elsewhere in a "who" clause is a statement of its own.
        ("Mr. Kamin, who stressed that the plan was simple, said it would pass the council easily.", "said",
         "Mr. Kamin"),
        # A relative "that" speaks for the noun phrase it stands for.
        ("The board fined another shipping company that had declared the cargo safe.", "declared",
         "another shipping company"),
        # "according to" a speech: its speaker is the source, not the speech.
        ("The tax would rise, according to a speech Ms. Reyes delivered in Lisbon last week.",
         "according to", "Ms. Reyes"),
        # The person recorded speaks, not the recording.
        ('The ad uses footage of the mayor asking, "Why is the bridge still open?"', "asking", "the mayor"),
        ("A video of Senator Ames saying the port was safe circulated on Friday.", "saying", "Senator Ames"),
        # The dashes of an aside inside the speaker's phrase are not a dateline.
        ("Oren Kade, the chief executive of Tallis Media -- the studio that makes the show -- told me that "
         "the deal was done.", "told", "Oren Kade, the chief executive of Tallis Media -- the studio that "
                                       "makes the show"),
    ],
)
def test_speaker_span(nlp: Language, text: str, cue: str, speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert span_of(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The law requires port operators to disclose their inspection records.",
        "The convention obliges every state to offer shelter to those who flee.",
    ],
)
def test_someone_asked_to_speak_has_said_nothing(nlp: Language, text: str) -> None:
    # Object control through a verb of asking or obliging: the object is not yet a source.
    found = quotes_of(nlp, text)
    assert all(q.cue is None or q.cue.text_in(text) not in {"disclose", "offer"} or q.speaker_span is None
               for q in found)


def test_lets_say_is_nobodys_statement(nlp: Language) -> None:
    text = "Let's say you expect the fares to rise by a fifth next year."
    assert all(span_of(text, q) not in {"'s", "’s"} for q in quotes_of(nlp, text))


def test_pointed_out_aside(nlp: Language) -> None:
    text = "As Dr. Amir Sato pointed out, the tide gauges had never been calibrated."
    q = by_cue(text, quotes_of(nlp, text), "pointed out")
    assert span_of(text, q) == "Dr. Amir Sato"
    assert q.text == "the tide gauges had never been calibrated"


def test_description_before_the_name_stays_in_the_span(nlp: Language) -> None:
    # "Another critic, X," is one phrase (the name its appositive), unlike "With two weeks until ..., X".
    text = 'Another critic, Laurence Hale, likened the toll to "highway robbery" on Friday.'
    q = by_cue(text, quotes_of(nlp, text), "likened")
    assert span_of(text, q) == "Another critic, Laurence Hale"


def test_all_before_a_plural_speaker_stays_in_the_span(nlp: Language) -> None:
    # "Both X and Y" loses "Both" (the names are the source); "all the experts" keeps "all".
    text = "In the end, all the engineers I interviewed said the bridge was sound."
    q = by_cue(text, quotes_of(nlp, text), "said")
    assert span_of(text, q) == "all the engineers I interviewed"


def test_a_bare_passive_participle_has_no_source(nlp: Language) -> None:
    # "as predicted": who predicted is not written; the port did not predict its own failure.
    text = "The port authority failed as predicted."
    assert all(q.speaker_span is None for q in quotes_of(nlp, text))


@pytest.mark.parametrize("text", [
    "Annual sales of vans in the region are predicted to have dipped below nine million in March.",
    "The ferry company's profit is reported to have doubled in the spring.",
])
def test_the_subject_of_a_passive_cue_is_what_was_said_of_not_who_said_it(nlp: Language, text: str) -> None:
    assert all(q.speaker is None for q in quotes_of(nlp, text))
