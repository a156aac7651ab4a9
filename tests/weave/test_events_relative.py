"""Events in a relative clause (weave/events.py): on a count of people, a tally of victims, not an act; on a
dated past noun, background."""

from __future__ import annotations

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc


def test_an_undated_seizure_told_of_a_count_of_people_is_a_tally() -> None:
    a = Doc("a", "The prosecutor will list 40 other students of many towns who were also abducted in Varnia.")
    a.entity("Varnia", "GPE").number("40", 40, 40, "students")
    a.predicate("abducted", patient="who", extent="who were also abducted in Varnia", where=("Varnia",))
    assert brief(a).events == ()
    # Dated to the day, the same clause tells the story's own seizure.
    b = Doc("b", "Relatives of the four engineers who were abducted in Varnia on Sunday met officials.")
    b.entity("Varnia", "GPE").date("Sunday", "2024-03-03", explicit=False).number("four", 4, 4, "engineers")
    b.predicate("abducted", patient="who", extent="who were abducted in Varnia on Sunday", where=("Varnia",))
    (event,) = brief(b).events
    assert event.type == "SEIZE" and event.date == "2024-03-03"


def test_a_relative_clause_on_one_person_or_a_main_clause_is_an_act() -> None:
    # No count before the pronoun: one person, seized in the story ("his brother, who was being detained").
    d = Doc("d", "He drove at his brother, who was being detained at the gate, witnesses said.")
    d.predicate("detained", patient="who", extent="who was being detained at the gate")
    (event,) = brief(d).events
    assert event.type == "SEIZE"
    # A count in a main clause: the seizure needs no date.
    c = Doc("c", "Forty students were abducted in Varnia, officials said.")
    c.entity("Varnia", "GPE").number("Forty", 40, 40, "students")
    c.predicate("abducted", patient="students", patient_extent="Forty students", where=("Varnia",))
    (event,) = brief(c).events
    assert event.type == "SEIZE"


def test_a_relative_clause_on_a_dated_past_noun_is_background() -> None:
    text = "It was the deadliest flood since the 2004 storm, which killed 300 people."
    a = Doc("a", text, published="2020-03-06")
    a.date("2004", "2004", precision="year").number("300", 300, 300, "people killed")
    a.predicate("killed", agent="which", patient="people", patient_extent="300 people",
                extent="which killed 300 people")
    assert brief(a).events == ()
    # The same clause on a noun of this story stays.
    b = Doc("b", "The storm, which killed 300 people, hit the coast.", published="2020-03-06")
    b.number("300", 300, 300, "people killed")
    b.predicate("killed", agent="which", patient="people", patient_extent="300 people",
                extent="which killed 300 people")
    assert [e.type for e in brief(b).events] == ["ASSAULT"]


def test_a_doer_that_is_another_happening_is_background() -> None:
    a = Doc("a", "Last year, a similar attack killed 40 people in the market.", published="2020-03-06")
    a.number("40", 40, 40, "people killed")
    a.predicate("killed", agent="attack", agent_extent="a similar attack", patient="people",
                patient_extent="40 people")
    assert brief(a).events == ()
    b = Doc("b", "On Monday, a bomb attack killed 40 people in the market.", published="2020-03-06")
    b.number("40", 40, 40, "people killed")
    b.predicate("killed", agent="attack", agent_extent="a bomb attack", patient="people",
                patient_extent="40 people")
    assert [e.type for e in brief(b).events] == ["ASSAULT"]


