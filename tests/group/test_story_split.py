from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.group.plane import centroid_in, dot

from newsweave.group.story_split import (
    figures_named,
    own_day,
    participants,
    reattach_leftovers,
    signature_keys,
    split_stories,
    split_story,
    two_stories_in_one,
)
from newsweave.models import (
    AnalyzedArticle,
    Annotations,
    Article,
    DateMention,
    EntityMention,
    NumberMention,
    Span,
)

FIRST = [f"a{i}" for i in range(5)]  # reports of one title fight
SECOND = [f"b{i}" for i in range(5)]  # reports of another fight of the same champion, years later
MEMBERS = [FIRST[0], SECOND[0], *FIRST[1:], *SECOND[1:]]  # the second event joined early


def _sim(a: str, b: str) -> float:
    return 0.4 if a[0] == b[0] else 0.1


PEOPLE = {m: frozenset({"korvath", "dellane" if m[0] == "a" else "ostrik"}) for m in MEMBERS}
UNDATED: dict[str, int | None] = {m: None for m in MEMBERS}


def test_two_events_with_their_own_people_are_cut_in_two() -> None:
    halves = split_story(MEMBERS, _sim, PEOPLE, UNDATED)
    assert halves == (FIRST, SECOND)


def test_no_cut_when_the_halves_share_their_people() -> None:
    shared = {m: frozenset({"korvath"}) for m in MEMBERS}
    assert split_story(MEMBERS, _sim, shared, UNDATED) is None


def test_no_cut_when_both_halves_are_dated_close_together() -> None:
    day = date(2031, 5, 2).toordinal()
    close = {m: day + (60 if m[0] == "b" else 0) for m in MEMBERS}  # two months: one running story
    assert split_story(MEMBERS, _sim, PEOPLE, close) is None
    apart = {m: day + (900 if m[0] == "b" else 0) for m in MEMBERS}
    assert split_story(MEMBERS, _sim, PEOPLE, apart) == (FIRST, SECOND)


def test_two_stories_of_the_same_weeks_that_barely_resemble_each_other_are_doubted_not_cut() -> None:
    day = date(2031, 5, 2).toordinal()
    same_weeks = {m: day + (9 if m[0] == "b" else 0) for m in MEMBERS}

    def apart(a: str, b: str) -> float:  # across the halves a twentieth of within: another story altogether
        return 0.4 if a[0] == b[0] else 0.02

    assert split_story(MEMBERS, apart, PEOPLE, same_weeks) is None  # the date veto still holds the cut
    assert two_stories_in_one(MEMBERS, apart, PEOPLE, same_weeks) == (FIRST, SECOND)
    # strands of one running story still share a fair part of their wording: no doubt
    assert two_stories_in_one(MEMBERS, _sim, PEOPLE, same_weeks) is None
    # a story the split test cuts is no doubt either: it is two stories already
    assert two_stories_in_one(MEMBERS, apart, PEOPLE, UNDATED) is None


def test_no_cut_for_a_small_or_a_uniform_story() -> None:
    assert split_story(MEMBERS[:6], _sim, PEOPLE, UNDATED) is None
    assert split_story(MEMBERS, lambda a, b: 0.3, PEOPLE, UNDATED) is None


def test_a_smaller_event_a_quarter_of_the_story_is_cut() -> None:
    # a second fight told by four reports beside thirteen of the first: a quarter of the story
    many = [f"a{i}" for i in range(13)]
    few = [f"b{i}" for i in range(4)]
    members = [many[0], few[0], *many[1:], *few[1:]]
    keys = {m: frozenset({"korvath", "dellane" if m[0] == "a" else "ostrik"}) for m in members}
    undated: dict[str, int | None] = {m: None for m in members}
    assert split_story(members, _sim, keys, undated) == (many, few)
    # three undated reports beside thirteen are too few to be a half
    assert split_story(members[:-1], _sim, keys, undated) is None


