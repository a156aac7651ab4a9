"""Events that are only words (weave/verbal_events.py): criticism, a figure of seizing, a promise, an
interview, a supposition, one person heading somewhere. Each case keeps its real counterpart."""

from __future__ import annotations

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc


def _types(doc: Doc) -> list[str]:
    return sorted(e.type for e in brief(doc).events)


def test_an_attack_made_in_tweets_is_criticism() -> None:
    a = Doc("a", "Senator Jane Roe attacked Governor Tom Vale in early-morning tweets.")
    a.entity("Jane Roe", "PERSON").entity("Tom Vale", "PERSON")
    a.predicate("attacked", agent="Roe", patient="Vale", where=("tweets",))
    assert _types(a) == []
    b = Doc("b", "The Dalvo Front paid for an ad attacking the Kesra Guard.")
    b.entity("Dalvo Front", "ORG").entity("Kesra Guard", "ORG")
    b.predicate("attacking", patient="Guard", patient_extent="the Kesra Guard")
    assert _types(b) == []
    # The same verb with an armed group on a town, in no medium of speech, stays an attack.
    c = Doc("c", "The Dalvo Front attacked the Kesra Guard in Varn.")
    c.entity("Dalvo Front", "ORG").entity("Kesra Guard", "ORG").entity("Varn", "GPE")
    c.predicate("attacked", agent="Front", patient="Guard", patient_extent="the Kesra Guard", where=("Varn",))
    assert _types(c) == ["ASSAULT"]


def test_one_person_attacking_another_with_no_harm_named_is_criticism() -> None:
    a = Doc("a", "Jane Roe attacked Tom Vale over his taxes.")
    a.entity("Jane Roe", "PERSON").entity("Tom Vale", "PERSON")
    a.predicate("attacked", agent="Roe", patient="Vale")
    assert _types(a) == []
    b = Doc("b", "Jane Roe attacked Tom Vale with a hammer.")
    b.entity("Jane Roe", "PERSON").entity("Tom Vale", "PERSON")
    b.predicate("attacked", agent="Roe", patient="Vale")
    assert _types(b) == ["ASSAULT"]


def test_seizing_on_a_report_is_a_figure() -> None:
    a = Doc("a", "Jane Roe is seizing upon a report that Tom Vale lost money.")
    a.entity("Jane Roe", "PERSON").entity("Tom Vale", "PERSON")
    a.predicate("seizing", agent="Roe", patient="report", patient_extent="a report")
    assert _types(a) == []
    # A passive "seized on" the border, or a seizure dated "on Monday", is a seizure.
    b = Doc("b", "Hoyt Tamsin was seized on the border by the Varn Militia.")
    b.entity("Hoyt Tamsin", "PERSON").entity("Varn Militia", "ORG")
    b.predicate("seized", agent="Militia", patient="Tamsin")
    assert _types(b) == ["SEIZE"]
    c = Doc("c", "The Varn Militia seized on Monday the Dalvo airport.")
    c.entity("Varn Militia", "ORG")
    c.predicate("seized", agent="Militia", patient="airport", patient_extent="the Dalvo airport")
    assert _types(c) == ["SEIZE"]


def test_control_won_in_a_vote_or_a_business_taken_over_is_no_seizure() -> None:
    a = Doc("a", "The ads helped the Varn Party take control of the House.")
    a.entity("Varn Party", "ORG")
    a.predicate("take control", agent="Party", patient="control", patient_extent="control of the House")
    assert _types(a) == []
    b = Doc("b", "Acme Coal took over many of the company's mining operations in Dalvo.")
    b.entity("Acme Coal", "ORG").entity("Dalvo", "GPE")
    b.predicate("took over", agent="Coal", patient="many",
                patient_extent="many of the company's mining operations in Dalvo")
    assert _types(b) == []
    c = Doc("c", "The Varn Militia took control of the Dalvo airport.")
    c.entity("Varn Militia", "ORG")
    c.predicate("took control", agent="Militia", patient="control",
                patient_extent="control of the Dalvo airport")
    assert _types(c) == ["SEIZE"]


