"""First-name gender from the name data set's records: the filtered table, its cache, the lookup."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.analyze import name_gender
from newsweave.analyze.name_gender import _cached_table, first_name_gender, gender_table

# Records as the data set writes them: [sources, counts, p(gf), ...].
REFERENCE: dict[str, list[object]] = {
    "kaldra": [12, 5000, 0.97, 3],  # a woman's name
    "tomek": [20, 9000, 0.01, 3],  # a man's name
    "rennic": [15, 4000, 0.5, [0, 2, 3]],  # used for both: left unknown
    "velmor": [2, 80, 0.0, 3],  # seen in two sources only: left unknown
    "o'hale": [9, 100, 0.0, 3],  # not a plain word
}


def test_only_names_clearly_of_one_gender_and_widely_sourced_are_kept() -> None:
    assert gender_table(REFERENCE) == {"kaldra": "f", "tomek": "m"}


def test_the_lookup_folds_case_and_answers_none_for_unknown_names() -> None:
    table = gender_table(REFERENCE)
    assert first_name_gender("Kaldra", table) == "f"
    assert first_name_gender("TOMEK", table) == "m"
    assert first_name_gender("Rennic", table) is None
    assert first_name_gender("Peter-Paul", table) is None


def test_the_filtered_table_is_cached_and_read_back(tmp_path: Path) -> None:
    source = tmp_path / "name_data.json"
    source.write_text(json.dumps(REFERENCE), encoding="utf-8")
    cache = tmp_path / "cache"
    assert _cached_table(source, cache) == {"kaldra": "f", "tomek": "m"}
    (cached,) = cache.glob("name-gender-*.json")
    cached.write_text(json.dumps({"tomek": "m"}), encoding="utf-8")  # the cache, not the source, is read
    assert _cached_table(source, cache) == {"tomek": "m"}


def test_an_unreadable_data_file_tells_no_gender(tmp_path: Path) -> None:
    source = tmp_path / "name_data.json"
    source.write_text("{not json", encoding="utf-8")
    assert _cached_table(source, None) == {}


def test_the_installed_data_set_genders_common_first_names() -> None:
    # The Makefile installs the data set; without it no first name would tell a gender.
    assert name_gender.data_file() is not None
    assert first_name_gender("Peter") == "m"
    assert first_name_gender("Carol") == "f"
    assert first_name_gender("Jordan") is None
