"""Wire datelines: where a report was filed, and where the words after it begin."""

from __future__ import annotations

from newsweave.analyze.datelines import (
    dateline_agencies,
    dateline_places,
    dateline_region,
    ends_in_dateline,
    past_dateline,
    run_on,
)


def test_a_dateline_place_opens_a_paragraph_in_capitals_before_the_agency_or_a_dash() -> None:
    text = ("BANGKOK (AP) _ The games open.\n\nNICOSIA, Cyprus (Reuters) - Talks resumed.\n\n"
            "RAFAH, Gaza -- Crowds gathered.\n\nIn BANGKOK (AP) the games opened. NATO said so.")
    assert [text[a:b] for a, b in dateline_places(text)] == ["BANGKOK", "NICOSIA", "RAFAH"]
    assert not ends_in_dateline(text, text.index("NATO"), text.index("NATO") + 4)


def test_the_words_after_a_dateline_begin_past_its_dash() -> None:
    for text in ("ROME (AP) — Ocalan was detained.", "KELMOUTH, Scotland (Tidewater Wire) - Twelve died.",
                 "WASHINGTON (AP) _ The vote failed."):
        start = past_dateline(text, 0, len(text))
        assert text[start] != " " and text[start - 2] in "—-_"
    assert past_dateline("Officials said the port reopened.", 0, 33) == 0


def test_a_datelines_agency_is_the_word_in_its_brackets() -> None:
    text = ("ROME (AP) -- Talks resumed.\n\nNICOSIA, Cyprus ( Reuters ) - Talks ended.\n\n"
            "RAFAH, Gaza -- Crowds (AP).")
    assert [text[a:b] for a, b in dateline_agencies(text)] == ["AP", "Reuters"]


def test_a_dateline_may_follow_a_headline_run_into_the_body() -> None:
    # Scraped local pages join the headline and the body on one line.
    text = ("Council backs road budget. WOODSTOCK — The council voted on Monday.\n\n"
            "Barn fire under control. GREENFIELD, Mass. (AP) -- Crews left at noon.\n\n"
            "The board paid. Instead, HUD — and the taxpayer — paid. It went to the DCRC -- the pool.")
    assert [text[a:b] for a, b in dateline_places(text)] == ["WOODSTOCK", "GREENFIELD"]
    assert [text[a:b] for a, b in dateline_agencies(text)] == ["AP"]
    woodstock = text.index("WOODSTOCK")
    assert run_on(text, woodstock) and not run_on(text, 0)
    assert text[past_dateline(text, woodstock, text.index("\n")):].startswith("The council")


def test_a_dateline_may_carry_the_day_and_a_press_releases_brackets() -> None:
    text = ("NEW DELHI, Dec. 8 (PTI) The minister said so.\n\n"
            "KELMOUTH, Scotland, March 3 (AP) -- Twelve died.\n\n"
            "LAKEMONT, Calif.--(WIRE)--A maker of pumps said.\n\n"
            "Senators met. WASHINGTON, Oct. 3 -- A vote.")
    places = dateline_places(text)
    assert [text[a:b] for a, b in places] == ["NEW DELHI", "KELMOUTH", "LAKEMONT", "WASHINGTON"]
    assert [text[a:b] for a, b in dateline_agencies(text)] == ["PTI", "AP", "WIRE"]
    # The day is no region: only "Scotland" and "Calif." say where the place lies.
    assert [dateline_region(text, b) for _, b in places] == [None, "Scotland", "Calif.", None]
    assert text[past_dateline(text, 0, 40):].startswith("The minister")