def test_a_vow_of_nothing_hostile_is_a_promise() -> None:
    a = Doc("a", "Tom Vale has vowed to bring back lost mining jobs.")
    a.entity("Tom Vale", "PERSON")
    a.predicate("vowed", agent="Vale")
    assert _types(a) == []
    b = Doc("b", "The Varn Militia vowed to retaliate against Kesra.")
    b.entity("Varn Militia", "ORG").entity("Kesra", "GPE")
    b.predicate("vowed", agent="Militia")
    assert _types(b) == ["THREATEN"]


def test_talking_to_someone_about_a_film_is_no_meeting() -> None:
    a = Doc("a", "Activist Ana Bird talks to Mark Lin about the film.")
    a.entity("Ana Bird", "PERSON").entity("Mark Lin", "PERSON")
    a.predicate("talks", agent="Bird", where=("Mark Lin",))
    assert _types(a) == []
    b = Doc("b", "Minister Ana Bird talks with Mark Lin in Dalvo.")
    b.entity("Ana Bird", "PERSON").entity("Mark Lin", "PERSON").entity("Dalvo", "GPE")
    b.predicate("talks", agent="Bird", where=("Dalvo",))
    assert _types(b) == ["CONSULT"]


def test_one_person_headed_to_hospital_mobilizes_nothing() -> None:
    # The parse makes the one going the patient of a passive "was headed".
    a = Doc("a", "Jane Roe was headed to an emergency room in Dalvo.")
    a.entity("Jane Roe", "PERSON").entity("Dalvo", "GPE")
    a.predicate("headed", patient="Roe", where=("emergency room",))
    assert _types(a) == []


def test_a_supposition_is_no_event() -> None:
    a = Doc("a", "Say Varn demanded that Kesra pay for the wall.")
    a.entity("Varn", "GPE").entity("Kesra", "GPE")
    a.predicate("demanded", agent="Varn", patient="Kesra")
    assert _types(a) == []
    b = Doc("b", "Varn demanded that Kesra pay for the wall.")
    b.entity("Varn", "GPE").entity("Kesra", "GPE")
    b.predicate("demanded", agent="Varn", patient="Kesra")
    assert _types(b) == ["DEMAND"]


def test_called_for_in_the_passive_is_no_demand() -> None:
    a = Doc("a", "Dane Orlov was called for holding the Harriers' captain late in the game.")
    a.entity("Dane Orlov", "PERSON").entity("Harriers", "ORG")
    a.predicate("called", patient="Orlov")
    assert _types(a) == []
    b = Doc("b", "The Harriers called for a new referee for the game.")
    b.entity("Harriers", "ORG")
    b.predicate("called", agent="Harriers")
    assert _types(b) == ["DEMAND"]


def test_seizing_what_is_only_taken_in_a_figure_is_no_seizure() -> None:
    a = Doc("a", "Senator Jane Roe seized the initiative with a new bill.")
    a.entity("Jane Roe", "PERSON")
    a.predicate("seized", agent="Roe", patient="initiative", patient_extent="the initiative")
    assert _types(a) == []
    b = Doc("b", "The Dalvo Front captured the imagination of the young.")
    b.entity("Dalvo Front", "ORG")
    b.predicate("captured", agent="Front", patient="imagination",
                patient_extent="the imagination of the young")
    assert _types(b) == []
    c = Doc("c", "The Dalvo Front seized the town of Varn.")
    c.entity("Dalvo Front", "ORG").entity("Varn", "GPE")
    c.predicate("seized", agent="Front", patient="town", patient_extent="the town of Varn")
    assert _types(c) == ["SEIZE"]


def test_things_gathered_or_assembled_are_no_mobilization() -> None:
    a = Doc("a", "Dalvo Motors assembled 40,000 cars at its plant.")
    a.entity("Dalvo Motors", "ORG")
    a.predicate("assembled", agent="Motors", patient="cars", patient_extent="40,000 cars")
    assert _types(a) == []
    # Supporters gathered, or a crowd gathering with no object, are a mobilization.
    b = Doc("b", "The Kesra Party gathered thousands of supporters in the square.")
    b.entity("Kesra Party", "ORG")
    b.predicate("gathered", agent="Party", patient="thousands", patient_extent="thousands of supporters")
    assert _types(b) == ["MOBILIZE"]
    c = Doc("c", "Members of the Kesra Party gathered in the square.")
    c.entity("Kesra Party", "ORG")
    c.predicate("gathered", agent="Party")
    assert _types(c) == ["MOBILIZE"]


