"""The gazetteer's rows from the package data: capitals and country names."""

from __future__ import annotations

import pytest

from newsweave.geo.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_national_capitals_are_flagged(gazetteer: Gazetteer) -> None:
    capitals = (("Nicosia", "CY"), ("Brasilia", "BR"), ("Washington", "US"), ("Andorra la Vella", "AD"))
    for name, code in capitals:
        assert [p.country_code for p in gazetteer.lookup(name) if p.capital] == [code], name
    # only the most populous Washington, and no town that merely lists the capital's name as an alternate
    assert sum(p.capital for p in gazetteer.lookup("Washington")) == 1
    assert not any(p.capital for p in gazetteer.lookup("Brasilia") if p.name != "Brasília")


def test_country_short_forms_and_old_spellings(gazetteer: Gazetteer) -> None:
    # "Peacekeepers left Bosnia"; "oil fields of Kazakstan"; Natural Earth's former names; two demonyms
    for name, code in (("Bosnia", "BA"), ("Kazakstan", "KZ"), ("Swaziland", "SZ"), ("Bosnian", "BA"),
                       ("Herzegovinian", "BA")):
        assert [p.country_code for p in gazetteer.lookup(name) if p.precision == "country"] == [code], name


def test_a_province_is_placed_by_its_peopled_towns(gazetteer: Gazetteer) -> None:
    from newsweave.geo.gazetteer import distance_km

    # GeoNames files a few unpeopled Tibetan villages under Hebei's code; Hebei still lies around Beijing,
    # not in Gansu.
    (hebei,) = [p for p in gazetteer.lookup("Hebei") if p.precision == "province"]
    assert distance_km(hebei.lat, hebei.lon, 38.04, 114.51) < 400  # Shijiazhuang, its capital


def test_a_slash_joins_two_names_of_one_place(gazetteer: Gazetteer) -> None:
    # "at least 76 deaths in KwaZulu/Natal": the province, as written with a hyphen
    assert [p.admin1 for p in gazetteer.lookup("KwaZulu/Natal") if p.precision == "province"] == ["ZA.02"]
