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
