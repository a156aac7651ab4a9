from __future__ import annotations

import dataclasses

from tests.render.briefing_sample import make_briefing

from newsweave.models import Briefing, Fatalities, UnrelatedArticle
from newsweave.render.markdown import MAX_SINGLE_SOURCE, to_markdown


def test_markdown_reads_top_down(briefing: Briefing) -> None:
    md = to_markdown([briefing])
    assert md.startswith("# Estuary bridge collapse\n")
    assert "10 Mar 2031 to 11 Mar 2031" in md
    order = ("## At a glance", "## Summary", "## Timeline", "## Places", "## Claims, most important first",
             "## Who said what", "## Tolls", "## Coverage by outlet", "## Sources", "## Notes")
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)
    glance = md.split("## At a glance")[1].split("\n## ")[0]
    # Two independent origins first, then the disputed toll, each with status and citations; the dispute
    # itself is listed once.
    facts = glance.splitlines()[2:5]
    assert facts[0].startswith("- [CORROBORATED] A road bridge over the Lune estuary collapsed on Sunday")
    assert facts[1].startswith("- [DISPUTED] at least 12 people were killed [s1]")
    assert facts[1].endswith("; rests on county council)")  # the party behind it, as in the claims list
    assert glance.count("**number**: at least 12 killed vs dozens killed") == 1
    assert "or dozens. [s1][s2] _(disputed: at least 12 killed vs dozens killed)_" in md
    assert "**Dana Obi** (told the Wire by telephone): “We are still searching the water” [s1]" in md
    assert "copy of s1" in md and "cleaning removed 2" in md
    assert "Background:" in md and "**1971**" in md
    assert "**week of 3 Mar 2031**" in md  # 2031-W10, written for people
    assert "12 to 36 dead" in md
    assert "rejected bad.bin: binary" in md


def test_single_source_claims_are_capped_and_counted() -> None:
    b = make_briefing()
    extra = tuple(
        dataclasses.replace(b.claims[3], id=f"x{i}", text=f"Single claim number {i}.") for i in range(12)
    )
    md = to_markdown([dataclasses.replace(b, claims=(*b.claims, *extra))])
    section = md.split("### Single source")[1].split("\n## ")[0]
    assert section.startswith(" (11)")  # the glance shows 3 strong facts and 2 of the 13 single-source ones
    assert section.count("- [SINGLE SOURCE]") == MAX_SINGLE_SOURCE
    assert f"{11 - MAX_SINGLE_SOURCE} more single-source claims left out" in section


def test_a_source_without_outlet_is_named_by_domain_file_or_id_not_headline() -> None:
    b = make_briefing()
    s1 = dataclasses.replace(b.sources[0], outlet=None)
    s2 = dataclasses.replace(b.sources[1], outlet=None, title="A long headline about the bridge")
    s3 = dataclasses.replace(b.sources[2], outlet=None)
    md = to_markdown([dataclasses.replace(b, sources=(s1, s2, s3))])
    assert "- [s1] **wire.example**" in md
    assert "- [s2] **s2 (voice.txt)** “A long headline about the bridge”" in md
    assert "- [s3] **s3**" in md  # no outlet, address or file: its id
    coverage = md.split("## Coverage by outlet")[1].split("\n## ")[0]
    assert "A long headline" not in coverage


def test_unrelated_inputs_are_listed_apart() -> None:
    b = dataclasses.replace(make_briefing(), unrelated=(
        UnrelatedArticle("a-weather", "Weekend weather map", None, None, "weather.txt", None),))
    md = to_markdown([b])
    section = md.split("## Not about this story")[1]
    assert "Weekend weather map" in section and "a-weather" in section


def test_markdown_keeps_list_items_on_one_line_when_text_has_newlines() -> None:
    title = "Bridge\nfalls"
    md = to_markdown([make_briefing(title=title)])
    assert md.startswith("# Bridge falls\n")
    assert "\nfalls" not in md.split("## Sources")[1].split("\n  ")[0]


def test_markdown_separates_stories(briefing: Briefing) -> None:
    assert to_markdown([briefing, briefing]).count("\n---\n") == 1


def test_examples_markdown_cites_its_summary(examples_briefings: tuple[Briefing, ...]) -> None:
    md = to_markdown(examples_briefings)
    summary = md.split("## Summary")[1].split("\n## ")[0]
    for sentence in examples_briefings[0].summary:
        marks = "".join(dict.fromkeys(f"[{c.source}]" for c in sentence.citations))
        assert f"{' '.join(sentence.text.split())} {marks}" in summary
    if not examples_briefings[0].summary:
        assert "No summary could be cited" in summary
    assert md.count("\n- [s") == len(examples_briefings[0].sources)  # every source listed