def test_a_few_reports_of_a_second_event_told_in_their_own_days_are_cut() -> None:
    # a second fight told by three reports beside thirteen of the first, years later
    many = [f"a{i}" for i in range(13)]
    few = [f"b{i}" for i in range(3)]
    members = [many[0], few[0], *many[1:], *few[1:]]
    keys = {m: frozenset({"korvath", "dellane" if m[0] == "a" else "ostrik"}) for m in members}
    day = date(2031, 5, 2).toordinal()
    days: dict[str, int | None] = {m: day + (900 + int(m[1:]) if m[0] == "b" else 0) for m in members}
    assert split_story(members, _sim, keys, days) == (many, few)
    # one dated report among them is enough; none is not (undated, nothing shows them one moment)
    assert split_story(members, _sim, keys, days | {"b0": None, "b1": None}) == (many, few)
    assert split_story(members, _sim, keys, days | {m: None for m in few}) is None
    # three reports naming one person across two years are a thread of the story, not an event
    spread = days | {"b1": day + 1300, "b2": day + 1700}
    assert split_story(members, _sim, keys, spread) is None
    # halves less well separated must both be signed: the few, by a name all three give
    def looser(a: str, b: str) -> float:
        return 0.4 if a[0] == b[0] else 0.2

    assert split_story(members, looser, keys, days) == (many, few)
    assert split_story(members, looser, keys | {"b2": frozenset({"korvath"})}, days) is None


def test_two_reports_do_not_sign_a_half() -> None:
    # one game's eight reports, each naming a few of its many players: a name in two reports of one half and
    # none of the other is a coincidence, not a second event
    a, b = [f"a{i}" for i in range(4)], [f"b{i}" for i in range(4)]
    members = [a[0], b[0], *a[1:], *b[1:]]
    pairs = {m: frozenset({"korvath", "dellane" if m in a[:2] else "ostrik" if m in b[:2] else "venn"})
             for m in members}
    undated: dict[str, int | None] = {m: None for m in members}
    assert split_story(members, _sim, pairs, undated) is None
    # named in three reports of each half: two events
    threes = {m: frozenset({"korvath", "dellane" if m in a[:3] else "ostrik" if m in b[:3] else "venn"})
              for m in members}
    assert split_story(members, _sim, threes, undated) == (a, b)


def test_a_cut_signed_by_figures() -> None:
    # the two games of one team, its players on both sides: only the scores tell them apart
    keys = {m: frozenset({"korvath", "#31-24" if m[0] == "a" else "#20-13"}) for m in MEMBERS}
    assert split_story(MEMBERS, _sim, keys, UNDATED) == (FIRST, SECOND)


def test_figures_named() -> None:
    text = "On May 3, 2031 the Hawks won 31-24 before 288 fans; two players and 2 coaches were hurt."

    def number(s: str, value: float, high: float | None = None) -> NumberMention:
        start = text.index(s)
        return NumberMention(Span("x", start, start + len(s)), s, value, value,
                             value if high is None else high, False, None)

    day = text.index("May 3")
    ann = Annotations(
        "x",
        dates=(DateMention(Span("x", day, day + 11), "May 3, 2031", "2031-05-03", "day", "explicit"),),
        numbers=(number("3", 3.0), number("31-24", 31.0, 24.0), number("288", 288.0), number("two", 2.0),
                 number("2 coaches", 2.0)),
    )
    # the day inside the date is no figure, nor a figure in words or a small one
    assert figures_named(ann) == frozenset({"#31-24", "#288"})
    assert "#31-24" in signature_keys(ann)


def _with_outlier(across: float) -> Callable[[str, str], float]:
    odd = FIRST[-1]  # a report of the first event that resembles nothing else

    def sim(a: str, b: str) -> float:
        if odd in (a, b):
            return 0.02
        return 0.4 if a[0] == b[0] else across

    return sim


def test_a_cut_proposed_by_a_participant_when_average_link_only_peels_off_an_outlier() -> None:
    assert split_story(MEMBERS, _with_outlier(0.15), PEOPLE, UNDATED) == (FIRST, SECOND)
    one_sided = {m: frozenset({"korvath", "dellane"} if m[0] == "a" else {"korvath"}) for m in MEMBERS}
    # The rest must name someone of its own (across 0.12, within the looser half 0.25: separation 0.5) ...
    assert split_story(MEMBERS, _with_outlier(0.15), one_sided, UNDATED) is None
    # ... unless they are far apart (0.08 / 0.25: separation 0.34), as an event told with few names is.
    assert split_story(MEMBERS, _with_outlier(0.1), one_sided, UNDATED) == (FIRST, SECOND)


