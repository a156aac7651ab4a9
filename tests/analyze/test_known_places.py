"""What the gazetteer says of a name: a country, a province or a big city by it."""

from __future__ import annotations

from newsweave.analyze.known_places import country_of, is_country, is_region, known_place
from newsweave.geo.gazetteer import load_gazetteer


def test_a_country_a_province_and_a_big_city_are_known_places() -> None:
    g = load_gazetteer()
    assert known_place("France", g) and known_place("Kabul", g)
    assert is_country("France", g) and not is_country("Kabul", g)
    assert is_region("France", g)


def test_a_phrase_of_english_words_is_only_a_citys_own_name() -> None:
    # "White House" is among a big city's other names, as a translation: no place of that name.
    assert not known_place("White House", load_gazetteer())


def test_a_country_whose_people_the_article_names_is_that_country() -> None:
    g = load_gazetteer()
    france = {p.id for p in g.lookup("France") if p.precision == "country"}
    assert country_of("France", france, g)
    assert not country_of("France", set(), g)
