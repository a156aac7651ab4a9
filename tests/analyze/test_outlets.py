"""Papers and agencies named after their kind are organisations all through the article."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.entities import find_entities
from newsweave.analyze.outlets import outlet_names
from newsweave.models import Article


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(nlp(text), Article(id="t", text=text))]


def test_a_paper_named_after_its_kind_is_an_organisation_in_every_mention(nlp: Language) -> None:
    text = ("Two men were hurt in the blaze, the newspaper Kvellsbladet reported on Sunday. Kvellsbladet "
            "said the fire began in a kitchen.")
    types = _types(nlp, text)
    assert [t for name, t in types if name == "Kvellsbladet"] == ["ORG", "ORG"]


def test_an_agency_named_after_its_kind_is_no_place(nlp: Language) -> None:
    text = ("The minister resigned on Friday, the Varnish news agency TR reported. TR said the cabinet would "
            "meet on Monday.")
    assert [t for name, t in _types(nlp, text) if name == "TR"] == ["ORG", "ORG"]


def test_a_daily_named_after_its_kind_is_no_person(nlp: Language) -> None:
    assert ("Orvento", "ORG") in _types(nlp, "The talks failed, the daily Orvento said on Monday.")


def test_a_name_before_a_magazine_is_its_title(nlp: Language) -> None:
    text = "Speaking to Gazette magazine, Marta Quillan, the singer's agent, confirmed the news."
    assert ("Gazette", "ORG") in _types(nlp, text)


def test_a_person_after_a_magazine_and_a_comma_is_no_outlet(nlp: Language) -> None:
    doc = nlp("Speaking to Gazette magazine, Marta Quillan, the singer's agent, confirmed the news.")
    text = doc.text
    person = doc.char_span(text.index("Marta"), text.index(", the"))
    assert person is not None and outlet_names([person]) == set()
    doc = nlp("Marta Quillan told the magazine Gazette that the singer was well.")
    paper = doc.char_span(doc.text.index("Gazette"), doc.text.index(" that"))
    assert paper is not None and outlet_names([paper]) == {"gazette"}


def test_a_known_city_before_news_agency_stays_the_city(nlp: Language) -> None:
    assert ("Kabul", "GPE") in _types(nlp, "The match was close, the Kabul news agency reported.")
