"""The place a news site's address names, and where its home may therefore be."""

from __future__ import annotations

import pytest

from newsweave.geo.gazetteer import load_gazetteer
from newsweave.geo.site_place import site_place


@pytest.mark.parametrize(("url", "outlet", "name"), [
    ("https://www.columbusdailyrecord.com/local/1", None, "columbus"),
    (None, "gainesville-weekly-press.com", "gainesville"),
    (None, "theconcordherald.com", "concord"),
    ("https://news.athens.com/a", None, "athens"),  # a bare town name, a news word before it
])
def test_a_site_named_after_a_town_names_it(url: str | None, outlet: str | None, name: str) -> None:
    place = site_place(url, outlet, load_gazetteer())
    assert place is not None and place.name == name


@pytest.mark.parametrize(("url", "outlet"), [
    (None, "startribune.com"),  # "Star" (Idaho, under 10,000 people) reads as a newspaper word
    (None, "goldentrianglenews.com"),  # "Golden" then "triangle", no newspaper word
    (None, "richmondandconcordtimes.com"),  # two places: no one reading
    (None, "The Columbus Daily Record"),  # a name, not an address
    (None, "kaldovapost.com"),  # no place the gazetteer knows
    ("http://[::1", None),  # an unreadable address
    (None, "weekly.athens.com.eg"),  # an Egyptian site: no Athens in Egypt, so no place
])
def test_other_addresses_name_no_place(url: str | None, outlet: str | None) -> None:
    assert site_place(url, outlet, load_gazetteer()) is None


def test_the_place_bounds_the_home_to_its_namesakes_provinces() -> None:
    columbus = site_place(None, "columbusdailyrecord.com", load_gazetteer())
    assert columbus is not None
    assert columbus.allows("US.OH") and columbus.allows("US.GA") and not columbus.allows("IE.L")
    assert "US.OH" in columbus.likely and "US.MT" not in columbus.likely  # Columbus, Montana: 5,000 people
    cambridge = site_place(None, "cambridge-post.co.uk", load_gazetteer())
    assert cambridge is not None and cambridge.allows("GB.ENG") and not cambridge.allows("US.MA")
    jordan = site_place(None, "jordanweekly.com", load_gazetteer())
    assert jordan is not None and jordan.allows("JO.11") and jordan.allows("US.MN")  # the country and a town
