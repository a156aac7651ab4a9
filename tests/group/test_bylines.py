"""Bylines: a person's name is a key two stories can share; desk and agency credits are not."""

from __future__ import annotations

import pytest

from newsweave.group.bylines import byline_key


@pytest.mark.parametrize(("author", "key"), [
    ("By TOMAS REINHOLT", "tomas reinholt"),
    ("Tomas Reinholt, Gazette Staff Writer", "tomas reinholt"),
    ("by Tomas Reinholt | Gazette", "tomas reinholt"),
    ("By Ilse Marten and Tomas Reinholt", "ilse marten|tomas reinholt"),
    ("By R.J. Ostrander Jr.", "r j ostrander jr"),
])
def test_a_reporters_name_is_the_key_whatever_the_credit_around_it(author: str, key: str) -> None:
    assert byline_key(author) == key


@pytest.mark.parametrize("author", [
    None, "", "By Associated Press", "Reuters Staff", "Staff Writer", "Gazette Newsroom", "admin",
    "By Tomas Reinholt and the Associated Press",
    "Posted by a reader who wants to tell you everything about the harbour today",
])
def test_a_desk_an_agency_a_handle_or_a_sentence_is_no_key(author: str | None) -> None:
    assert byline_key(author) is None


def test_the_outlets_own_name_is_no_key() -> None:
    assert byline_key("By Harbour Voice", outlet="Harbour Voice") is None
