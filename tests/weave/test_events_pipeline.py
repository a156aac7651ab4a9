"""Events read through the real pipeline (spaCy parse, entities, dates): the date a possessive gives and
a common noun capitalised by position (invented reports)."""

from __future__ import annotations

from newsweave.models import Article, Briefing
from newsweave.pipeline import brief_articles

PUBLISHED = "2031-03-25T10:00:00"  # a Tuesday: "Saturday" is 2031-03-22, "Sunday" 2031-03-23


def _brief(text: str) -> Briefing:
    article = Article(id="a", text=text, outlet="Wire One", published=PUBLISHED)
    (briefing,) = brief_articles([article]).briefings
    return briefing


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, trigger, actor or target name, date) of each event."""
    b = _brief(text)
    names = {e.id: e.name for e in b.entities}
    src = b.sources[0].text
    return [(e.type, src[e.citation.start : e.citation.end] if e.citation else "",
             names.get(e.actor or e.target or ""), e.date) for e in b.events]


def test_an_arrest_in_a_dated_crime_does_not_take_the_crimes_day() -> None:
    events = _events("Harbour report. Two men have been arrested and a third is being sought in Saturday's "
                     "fatal shooting of a driver near Velmora, police said. Officers arrested Dan Arlow in "
                     "Tuesday's raid on a warehouse.")
    assert [(kind, date) for kind, _, _, date in events] == [("SEIZE", None), ("SEIZE", None)]


def test_an_attack_in_a_dated_happening_keeps_its_day() -> None:
    events = _events("Harbour report. Three people were killed in Sunday's crash near Velmora.")
    assert [(kind, date) for kind, _, _, date in events] == [("ASSAULT", "2031-03-23")]


def test_an_act_after_or_before_a_dated_happening_is_not_of_its_day() -> None:
    events = _events("Harbour report. The Northern Militia withdrew from Velmora following Sunday's clashes. "
                     "The Northern Militia attacked Castria before Sunday's talks.")
    assert sorted(kind for kind, _, _, _ in events) == ["ASSAULT", "RETREAT"]
    assert all(date is None for _, _, _, date in events)


def test_an_arrest_dated_by_a_day_of_its_own_keeps_it() -> None:
    events = _events("Harbour report. Officers arrested Dan Arlow on Sunday, police said.")
    assert [(kind, name, date) for kind, _, name, date in events] == [("SEIZE", "Dan Arlow", "2031-03-23")]


def test_a_headline_noun_capitalised_by_position_is_no_doer() -> None:
    events = _events("Robber asks state court to delay his trial\n\nA convicted robber jailed last year has "
                     "asked the court in Velmora to delay his trial, saying a witness lied.")
    assert all(name != "Robber" for _, _, name, _ in events)


def test_a_clause_on_the_happening_an_anniversary_marks_is_background() -> None:
    events = _events("Harbour report. Crowds gathered in Velmora on Sunday to mark the tenth anniversary of "
                     "the massacre in which soldiers killed 30 villagers. Today is the third anniversary of "
                     "the bombings, when 41 people were killed by bombers on board three buses.")
    assert all(kind != "ASSAULT" for kind, _, _, _ in events)


def test_an_act_on_an_anniversary_is_the_storys_own() -> None:
    events = _events("Harbour report. On the anniversary of the riot, police arrested 12 protesters in "
                     "Velmora.")
    assert [kind for kind, _, _, _ in events] == ["SEIZE"]


def test_deaths_of_an_illness_are_no_event_but_a_crash_still_is() -> None:
    flu = "Health report. The flu season is winding down, and it has killed 105 children so far."
    cholera = "Health report. Twelve residents of the Velmora care home died of cholera last month."
    crash = "Harbour report. Three people were killed in a bus crash near Velmora."
    assert _events(flu) == [] and _events(cholera) == []
    assert [kind for kind, *_ in _events(crash)] == ["ASSAULT"]
