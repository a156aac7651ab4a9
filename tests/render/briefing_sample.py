"""A hand-built briefing that fills every section of the contract, for renderer tests."""

from __future__ import annotations

from newsweave.models import (
    Briefing,
    Citation,
    Claim,
    ConflictRef,
    Diagnostics,
    Event,
    Fatalities,
    Geo,
    NumberEntry,
    QuoteEntry,
    RemovedItem,
    RosterEntity,
    Source,
    StoryInfo,
    SummarySentence,
    TimelineEntry,
)

TEXT1 = (
    "A road bridge over the Lune estuary collapsed on Sunday, killing at least 12 people, the county "
    "council said. \"We are still searching the water,\" fire chief Dana Obi told the Wire by telephone."
)
TEXT2 = (
    "Dozens died when the bridge fell on Sunday, union organiser Sam Reyes said on X. "
    "Cracks were reported last week, he said."
)
TEXT3 = "A road bridge over the Lune estuary collapsed on Sunday, killing at least 12 people, officials said."


def cite(text: str, source: str, words: str) -> Citation:
    start = text.index(words)
    return Citation(source, start, start + len(words))


def make_briefing(text1: str = TEXT1, title: str = "Estuary bridge collapse") -> Briefing:
    c1 = cite(text1, "s1", "A road bridge over the Lune estuary collapsed on Sunday")
    c12 = cite(text1, "s1", "killing at least 12 people")
    c2 = cite(TEXT2, "s2", "Dozens died when the bridge fell on Sunday")
    c3 = cite(TEXT2, "s2", "Cracks were reported last week")
    c4 = cite(text1, "s1", "We are still searching the water")
    sources = (
        Source("s1", "Tidewater Wire", title, "https://wire.example/bridge", "wire.txt", "2031-03-10",
               "metadata", "en", None, (RemovedItem("caption", "Rescue boats. Photograph: A. Lee/Wire"),
                                        RemovedItem("related", "READ MORE: storms")), text1, "a-wire", "f1"),
        Source("s2", "Harbour Voice", None, None, "voice.txt", "2031-03-11T08:00:00", "text", "en", None,
               (), TEXT2, "a-voice", "f2"),
        Source("s3", "Coast Daily", "Bridge falls", None, None, None, None, "en", "s1", (), TEXT3, "a-coast",
               "f1"),
    )
    claims = (
        Claim("c1", "A road bridge over the Lune estuary collapsed on Sunday", "corroborated",
              ("s1", "s2"), 2, (), (c1, c2), families=("f1", "f2")),
        Claim("c2", "at least 12 people were killed", "disputed", ("s1",), 1, ("county council",), (c12,),
              (ConflictRef("c3", "number", "at least 12 killed vs dozens killed", (c12, c2)),), ("f1",)),
        Claim("c3", "dozens died", "disputed", ("s2",), 1, ("Sam Reyes",), (c2,),
              (ConflictRef("c2", "number", "dozens killed vs at least 12 killed", (c2, c12)),), ("f2",)),
        Claim("c4", "Cracks were reported last week.", "single_source", ("s2",), 1, (), (c3,),
              families=("f2",)),
    )
    entities = (
        RosterEntity("e1", "Dana Obi", "PERSON", ("Obi", "fire chief Dana Obi"), ("s1",), 2),
        RosterEntity("e2", "Sam Reyes", "PERSON", ("Reyes",), ("s2",), 1),
        RosterEntity("e3", "Lancaster", "GPE", (), ("s1", "s2"), 3,
                     Geo(54.05, -2.8, "geonames:2644972", "city", "GB")),
        RosterEntity("e4", "Liverpool", "GPE", (), ("s2",), 1,
                     Geo(53.41, -2.98, "geonames:2644210", "city", "GB")),
    )
    timeline = (
        TimelineEntry("2031-03-09", "day", "relative", "The bridge collapsed", ("s1", "s2"), (c1, c2)),
        TimelineEntry("2031-W10", "week", "relative", "Cracks were reported", ("s2",), (c3,)),
        TimelineEntry("1971", "year", "explicit", "The bridge opened", ("s1",), (c1,), background=True),
    )
    quotes = (
        QuoteEntry("Dana Obi", "e1", "direct", "We are still searching the water",
                   "told the Wire by telephone", ("s1",), (c4,)),
        QuoteEntry("Sam Reyes", "e2", "indirect", "cracks were reported last week", "X", ("s2",), (c3,)),
    )
    numbers = (
        NumberEntry("at least 12", 12.0, 12.0, None, False, "people killed", "c2", "s1", c12),
        NumberEntry("Dozens", None, 24.0, None, True, "people killed", "c3", "s2", c2),
    )
    events = (Event("ASSAULT", None, None, "e3", "2031-03-09", Fatalities(12, 36), ("c2", "c3")),)
    summary = (
        SummarySentence("A road bridge over the Lune estuary collapsed on Sunday.", (c1, c2), "c1"),
        SummarySentence("The toll is disputed: at least 12 or dozens.", (c12, c2), "c2",
                        "disputed: at least 12 killed vs dozens killed"),
    )
    return Briefing(
        story=StoryInfo("story-1", title, "2031-03-10", "2031-03-11T08:00:00"),
        sources=sources, summary=summary, claims=claims, entities=entities, timeline=timeline, quotes=quotes,
        numbers=numbers, events=events,
        diagnostics=Diagnostics(("one warning",), (("ingest", 3), ("analyze", 40)), ("bad.bin: binary",)),
    )
