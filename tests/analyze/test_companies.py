"""Company names: short forms of a company named with a legal suffix or introduced by a company noun."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.companies import suffixed_companies
from newsweave.analyze.entities import find_entities
from newsweave.models import Article, EntityMention


def _ents(nlp: Language, text: str) -> tuple[EntityMention, ...]:
    return find_entities(nlp(text), Article(id="t", text=text))


def test_a_companys_short_name_is_the_company_whatever_the_tagger_says(nlp: Language) -> None:
    text = ("Veltrix Corp. said it would cut 300 jobs. Veltrix, based in Ohio, said the cuts would save "
            "money. Hamlin Industries Inc. said its profit rose. Hamlin said sales were strong. Delmont Co. "
            "agreed to buy Korrel Ltd. Delmont said Korrel would keep its name. Texas Instruments Inc. rose. "
            "Texas had rain.")
    found = {(e.text, e.type) for e in _ents(nlp, text)}
    assert {("Veltrix", "ORG"), ("Hamlin", "ORG"), ("Delmont", "ORG"), ("Korrel", "ORG")} <= found
    # A state a company's name opens with stays the state.
    assert ("Texas", "GPE") in found



def test_a_first_word_that_opens_two_companies_or_names_a_person_or_a_place_is_no_short_form(
        nlp: Language) -> None:
    doc = nlp("Ogden Corp. and Ogden Projects Inc. merged. Ward Holdings Ltd. and Dallas Semiconductor Corp. "
              "rose.")
    spans = [(e, e.text) for e in doc.ents]
    found = suffixed_companies(spans, {"ward"}, set(), lambda word: word == "Dallas")
    assert {"ogden", "ogden projects", "ward holdings", "dallas semiconductor"} <= found
    assert not {"ward", "dallas"} & found  # a person's name word; a big city


def test_a_person_after_a_company_noun_stays_a_person(nlp: Language) -> None:
    text = ("At the developers' conference, company CEO Mara Voss unveiled the new phone. Voss said sales of "
            "the old one had slowed.")
    assert all(e.type == "PERSON" for e in _ents(nlp, text) if "Voss" in e.text)
