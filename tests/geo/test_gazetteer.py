"""The offline gazetteer and the context-based resolver."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.errors import ModelError
from newsweave.geo import sources
from newsweave.geo.gazetteer import Gazetteer, cache_dir, cached_gazetteer, load_gazetteer
from newsweave.geo.place import Place, distance_km, normalize
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


def test_a_provinces_name_by_its_key(gazetteer: Gazetteer) -> None:
    assert gazetteer.province_name("US.LA") == "Louisiana"
    assert gazetteer.province_name("CA.08") == "Ontario"
    assert gazetteer.province_name("US.XX") is None


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


def test_a_state_is_not_a_town_known_by_its_name_as_a_variant(gazetteer: Gazetteer) -> None:
    # The town of Minneota lists "Minnesota" among its names; the state is meant.
    state, _ = resolve([Toponym("Minnesota"), Toponym("Minneapolis")], gazetteer)
    assert state is not None and state.precision == "province" and state.name == "Minnesota"
    (city,) = resolve([Toponym("Washington")], gazetteer)
    assert city is not None and city.precision == "city"  # a city sharing its state's name keeps its bonus


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


def _tiny_rows() -> list[tuple[str, Place]]:
    town = Place("geonames:1", "Zedtown", 10.0, 20.0, "ZZ", 1200, "city", "ZZ.01", capital=True)
    other = Place("geonames:2", "Zédtown", -10.0, -20.0, "YY", 50, "city", None)
    land = Place("geonames:3", "Zedland", 11.0, 21.0, "ZZ", 10**6, "country")
    region = Place("geonames-admin1:ZZ.01", "Zed Province", 10.5, 20.5, "ZZ", 5000, "province", "ZZ.01")
    return [("zedtown", town), ("zedtown", other), ("zedtown", town), ("zedland", land), ("zed", region)]


def test_compact_index_files_each_place_once_per_key() -> None:
    small = Gazetteer(_tiny_rows())
    assert [p.id for p in small.lookup("ZEDTOWN")] == ["geonames:1", "geonames:2"]
    assert small.lookup("Zed")[0].admin1 == "ZZ.01" and small.lookup("Zedtown")[1].admin1 is None
    assert small.lookup("nowhere") == () and small.lookup("zedtowna") == ()
    assert small.keys_in("ZZ") == ("zed", "zedland", "zedtown") and small.keys_in("QQ") == ()
    assert set(small.countries) == {"ZZ"} and len(small) == 3


def test_saved_index_reads_back_the_same(tmp_path: Path) -> None:
    small = Gazetteer(_tiny_rows())
    small.save(tmp_path / "g.bin")
    again = Gazetteer.open(tmp_path / "g.bin")
    for name in ("zedtown", "zedland", "zed", "nowhere"):
        assert again.lookup(name) == small.lookup(name)
    assert [p.capital for p in again.lookup("zedtown")] == [True, False]
    assert again.keys_in("YY") == ("zedtown",) and again.countries == small.countries


def test_damaged_cache_is_an_error_not_a_crash(tmp_path: Path) -> None:
    Gazetteer(_tiny_rows()).save(tmp_path / "g.bin")
    data = (tmp_path / "g.bin").read_bytes()
    (tmp_path / "g.bin").write_bytes(data[: len(data) - 7])
    with pytest.raises(ModelError):
        Gazetteer.open(tmp_path / "g.bin")
    (tmp_path / "g.bin").write_bytes(b"something else\n")
    with pytest.raises(ModelError):
        Gazetteer.open(tmp_path / "g.bin")


def test_cache_built_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def rows() -> list[tuple[str, Place]]:
        calls.append(1)
        return _tiny_rows()

    monkeypatch.setattr(sources, "read_places", rows)
    first = cached_gazetteer(tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("gazetteer-*.bin"))) == 1
    second = cached_gazetteer(tmp_path / "cache")
    assert calls == [1] and second.lookup("zedtown") == first.lookup("zedtown")
    (tmp_path / "blocker").write_text("a file where the cache dir should be")
    unwritable = cached_gazetteer(tmp_path / "blocker" / "cache")  # falls back to an in-memory build
    assert calls == [1, 1] and unwritable.lookup("zedland")[0].precision == "country"


def test_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "newsweave"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "newsweave"


def test_multiword_names_fall_back_to_their_known_part(gazetteer: Gazetteer) -> None:
    _, kano = resolve([Toponym("Nigeria"), Toponym("Kano State Hospital Board")], gazetteer)
    assert kano is not None and kano.country_code == "NG"
    # Alone, a town found by part of the name has no country of the story to stand in (resolve._known_parts).
    assert resolve([Toponym("Kano State Hospital Board")], gazetteer) == (None,)
    assert resolve([Toponym("Royal Nowhere Street")], gazetteer) == (None,)


def test_wire_abbreviations_and_continental_adjectives(gazetteer: Gazetteer) -> None:
    assert any(p.name == "Virginia" and p.precision == "province" for p in gazetteer.lookup("Va."))
    assert any(p.name == "Europe" for p in gazetteer.lookup("European"))


def test_second_level_districts_by_full_and_bare_name(gazetteer: Gazetteer) -> None:
    (tarrant,) = [p for p in gazetteer.lookup("Tarrant County") if p.precision == "district"]
    assert tarrant.admin1 == "US.TX" and distance_km(tarrant.lat, tarrant.lon, 32.77, -97.29) < 50
    assert any(p.id == tarrant.id for p in gazetteer.lookup("Tarrant"))
    (state,) = [p for p in gazetteer.lookup("Georgia") if p.precision == "province"]
    assert state.id == "geonames:4197000"  # a US state carries its GeoNames id


def test_home_province_of_local_news(gazetteer: Gazetteer) -> None:
    # A small Minnesota town, its neighbour and their county: local news from there, not Egypt or Virginia.
    places = resolve([Toponym("Alexandria"), Toponym("Osakis"), Toponym("Douglas County")], gazetteer)
    assert all(p is not None and p.admin1 == "US.MN" for p in places)
    alexandria, _ = resolve([Toponym("Alexandria"), Toponym("Rapides Parish")], gazetteer)
    assert alexandria is not None and alexandria.admin1 == "US.LA"
    # Georgia beside Georgia's towns is the state, and a country named nowhere else is a home town.
    georgia, athens, _ = resolve([Toponym("Georgia"), Toponym("Athens"), Toponym("Atlanta")], gazetteer)
    assert georgia is not None and georgia.precision == "province" and georgia.country_code == "US"
    assert athens is not None and athens.admin1 == "US.GA"


def test_world_capitals_do_not_elect_a_home_province(gazetteer: Gazetteer) -> None:
    # Ohio has a London, a Moscow, a Berlin and an Amsterdam, far apart: no home province there.
    names = ["London", "Moscow", "Berlin", "Amsterdam"]
    places = resolve([Toponym(n) for n in names], gazetteer)
    assert [p.country_code if p else None for p in places] == ["GB", "RU", "DE", "NL"]


def test_no_district_inside_a_longer_name(gazetteer: Gazetteer) -> None:
    (lake,) = resolve([Toponym("Lake Vermont")], gazetteer)
    assert lake is None or lake.precision != "district"
