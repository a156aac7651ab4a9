"""Landmarks that name a government are pinned to the city they stand in."""

from __future__ import annotations

import pytest

from newsweave.geo.gazetteer import Gazetteer, load_gazetteer
from newsweave.geo.landmarks import is_landmark, landmark_city
from newsweave.geo.resolve import Toponym, resolve


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_a_landmark_is_pinned_to_its_city(gazetteer: Gazetteer) -> None:
    # The gazetteer knows "White House" only as towns' names: a Tennessee town, a Maryland village, and
    # Casablanca in translation.
    white_house = resolve([Toponym("White House")], gazetteer)[0]
    assert white_house is not None and (white_house.name, white_house.admin1) == ("Washington", "US.DC")
    kremlin = landmark_city("the Kremlin", gazetteer)
    assert kremlin is not None and kremlin.name == "Moscow" and kremlin.precision == "city"


def test_a_landmarks_name_written_with_its_region_is_the_town(gazetteer: Gazetteer) -> None:
    # "White House, Tenn.": the town in Tennessee.
    town, state = resolve([Toponym("White House", within="Tennessee"), Toponym("Tennessee")], gazetteer)
    assert town is not None and town.admin1 == state.admin1 == "US.TN"  # type: ignore[union-attr]


def test_other_names_are_no_landmarks(gazetteer: Gazetteer) -> None:
    assert is_landmark("Downing Street") and not is_landmark("Main Street")
    assert landmark_city("Alexandria", gazetteer) is None
