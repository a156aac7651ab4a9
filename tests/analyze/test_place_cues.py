"""Small towns the tagger typed people or bodies, made places by the words beside them."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.entities import find_entities
from newsweave.models import Article, EntityMention


def _types(nlp: Language, text: str) -> dict[str, EntityMention]:
    return {e.text: e for e in find_entities(nlp(text), Article(id="t", text=text))}


def test_a_name_followed_by_its_state_is_a_town_inside_it(nlp: Language) -> None:
    ents = _types(nlp, "Growers met on Friday. In Klamath Falls, Oregon, a cannery reopened. In Klamath "
                       "Falls, prices held.")
    town = ents["Klamath Falls"]
    assert town.type == "GPE"
    assert town.geo is not None and town.geo.country_code == "US"
    assert 41.5 < town.geo.lat < 43.0  # southern Oregon, not a namesake elsewhere


def test_a_towns_police_and_mayor_make_it_the_town(nlp: Language) -> None:
    assert _types(nlp, "Roswell police say a woman took a necklace.")["Roswell"].type == "GPE"
    ents = _types(nlp, "Lewisburg Mayor Ada Brandt said on Monday the road would reopen.")
    assert ents["Lewisburg"].type == "GPE"
    assert ents["Ada Brandt"].type == "PERSON"


def test_the_town_a_person_comes_from_is_a_place(nlp: Language) -> None:
    ents = _types(nlp, '"It went well," said Penfold, of Wooster, after the vote.')
    assert ents["Wooster"].type == "GPE" and ents["Wooster"].geo is not None
    assert ents["Penfold"].type == "PERSON"
    # The person's age may stand between, and the tagger may have typed the town a body.
    ents = _types(nlp, "Officials said Corin Vale, 37, of Grovetown, was arrested.")
    assert ents["Grovetown"].type == "GPE"


def test_a_body_named_after_its_town_keeps_its_police_and_professors(nlp: Language) -> None:
    ents = _types(nlp, "Harvard University confirmed that Harvard police had detained a student.")
    assert ents["Harvard"].type == "ORG"
    assert _types(nlp, "Professor Ana Ruiz of Harvard said the results were strong.")["Harvard"].type == "ORG"


def test_names_listed_before_a_plural_county_are_counties(nlp: Language) -> None:
    ents = _types(nlp, "Schools in Barrow and Jackson counties closed early, as did many in other Georgia "
                       "counties.")
    for name in ("Barrow", "Jackson"):
        assert ents[name].type == "GPE"
        assert ents[name].geo is not None and ents[name].geo.precision == "district"
    # After a single name the plural means "of": Georgia stays the state.
    assert ents["Georgia"].geo is not None and ents["Georgia"].geo.precision == "province"