def test_split_half_is_named_after_its_first_report() -> None:
    rank = {m: k for k, m in enumerate(MEMBERS)}

    # participants come from the annotations: each report names its people as PERSON mentions
    def ann(m: str) -> Annotations:
        text = "Korvath " + ("Dellane" if m[0] == "a" else "Ostrik")
        return Annotations(m, entities=(EntityMention(Span(m, 0, len(text)), text, "PERSON"),))

    items = [AnalyzedArticle(Article(id=m, text="x"), ann(m)) for m in MEMBERS]
    out = split_stories({"st-a0": list(MEMBERS)}, items, rank, _sim)
    assert out == {"st-a0": FIRST, "st-b0": SECOND}
    # In a store a story is named after the report that started it, which need not come first in
    # publication order: that report's half keeps the id, and a name another story holds is not taken.
    out = split_stories({"st-b0": list(MEMBERS), "st-a0": ["z"]}, items, {**rank, "z": len(rank)}, _sim)
    assert out == {"st-b0": SECOND, "st-a1": FIRST, "st-a0": ["z"]}


def test_participants_and_own_day() -> None:
    text = "Ostrik wins again\n\nMay 3, 2031 | 8:20 am\n\nWladimir Ostrik won on Saturday."
    head, line, body = text.index("Ostrik"), text.index("May"), text.index("Wladimir")
    ann = Annotations(
        "x",
        sentences=(Span("x", 0, 17), Span("x", line, line + 21), Span("x", body, len(text))),
        entities=(EntityMention(Span("x", body, body + 15), "Wladimir Ostrik", "PERSON"),),
        dates=(DateMention(Span("x", line, line + 11), "May 3, 2031", "2031-05-03", "day", "explicit"),),
    )
    assert head == 0 and participants(ann) == frozenset({"ostrik"})
    assert own_day(Article(id="x", text=text), ann) == date(2031, 5, 3).toordinal()
    published = Article(id="x", text=text, published="2031-06-01T10:00:00")
    assert own_day(published, ann) == date(2031, 6, 1).toordinal()
    # a date inside a narrative sentence is not the report's own date
    narrative = Annotations("x", sentences=(Span("x", 0, len(text)),), dates=ann.dates)
    assert own_day(Article(id="x", text=text), narrative) is None


def _looser(a: str, b: str) -> float:
    # the two events share their vocabulary: across 0.3, within 0.36 (separation 0.83, over SPLIT_SEPARATION)
    return 0.36 if a[0] == b[0] else 0.3


def test_a_cut_along_a_year_when_the_rest_names_only_earlier_years() -> None:
    # the recent event's reports name 2031; the older one's reports name no one of their own, some of them
    # an earlier year: the year signs one half, the earlier years the other, and the looser cut is kept
    keys = {
        m: frozenset(
            {"korvath", "2031"} if m[0] == "b" else ({"korvath", "2027"} if m in FIRST[:2] else {"korvath"})
        )
        for m in MEMBERS
    }
    assert split_story(MEMBERS, _looser, keys, UNDATED) == (FIRST, SECOND)
    # no earlier year on the other side: absence of a date is no evidence
    no_years = {m: k - {"2027"} for m, k in keys.items()}
    assert split_story(MEMBERS, _looser, no_years, UNDATED) is None
    # a report of the first half that reaches the same year: these are not two times
    late = {m: (k | {"2031"} if m in FIRST[2:4] else k) for m, k in keys.items()}
    assert split_story(MEMBERS, _looser, late, UNDATED) is None


def test_one_dated_report_among_undated_ones_does_not_veto() -> None:
    first, second = [f"a{i}" for i in range(8)], [f"b{i}" for i in range(8)]
    members = [first[0], second[0], *first[1:], *second[1:]]
    people = {m: frozenset({"korvath", "dellane" if m[0] == "a" else "ostrik"}) for m in members}
    day = date(2031, 5, 2).toordinal()
    # the recent event's reports are dated; of the older one's only one (1 of 8: no median)
    one = {m: (day if m in second or m == first[-1] else None) for m in members}
    assert split_story(members, _sim, people, one) == (first, second)
    two = {m: (day if m in second or m in first[-2:] else None) for m in members}
    assert split_story(members, _sim, people, two) is None