def test_meeting_a_goal_or_a_reaction_is_no_meeting() -> None:
    a = Doc("a", "Dalvo Motors met the expectations of its lenders.")
    a.entity("Dalvo Motors", "ORG")
    a.predicate("met", agent="Motors", patient="expectations",
                patient_extent="the expectations of its lenders")
    assert _types(a) == []
    b = Doc("b", "Dalvo Motors met with resistance from the Kesra Party.")
    b.entity("Dalvo Motors", "ORG").entity("Kesra Party", "ORG")
    b.predicate("met", agent="Motors", patient="resistance", patient_extent="resistance from the Kesra Party")
    assert _types(b) == []
    c = Doc("c", "Dalvo Motors met with the Kesra Party.")
    c.entity("Dalvo Motors", "ORG").entity("Kesra Party", "ORG")
    c.predicate("met", agent="Motors", patient="Party", patient_extent="the Kesra Party")
    assert _types(c) == ["CONSULT"]


def test_taking_over_a_named_business_is_no_seizure() -> None:
    a = Doc("a", "Acme Holdings took over Dalvo Inc. last week.")
    a.entity("Acme Holdings", "ORG").entity("Dalvo Inc.", "ORG")
    a.predicate("took", agent="Holdings", patient="Inc", patient_extent="Dalvo Inc.")
    assert _types(a) == []
    b = Doc("b", "The Northern Militia took over the town of Varn last week.")
    b.entity("Northern Militia", "ORG").entity("Varn", "GPE")
    b.predicate("took", agent="Militia", patient="town", patient_extent="the town of Varn")
    assert _types(b) == ["SEIZE"]


def test_appealing_a_courts_decision_is_no_demand() -> None:
    a = Doc("a", "Acme Holdings appealed the ruling of the Kesra court.")
    a.entity("Acme Holdings", "ORG")
    a.predicate("appealed", agent="Holdings", patient="ruling",
                patient_extent="the ruling of the Kesra court")
    assert _types(a) == []
    b = Doc("b", "Acme Holdings appealed to the Supreme Court of Kesra.")
    b.entity("Acme Holdings", "ORG")
    b.predicate("appealed", agent="Holdings")
    assert _types(b) == []
    c = Doc("c", "Acme Holdings appealed for calm after the ruling.")
    c.entity("Acme Holdings", "ORG")
    c.predicate("appealed", agent="Holdings")
    assert _types(c) == ["DEMAND"]


def test_targeting_or_raiding_money_is_no_attack() -> None:
    a = Doc("a", "Acme Holdings targeted growth of 5 percent this year.")
    a.entity("Acme Holdings", "ORG")
    a.predicate("targeted", agent="Holdings", patient="growth", patient_extent="growth of 5 percent")
    assert _types(a) == []
    b = Doc("b", "The Dalvo Front raided the pension fund of the Kesra Guard.")
    b.entity("Dalvo Front", "ORG").entity("Kesra Guard", "ORG")
    b.predicate("raided", agent="Front", patient="fund", patient_extent="the pension fund of the Kesra Guard")
    assert _types(b) == []
    c = Doc("c", "The Dalvo Front raided the market of Varn.")
    c.entity("Dalvo Front", "ORG").entity("Varn", "GPE")
    c.predicate("raided", agent="Front", patient="market", patient_extent="the market of Varn")
    assert _types(c) == ["ASSAULT"]


def test_a_business_rivalry_or_a_fight_in_court_is_no_attack() -> None:
    a = Doc("a", "Acme Corp battled Dalvo Inc. for the phone market.")
    a.entity("Acme Corp", "ORG").entity("Dalvo Inc.", "ORG")
    a.predicate("battled", agent="Corp", patient="Inc", patient_extent="Dalvo Inc.")
    assert _types(a) == []
    b = Doc("b", "The Kesra Party is fighting the Dalvo Front in court over the vote.")
    b.entity("Kesra Party", "ORG").entity("Dalvo Front", "ORG")
    b.predicate("fighting", agent="Party", patient="Front", patient_extent="the Dalvo Front")
    assert _types(b) == []
    # Two armed groups, or a business's office attacked by gunmen, stay attacks.
    c = Doc("c", "The Kesra Party battled the Dalvo Front in Varn.")
    c.entity("Kesra Party", "ORG").entity("Dalvo Front", "ORG").entity("Varn", "GPE")
    c.predicate("battled", agent="Party", patient="Front", patient_extent="the Dalvo Front", where=("Varn",))
    assert _types(c) == ["ASSAULT"]
    d = Doc("d", "The Dalvo Front attacked Acme Corp with rifles.")
    d.entity("Dalvo Front", "ORG").entity("Acme Corp", "ORG")
    d.predicate("attacked", agent="Front", patient="Corp", patient_extent="Acme Corp")
    assert _types(d) == ["ASSAULT"]


