"""An outlet's home province from the provinces its articles' pins lie in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsweave.geo.outlet_home import OUTLET_MIN_ARTICLES, outlet_homes, outlet_key, site_country

LA, MN, TX, ON = "US.LA", "US.MN", "US.TX", "CA.08"


def test_a_local_papers_province_is_its_home() -> None:
    articles = [("velm courier", frozenset({LA}), None)] * 3 + [("velm courier", frozenset({TX}), None)]
    articles += [("norland post", frozenset({MN}), None)] * 4
    assert outlet_homes(articles) == {"velm courier": LA, "norland post": MN}


def test_too_few_articles_give_no_home() -> None:
    articles = [("velm courier", frozenset({LA}), None)] * (OUTLET_MIN_ARTICLES - 1)
    assert outlet_homes(articles) == {}


def test_provinces_spread_over_many_give_no_home() -> None:
    # A national outlet: its articles' pins lie all over; no province leads the runner-up twice over.
    articles = [("kaldova times", frozenset({p}), None) for p in (LA, LA, LA, MN, MN, TX, TX)]
    assert outlet_homes(articles) == {}


def test_the_province_every_outlet_writes_about_is_no_home() -> None:
    # One story's reports: the story's province is in most articles of every outlet.
    articles = [("velm courier", frozenset({LA}), None)] * 4 + [("norland post", frozenset({LA}), None)] * 3
    assert outlet_homes(articles) == {}


def test_articles_without_an_outlet_or_pins_vote_for_none() -> None:
    articles = [(None, frozenset({LA}), None)] * 5 + [("velm courier", frozenset(), None)] * 5
    assert outlet_homes(articles) == {}


def test_outlet_key_folds_case_and_spaces() -> None:
    assert outlet_key("  The  Town Talk ") == outlet_key("the town talk") == "the town talk"
    assert outlet_key("") is None and outlet_key(None) is None


def test_a_site_of_a_countrys_domain_has_its_home_in_that_country() -> None:
    # A Canadian London paper whose bare "London"s were first pinned in England, its Ontario towns in Ontario.
    articles = [("velm courier", frozenset({"GB.ENG"}), "CA")] * 7
    articles += [("velm courier", frozenset({ON}), "CA")] * 3
    assert outlet_homes(articles) == {"velm courier": ON}
    assert outlet_homes([(o, p, None) for o, p, _ in articles]) == {"velm courier": "GB.ENG"}


def test_site_country_reads_country_code_domains_only() -> None:
    assert site_country("https://www.velmcourier.ca/news/1") == "CA"
    assert site_country(None, "kaldova-news.co.uk") == "GB"
    assert site_country("https://velm.com/a") is None
    assert site_country("https://velm.tv/a") is None  # a domain sold worldwide
    assert site_country(None, "The Velm Courier") is None
    assert site_country("http://[::1", None) is None  # an unreadable address is no country


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.frozensets(st.sampled_from([LA, MN, TX])),
                          st.sampled_from([None, "US", "CA"]))))
def test_a_home_is_a_province_in_most_of_the_outlets_articles(
        articles: list[tuple[str, frozenset[str], str | None]]) -> None:
    homes = outlet_homes(articles)
    for outlet, home in homes.items():
        own = [p for o, p, c in articles if o == outlet and p and c in (None, home.split(".")[0])]
        assert sum(home in p for p in own) >= OUTLET_MIN_ARTICLES
        assert outlet_homes(list(reversed(articles))) == homes  # order of the batch does not matter
