"""Cues that set the direction of a bare day or month whatever the clause's tense."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.dates import find_dates
from newsweave.models import Article

PUBLISHED = "1989-11-01"  # a Wednesday


def values(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(nlp(text), Article(id="a", text=text, published=PUBLISHED))}


def test_since_looks_back_whatever_the_tense(nlp: Language) -> None:
    # A present perfect alone takes the nearer weekday, which here would be the coming Friday.
    assert values(nlp, "The company's shares have been halted since Friday.") == {"Friday": "1989-10-27"}


def test_reported_future_looks_ahead(nlp: Language) -> None:
    assert values(nlp, "Officials said talks would resume Monday.") == {"Monday": "1989-11-06"}
    # A conditional perfect is a past that did not happen.
    assert values(nlp, "The offer would have expired Monday.") == {"Monday": "1989-10-30"}


def test_a_day_set_for_is_the_nearer_one(nlp: Language) -> None:
    assert values(nlp, "The hearing was set for Dec. 4.") == {"Dec. 4": "1989-12-04"}
    assert values(nlp, "He was named chief executive, effective Jan. 1.") == {"Jan. 1": "1990-01-01"}


def test_the_next_decade_is_a_length(nlp: Language) -> None:
    assert values(nlp, "Inflation will average 4% over the next decade.") == {"the next decade": "P10Y"}


def test_a_weekday_on_a_noun_under_a_past_clause_is_behind(nlp: Language) -> None:
    # The nearer Friday would be the coming one (two days ahead); the searching is past, so is the collapse.
    searched = "Rescuers searched the river after the collapse on Friday."
    assert values(nlp, searched) == {"Friday": "1989-10-27"}
    # Under a future clause it stays ahead.
    assert values(nlp, "Rescuers will search the river before the reopening on Friday.") == {
        "Friday": "1989-11-03"}


def test_an_infinitive_on_a_noun_of_a_past_clause_takes_the_nearer_day(nlp: Language) -> None:
    # The day may be the filing's or the questioning's: the nearer Monday, two days back, not the next one.
    assert values(nlp, "The judge filed a request to question the minister on Monday.") == {
        "Monday": "1989-10-30"}
    # Outside a past clause the infinitive still looks ahead.
    assert values(nlp, "The board has a plan to vote on Monday.") == {"Monday": "1989-11-06"}


def test_a_named_day_far_behind_publication_keeps_no_year(nlp: Language) -> None:
    # Eight months back, "the 3 March riots" may be any year's: the nearest past one is a guess.
    assert values(nlp, "Lawyers have called for an inquiry into the 3 March riots.") == {"the 3 March": None}
    # Weeks back the nearest one stands, and so does a day far back that names no event.
    weeks_back = "Lawyers have called for an inquiry into the Oct. 3 riots."
    assert values(nlp, weeks_back) == {"Oct. 3": "1989-10-03"}
    assert values(nlp, "The riots began on March 3 and lasted a week.") == {
        "March 3": "1989-03-03", "a week": "P1W"}


def test_a_day_of_a_happening_known_after_the_fact_is_behind(nlp: Language) -> None:
    # A death or a crash is named by its day once it has happened, whatever the clause's tense; a day on a
    # noun of something planned keeps the nearer reading.
    assert values(nlp, "The Oct. 20 crash of the ferry left the harbour closed.") == {"Oct. 20": "1989-10-20"}
    assert values(nlp, "The Oct. 20 death of the mayor will shape the race.") == {"Oct. 20": "1989-10-20"}
    assert values(nlp, "The Feb. 3 meeting left officials hopeful.") == {"Feb. 3": "1990-02-03"}


def test_a_day_of_last_year_takes_that_year(nlp: Language) -> None:
    found = values(nlp, "We began this journey on June 16th of last year.")
    assert found["June 16th"] == "1988-06-16"
    assert values(nlp, "The pact lapses on March 3 of next year.")["March 3"] == "1990-03-03"


def test_a_day_something_is_for_is_the_nearer_one(nlp: Language) -> None:
    # "has organized its forum for April 29": a plan's day, ahead, though the clause is a present perfect.
    assert values(nlp, "The club has organized its public forum for Dec. 12.") == {"Dec. 12": "1989-12-12"}
    assert values(nlp, "The club has held its public forum on Dec. 12.") == {"Dec. 12": "1988-12-12"}
