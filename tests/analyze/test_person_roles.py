"""A person's role before a name the tagger typed a body makes it a person's."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.entities import find_entities
from newsweave.analyze.person_roles import role_before
from newsweave.models import Article


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(nlp(text), Article(id="t", text=text))]


def test_a_spokesman_named_after_his_role_is_a_person(nlp: Language) -> None:
    text = "An ANC spokesman, Thabo Mokele, said the party would appeal. Mokele said the ruling was wrong."
    assert ("Thabo Mokele", "PERSON") in _types(nlp, text)
    assert ("Thabo Mokele", "PERSON") in _types(
        nlp, "Party spokesman Thabo Mokele said it was premature to talk of an amnesty.")


def test_an_army_chief_and_a_prosecutor_are_people(nlp: Language) -> None:
    assert ("Georg Valstad", "PERSON") in _types(
        nlp, "The inquiry named his former army chief, Georg Valstad, among those to be questioned.")
    assert ("Ulf Brannvik", "PERSON") in _types(
        nlp, "We do not know if it is arson, county chief prosecutor Ulf Brannvik said.")


def test_a_role_word_the_parse_does_not_link_to_the_name_is_no_role(nlp: Language) -> None:
    doc = nlp("The witness came in with a hood over his head, Dario Fellucci said when the court reopened.")
    name = next(e for e in doc.ents if e.text == "Dario Fellucci")
    assert not role_before(name)


def test_a_body_after_a_role_keeps_its_type(nlp: Language) -> None:
    doc = nlp("The group's spokesman, Wellbrook Foundation, declined to comment.")
    span = doc.char_span(doc.text.index("Wellbrook"), doc.text.index(", declined"))
    assert span is not None and not role_before(span)
