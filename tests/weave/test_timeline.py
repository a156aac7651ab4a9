"""Timeline: merged across sources, sorted, background apart, unresolved dates kept unknown."""

from __future__ import annotations

import dataclasses
from datetime import date

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc

from newsweave.models import Span
from newsweave.weave.timeline import last_day, plain_iso


def docs() -> tuple[Doc, Doc]:
    a = Doc(
        "a",
        "The dam burst on Friday and flooded three villages. The river last flooded in the 1990s. "
        "Relief convoys arrived on Sunday.",
        published="2024-06-09",
    )
    b = Doc(
        "b",
        "Three villages were flooded when the dam burst on Friday. Aid agencies asked for help on "
        "Monday last week.",
        published="2024-06-09",
    )
    a.date("Friday", "2024-06-07", explicit=False).date("the 1990s", "199X", "decade")
    a.date("Sunday", "2024-06-09", explicit=False)
    b.date("Friday", "2024-06-07", explicit=False).date("Monday last week", None, "unknown", explicit=False)
    return a, b


def test_the_same_happening_is_one_entry_citing_both_sources() -> None:
    b = brief(*docs())
    friday = [t for t in b.timeline if t.date == "2024-06-07"]
    assert len(friday) == 1
    assert friday[0].sources == ("s1", "s2")
    assert friday[0].resolved_from == "relative"
    texts = {s.id: s.text for s in b.sources}
    assert {texts[c.source][c.start : c.end] for c in friday[0].citations} == {
        "The dam burst on Friday and flooded three villages.",
        "Three villages were flooded when the dam burst on Friday.",
    }


def test_sorted_with_background_apart_and_unknown_last() -> None:
    b = brief(*docs())
    assert [(t.date, t.background) for t in b.timeline] == [
        ("199X", True),
        ("2024-06-07", False),
        ("2024-06-09", False),
        (None, False),
    ]
    assert b.timeline[-1].precision == "unknown"
    assert b.timeline[0].precision == "decade"


def test_last_day_of_each_precision() -> None:
    assert last_day("198X", "decade") == date(1989, 12, 31)
    assert last_day("198", "decade") == date(1989, 12, 31)
    assert last_day("2001", "year") == date(2001, 12, 31)
    assert last_day("2021-08", "month") == date(2021, 8, 31)
    assert last_day("2021-W33", "week") == date(2021, 8, 22)
    assert last_day("2021-08-20", "day") == date(2021, 8, 20)
    assert last_day("someday", "unknown") is None


def test_part_of_day_values_are_plain_iso_and_a_sentence_is_listed_once() -> None:
    assert plain_iso("2024-05-04TEV", "day") == ("2024-05-04", "day")
    assert plain_iso("2024-W18", "week") == ("2024-W18", "week")
    text = "The pier closed on Friday afternoon, a week after the May 2024 survey and the 2019 repairs."
    d = Doc("a", text, published="2024-05-06")
    d.date("Friday afternoon", "2024-05-03TAF", "day", explicit=False)
    d.date("May 2024", "2024-05", "month")
    d.date("2019", "2019", "year")
    d.date("pier closed", "2024-05-03", "day", explicit=False)  # the same day twice: listed once
    entries = brief(d).timeline
    assert [(e.date, e.precision) for e in entries] == [("2024-05-03", "day")]


def test_a_day_and_a_time_on_it_in_one_sentence_are_one_entry_at_the_time() -> None:
    text = "The temporary measure expires on Friday night at midnight, officials said."
    d = Doc("a", text, published="2024-05-06")
    d.date("Friday night", "2024-05-03TNI", "day", explicit=False)
    d.date("midnight", "2024-05-03T24:00", "day", explicit=False)
    assert [e.date for e in brief(d).timeline] == ["2024-05-03T24:00"]


def test_a_line_that_is_only_a_date_is_no_entry() -> None:
    text = "June 7, 2024\n\nThe dam burst on Friday and flooded three villages."
    a = Doc("a", text, published="2024-06-08")
    a.date("June 7, 2024", "2024-06-07", precision="day").date("Friday", "2024-06-07", precision="day")
    entries = [t for t in brief(a).timeline if t.date == "2024-06-07"]
    assert [t.text for t in entries] == ["The dam burst on Friday and flooded three villages."]


def test_a_date_a_figure_is_compared_with_is_no_entry() -> None:
    text = ("Ferry traffic in the bay fell 23% compared to March of 2023. "
            "The harbour reopened on 4 March 2024 after the storm.")
    a = Doc("a", text, published="2024-04-02")
    a.date("March of 2023", "2023-03", precision="month").date("4 March 2024", "2024-03-04", precision="day")
    assert [t.date for t in brief(a).timeline] == ["2024-03-04"]
    # So is the date after a first or a superlative "since": the flood is this spring's, not 2011's.
    b = Doc("b", "The river flooded the old town for the first time since 2011.", published="2024-04-02")
    b.date("2011", "2011", precision="year")
    assert [t.date for t in brief(b).timeline if t.date] == []
    c = Doc("c", "The ferry has sailed from the island since 2011.", published="2024-04-02")
    c.date("2011", "2011", precision="year")
    assert [t.date for t in brief(c).timeline] == ["2011"]


