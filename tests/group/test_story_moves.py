from __future__ import annotations

from tests.group.plane import centroid_in, dot

from newsweave.group.story_moves import move_strays

# Two games of one team. The newer game's story (its reports "n0".."n9") took in three undated recaps of the
# older game ("s0".."s2") before the older game's own story ("o0".."o5") grew.
NEWER = [f"n{i}" for i in range(10)]
STRAYS = [f"s{i}" for i in range(3)]
OLDER = [f"o{i}" for i in range(6)]
POINTS = {"n": (0.0, 1.0), "o": (1.0, 0.0), "s": (1.0, 0.3)}  # by a member's first letter


_centroid, _dot = centroid_in(POINTS), dot


def _keys(stray: frozenset[str] = frozenset({"wend", "#31-24"})) -> dict[str, frozenset[str]]:
    keys = {m: frozenset({"wend", "#20-13"}) for m in NEWER}  # the newer game's score
    keys.update({m: frozenset({"wend", "#31-24"}) for m in OLDER})  # the older game's score
    keys.update({m: stray for m in STRAYS})
    return keys


GROUPS = {"st-n0": [*NEWER, *STRAYS], "st-o0": OLDER}


def test_strays_that_carry_another_story_s_marks_go_to_it() -> None:
    out = move_strays(GROUPS, _keys(), _centroid, _dot)
    assert out == {"st-n0": NEWER, "st-o0": [*OLDER, *STRAYS]}


def test_strays_stay_without_a_mark_of_their_own_or_when_they_share_the_host_s() -> None:
    # the strays name only the team: nothing tells them apart
    assert move_strays(GROUPS, _keys(frozenset({"wend"})), _centroid, _dot) == GROUPS
    # they also write the host's score: they belong to it
    shared = frozenset({"wend", "#31-24", "#20-13"})
    assert move_strays(GROUPS, _keys(shared), _centroid, _dot) == GROUPS


def test_strays_that_resemble_their_host_more_stay() -> None:
    POINTS["s"] = (0.3, 1.0)
    try:
        assert move_strays(GROUPS, _keys(), _centroid, _dot) == GROUPS
    finally:
        POINTS["s"] = (1.0, 0.3)


def test_a_group_large_enough_to_cut_is_not_moved() -> None:
    # half of the story: story_split's to cut, not a stray group
    many = [f"s{i}" for i in range(10)]
    groups = {"st-n0": [*NEWER, *many], "st-o0": OLDER}
    keys = _keys() | {m: frozenset({"wend", "#31-24"}) for m in many}
    assert move_strays(groups, keys, _centroid, _dot) == groups


def test_strays_go_to_a_small_story_of_their_own_event() -> None:
    # The older game is told by two reports of its own: too few for story_split to cut, enough to be a target.
    few = OLDER[:2]
    out = move_strays({"st-n0": [*NEWER, *STRAYS], "st-o0": few}, _keys(), _centroid, _dot)
    assert out == {"st-n0": NEWER, "st-o0": [*few, *STRAYS]}
    # one report is no story to move to
    alone = {"st-n0": [*NEWER, *STRAYS], "st-o0": OLDER[:1]}
    assert move_strays(alone, _keys(), _centroid, _dot) == alone
