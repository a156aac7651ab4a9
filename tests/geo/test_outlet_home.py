"""An outlet's home province from the provinces its articles' pins lie in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.errors import StoreError
from newsweave.geo.gazetteer import load_gazetteer
from newsweave.geo.outlet_home import (
    KEPT_PROVINCES,
    OUTLET_MIN_ARTICLES,
    OutletTally,
    homes_of,
    merged,
    outlet_homes,
    outlet_key,
    outlet_tally,
    site_country,
    site_readings,
    tally_from_state,
    tally_state,
)

LA, MN, TX, ON, OH = "US.LA", "US.MN", "US.TX", "CA.08", "US.OH"
Vote = tuple[str | None, frozenset[str], str | None, str | None]


def _a(outlet: str | None, *provinces: str, own: str | None = None, site: str | None = None) -> Vote:
    """One article's vote: its outlet, the provinces of its pins, its own home, its site's country."""
    return outlet, frozenset(provinces), own, site


def test_a_local_papers_province_is_its_home() -> None:
    articles = [_a("velm courier", LA)] * 3 + [_a("velm courier", TX)] + [_a("norland post", MN)] * 4
    assert outlet_homes(articles) == {"velm courier": LA, "norland post": MN}


def test_too_few_articles_give_no_home() -> None:
    articles = [_a("velm courier", LA)] * (OUTLET_MIN_ARTICLES - 1) + [_a("norland post", MN)] * 4
    assert "velm courier" not in outlet_homes(articles)


def test_two_articles_are_too_few_even_when_both_show_the_home_themselves() -> None:
    # Two reports of one summit, each naming several towns of its state, and three of another outlet.
    articles = [_a("velm courier", LA, own=LA)] * 2 + [_a("norland post", MN)] * 3
    assert "velm courier" not in outlet_homes(articles)


def test_too_few_other_outlets_articles_give_no_home() -> None:
    # An agency's reports of one event, with one other outlet's report that names no place there: nothing to
    # tell the agency's home from the story's place (an all-AP DUC 2003 cluster had homed AP in Tehran).
    articles = [_a("velm agency", LA)] * 6 + [_a("norland post", MN)] * (OUTLET_MIN_ARTICLES - 1)
    assert outlet_homes(articles) == {}


def test_provinces_spread_over_many_give_no_home() -> None:
    # A national outlet: its articles' pins lie all over; no province leads the runner-up twice over.
    assert outlet_homes([_a("kaldova times", p) for p in (LA, LA, LA, MN, MN, TX, TX)]) == {}


def test_the_province_every_outlet_writes_about_is_no_home() -> None:
    # One story's reports: the story's province is in most articles of every outlet.
    assert outlet_homes([_a("velm courier", LA)] * 4 + [_a("norland post", LA)] * 3) == {}


def test_an_article_that_shows_its_own_home_counts_more() -> None:
    # Three articles pinned in Minnesota, two of them local news of it by their own towns; two in Texas.
    articles = [_a("velm courier", MN, own=MN)] * 2 + [_a("velm courier", MN)] + [_a("velm courier", TX)] * 2
    articles += [_a("norland post", OH)] * 3
    assert outlet_homes(articles) == {"velm courier": MN, "norland post": OH}
    assert outlet_homes([(o, p, None, c) for o, p, _, c in articles]) == {"norland post": OH}


def test_articles_without_an_outlet_or_pins_vote_for_none() -> None:
    assert outlet_homes([_a(None, LA)] * 5 + [_a("velm courier")] * 5) == {}


def test_a_site_of_a_countrys_domain_has_its_home_in_that_country() -> None:
    # A Canadian London paper whose bare "London"s were first pinned in England, its Ontario towns in Ontario.
    articles = [_a("velm courier", "GB.ENG", site="CA")] * 7 + [_a("velm courier", ON, site="CA")] * 3
    articles += [_a("norland post", OH)] * 3
    assert outlet_homes(articles) == {"velm courier": ON, "norland post": OH}
    assert outlet_homes([(o, p, h, None) for o, p, h, _ in articles]) == {"velm courier": "GB.ENG",
                                                                          "norland post": OH}


def test_site_readings_are_the_names_namesakes_in_the_sites_country() -> None:
    gazetteer = load_gazetteer()
    assert site_readings(["London"], "CA", gazetteer) == {ON}
    assert site_readings(["London", "Kaldova"], "GB", gazetteer) == {"GB.ENG"}
    assert site_readings(["Kaldova"], "CA", gazetteer) == frozenset()


def test_site_country_reads_country_code_domains_only() -> None:
    assert site_country("https://www.velmcourier.ca/news/1") == "CA"
    assert site_country(None, "kaldova-news.co.uk") == "GB"
    assert site_country("https://velm.com/a") is None
    assert site_country("https://velm.tv/a") is None  # a domain sold worldwide
    assert site_country(None, "The Velm Courier") is None
    assert site_country("http://[::1", None) is None  # an unreadable address is no country


def test_outlet_key_folds_case_and_spaces() -> None:
    assert outlet_key("  The  Town Talk ") == outlet_key("the town talk") == "the town talk"
    assert outlet_key("") is None and outlet_key(None) is None


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.frozensets(st.sampled_from([LA, MN, TX])),
                          st.sampled_from([None, LA]), st.sampled_from([None, "US", "CA"]))))
def test_a_home_is_a_province_in_most_of_the_outlets_articles(articles: list[Vote]) -> None:
    homes = outlet_homes(articles)
    for outlet, home in homes.items():
        own = [p for o, p, _, c in articles if o == outlet and p and c in (None, home.split(".")[0])]
        assert sum(home in p for p in own) >= OUTLET_MIN_ARTICLES
        assert outlet_homes(list(reversed(articles))) == homes  # order of the batch does not matter


ARTICLES = st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.frozensets(st.sampled_from([LA, MN, TX])),
                              st.sampled_from([None, LA]), st.sampled_from([None, "US", "CA"])))


@given(ARTICLES, ARTICLES)
def test_batches_tallied_apart_and_merged_learn_the_homes_of_one_batch(first: list[Vote],
                                                                      second: list[Vote]) -> None:
    tally = merged(outlet_tally(first), outlet_tally(second))
    assert homes_of(tally) == outlet_homes(first + second)
    assert tally_from_state(tally_state(tally)) == tally  # what the store keeps reads back the same


def test_a_kept_tally_is_cut_to_each_outlets_first_provinces() -> None:
    # One article in each of many provinces, and two in Louisiana: the most voted provinces stay.
    many = [_a("velm courier", f"US.{k:02d}") for k in range(KEPT_PROVINCES + 4)]
    many += [_a("velm courier", LA)] * 2
    tally = merged(outlet_tally(many))
    assert len(tally.votes["velm courier"]) == KEPT_PROVINCES
    assert tally.votes["velm courier"][LA] == 2 and tally.pinned["velm courier"] == len(many)


def test_an_empty_or_corrupt_kept_tally() -> None:
    assert tally_from_state(None) == OutletTally()
    with pytest.raises(StoreError):
        tally_from_state('{"pinned": []}')