def test_signature_keys_hold_surnames_and_years() -> None:
    # "Wladimir Ostrik fought in May 2031."
    ann = Annotations(
        "x",
        entities=(EntityMention(Span("x", 0, 15), "Wladimir Ostrik", "PERSON"),),
        dates=(DateMention(Span("x", 26, 34), "May 2031", "2031-05", "month", "explicit"),),
    )
    assert signature_keys(ann) == frozenset({"ostrik", "2031"})


POINTS = {"a": (1.0, 0.0), "b": (0.0, 1.0), "n": (0.0, 0.0)}  # by a member's first letter; n: unrelated


_centroid, _dot = centroid_in(POINTS), dot


def test_a_leftover_joins_the_large_story_it_clearly_belongs_to() -> None:
    groups = {"st-a0": FIRST[:4], "st-b0": SECOND[:4], "st-a4": [FIRST[4]], "st-n0": ["n0"]}
    out = reattach_leftovers(groups, _centroid, _dot)
    assert out == {"st-a0": FIRST, "st-b0": SECOND[:4], "st-n0": ["n0"]}  # nothing like "n0": it stays
    # in a store, resembling a story is not enough (the first report of a new event may)
    assert reattach_leftovers(groups, _centroid, _dot, similar=False) == groups


def test_a_few_reports_just_cut_out_are_no_leftover() -> None:
    groups = {"st-a0": FIRST[:4], "st-a4": [FIRST[4]]}
    assert reattach_leftovers(groups, _centroid, _dot) == {"st-a0": FIRST}
    assert reattach_leftovers(groups, _centroid, _dot, cut_out={"st-a4"}) == groups


def test_a_leftover_between_two_stories_stays() -> None:
    POINTS["m"] = (0.6, 0.5)  # about as close to both
    groups = {"st-a0": FIRST[:4], "st-b0": SECOND[:4], "st-m0": ["m0"]}
    try:
        assert reattach_leftovers(groups, _centroid, _dot) == groups
    finally:
        del POINTS["m"]
    # no large story: nothing to join
    small = {"st-a0": FIRST[:2], "st-a2": FIRST[2:3]}
    assert reattach_leftovers(small, _centroid, _dot) == small


def test_a_leftover_that_writes_a_story_s_marks_joins_it() -> None:
    POINTS["m"] = (0.6, 0.5)  # about as close to both stories: by its words alone it stays
    groups = {"st-a0": FIRST[:4], "st-b0": SECOND[:4], "st-m0": ["m0"]}
    keys = {m: frozenset({"korvath", "2031", "#12-3"} if m[0] == "a" else {"korvath", "2034", "#7-9"})
            for m in FIRST + SECOND}
    try:
        # the first fight's year and score (its marks; the champion is in both stories)
        marked = keys | {"m0": frozenset({"korvath", "2031", "#12-3"})}
        assert reattach_leftovers(groups, _centroid, _dot, marked)["st-a0"] == [*FIRST[:4], "m0"]
        by_marks = reattach_leftovers(groups, _centroid, _dot, marked, similar=False)
        assert by_marks["st-a0"] == [*FIRST[:4], "m0"]
        # one mark is not enough (a year every report of the time names)
        one = keys | {"m0": frozenset({"korvath", "2031"})}
        assert reattach_leftovers(groups, _centroid, _dot, one) == groups
        # a mark of the other story too: it stays
        both = keys | {"m0": frozenset({"2031", "#12-3", "#7-9"})}
        assert reattach_leftovers(groups, _centroid, _dot, both) == groups
        # one mark that is a person (the first fight's challenger, named in no report of the second) is
        # enough; a lone figure is not
        people = {m: k | ({"dellane"} if m[0] == "a" else {"ostrik"}) for m, k in keys.items()}
        named = people | {"m0": frozenset({"korvath", "dellane"})}
        assert reattach_leftovers(groups, _centroid, _dot, named)["st-a0"] == [*FIRST[:4], "m0"]
        figure = people | {"m0": frozenset({"korvath", "#12-3"})}
        assert reattach_leftovers(groups, _centroid, _dot, figure) == groups
    finally:
        del POINTS["m"]
