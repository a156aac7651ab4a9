"""Events: typed by the trigger lexicon, with actor, target, place, date, fatalities and claims."""

from __future__ import annotations

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc

from newsweave.weave.events import LEXICON


def test_mobilize_with_actor_place_and_date() -> None:
    a = Doc("a", "The Northern Militia is heading towards Kesra with hundreds of trucks on Sunday.")
    a.entity("Northern Militia", "ORG").entity("Kesra", "GPE").date("Sunday", "2024-03-03", explicit=False)
    b = brief(a)
    (event,) = b.events
    names = {e.id: e.name for e in b.entities}
    assert event.type == "MOBILIZE"
    assert names[event.actor] == "Northern Militia"
    assert names[event.place] == "Kesra"
    assert event.date == "2024-03-03"
    assert event.claims == (b.claims[0].id,)


def test_seize_with_fatalities_and_target() -> None:
    a = Doc(
        "a",
        "The Northern Militia seized two villages from the Coastal Guard after killing 40 guards in Dalvo.",
    )
    a.entity("Northern Militia", "ORG").entity("Coastal Guard", "ORG").entity("Dalvo", "GPE")
    a.number("40", 40, 40, "guards killed")
    (event,) = brief(a).events
    assert event.type == "SEIZE"
    assert event.fatalities is not None and (event.fatalities.low, event.fatalities.high) == (40, 40)
    assert event.target is not None and event.actor != event.target


def test_negated_and_unanchored_statements_assert_no_event() -> None:
    a = Doc("a", "The Northern Militia has not attacked the town of Dalvo this year at all.")
    a.entity("Northern Militia", "ORG").entity("Dalvo", "GPE")
    assert brief(a).events == ()
    assert brief(Doc("b", "Somebody attacked something somewhere late at night.")).events == ()


def test_lexicon_covers_the_core_plover_types() -> None:
    assert {k for k, _ in LEXICON} >= {
        "MOBILIZE",
        "ASSAULT",
        "SEIZE",
        "RETREAT",
        "DEMAND",
        "CONSULT",
        "THREATEN",
    }
