"""Who a written speaker is: descriptions resolved to the name beside them, on made-up sentences."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.quotes import find_quotes
from newsweave.models import Article


def test_title_with_the_name_after_its_last_noun(nlp: Language) -> None:
    # The parser hangs "Ray Verth" on "Granger Telecom", not on "executive": the name is still the speaker's.
    text = "The chief executive of Granger Telecom, Ray Verth, said the decision was wrong."
    (q,) = find_quotes(nlp(text), Article(id="t", text=text), ())
    assert q.speaker == "Ray Verth"