def test_software_deployed_is_no_mobilization() -> None:
    a = Doc("a", "Acme Corp deployed its new software across Europe.")
    a.entity("Acme Corp", "ORG")
    a.predicate("deployed", agent="Corp", patient="software", patient_extent="its new software")
    assert _types(a) == []
    b = Doc("b", "The Kesra Navy deployed two destroyers to the coast.")
    b.entity("Kesra Navy", "ORG")
    b.predicate("deployed", agent="Navy", patient="destroyers", patient_extent="two destroyers")
    assert _types(b) == ["MOBILIZE"]


def test_an_attack_over_an_issue_is_a_dispute() -> None:
    a = Doc("a", "Kesra clashed with Dalvo over fishing rights.")
    a.entity("Kesra", "GPE").entity("Dalvo", "GPE")
    a.predicate("clashed", agent="Kesra", patient="Dalvo")
    assert _types(a) == []
    # Over a stretch of time, over a name, or with a word of harm, it stays a clash.
    for text in ("Kesra clashed with Dalvo over the weekend.", "Kesra clashed with Dalvo over Varn.",
                 "Kesra clashed with Dalvo over fishing rights with rifles."):
        b = Doc("b", text)
        b.entity("Kesra", "GPE").entity("Dalvo", "GPE")
        b.predicate("clashed", agent="Kesra", patient="Dalvo")
        assert _types(b) == ["ASSAULT"], text


def test_heading_for_no_place_or_marching_ahead_with_a_plan_is_no_mobilization() -> None:
    for text, verb in (("The Kesra Party is heading for defeat.", "heading"),
                       ("The Kesra Party marched ahead with its plan.", "marched")):
        a = Doc("a", text)
        a.entity("Kesra Party", "ORG")
        a.predicate(verb, agent="Party")
        assert _types(a) == [], text
    # Heading for a place, named or not, is a movement.
    b = Doc("b", "The Northern Militia is heading for the capital.")
    b.entity("Northern Militia", "ORG")
    b.predicate("heading", agent="Militia")
    assert _types(b) == ["MOBILIZE"]
    c = Doc("c", "The Northern Militia is heading for Varn.")
    c.entity("Northern Militia", "ORG").entity("Varn", "GPE")
    c.predicate("heading", agent="Militia", where=("Varn",))
    assert _types(c) == ["MOBILIZE"]


def test_a_clash_by_one_person_with_a_studio_is_a_quarrel() -> None:
    a = Doc("a", "Lena Moor reportedly clashed with Kesra Pictures during the production.")
    a.entity("Lena Moor", "PERSON").entity("Kesra Pictures", "ORG")
    a.predicate("clashed", agent="Moor", agent_extent="Lena Moor", patient="Pictures",
                patient_extent="Kesra Pictures")
    assert _types(a) == []
    # Two armed groups clashing stay an attack.
    b = Doc("b", "The Dalvo Front clashed with the Kesra Guard during the night.")
    b.entity("Dalvo Front", "ORG").entity("Kesra Guard", "ORG")
    b.predicate("clashed", agent="Front", patient="Guard", patient_extent="the Kesra Guard")
    assert _types(b) == ["ASSAULT"]


def test_taking_over_a_directors_chair_or_a_mob_is_no_seizure() -> None:
    for what in ("the director's chair", "the mob"):
        a = Doc("a", f"Ravel Okon is taking over {what} for the sequel.")
        a.entity("Ravel Okon", "PERSON")
        a.predicate("taking over", agent="Okon", agent_extent="Ravel Okon", patient=what.split()[-1],
                    patient_extent=what)
        assert _types(a) == [], what
