"""Quarters the text names without an ordinal."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.dates import find_dates
from newsweave.models import Article


def test_current_quarter_is_the_one_in_progress(nlp: Language) -> None:
    text = "Third-quarter profit fell. The company expects a loss in the current quarter."
    article = Article(id="a", text=text, published="1989-11-01")
    found = {m.text: m.value for m in find_dates(nlp(text), article)}
    # The reported quarter stays the reference of "the latest quarter"; "current" is the publication's.
    assert found == {"Third-quarter": "1989-Q3", "the current quarter": "1989-Q4"}


def test_quarters_as_lengths_sets_and_steps_back(nlp: Language) -> None:
    text = "It pays interest every quarter, as it has for several quarters since two quarters ago."
    article = Article(id="a", text=text, published="1989-11-01")
    found = {m.text: m.value for m in find_dates(nlp(text), article)}
    assert found == {"every quarter": "P1Q", "several quarters": "PXQ", "two quarters ago": "1989-Q2"}


def test_a_part_of_the_day_that_dates_no_narrative_day_is_no_time(nlp: Language) -> None:
    def found(text: str) -> dict[str, str | None]:
        return {m.text: m.value for m in find_dates(nlp(text), Article(id="a", text=text,
                                                                         published="2016-10-02"))}

    # It modifies a noun, or a clause that follows tells which morning it was.
    assert found("He shows us a chart in the morning meetings.") == {}
    assert found("The morning Mr. Okafor unveiled the plan last year, he called his aide.") == {
        "last year": "2015"}
    # The narrative's morning stays.
    assert found("Dealers placed heavy orders in the morning.") == {"the morning": "2016-10-02TMO"}
