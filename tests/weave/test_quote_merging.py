"""Quotes merged across sources, and figures linked to their claims."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

WORDS = "We are ready to talk but we are also ready to defend our valley"


def test_the_same_quote_in_two_outlets_is_one_entry() -> None:
    a = Doc("a", f'"{WORDS}," Rahim Sultani told the Morning Wire by phone.')
    b = Doc(
        "b", 'Sultani said: "We are ready to talk but we are also ready to defend our valley." More later.'
    )
    a.entity("Rahim Sultani").quote(WORDS, "Rahim Sultani", channel="told the Morning Wire by phone")
    b.entity("Sultani").quote("We are ready to talk but we are also ready to defend our valley", None)
    b_ = brief(a, b)
    (q,) = b_.quotes
    assert q.sources == ("s1", "s2")
    assert q.speaker == "Rahim Sultani"
    assert q.channel == "told the Morning Wire by phone"
    assert q.speaker_entity is not None
    texts = {s.id: s.text for s in b_.sources}
    assert all(texts[c.source][c.start : c.end] == WORDS for c in q.citations)


def test_different_quotes_stay_apart() -> None:
    a = Doc("a", '"The road is open again," the mayor said. "Schools reopen next week," she added.')
    a.quote("The road is open again", "mayor").quote("Schools reopen next week", "mayor")
    assert len(brief(a).quotes) == 2


def test_numbers_link_to_their_claim() -> None:
    a = Doc("a", "About 150,000 people live in the valley. The road is closed.")
    a.number("About 150,000", 150000, 150000, "people", approximate=True)
    b_ = brief(a)
    (n,) = b_.numbers
    assert n.claim == claim_with(b_, "150,000").id
    assert b_.sources[0].text[n.citation.start : n.citation.end] == "About 150,000"


def test_a_scare_quote_joins_only_the_same_words_never_a_longer_quote() -> None:
    a = Doc("a", 'The council called the plan "reckless." "The plan is reckless and it will fail," the mayor '
                 'said.')
    a.quote("reckless", "council").quote("The plan is reckless and it will fail", "mayor")
    b = Doc("b", 'The council called the plan "reckless." Engineers called the dam "unsafe."')
    b.quote("reckless", "council").quote("unsafe", "Engineers")
    entries = {q.text: q.sources for q in brief(a, b).quotes}
    assert entries == {"reckless": ("s1", "s2"), "The plan is reckless and it will fail": ("s1",),
                       "unsafe": ("s2",)}


def test_overlapping_words_of_two_named_speakers_stay_two_entries() -> None:
    a = Doc("a", "Ferry crews refused to let inspectors check the papers of passengers, said Dana Rusk.")
    a.quote("Ferry crews refused to let inspectors check the papers of passengers", "Dana Rusk")
    b = Doc("b", "The port shut the terminal when ferry crews refused to let inspectors check the papers of "
                 "passengers, Omar Lind said.")
    b.quote("The port shut the terminal when ferry crews refused to let inspectors check the papers of "
            "passengers", "Omar Lind")
    assert sorted(q.speaker or "" for q in brief(a, b).quotes) == ["Dana Rusk", "Omar Lind"]


def test_a_short_quoted_name_is_not_the_reported_statement_that_ends_with_it() -> None:
    finding = "support has fallen among the voters who elected her in the Year of the Flood"
    a = Doc("a", f"The poll suggested that {finding}.")
    a.quote(finding, "poll", kind="indirect")
    b = Doc("b", 'She was one of the "Year of the Flood" class.')
    b.quote("Year of the Flood", None)
    entries = {q.text: (q.speaker, q.kind) for q in brief(a, b).quotes}
    assert entries == {finding: ("poll", "indirect"), "Year of the Flood": (None, "direct")}


def test_a_direct_quotation_and_its_report_in_other_words_sharing_six_running_words_are_one() -> None:
    a = Doc("a", '"We will reopen the northern border crossing on Monday," Lena Ortiz said.')
    a.quote("We will reopen the northern border crossing on Monday", "Lena Ortiz")
    b = Doc("b", "Ortiz said they would reopen the northern border crossing on Monday.")
    b.quote("they would reopen the northern border crossing on Monday", "Ortiz", kind="indirect")
    (q,) = brief(a, b).quotes
    assert q.kind == "direct" and q.sources == ("s1", "s2")


def test_a_short_quotation_of_words_joins_another_reports_statement_that_holds_it() -> None:
    finding = "the two parties were morally and politically accountable for the raids"
    a = Doc("a", f"The panel found that {finding}.")
    a.quote(finding, "panel", kind="indirect")
    b = Doc("b", 'The movements were "morally and politically accountable," a radio report said.')
    b.quote("morally and politically accountable", None)
    (q,) = brief(a, b).quotes
    assert q.speaker == "panel" and q.sources == ("s1", "s2")


def test_reported_speech_of_a_few_words_is_an_object_not_a_statement() -> None:
    a = Doc("a", "The ministry denied the reports. The mayor said the ferry would sail on Monday.")
    a.quote("the reports", "ministry", kind="indirect")
    a.quote("the ferry would sail on Monday", "mayor", kind="indirect")
    b = Doc("b", 'The ministry called it "a lie." The union said dozens were hurt.')
    b.quote("a lie.", "ministry").quote("dozens were hurt", "union", kind="indirect")
    assert sorted(q.text for q in brief(a, b).quotes) == ["a lie.", "dozens were hurt",
                                                          "the ferry would sail on Monday"]


def test_reported_speech_without_a_verb_is_an_object_whatever_its_length() -> None:
    a = Doc("a", "The union condemned the harbour board's new levy on the night ferries. The mayor said the "
                 "ferry would sail on Monday.")
    a.quote("the harbour board's new levy on the night ferries", "union", kind="indirect", cue="condemned")
    a.quote("the ferry would sail on Monday", "mayor", kind="indirect", cue="said")
    a.predicate("condemned", "union").predicate("said", "mayor").predicate("sail", "ferry")
    assert [q.speaker for q in brief(a).quotes] == ["mayor"]


def test_what_a_party_seeks_or_hopes_is_no_words_it_said() -> None:
    a = Doc("a", "The union seeks to block the harbour levy. The mayor said the ferry would sail on Monday.")
    a.quote("to block the harbour levy", "union", kind="indirect", cue="seeks")
    a.quote("the ferry would sail on Monday", "mayor", kind="indirect", cue="said")
    assert [q.speaker for q in brief(a).quotes] == ["mayor"]
    b = Doc("b", "Investors feared the levy would rise. The mayor said the ferry would sail on Monday.")
    b.quote("the levy would rise", "Investors", kind="indirect", cue="feared")
    b.quote("the ferry would sail on Monday", "mayor", kind="indirect", cue="said")
    assert [q.speaker for q in brief(b).quotes] == ["mayor"]


def test_the_quote_list_shows_a_speaker_without_the_description_of_it() -> None:
    a = Doc("a", '"The count is far from over," said a poll, which had a margin of error of 3 points. '
                 '"We will not move," said an official who spoke on condition of anonymity.')
    a.quote("The count is far from over", "poll, which had a margin of error of 3 points")
    a.quote("We will not move", "official who spoke on condition of anonymity")
    assert {q.speaker for q in brief(a).quotes} == {"poll", "official"}
    # A preposition before the relative pronoun goes with the clause.
    b = Doc("b", 'The order under which he was held says he "fled the country in March".')
    b.quote("fled the country in March", "order under which he was held")
    assert [q.speaker for q in brief(b).quotes] == ["order"]


def test_a_name_in_apposition_to_a_role_is_the_speaker_shown() -> None:
    a = Doc("a", '"We will seek an injunction," said the party\'s spokesman, Thabo Masebe, on Friday.')
    a.entity("Thabo Masebe", "ORG").quote("We will seek an injunction", "spokesman, Thabo Masebe")
    (q,) = brief(a).quotes
    assert q.speaker == "Thabo Masebe"


def test_a_list_after_a_comma_stays_in_the_speaker_shown() -> None:
    a = Doc("a", '"Vote for schools," say ads in English, Cantonese and Spanish.')
    a.quote("Vote for schools", "ads in English, Cantonese and Spanish")
    (q,) = brief(a).quotes
    assert q.speaker == "ads in English, Cantonese and Spanish"


def test_one_person_quoted_under_two_forms_of_the_name_is_shown_by_one() -> None:
    a = Doc("a", '"She is in treatment now," Mark Jay Holden told the judge.')
    b = Doc("b", '"We asked for more time," Mark Holden said. Mark Holden left the court.')
    a.entity("Mark Jay Holden").quote("She is in treatment now", "Mark Jay Holden")
    b.entity("Mark Holden").entity("Mark Holden", nth=1).quote("We asked for more time", "Mark Holden")
    shown = {q.speaker for q in brief(a, b).quotes}
    assert len(shown) == 1 and shown <= {"Mark Holden", "Mark Jay Holden"}
    # A description holding a name is not the person named.
    c = Doc("c", '"She is resting," Reva Lund\'s agent said. Reva Lund did not appear.')
    c.entity("Reva Lund").entity("Reva Lund", nth=1).quote("She is resting", "Reva Lund's agent")
    (q,) = brief(c).quotes
    assert q.speaker == "Reva Lund's agent"


def test_a_speaker_named_in_full_is_that_person_not_the_namesake_the_roster_gave_the_surname() -> None:
    from tests.weave.weave_fixtures import span_of

    from newsweave.models import Quote

    text = ("Karim Dastan leads the valley's fighters. His father, Omar Dastan, led them in the 1980s. "
            '"We will defend the valley," Dastan said.')
    a = Doc("a", text).entity("Karim Dastan").entity("Omar Dastan").entity("Dastan", nth=2)
    # The analysis resolved the bare surname at the cue to the son; the roster gives a bare "Dastan" to the
    # person last named in full, the father.
    words = "We will defend the valley"
    a.quotes.append(Quote(span_of("a", text, words), words, "direct", "Karim Dastan",
                          speaker_span=span_of("a", text, "Dastan", 2)))
    b_ = brief(a)
    (q,) = b_.quotes
    names = {e.id: e.name for e in b_.entities}
    assert q.speaker == "Karim Dastan"
    assert names[q.speaker_entity or ""] == "Karim Dastan"


def test_words_a_denied_verb_of_saying_reports_are_no_words_said() -> None:
    a = Doc("a", "Officials in Velm have not confirmed the reports that the crew would be released soon. "
                 "The mayor said the ferry would sail on Monday.")
    a.quote("the reports that the crew would be released soon", "Officials in Velm", kind="indirect",
            cue="confirmed")
    a.quote("the crew would be released soon", None, kind="indirect", cue="reports")
    a.quote("the ferry would sail on Monday", "mayor", kind="indirect", cue="said")
    a.predicate("confirmed", "Officials", negated=True).predicate("said", "mayor")
    assert [q.speaker for q in brief(a).quotes] == ["mayor"]


def test_a_refusal_or_a_wish_not_to_be_named_is_no_quote() -> None:
    a = Doc("a", "Police in Velm declined to comment on the arrest. A resident, who asked not to be "
                 "identified, said the water was brown.")
    a.quote("to comment on the arrest", "Police in Velm", kind="indirect", cue="declined")
    a.quote("not to be identified", "resident", kind="indirect", cue="asked")
    a.quote("the water was brown", "resident", kind="indirect", cue="said")
    a.predicate("declined", "Police").predicate("asked", "resident").predicate("said", "resident")
    assert [q.text for q in brief(a).quotes] == ["the water was brown"]
