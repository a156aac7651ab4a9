"""Figures across outlets, end to end: invented wire coverage of disasters through the real pipeline (spaCy
parse, analysis, grouping, weave). Each case is a kind of disagreement or revision a fact-checker meets in
real multi-agency coverage; the texts are this project's own."""

from __future__ import annotations

from newsweave.models import Article, Briefing
from newsweave.pipeline import brief_articles

Report = tuple[str, str, str, str]  # id, outlet, published, text


def _brief(*reports: Report) -> Briefing:
    articles = [Article(id=i, text=t, title=None, outlet=o, published=p) for i, o, p, t in reports]
    (briefing,) = brief_articles(articles).briefings
    return briefing


def _number_details(b: Briefing) -> set[str]:
    return {r.detail for c in b.claims for r in c.conflicts if r.kind == "number"}


def test_two_outlets_giving_one_days_toll_differently_conflict() -> None:
    # The Ledger names a second place the storm moved toward: not where its toll happened.
    b = _brief(
        ("a", "Wire One", "2031-03-04T14:00:00",
         "SANTO MARCO (Wire One) -- Hurricane Ilse killed at least 210 people in Velmora on Monday, civil "
         "defense officials said.\n\nThe storm flattened homes along the southern coast."),
        ("b", "Daily Ledger", "2031-03-04T20:00:00",
         "Hurricane Ilse killed 110 people in Velmora, the government said on Tuesday, as the storm moved "
         "west toward Castria.\n\nThousands of families spent the night in schools."),
    )
    assert _number_details(b) == {"at least 210 people killed vs 110 people killed"}


def test_a_bare_fate_word_and_a_toll_reached_are_counts_of_the_dead() -> None:
    dead = _brief(
        ("a", "Wire One", "2031-05-10T10:00:00",
         "LORENT (Wire One) -- A ferry capsized on the Varne river on Sunday, leaving 85 dead and dozens "
         "missing, police said.\n\nDivers searched the wreck through the night."),
        ("b", "Daily Ledger", "2031-05-10T18:00:00",
         "At least 120 people died when a ferry overturned in a storm on the Varne river on Sunday, "
         "officials said.\n\nRelatives gathered on the banks."),
    )
    assert _number_details(dead) == {"85 dead vs At least 120 people died"}


def test_a_count_that_rises_over_days_is_an_update_with_its_history() -> None:
    b = _brief(
        ("a", "Wire One", "2031-09-22T09:00:00",
         "PORTO LIS (Wire One) -- Hurricane Ilse slammed into Velmora on Tuesday, killing at least 20 people "
         "and tearing roofs off thousands of homes.\n\nThe government declared a state of emergency."),
        ("b", "Wire One", "2031-09-23T10:00:00",
         "PORTO LIS (Wire One) -- Rescuers reached isolated villages on Wednesday as the death toll from "
         "Hurricane Ilse in Velmora climbed to 110.\n\nMany victims were swept away by floods."),
        ("c", "Daily Ledger", "2031-09-25T20:00:00",
         "Hurricane Ilse killed 210 people in Velmora, officials said on Friday, as aid began to arrive by "
         "sea.\n\nWhole districts of the capital remained without water."),
    )
    assert _number_details(b) == set()
    (update,) = b.updates
    assert [r.value for r in update.history] == [20, 110, 210]


def test_two_counts_of_the_homeless_the_same_day_conflict() -> None:
    b = _brief(
        ("a", "Wire One", "2031-09-24T08:00:00",
         "Nearly 100,000 people were left homeless by Hurricane Ilse in Velmora, the Red Cross said on "
         "Thursday.\n\nShelters in the capital were full."),
        ("b", "Daily Ledger", "2031-09-24T19:00:00",
         "Hurricane Ilse left 320,000 people homeless in Velmora, the government said on Thursday."
         "\n\nSchools in the capital were closed."),
    )
    assert _number_details(b) == {"Nearly 100,000 people homeless vs 320,000 people homeless"}


def test_each_figure_of_a_toll_by_country_has_its_own_place() -> None:
    # "231 people in Velmora and 57 in Castria": the 231 is Velmora's toll, so it meets the Ledger's
    # Velmora toll the same day; the Castria figure agrees with the Courier's and is set against nothing.
    b = _brief(
        ("a", "Wire One", "2031-11-02T09:00:00",
         "TOLANO (Wire One) -- Tropical Storm Ilse has killed 231 people in Velmora and 57 in Castria since "
         "Friday, officials said Monday.\n\nRivers burst their banks across the north."),
        ("b", "Daily Ledger", "2031-11-02T21:00:00",
         "The floods brought by Tropical Storm Ilse have killed at least 480 people in Velmora, the "
         "government said on Monday.\n\nWhole villages were buried under mud."),
        ("c", "Evening Courier", "2031-11-02T22:00:00",
         "Tropical Storm Ilse has killed 57 people in Castria, the government there said on Monday."
         "\n\nAid was slow to arrive."),
    )
    assert _number_details(b) == {"231 people killed vs at least 480 people killed"}


def test_a_place_told_after_off_is_where_it_happened() -> None:
    # Where a ship sank ("off Velmora") is the toll's place; the city the ship was bound for is not.
    b = _brief(
        ("a", "Wire One", "2031-07-01T09:00:00",
         "TOLANO (Wire One) -- A ferry sank in a storm off Velmora on Tuesday, and 150 passengers were "
         "missing, the coast guard said Wednesday.\n\nFishing boats joined the search."),
        ("b", "Daily Ledger", "2031-07-01T21:00:00",
         "At least 300 passengers were missing after a ferry bound for Castria sank in a storm off Velmora "
         "on Tuesday, the coast guard said on Wednesday.\n\nThe ferry was overloaded."),
    )
    assert _number_details(b) == {"150 passengers missing vs At least 300 passengers missing"}