def _with_update(b: Briefing) -> Briefing:
    import dataclasses

    from newsweave.models import Citation, FigureReport, Update

    text = b.sources[0].text
    start = text.index("12")
    first = FigureReport("12", 12, 12, 12, "s1", "2031-03-10", Citation("s1", start, start + 2))
    later = FigureReport("12", 12, 12, 12, "s1", "2031-03-11", Citation("s1", start, start + 2))
    return dataclasses.replace(b, updates=(Update("people killed", later, (first, later)),))


def test_markdown_and_html_show_families_and_running_figures(briefing: Briefing) -> None:
    from newsweave.render.html import to_html

    b = _with_update(briefing)
    md = to_markdown([b])
    assert "(families f1, f2)" in md
    assert "family f2" in md
    # A running figure is shown at a glance with its latest value first and its history after it.
    assert "Latest figures:" in md and "- **people killed**: 12" in md and "; earlier 12 (10 Mar 2031)" in md
    page = to_html([b])
    assert "families f1, f2" in page and "Latest figures" in page


def test_two_families_of_one_outlet_say_why_they_count_once() -> None:
    b = make_briefing()
    s2 = dataclasses.replace(b.sources[1], outlet="Tidewater Wire")
    c4 = dataclasses.replace(b.claims[3], sources=("s1", "s2"), families=("f1", "f2"),
                             mentions=(b.claims[0].mentions[0], b.claims[3].mentions[0]))
    md = to_markdown([dataclasses.replace(b, sources=(b.sources[0], s2, b.sources[2]),
                                          claims=(*b.claims[:3], c4))])
    line = next(x for x in md.splitlines() if "Cracks were reported" in x and x.startswith("- "))
    assert "1 independent origin (families f1, f2 of one outlet, which counts once)" in line
    assert all("Cracks were reported" in x for x in md.splitlines() if "of one outlet" in x)


def test_a_headline_fragment_never_fills_the_glance() -> None:
    b = make_briefing()
    fragment = dataclasses.replace(b.claims[3], id="x1", text="How could it happen")
    quote = dataclasses.replace(b.claims[3], id="x2", text="``We are still searching.''")
    md = to_markdown([dataclasses.replace(b, claims=(*b.claims, fragment, quote))])
    glance = md.split("## At a glance")[1].split("\n## ")[0]
    assert "How could it happen" not in glance and "still searching" not in glance
    assert "Cracks were reported last week." in glance
    # A piece of a quotation that opened or closes in another sentence is one speaker's words, cut.
    piece = dataclasses.replace(b.claims[3], id="x3",
                                text='Everywhere we looked, the ground had moved," Olin said.')
    md = to_markdown([dataclasses.replace(b, claims=(*b.claims, piece))])
    assert "Everywhere we looked" not in md.split("## At a glance")[1].split("\n## ")[0]


def test_a_sentence_that_goes_on_from_the_one_before_never_fills_the_glance() -> None:
    b = make_briefing()
    going_on = [dataclasses.replace(b.claims[3], id=f"x{i}", text=text) for i, text in enumerate((
        "But the ferry operator has doubled its sailings.", "In Kelmouth, however, the mood is calm.",
        "He said the bridge would stay shut."))]
    md = to_markdown([dataclasses.replace(b, claims=(*b.claims, *going_on))])
    glance = md.split("## At a glance")[1].split("\n## ")[0]
    assert not any(c.text in glance for c in going_on)
    assert "Cracks were reported last week." in glance


def test_a_fact_the_timeline_dates_only_before_the_story_never_fills_the_glance() -> None:
    from newsweave.models import TimelineEntry

    b = make_briefing()
    cracks = b.claims[3]
    before = TimelineEntry("1998", "year", "explicit", "Cracks were reported", ("s2",), cracks.mentions,
                           background=True)
    glance = to_markdown([dataclasses.replace(b, timeline=(*b.timeline[:1], before))]).split(
        "## At a glance")[1].split("\n## ")[0]
    assert "Cracks were reported" not in glance
    # Dated in the story's days too, it is the story's.
    glance = to_markdown([dataclasses.replace(b, timeline=(*b.timeline, before))]).split(
        "## At a glance")[1].split("\n## ")[0]
    assert "Cracks were reported last week." in glance