def test_an_undated_reports_act_told_after_a_calendar_date_is_recalled() -> None:
    def killing(doc_id: str, first: str, published: str | None = None) -> Doc:
        d = Doc(doc_id, f"{first} Ravel Okon shot and killed Ana Mirek at the gate.", published=published)
        d.entity("Ravel Okon").entity("Ana Mirek")
        d.predicate("killed", agent="Okon", agent_extent="Ravel Okon", patient="Mirek",
                    patient_extent="Ana Mirek")
        return d

    a = killing("a", "The gunman was sentenced on Saturday. He escaped on March 11, 2005.")
    a.date("Saturday", None, explicit=False).date("March 11, 2005", "2005-03-11")
    assert brief(a).events == ()
    # After a weekday (this week's news, as news writes it) the act stays, and so it does in a dated report,
    # whose background the dates themselves tell.
    b = killing("b", "The gunman escaped on Saturday.")
    b.date("Saturday", None, explicit=False)
    assert [e.type for e in brief(b).events] == ["ASSAULT"]
    c = killing("c", "The gunman was seen on Saturday. He escaped on March 11, 2005.", "2005-03-12")
    c.date("Saturday", "2005-03-12", explicit=False).date("March 11, 2005", "2005-03-11")
    assert [e.type for e in brief(c).events] == ["ASSAULT"]
    # In a dated report, a day that makes what follows it background: told years later.
    d = killing("d", "The gunman was sentenced on Saturday. He escaped on March 11, 2005.", "2008-12-13")
    d.date("Saturday", "2008-12-13", explicit=False).date("March 11, 2005", "2005-03-11")
    assert brief(d).events == ()


def test_a_year_written_as_a_time_makes_what_follows_recalled_in_an_undated_report() -> None:
    def killing(doc_id: str, first: str) -> Doc:
        d = Doc(doc_id, f"{first} Ravel Okon shot and killed Ana Mirek at the gate.")
        d.entity("Ravel Okon").entity("Ana Mirek")
        d.predicate("killed", agent="Okon", agent_extent="Ravel Okon", patient="Mirek",
                    patient_extent="Ana Mirek")
        return d

    a = killing("a", "The inmate escaped from the van. He had stabbed a guard in 1999.")
    a.date("1999", "1999", precision="year")
    assert brief(a).events == ()
    # A year that is a thing's, not a time, leaves the act in the story.
    b = killing("b", "The inmate escaped from the van. He drove off in a red 1999 sedan.")
    b.date("1999", "1999", precision="year")
    assert [e.type for e in brief(b).events] == ["ASSAULT"]


def test_the_crime_a_trials_report_retells_without_its_day_is_background() -> None:
    def report(doc_id: str, lead: str, when: str = "") -> Doc:
        d = Doc(doc_id, f"{lead} {when}Ravel Okon shot and killed Ana Mirek at the gate.")
        d.entity("Ravel Okon").entity("Ana Mirek")
        d.predicate("killed", agent="Okon", agent_extent="Ravel Okon", patient="Mirek",
                    patient_extent="Ana Mirek")
        return d

    assert brief(report("a", "A judge sentenced the gunman to life in prison on Saturday.")).events == ()
    # The same act in a report of no trial is the story's.
    b = report("b", "Police searched the port for the gunman on Saturday.")
    assert [e.type for e in brief(b).events] == ["ASSAULT"]
    # Told with its own day, the crime is dated background a reader can place.
    c = report("c", "A judge sentenced the gunman to life in prison on Saturday.", "On March 11, 2005, ")
    c.date("March 11, 2005", "2005-03-11")
    assert [e.date for e in brief(c).events] == ["2005-03-11"]


def test_an_act_an_undated_report_gives_a_bare_year_is_of_another_year() -> None:
    def meeting(doc_id: str, text: str, published: str | None = None) -> Doc:
        d = Doc(doc_id, text, published=published)
        d.entity("Lena Moor").entity("Ravel Okon")
        d.predicate("met", agent="Okon", agent_extent="Ravel Okon", patient="Moor",
                    patient_extent="Lena Moor")
        return d

    a = meeting("a", "Ravel Okon met Lena Moor in 1954 and took her first photographs.")
    a.date("1954", "1954", precision="year")
    assert brief(a).events == ()
    # The same act on a day of the report's week stays; so does a bare year where the report is dated (the
    # story's first report then tells how old it is).
    b = meeting("b", "Ravel Okon met Lena Moor on Tuesday and took her first photographs.")
    b.date("Tuesday", "2008-12-09", explicit=False)
    assert [e.type for e in brief(b).events] == ["CONSULT"]
    c = meeting("c", "Ravel Okon met Lena Moor in 2008 and took her first photographs.",
                published="2008-12-13")
    c.date("2008", "2008", precision="year")
    assert [e.type for e in brief(c).events] == ["CONSULT"]
