"""The offline gazetteer and the context-based resolver."""

from __future__ import annotations

import pytest

from newsweave.geo.gazetteer import Gazetteer, distance_km, load_gazetteer, normalize
from newsweave.geo.resolve import FUZZY_MIN_SCORE, Toponym, resolve


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_normalize_folds_accents_hyphens_and_the() -> None:
    assert normalize("Bāzārak") == "bazarak"
    assert normalize("the Deh-e  Salah") == "deh e salah"


def test_provinces_are_first_level_subdivisions_with_centroids(gazetteer: Gazetteer) -> None:
    for name in ("Panjshir", "Baghlan", "Kabul"):
        provinces = [p for p in gazetteer.lookup(name) if p.precision == "province"]
        assert provinces and provinces[0].country_code == "AF"
        assert 29 < provinces[0].lat < 39 and 60 < provinces[0].lon < 75
        assert provinces[0].id.startswith("geonames-admin1:AF.")


def test_countries_demonyms_and_continents(gazetteer: Gazetteer) -> None:
    (russia,) = [p for p in gazetteer.lookup("Russian") if p.precision == "country"]
    assert russia.country_code == "RU" and russia.id == "geonames:2017370"
    assert any(p.country_code == "US" for p in gazetteer.lookup("U.S."))
    assert any(p.name == "Europe" for p in gazetteer.lookup("EU"))


def test_context_chooses_the_place_not_the_name(gazetteer: Gazetteer) -> None:
    alone = resolve([Toponym("Paris")], gazetteer)[0]
    assert alone is not None and alone.country_code == "FR"
    texas = resolve([Toponym("Texas"), Toponym("Dallas"), Toponym("Paris")], gazetteer)[2]
    assert texas is not None and texas.country_code == "US"


def test_cue_hint_picks_province_over_city(gazetteer: Gazetteer) -> None:
    city = resolve([Toponym("Kabul")], gazetteer)[0]
    province = resolve([Toponym("Kabul", "province")], gazetteer)[0]
    assert city is not None and city.precision == "city"
    assert province is not None and province.precision == "province"


def test_spelling_variants_only_inside_the_focus_country(gazetteer: Gazetteer) -> None:
    assert FUZZY_MIN_SCORE >= 85
    places = resolve([Toponym("Afghanistan"), Toponym("Bazzarak")], gazetteer)
    assert places[1] is not None and places[1].country_code == "AF"
    assert resolve([Toponym("Bazzarak")], gazetteer)[0] is None  # no focus country: no loose match


def test_distance_km() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)