def test_a_day_in_the_possessive_gives_way_to_the_sentences_own_day() -> None:
    a = Doc("a", "Dockers stopped work on Tuesday in protest at Sunday's collapse.", published="2024-03-14")
    a.date("Tuesday", "2024-03-12", explicit=False).date("Sunday", "2024-03-10", explicit=False)
    assert [t.date for t in brief(a).timeline] == ["2024-03-12"]
    # With no day of its own the sentence stays under the possessive's day when the act was in that
    # happening ...
    b = Doc("b", "Two divers were hurt in Sunday's collapse.", published="2024-03-14")
    b.date("Sunday", "2024-03-10", explicit=False)
    assert [t.date for t in brief(b).timeline] == ["2024-03-10"]
    # ... but not when the day names another happening than the act: the search came after the collapse.
    c = Doc("c", "Divers searched the harbour after Sunday's collapse.", published="2024-03-14")
    c.date("Sunday", "2024-03-10", explicit=False)
    assert [t.date for t in brief(c).timeline if t.date] == []


def test_a_date_naming_another_happening_does_not_date_the_act() -> None:
    # "the March 3 bombings" names what the memorial is for; the unveiling was not that day.
    a = Doc("a", "A memorial for the victims of the March 3 bombings was unveiled in Berg Park.",
            published="2031-06-02")
    a.date("March 3", "2031-03-03", precision="day")
    assert [t.date for t in brief(a).timeline if t.date] == []
    # Named as the setting of the act, the day is the act's: the medals were won at those championships.
    b = Doc("b", "Ruiz won two medals at the 2029 world championships.", published="2031-06-02")
    b.date("2029", "2029", precision="year")
    assert [t.date for t in brief(b).timeline] == ["2029"]


def test_a_quotation_mark_that_opens_the_next_sentence_is_left_out() -> None:
    text = ("Police had reported 65 dead, but backed off that figure on Friday. "
            "''The figure was wrong,'' he said.")
    a = Doc("a", text, published="2024-03-14")
    a.date("Friday", "2024-03-08", explicit=False)
    # The sentence as spaCy splits wire copy: the opening mark stays on the first sentence.
    a.dates[0] = dataclasses.replace(a.dates[0], sentence=Span("a", 0, text.index("The figure")))
    (entry,) = brief(a).timeline
    assert entry.text == "Police had reported 65 dead, but backed off that figure on Friday."


def test_a_sentence_that_opens_inside_a_quotation_is_shown_from_its_opening_mark() -> None:
    text = "The hall burned fast. ''No help. No police,'' a disc jockey said on Friday."
    a = Doc("a", text, published="2024-03-14")
    a.date("Friday", "2024-03-08", explicit=False)
    # spaCy cuts the quotation after "No help.": the dated sentence opens inside it.
    start = text.index("No police")
    a.dates[0] = dataclasses.replace(a.dates[0], sentence=Span("a", start, len(text)))
    (entry,) = brief(a).timeline
    assert entry.text == "''No help. No police,'' a disc jockey said on Friday."


def test_a_date_in_an_unreal_condition_dates_nothing() -> None:
    a = Doc("a", "Polls suggest that if an election were held today, the harbour party would win.",
            published="2031-12-02")
    a.date("today", "2031-12-02", explicit=False)
    assert [t.date for t in brief(a).timeline if t.date] == []
    # A real condition's day is still a day the sentence tells of.
    b = Doc("b", "If the ferry sails on Tuesday, the harbour party will meet it.", published="2031-12-02")
    b.date("Tuesday", "2031-12-02", explicit=False)
    assert [t.date for t in brief(b).timeline if t.date] == ["2031-12-02"]


def test_a_deadline_or_horizon_to_come_dates_nothing() -> None:
    # "by the year 2040" and "for 2036 onwards" bound a frame after the report's day: nothing happened then.
    a = Doc("a", "The draft asks rich nations to cut emissions by the year 2040. Talks on a pact for 2036 "
                 "onwards will be hard.", published="2031-12-02")
    a.date("2040", "2040", precision="year").date("2036", "2036", precision="year")
    assert [t.date for t in brief(a).timeline if t.date] == []
    # A bound already past on the report's day dates what was reached by then.
    b = Doc("b", "By Tuesday the toll had risen to 300.", published="2031-12-04")
    b.date("Tuesday", "2031-12-02", explicit=False)
    assert [t.date for t in brief(b).timeline] == ["2031-12-02"]
    # So does the day of a happening to come that the sentence waits for ("before the runoffs on ...").
    c = Doc("c", "But, analysts said, the council will probably not convene to vote on the levy before "
                 "important harbour runoffs on October 25.", published="2031-10-05")
    c.date("October 25", "2031-10-25")
    assert [t.date for t in brief(c).timeline if t.date] == []


