"""Resolution rules: the capital prior and the dateline's name (invented stories, given as their places)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsweave.geo.gazetteer import Gazetteer, load_gazetteer
from newsweave.geo.resolve import (
    CAPITAL_PRIOR,
    LONE_COUNTRY_PENALTY,
    NAMED_PROVINCE_BONUS,
    Toponym,
    _capital_bonus,
    _Context,
    _score,
    _variant,
    resolve,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_capital_beats_a_namesake_in_a_named_state(gazetteer: Gazetteer) -> None:
    # "Lawmakers from Michigan and Massachusetts flew to Washington for the vote."
    names = [Toponym("Michigan"), Toponym("Massachusetts"), Toponym("Washington")]
    *_, washington = resolve(names, gazetteer)
    assert washington is not None and washington.capital and washington.admin1 == "US.DC"
    # "The envoy flew from Rome to Nicosia.": the story's other place is Italian, which alone does not
    # outweigh the capital prior for Nicosia, Sicily
    _, nicosia = resolve([Toponym("Rome"), Toponym("Nicosia")], gazetteer)
    assert nicosia is not None and nicosia.capital and nicosia.country_code == "CY"
    assert CAPITAL_PRIOR > NAMED_PROVINCE_BONUS


def test_a_local_story_keeps_its_own_namesake(gazetteer: Gazetteer) -> None:
    # "The fair moved from Dallas to Paris, Texas": the home state outweighs the capital prior.
    *_, paris = resolve([Toponym("Texas"), Toponym("Dallas"), Toponym("Paris")], gazetteer)
    assert paris is not None and paris.country_code == "US"


def test_a_name_that_is_also_the_country_means_the_country(gazetteer: Gazetteer) -> None:
    # "Exports from Mexico rose."
    (mexico,) = resolve([Toponym("Mexico")], gazetteer)
    assert mexico is not None and mexico.precision == "country"


def test_no_capital_prior_for_an_alternate_name(gazetteer: Gazetteer) -> None:
    # Harare lists its colonial name "Salisbury" among its names: a Salisbury in the news is not Harare.
    candidates = gazetteer.lookup("Salisbury")
    harare = next(p for p in candidates if p.capital)
    assert harare.country_code == "ZW"
    assert _capital_bonus(harare, Toponym("Salisbury"), candidates) == 0.0
    nicosia = gazetteer.lookup("Nicosia")
    capital = next(p for p in nicosia if p.capital)
    assert _capital_bonus(capital, Toponym("Nicosia"), nicosia) == CAPITAL_PRIOR


def test_the_dateline_name_keeps_its_place_through_the_story(gazetteer: Gazetteer) -> None:
    # "NICOSIA (AP) -- ... Officials in Nicosia said Italy and Rome would host the talks."
    names = [Toponym("Nicosia", dateline=True), Toponym("Italy"), Toponym("Rome"), Toponym("Italy"),
             Toponym("Nicosia")]
    places = resolve(names, gazetteer)
    assert places[0] is not None and places[0].country_code == "CY"
    assert places[-1] == places[0]
    # A mention with its own cue keeps its pin: "Washington state" beside a "WASHINGTON (AP)" dateline.
    dateline, state = resolve([Toponym("Washington", dateline=True), Toponym("Washington", "province")],
                              gazetteer)
    assert dateline is not None and dateline.precision == "city"
    assert state is not None and state.precision == "province"


def test_a_town_found_by_part_of_a_longer_name_stands_only_where_the_story_is(gazetteer: Gazetteer) -> None:
    # "Speaking at Kennedy International Airport in New York, ...": no town called Kennedy is meant.
    *_, kennedy = resolve([Toponym("New York"), Toponym("Kennedy International Airport")], gazetteer)
    assert kennedy is None or kennedy.country_code == "US"
    # "... in the Great Hall of the People in Beijing": a hall, not a town called Hall.
    *_, hall = resolve([Toponym("China"), Toponym("Germany"), Toponym("Great Hall of the People")], gazetteer)
    assert hall is None
    # A town part in the story's own country stands: "Colchester General Hospital" in an English story.
    *_, colchester = resolve([Toponym("England"), Toponym("Essex"), Toponym("Colchester General Hospital")],
                             gazetteer)
    assert colchester is not None and colchester.country_code == "GB"


def test_a_place_written_with_its_region_after_a_comma_is_inside_it(gazetteer: Gazetteer) -> None:
    # "The fair moved to Paris, Texas.": the region after the comma decides the namesake.
    paris, _ = resolve([Toponym("Paris", within="Texas"), Toponym("Texas")], gazetteer)
    assert paris is not None and paris.admin1 == "US.TX"
    # No namesake inside the region: no pin rather than the one abroad ("Wye River, Maryland").
    wye, maryland = resolve([Toponym("Bristol", within="Maryland"), Toponym("Maryland", "province")],
                            gazetteer)
    assert maryland is not None and maryland.admin1 == "US.MD"
    assert wye is None or wye.admin1 == "US.MD"
    # A country is never inside the name after it ("Egypt, Iraq and Jordan" is a list).
    egypt, _ = resolve([Toponym("Egypt", within="Iraq"), Toponym("Iraq")], gazetteer)
    assert egypt is not None and egypt.precision == "country" and egypt.country_code == "EG"


def test_a_region_after_a_comma_pins_a_name_its_namesakes_left_unpinned(gazetteer: Gazetteer) -> None:
    # A dateline is pinned without the story's context, so two far-apart namesakes leave it unpinned; the
    # region written after it tells them apart ("GREENFIELD, Mass. --").
    (bare,) = resolve([Toponym("Greenfield", dateline=True)], gazetteer)
    assert bare is None or bare.admin1 != "US.MA"
    names = [Toponym("Greenfield", dateline=True, within="Massachusetts"), Toponym("Massachusetts")]
    town, _ = resolve(names, gazetteer)
    assert town is not None and town.admin1 == "US.MA"


def test_a_province_named_alone_is_the_province_not_its_namesake_town(gazetteer: Gazetteer) -> None:
    # The state's own mention must not lift its towns over itself ("Maryland City" over Maryland).
    (maryland,) = resolve([Toponym("Maryland")], gazetteer)
    assert maryland is not None and maryland.precision == "province" and maryland.admin1 == "US.MD"


def test_a_village_never_takes_a_countrys_name_unless_written_with_its_state(gazetteer: Gazetteer) -> None:
    # A local Ohio story mentioning "the economies of Russia and three Asian nations".
    russia, _, _ = resolve([Toponym("Russia"), Toponym("Ohio"), Toponym("Columbus")], gazetteer)
    assert russia is not None and russia.precision == "country" and russia.country_code == "RU"
    # "Russia, Ohio" written so is the village.
    names = [Toponym("Russia", within="Ohio"), Toponym("Ohio"), Toponym("Columbus")]
    village, _, _ = resolve(names, gazetteer)
    assert village is not None and village.admin1 == "US.OH"


def test_a_name_among_a_countrys_provinces_is_one_of_them(gazetteer: Gazetteer) -> None:
    # "From California to Wisconsin, from Illinois to Nevada, the races are close": the state, not Nevada
    # City in the California the story names.
    names = [Toponym("California"), Toponym("Wisconsin"), Toponym("Illinois"), Toponym("Nevada")]
    *_, nevada = resolve(names, gazetteer)
    assert nevada is not None and nevada.precision == "province" and nevada.admin1 == "US.NV"
    # Naming provinces by the handful makes the story national, not local to one of them: "Washington"
    # beside Ohio, Texas and Florida is the capital, not an Ohio town once called so.
    names = [Toponym("Ohio"), Toponym("Texas"), Toponym("Florida"), Toponym("Washington")]
    *_, washington = resolve(names, gazetteer)
    assert washington is not None and washington.capital and washington.admin1 == "US.DC"


def test_no_pin_when_nothing_decides_between_far_apart_namesakes() -> None:
    # Two towns called Velm of about one size on two continents, and no context: no pin is better than a
    # guess. A clearly larger namesake still takes the name.
    from newsweave.geo.gazetteer import Place
    from newsweave.geo.resolve import _best, _Context

    def town(key: str, lat: float, lon: float, cc: str, population: int) -> Place:
        return Place(key, "Velm", lat, lon, cc, population, "city")

    nothing = _Context(None, frozenset(), frozenset())
    german = town("a", 50.0, 10.0, "DE", 20_000)
    assert _best(Toponym("Velm"), [german, town("b", 40.0, -90.0, "US", 21_000)], nothing) is None
    velm = _best(Toponym("Velm"), [german, town("b", 40.0, -90.0, "US", 900_000)], nothing)
    assert velm is not None and velm.country_code == "US"
    # Namesakes close together are one place to a reader: the likelier one is pinned.
    near = _best(Toponym("Velm"), [german, town("b", 50.3, 10.2, "DE", 21_000)], nothing)
    assert near is not None


def test_a_world_region_takes_no_towns_pin(gazetteer: Gazetteer) -> None:
    # "Talks on the Middle East resumed in Cairo.": a village called Middle East is not the region.
    _, region, _ = resolve([Toponym("Egypt"), Toponym("Middle East"), Toponym("Cairo")], gazetteer)
    assert region is None
    # Nor a near spelling in the story's country, nor a feature's.
    assert _variant("Middle East", gazetteer, "US") == () and _variant("Lake Hartwell", gazetteer, "US") == ()


def test_a_bare_compass_word_or_a_us_region_takes_no_pin(gazetteer: Gazetteer) -> None:
    # "Snow closed roads across the Northeast and New England; the Pacific stayed calm.": the gazetteer's
    # Northeast is an Icelandic province, its New England a US village, its Pacific two US towns.
    places = resolve([Toponym("Boston"), Toponym("Northeast"), Toponym("New England"), Toponym("Pacific")],
                     gazetteer)
    assert places[0] is not None and places[1:] == (None, None, None)
    # Nor a land region the gazetteer knows only as a village ("Siberia" in Mexico).
    assert resolve([Toponym("Russia"), Toponym("Siberia")], gazetteer)[1] is None
    # Nor the planet ("meteors burn up as they hit Earth's atmosphere"), a Texas village in the gazetteer.
    assert resolve([Toponym("Texas"), Toponym("Earth")], gazetteer)[1] is None
    # A compass word inside a known name keeps its place.
    assert resolve([Toponym("North Carolina")], gazetteer)[0] is not None


def test_a_feature_found_only_by_its_towns_name_is_not_pinned_to_a_town(gazetteer: Gazetteer) -> None:
    # "Climbers died on Mount Hood, and boats searched Lake Hartwell.": no town called Hood or Hartwell.
    _, hood, lake = resolve([Toponym("Oregon"), Toponym("Mount Hood"), Toponym("Lake Hartwell")], gazetteer)
    assert hood is None and lake is None


def test_a_feature_is_no_district_named_after_it(gazetteer: Gazetteer) -> None:
    # "The Red River crested at Moorhead": not Red River County, Texas, nor the parish in Louisiana.
    assert resolve([Toponym("Moorhead"), Toponym("Minnesota"), Toponym("Red River")], gazetteer)[2] is None
    assert resolve([Toponym("Red River County")], gazetteer)[0] is not None  # the district by its full name


def test_a_lone_feature_word_takes_no_pin(gazetteer: Gazetteer) -> None:
    # "Boats left Panama City for the Gulf": the sea, not Gulf County or Papua New Guinea's Gulf Province.
    assert resolve([Toponym("Panama City"), Toponym("Florida"), Toponym("Gulf")], gazetteer)[2] is None
    assert resolve([Toponym("Gulf County")], gazetteer)[0] is not None


def test_a_country_name_is_the_province_holding_the_storys_towns(gazetteer: Gazetteer) -> None:
    # "ATLANTA - ... Georgia authorities say": the US state, not the country; beside Tbilisi, the country.
    names = ["Atlanta", "Georgia", "Arizona", "Chicago", "Georgia", "Oregon", "Washington"]
    places = resolve([Toponym(n, dateline=i == 0) for i, n in enumerate(names)], gazetteer)
    assert all(p is not None and (p.precision, p.country_code) == ("province", "US")
               for n, p in zip(names, places, strict=True) if n == "Georgia")
    _, country = resolve([Toponym("Tbilisi"), Toponym("Georgia")], gazetteer)
    assert country is not None and country.precision == "country"


def _admin1(places: tuple[object, ...]) -> list[str | None]:
    return [getattr(p, "admin1", None) for p in places]


def test_the_outlets_home_wins_a_close_choice_of_the_articles_own(gazetteer: Gazetteer) -> None:
    # "Donors in Georgia and Texas gave more to the Atlanta office, Kira Lund said in Atlanta."
    names = [Toponym("Georgia"), Toponym("Atlanta"), Toponym("Texas"), Toponym("Atlanta")]
    assert _admin1(resolve(names, gazetteer, outlet_home="US.GA"))[1] == "US.GA"
    assert _admin1(resolve(names, gazetteer))[1] != "US.GA"  # alone, Texas' towns had outweighed it


def test_an_outlets_home_takes_no_country_from_a_story_without_a_namesake_there(
        gazetteer: Gazetteer) -> None:
    # A California paper's "Egypt": in local news of California shown by the article itself, a lone country
    # loses its prior; with only the paper's home to go by, only to a namesake in California (Egypt's
    # namesakes lie in Alabama, Pennsylvania and Arizona).
    candidates = gazetteer.lookup("Egypt")
    egypt = next(p for p in candidates if p.precision == "country")
    assert not any(p.admin1 == "US.CA" for p in candidates)
    own = _Context("US", frozenset(), frozenset(), home="US.CA")
    outlets = replace(own, outlet_home=True)
    toponym = Toponym("Egypt")
    assert _score(egypt, toponym, candidates, outlets) - _score(egypt, toponym, candidates, own) == (
        LONE_COUNTRY_PENALTY)


def test_a_place_reached_only_by_another_of_its_names_yields_to_one_that_bears_it() -> None:
    # A suburb lists the name of a state among its other names: of about one weight, the state that bears
    # the name as its own wins (or the two are too close to call), never the suburb.
    from newsweave.geo.gazetteer import Place
    from newsweave.geo.resolve import ALTERNATE_NAME_PENALTY, _best, _Context

    nothing = _Context(None, frozenset(), frozenset())
    suburb = Place("a", "Lindmoor Heights", 42.0, -88.0, "US", 1_000_000, "city")
    state = Place("b", "Kelvane", 45.0, -69.0, "US", 1_000_000, "city")
    assert _best(Toponym("Kelvane"), [suburb, state], nothing) == state
    assert _score(suburb, Toponym("Kelvane"), [suburb, state], nothing) == pytest.approx(
        _score(state, Toponym("Kelvane"), [suburb, state], nothing) - ALTERNATE_NAME_PENALTY)
