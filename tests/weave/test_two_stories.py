"""A story the grouping doubts (two groups of reports that barely resemble each other, kept in one by their
dates alone) carries a warning that names both groups in the reader's source ids."""

from __future__ import annotations

from dataclasses import replace

from tests.weave.weave_fixtures import Doc, story_of

from newsweave.weave.briefing import WeaveOptions, weave

GAMES = "Norvania's archers hope to win their first gold medal at the Coastal Games in Velport next month."
TRIAL = "Two Norvanian dissidents will defend themselves at their subversion trial in Ostrava on Monday."
RESULT = "Norvania's archers took silver at the Coastal Games in Velport, their best result there."
DOCS = [Doc("g", GAMES, published="2031-11-02"), Doc("t", TRIAL, published="2031-11-05"),
        Doc("r", RESULT, published="2031-11-20")]


def test_a_doubted_story_warns_with_both_groups_of_sources() -> None:
    story, items = story_of(DOCS)
    plain = weave(story, items, WeaveOptions())
    assert not any("may be two stories" in w for w in plain.diagnostics.warnings)

    # each group is named in source order, whatever order the grouping gives
    doubted = weave(replace(story, two_stories=(("r", "g"), ("t",))), items, WeaveOptions())
    assert "s1, s3 and s2 may be two stories" in " ".join(doubted.diagnostics.warnings)


def test_no_warning_when_a_group_has_no_source_left() -> None:
    story, items = story_of(DOCS)
    gone = weave(replace(story, two_stories=(("g",), ("elsewhere",))), items, WeaveOptions())
    assert not any("may be two stories" in w for w in gone.diagnostics.warnings)
