"""The tense that sets the direction of a bare weekday or month."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.dates import find_dates
from newsweave.analyze.temporal.tense import governing_verb, verb_tense
from newsweave.models import Article


def test_infinitive_at_the_root_ends_the_climb(nlp: Language) -> None:
    # The infinitive "remain" heads its own headline: climbing past the root used to recurse forever,
    # because spaCy makes a new Token object on each access and `is` never saw the root as its own head.
    text = "Russian markets to remain closed until Friday"
    doc = nlp(text)
    friday = next(t for t in doc if t.text == "Friday")
    verb = governing_verb(friday)
    assert verb is not None
    assert verb_tense(verb) in ("future", "none", "present", "past", "perfect")
    found = find_dates(doc, Article(id="a", text=text, published="2022-03-01"))
    assert [m.text for m in found] == ["Friday"]
    assert found[0].value == "2022-03-04"


def test_infinitive_under_a_future_verb_is_future(nlp: Language) -> None:
    doc = nlp("The envoy plans to fly to Doha on Sunday.")
    fly = next(t for t in doc if t.text == "fly")
    assert verb_tense(fly) == "future"


def test_a_day_set_for_a_plan_is_the_nearer_one_not_the_past_one(nlp: Language) -> None:
    text = "The carmaker has a deadline set at June 1 to draw up a restructuring plan."
    found = find_dates(nlp(text), Article(id="a", text=text, published="2009-05-07"))
    assert [(m.text, m.value) for m in found] == [("June 1", "2009-06-01")]
    # A reduced relative of a deed still reports the past.
    text = "Two workers hurt on June 1 were still in hospital."
    found = find_dates(nlp(text), Article(id="a", text=text, published="2009-05-07"))
    assert [(m.text, m.value) for m in found] == [("June 1", "2008-06-01")]


def test_a_day_in_an_if_clause_is_ahead(nlp: Language) -> None:
    # Published on a Sunday: "Tuesday's storm" in a condition is the coming one, though a possessive day is
    # otherwise one gone by; so is the day of a storm "predicted for Tuesday" (tagged as a simple past).
    for text in ("If Tuesday's storm floods the quay, the ferries will stop.",
                 "Crews braced for the storm predicted for Tuesday."):
        found = find_dates(nlp(text), Article(id="a", text=text, published="2021-08-22"))
        assert [(m.text, m.value) for m in found] == [("Tuesday", "2021-08-24")]
    text = "Tuesday's storm flooded the quay."
    found = find_dates(nlp(text), Article(id="a", text=text, published="2021-08-22"))
    assert [(m.text, m.value) for m in found] == [("Tuesday", "2021-08-17")]


def test_a_plan_made_in_the_past_takes_the_nearer_day(nlp: Language) -> None:
    # "was set to die Feb. 26" in a March report: the day may be gone; "is set to" still looks ahead.
    text = "He was set to hang Feb. 26, a day after the others were charged."
    found = find_dates(nlp(text), Article(id="a", text=text, published="2009-03-17"))
    assert [(m.text, m.value) for m in found if m.text == "Feb. 26"] == [("Feb. 26", "2009-02-26")]
    text = "He is set to hang Feb. 26."
    found = find_dates(nlp(text), Article(id="a", text=text, published="2009-03-17"))
    assert [(m.text, m.value) for m in found] == [("Feb. 26", "2010-02-26")]
