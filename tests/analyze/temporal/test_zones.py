"""A local day beside the same moment in GMT, read on plain (start, end, value) spans."""

from __future__ import annotations

from newsweave.analyze.temporal.zones import zone_days


def _spans(text: str, found: list[tuple[str, str]]) -> list[tuple[int, int, str | None]]:
    out, at = [], 0
    for words, value in found:
        start = text.index(words, at)
        out.append((start, start + len(words), value))
        at = start + len(words)
    return out


def test_the_local_day_is_the_day_beside_the_bracketed_gmt_day_that_bears_its_name() -> None:
    text = "Lights rose at 2 a.m. Wednesday (1800 GMT Tuesday). Fishers who rose early Wednesday saw them."
    found = _spans(text, [("2 a.m. Wednesday", "2031-07-09T02:00"), ("1800 GMT Tuesday", "2031-07-15T18:00Z"),
                          ("early Wednesday", "2031-07-09")])
    assert zone_days(text, found) == {0: "2031-07-16T02:00", 2: "2031-07-16"}


def test_no_zone_no_neighbour_or_no_week_gap_changes_nothing() -> None:
    # Brackets without GMT or UTC are no second zone.
    text = "Lights rose at 2 a.m. Wednesday (Tuesday in Lisbon)."
    assert zone_days(text, _spans(text, [("2 a.m. Wednesday", "2031-07-09T02:00"),
                                         ("Tuesday", "2031-07-15")])) == {}
    # A weekday two days from the GMT day is not the same moment.
    text = "Lights rose at 2 a.m. Thursday (1800 GMT Tuesday)."
    assert zone_days(text, _spans(text, [("2 a.m. Thursday", "2031-07-10T02:00"),
                                         ("1800 GMT Tuesday", "2031-07-15T18:00Z")])) == {}
    # "last Wednesday" picks its own day, and a bare one already on the fixed day stays.
    text = "Lights rose at 2 a.m. Wednesday (1800 GMT Tuesday). The board met last Wednesday."
    found = _spans(text, [("2 a.m. Wednesday", "2031-07-09T02:00"), ("1800 GMT Tuesday", "2031-07-15T18:00Z"),
                          ("last Wednesday", "2031-07-09")])
    assert zone_days(text, found) == {0: "2031-07-16T02:00"}