def test_a_conflict_cited_from_two_takes_is_listed_once_on_its_claim() -> None:
    from newsweave.models import ConflictRef
    from newsweave.render.digest import RankedClaim
    from newsweave.render.markdown import _claim_line

    b = make_briefing()
    ref = ConflictRef("c1", "number", "67 killed vs 60 killed")
    claim = dataclasses.replace(b.claims[3], conflicts=(ref, ref))
    line = _claim_line(b, RankedClaim(claim, 1.0, ("Tidewater Wire",)))
    assert line.count("67 killed vs 60 killed") == 1


def test_whole_statements_come_before_partial_quotes_carried_more_widely() -> None:
    b = make_briefing()
    whole = b.quotes[0]
    partial = dataclasses.replace(whole, text="to keep the ferry running until the bridge is rebuilt",
                                  sources=("s1", "s2"))
    md = to_markdown([dataclasses.replace(b, quotes=(partial, whole))])
    said = md.split("## Who said what")[1]
    assert said.index("We are still searching the water") < said.index("to keep the ferry running")


def test_a_single_source_claim_of_several_origins_says_why_it_is_not_corroborated() -> None:
    from newsweave.render.html import to_html

    b = make_briefing()
    single = next(c for c in b.claims if c.status == "single_source")
    several = dataclasses.replace(single, independent_origins=2, families=("f1", "f2"))
    b = dataclasses.replace(b, claims=tuple(several if c is single else c for c in b.claims))
    md = to_markdown([b])
    line = next(x for x in md.splitlines() if single.text[:30] in x and x.startswith("- "))
    assert "2 independent origins (families f1, f2); counted as one source: their words do not show" in line
    assert "their words do not show they agree" in to_html([b])


def test_a_toll_with_no_doer_names_no_kind() -> None:
    b = make_briefing()
    tolls = to_markdown([b]).split("## Tolls")[1].split("\n## ")[0]
    assert "- 12 to 36 dead in Lancaster, 9 Mar 2031 (claims c2, c3)" in tolls and "assault" not in tolls
    by = dataclasses.replace(b.events[0], actor="e2")  # a doer named: the kind and who, as PLOVER codes it
    tolls = to_markdown([dataclasses.replace(b, events=(by,))]).split("## Tolls")[1].split("\n## ")[0]
    assert "dead: assault by Sam Reyes in Lancaster" in tolls


def test_an_open_toll_and_its_exact_report_are_one_toll_line() -> None:
    b = make_briefing()
    open_toll = dataclasses.replace(b.events[0], fatalities=Fatalities(12, None))
    exact = dataclasses.replace(b.events[0], place=None, date=None, fatalities=Fatalities(12, 12))
    md = to_markdown([dataclasses.replace(b, events=(open_toll, exact), numbers=())])
    tolls = md.split("## Tolls")[1].split("\n## ")[0]
    assert [x for x in tolls.splitlines() if x.startswith("- ")] == [
        "- at least 12 dead in Lancaster, 9 Mar 2031 (claims c2, c3)"]


def test_a_place_with_no_pin_is_still_one_of_the_storys_places_but_not_on_the_map() -> None:
    from newsweave.models import RosterEntity
    from newsweave.render.placemap import place_map

    b = make_briefing()
    town = RosterEntity("e9", "Braxholm", "GPE", (), ("s1", "s2"), 5)  # a town the gazetteer does not know
    odd = RosterEntity("e10", "TT", "GPE", (), ("s1",), 3)  # one source's odd typing of an agency
    b = dataclasses.replace(b, entities=(*b.entities, town, odd))
    places = to_markdown([b]).split("## Places")[1].split("\n## ")[0]
    assert "**Braxholm** (5 mentions in 2 sources; no map pin)" in places
    assert "TT" not in places
    assert "**Lancaster** (3 mentions in 2 sources)" in places
    assert "Braxholm" not in {m.name for m in place_map(b).markers}
    assert "Lancaster" in {m.name for m in place_map(b).markers}


def test_who_lists_people_and_organisations_before_nationalities() -> None:
    from newsweave.models import RosterEntity

    b = make_briefing()
    nationality = RosterEntity("e11", "Lunese", "NORP", (), ("s1", "s2"), 40)
    md = to_markdown([dataclasses.replace(b, entities=(*b.entities, nationality))])
    who = md.split("## Who\n")[1].split("\n## ")[0]
    assert who.index("Dana Obi") < who.index("Lunese (40)")