def test_a_ceiling_on_a_toll_does_not_contradict_a_count_under_it() -> None:
    b = _brief(
        ("a", "Wire One", "2031-01-27T10:00:00",
         "TOLANO (Wire One) -- Officials said as many as 3,000 people may have died in the earthquake in "
         "Velmora on Monday.\n\nThousands slept outdoors."),
        ("b", "Daily Ledger", "2031-01-27T15:00:00",
         "The earthquake in Velmora on Monday killed 1,100 people, officials said on Wednesday.\n\nRescue "
         "teams arrived from abroad."),
    )
    assert _number_details(b) == set()


def test_two_estimates_of_one_crowd_conflict_and_another_gathering_does_not() -> None:
    # A rally the same day may be another gathering: only crowds that did the same thing are compared.
    b = _brief(
        ("a", "Wire One", "2031-03-02T18:00:00",
         "TOLANO (Wire One) -- Organizers said 250,000 people marched through central Tolano on Sunday to "
         "defend country life.\n\nFarmers came by bus from across the country."),
        ("b", "Daily Ledger", "2031-03-02T23:00:00",
         "Police said 100,000 people marched through central Tolano on Sunday in defense of country life."
         "\n\nThe march was peaceful."),
        ("c", "Evening Courier", "2031-03-02T23:30:00",
         "On Sunday, 8,000 people rallied in central Tolano against the new farm tax, police said."
         "\n\nThe rally was peaceful."),
    )
    assert _number_details(b) == {"250,000 people marched vs 100,000 people marched"}
    assert b.updates == ()


def test_a_toll_told_with_no_place_stays_apart_when_the_story_has_several() -> None:
    # The storm's figures are told country by country; a bare "killed 500" two days later may be the total
    # or Velmora's: it is no update of Velmora's toll.
    tail = ("\n\nRivers burst their banks and whole villages were buried under mud as Tropical Storm Ilse "
            "stalled.")
    b = _brief(
        ("a", "Wire One", "2031-11-02T09:00:00",
         "TOLANO (Wire One) -- Tropical Storm Ilse has killed 231 people in Velmora, officials said on "
         "Monday." + tail),
        ("b", "Daily Ledger", "2031-11-02T21:00:00",
         "Tropical Storm Ilse has left 2,000 people homeless in Castria, the government there said on "
         "Monday." + tail),
        ("c", "Evening Courier", "2031-11-04T21:00:00",
         "Tropical Storm Ilse has killed 500 people, officials said on Wednesday." + tail),
    )
    assert _number_details(b) == set()
    assert b.updates == ()


def test_two_counts_of_survivors_the_same_day_conflict_and_a_later_one_updates() -> None:
    first = ("a", "Wire One", "2032-02-11T09:00:00",
             "KERAVA (Wire One) -- A passenger ferry sank in heavy seas off Kerava on Tuesday. Rescuers "
             "pulled 42 survivors from the water, the coast guard said.\n\nThe vessel was on a night "
             "crossing.")
    same_day = _brief(first, (
        "b", "Daily Ledger", "2032-02-11T19:00:00",
        "A ferry went down off Kerava on Tuesday night. Coast guard boats rescued 67 survivors, officials "
        "said.\n\nFamilies waited at the port for news."))
    assert _number_details(same_day) == {"42 survivors vs 67 survivors rescued"}
    later = _brief(first, (
        "b", "Daily Ledger", "2032-02-13T19:00:00",
        "Rescuers have found 67 survivors of the ferry that sank off Kerava on Tuesday, officials said on "
        "Thursday.\n\nFamilies waited at the port for news."))
    assert _number_details(later) == set()
    assert [[r.text for r in u.history] for u in later.updates] == [["42", "67"]]


def test_two_counts_of_the_people_aboard_a_crashed_plane_conflict() -> None:
    b = _brief(
        ("a", "Wire One", "2032-04-02T08:00:00",
         "MORVA (Wire One) -- A Vantair jet carrying 148 people crashed into the sea off Morva on Thursday, "
         "the airline said.\n\nSearch teams found debris near the coast."),
        ("b", "Daily Ledger", "2032-04-02T17:00:00",
         "The Vantair flight that crashed off Morva on Thursday had 156 people aboard, the airline said."
         "\n\nThe cause of the crash was not known."),
    )
    assert _number_details(b) == {"148 people aboard vs 156 people aboard"}


def test_the_people_aboard_are_not_set_against_the_dead_or_another_plane() -> None:
    killed = _brief(
        ("a", "Wire One", "2032-04-02T08:00:00",
         "MORVA (Wire One) -- A Vantair jet carrying 148 people crashed into the sea off Morva on Thursday, "
         "the airline said.\n\nSearch teams found debris near the coast."),
        ("b", "Daily Ledger", "2032-04-02T17:00:00",
         "All 152 people on the Vantair flight that crashed off Morva on Thursday were killed, the airline "
         "said.\n\nThe cause of the crash was not known."),
    )
    assert _number_details(killed) == set()
    another_plane = _brief(
        ("a", "Wire One", "2032-04-02T08:00:00",
         "MORVA (Wire One) -- A Vantair jet carrying 148 people crashed into the sea off Morva on Thursday, "
         "the airline said. A second Vantair plane carrying 90 passengers landed safely at Morva an hour "
         "later.\n\nSearch teams found debris near the coast."),
        ("b", "Daily Ledger", "2032-04-02T17:00:00",
         "The Vantair flight that crashed off Morva on Thursday had 148 people aboard, the airline said."
         "\n\nThe cause of the crash was not known."),
    )
    assert _number_details(another_plane) == set()
