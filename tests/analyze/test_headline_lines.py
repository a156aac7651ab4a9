"""Headline lines: Title Case or capitals, never a sentence that holds many names."""

from __future__ import annotations

from newsweave.analyze.headline_lines import headline_lines


def test_title_case_and_capitals_are_headlines_and_a_sentence_of_names_is_not() -> None:
    text = ("Storm Hits Coastal Towns Overnight\nBUSINESS\n"
            "Mara Voss, 32, was climbing to a hut on Mount Kelder with Ivo Marek on Saturday.\n")
    first, second, third = text.split("\n")[:3]
    assert headline_lines(text) == [(0, len(first)), (len(first) + 1, len(first) + 1 + len(second))]
    assert third  # the sentence is running text