def _risen(b: Briefing) -> Briefing:
    """The sample's toll, rising from the event's own "at least 12" to 19 in a later report (s2's text holds
    no 19: the citation is only a place to point at)."""
    from tests.render.briefing_sample import TEXT1, TEXT2, cite

    from newsweave.models import FigureReport, Update

    first = FigureReport("at least 12", 12.0, 12.0, None, "s1", "2031-03-10",
                         cite(TEXT1, "s1", "at least 12"))
    later = FigureReport("Dozens", None, 19.0, None, "s2", "2031-03-11T08:00:00", cite(TEXT2, "s2", "Dozens"))
    event = dataclasses.replace(b.events[0], fatalities=Fatalities(12, 12), claims=("c2",))
    return dataclasses.replace(b, events=(event,), updates=(Update("people killed", later, (first, later)),))


def test_a_toll_that_rose_in_a_later_report_shows_the_latest_figure_first() -> None:
    from newsweave.render.html import to_html

    b = _risen(make_briefing())
    tolls = to_markdown([b]).split("## Tolls")[1].split("\n## ")[0]
    assert "- dozens dead in the latest report [s2] (first reported as at least 12 dead)" in tolls
    assert "in the latest report" in to_html([b])
    # The latest report is the event's own figure: nothing later to show.
    first = b.updates[0].history[0]
    same = dataclasses.replace(b, updates=(dataclasses.replace(b.updates[0], latest=first),))
    assert "latest report" not in to_markdown([same])
    # A running figure the event's sentences never state is another count (the injured, say).
    other = dataclasses.replace(b, events=(dataclasses.replace(b.events[0], claims=("c4",)),))
    assert "latest report" not in to_markdown([other])


def test_a_figure_with_a_decimal_point_is_no_list_marker() -> None:
    from newsweave.render.markdown import _inline

    assert _inline("69.5 percent") == "69.5 percent"
    assert _inline("1. Not a list") == "1\\. Not a list" and _inline("# no heading") == "\\# no heading"


def test_an_opinion_piece_is_marked_in_every_format(briefing: Briefing) -> None:
    import json

    from newsweave.render.html import to_html
    from newsweave.render.json import to_json

    first, second, *rest = briefing.sources
    sources = (first, dataclasses.replace(second, opinion=True), *rest)
    b = dataclasses.replace(briefing, sources=sources)
    md = to_markdown([b])
    assert md.count("opinion piece, not evidence") == 1
    assert next(line for line in md.splitlines() if "opinion piece" in line).startswith("- [s2]")
    assert [s["opinion"] for s in json.loads(to_json([b]))[0]["sources"]] == [False, True, False]
    assert to_html([b]).count('class="badge opinion"') == 1


def test_a_figure_that_opened_its_sentence_is_shown_in_lower_case_inside_the_line(briefing: Briefing) -> None:
    import dataclasses

    from newsweave.models import Citation, FigureReport, Update

    first = FigureReport("At least 12", 12, 12, None, "s1", "2031-03-10", Citation("s1", 0, 2))
    later = FigureReport("19", 19, 19, 19, "s1", "2031-03-11", Citation("s1", 0, 2))
    b = dataclasses.replace(briefing, updates=(Update("people killed", later, (first, later)),))
    md = to_markdown([b])
    assert "; earlier at least 12 (10 Mar 2031)" in md


def test_successive_reports_of_one_earlier_value_are_one_line() -> None:
    from tests.render.briefing_sample import TEXT1, TEXT2, cite

    from newsweave.models import FigureReport, Update
    from newsweave.render.html import to_html

    b = make_briefing()
    twelve = cite(TEXT1, "s1", "at least 12")
    reports = (FigureReport("at least 12", 12.0, 12.0, None, "s1", "2031-03-10", twelve),
               FigureReport("At least 12", 12.0, 12.0, None, "s2", "2031-03-11", cite(TEXT2, "s2", "Dozens")),
               FigureReport("19", 19.0, 19.0, 19.0, "s2", "2031-03-12", cite(TEXT2, "s2", "Dozens")))
    md = to_markdown([dataclasses.replace(b, updates=(Update("people killed", reports[-1], reports),))])
    line = next(x for x in md.splitlines() if x.startswith("- **people killed**"))
    assert line.count("at least 12") == 1
    assert "at least 12 (10 Mar 2031 to 11 Mar 2031) [s1][s2]" in line
    page = to_html([dataclasses.replace(b, updates=(Update("people killed", reports[-1], reports),))])
    assert "10 Mar 2031 to 11 Mar 2031" in page
