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


def _speakers(nlp: Language, text: str) -> dict[str, str | None]:
    from newsweave.analyze.entities import find_entities

    doc = nlp(text)
    article = Article(id="t", text=text)
    return {q.text: q.speaker for q in find_quotes(doc, article, find_entities(doc, article))}


def test_the_inverted_speaker_of_an_uncommon_verb_is_read_as_its_object(nlp: Language) -> None:
    text = ("Hundreds of residents came to the harbour with flowers on Sunday.\n\n"
            "``Why did nobody warn us?'' sobbed a young woman as she turned away from the candles.\n\n"
            "``Nobody told us anything at all,'' the harbour master told reporters.")
    said = _speakers(nlp, text)
    assert said["Why did nobody warn us?"] == "young woman"
    # The object of a verb of telling is the hearer, never the speaker.
    assert said["Nobody told us anything at all"] != "reporters"


def test_the_newspaper_is_the_press_title_named_before_and_it_refers_back_to_it(nlp: Language) -> None:
    text = ("The club will play without two veteran players, the Lakeside Gazette said on Monday.\n\n"
            "``This shows the club has finished its change of generations,'' the newspaper said.\n\n"
            "The coach spoke after the final, the report said. With Norway and Iran in the field, "
            "``the northern team's aim is to win one gold medal at the games,'' it said.")
    said = _speakers(nlp, text)
    assert said["This shows the club has finished its change of generations"] == "Lakeside Gazette"
    # "it" is the report just quoted, not a country named in between or inside the quotation.
    assert said["the northern team's aim is to win one gold medal at the games"] == "report"


def test_a_plural_description_is_a_group_not_the_person_named_nearest(nlp: Language) -> None:
    text = ("Kurdish women in Berlin began a hunger strike on Tuesday in support of the jailed leader Aram "
            "Deniz.\n\n``We are approaching the victory of our people,'' the women said in a statement.")
    assert _speakers(nlp, text)["We are approaching the victory of our people"] == "women"


def test_a_description_nobody_was_named_for_is_the_speaker_itself(nlp: Language) -> None:
    text = ("Shares rose sharply on Tuesday after the results were published.\n\n"
            "The company said in a statement: \"We have never been stronger than we are today.\"")
    assert _speakers(nlp, text)["We have never been stronger than we are today."] == "company"