def test_a_day_of_a_noun_is_that_things_day_not_the_acts() -> None:
    a = Doc("a", "Singers will gather in Velm on Sunday to raise money for the victims of the flood of "
                 "March 3.", published="2031-03-20")
    a.date("Sunday", "2031-03-23", explicit=False).date("March 3", "2031-03-03")
    assert [t.date for t in brief(a).timeline] == ["2031-03-23"]
    # A stretch of time of that day is the act's day.
    b = Doc("b", "On the morning of March 3 the dam burst above Velm.", published="2031-03-20")
    b.date("March 3", "2031-03-03")
    assert [t.date for t in brief(b).timeline] == ["2031-03-03"]


def test_a_date_in_a_clause_modifying_a_noun_gives_way_to_the_sentences_own() -> None:
    a = Doc("a", "The ferry line's launch last month, set out in the accords signed in March, was hailed by "
                 "islanders.", published="2031-05-20")
    a.date("last month", "2031-04", "month", explicit=False)
    a.date("March", "2031-03", "month", modifier_clause=True)
    assert [t.date for t in brief(a).timeline] == ["2031-04"]
    # Alone, it still dates the sentence.
    b = Doc("b", "The accords signed in March set out the ferry line.", published="2031-05-20")
    b.date("March", "2031-03", "month", modifier_clause=True)
    assert [t.date for t in brief(b).timeline] == ["2031-03"]


def test_a_range_is_one_entry_under_its_first_day() -> None:
    a = Doc("a", "The rider told his team he was abroad from June 4 through June 26.", published="2031-07-20")
    a.date("June 4", "2031-06-04").date("June 26", "2031-06-26")
    assert [t.date for t in brief(a).timeline] == ["2031-06-04"]
    # Two days that are no range both stay.
    b = Doc("b", "The dam was shut on June 4 and opened again on June 26.", published="2031-07-20")
    b.date("June 4", "2031-06-04").date("June 26", "2031-06-26")
    assert [t.date for t in brief(b).timeline] == ["2031-06-04", "2031-06-26"]


def test_a_time_restated_in_gmt_in_brackets_is_one_entry_at_the_local_time() -> None:
    a = Doc("a", "Polls in Osterby closed at 6 pm (1430 GMT) on Friday.", published="2031-07-18")
    a.date("6 pm", "2031-07-18T18:00").date("1430 GMT", "2031-07-18T14:30Z")
    assert [t.date for t in brief(a).timeline] == ["2031-07-18T18:00"]
    # Two times of two happenings both stay.
    b = Doc("b", "Polls in Osterby opened at 8 am and closed at 6 pm on Friday.", published="2031-07-18")
    b.date("8 am", "2031-07-18T08:00").date("6 pm", "2031-07-18T18:00")
    assert [t.date for t in brief(b).timeline] == ["2031-07-18T08:00", "2031-07-18T18:00"]


def test_a_caption_or_headline_line_is_no_entry() -> None:
    text = ("Villagers wade through flooded Dalvo streets on June 5\n\n"
            "The dam burst on Friday and flooded three villages downstream of the reservoir at Dalvo")
    a = Doc("a", text, published="2024-06-09")
    a.date("June 5", "2024-06-05", precision="day").date("Friday", "2024-06-07", precision="day")
    texts = [t.text for t in brief(a).timeline]
    assert not any(t.startswith("Villagers wade") for t in texts)
    # a longer line cut before its stop (wire copy) is still a sentence
    assert any(t.startswith("The dam burst") for t in texts)


def test_a_caption_with_a_full_stop_and_no_verb_is_no_entry() -> None:
    text = ("Rescue boats at the Dalvo market square on June 5.\n\n"
            "The dam burst on Friday and flooded three villages. The river was high on June 5.")
    a = Doc("a", text, published="2024-06-09")
    a.date("June 5", "2024-06-05", precision="day").date("Friday", "2024-06-07", precision="day")
    a.date("June 5", "2024-06-05", precision="day")
    last = text.rindex("June 5")
    a.dates[-1] = dataclasses.replace(a.dates[-1], span=Span("a", last, last + 6),
                                      sentence=Span("a", text.index("The river"), len(text)))
    a.predicate("burst").predicate("flooded")
    texts = [t.text for t in brief(a).timeline]
    assert not any(t.startswith("Rescue boats") for t in texts)
    # a copula is a verb the parse records as no predicate
    assert "The river was high on June 5." in texts
