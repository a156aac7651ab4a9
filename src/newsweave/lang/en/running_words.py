"""English words of running figures that are not casualty counts (weave/progress.py): a countdown of days
to a fixed moment ("with five days until the money runs out") and the progress of a vote count ("with 22
percent of the vote counted"). Each is matched from a figure's first character."""

from __future__ import annotations

import re

from newsweave.lang.en.numerals import CARDINALS_TO_TWENTY, MONTH_NAMES, ORDINALS, WEEKDAY_NAMES

# A figure as the patterns read it from its first character, with the qualifier some figures' text starts
# with ("at least 57", "about 30", "another 17").
_FIGURE = (r"(?:(?:at\s+least|about|around|some|nearly|almost|over|only|just|another|more\s+than)\s+)?"
           r"[\w.,-]+")
# "five days until the money runs out", "10 days left before the vote", "three days to go": a count of days
# to one moment, told from the day of the report. "Three days before its release" (one happening dated by
# another) is no countdown: "before" counts only after "left"/"remaining" (DUC 2003 tune half: every "N
# days before" was such a dating). Group 1 is what is counted down to (the words after "until", if any).
COUNTDOWN = re.compile(
    _FIGURE + r"\s+(?:more\s+)?days?\s+"
    r"(?:(?:until|till)\b|(?:left|remaining|to\s+go|away)\b(?:\s+(?:until|till|before)\b)?)([^.;,:]*)",
    re.IGNORECASE)
# Running counts told in set forms, each as (what it counts, whether it only rises, the words ending just
# before the figure, the words from the figure on); both must match.
# - "with 22 percent of the vote counted", "with 40% of precincts reporting": how far a count of ballots has
#   gone (rises). Only in the absolute "with ..." clause: "Smith had 52 percent of the votes counted" is a
#   share.
# - "18 of the dead had been identified", "identified another 22 of the bodies, bringing the total to 40":
#   the dead identified so far (rises).
# - "57 were in intensive care", "17 people still in intensive care": patients in intensive care, a count
#   that falls or rises as they recover, die or are admitted; only a later report revises it.
# - "has completed work on 5 of the 13 bills", "only four of 13 bills had been passed", "bring the number
#   of bills it has completed to six": the pieces of a piece of work done so far (rises). "The number of
#   cars that passed the gate rose to 300" is no such count: "passed" only in the "N of M ... had been
#   passed" form.
_ANY = re.compile("")
VOTES_COUNTED = "percent of the votes counted"
PROGRESS = (
    (VOTES_COUNTED, True,
     re.compile(r"\bwith\s+(?:(?:about|some|nearly|almost|over|just)\s+|more\s+than\s+)?$", re.IGNORECASE),
     re.compile(_FIGURE + r"\s*(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+){0,2}?"
                r"(?:votes?|ballots?|precincts?|polling\s+(?:stations?|places?)|returns)\s+"
                r"(?:(?:had|have|has)\s+been\s+|(?:were|was)\s+)?(?:counted|tallied|processed|reporting|reported)\b",
                re.IGNORECASE)),
    ("dead identified", True, _ANY,
     re.compile(_FIGURE + r"\s+(?:of\s+the\s+)?(?:bodies|dead|victims)\s+(?:had|have|has|were)\s+"
                r"(?:now\s+|so\s+far\s+)?(?:been\s+)?identified\b", re.IGNORECASE)),
    ("dead identified", True,
     re.compile(r"\bidentified\b[^.;]{0,60}\b(?:bringing|raising|taking)\s+the\s+total\s+(?:number\s+)?to\s+$",
                re.IGNORECASE),
     _ANY),
    ("completed so far", True,
     re.compile(r"\b(?:completed|finished)\s+(?:work|action)\s+on\s+(?:only\s+|just\s+)?$", re.IGNORECASE),
     _ANY),
    ("completed so far", True, _ANY,
     re.compile(_FIGURE + r"\s+of\s+(?:the\s+)?\d+\s+(?:\w+\s+){0,2}(?:had|have|has)\s+"
                r"(?:so\s+far\s+)?been\s+(?:passed|completed|approved|enacted|finished)\b", re.IGNORECASE)),
    ("completed so far", True,
     re.compile(r"\bnumber\s+of\s+[^.;]{0,60}\b(?:completed|finished)\b[^.;]{0,30}\bto\s+$",
                re.IGNORECASE), _ANY),
    ("people in intensive care", False, _ANY,
     re.compile(_FIGURE + r"(?:\s+(?:people|patients|others|victims|of\s+them))?\s+"
                r"(?:(?:were|are|was|remain(?:ed)?|still)\s+){0,2}in\s+intensive\s+care\b", re.IGNORECASE)),
)
# A share of a vote, from its figure ("51 percent"), and the words after a share that give it to someone
# other than the sentence's doer ("34 percent for his rival, ..."): weave/progress.vote_shares.
VOTE_SHARE = "percent of the vote"
SHARE = re.compile(_FIGURE + r"\s*(?:percent|per\s+cent|%)", re.IGNORECASE)
SHARE_FOR_OTHER = re.compile(r"\s+(?:of\s+the\s+(?:vote|ballots?)\s+)?for\b", re.IGNORECASE)

# Time elapsed in a happening still going on, counted from its start (weave/elapsed.py): "the 17-day-old
# crackdown", "a second day of cross-examination", "the fifth straight day of protests", "three days into the
# strike", "after three days of testimony", "the strike entered its third week"; and the same count as a
# length, "the three-week crackdown", which counts only beside one of those (a length alone may be planned:
# "a three-day visit"). Named groups: ``n`` (digits, a number word or an ordinal), ``unit``, ``count`` (the
# words cited: the figure to its unit, "-old" included) and ``thing`` (up to three words that name the
# happening). Spelled-out counts go up to twenty days or weeks.
_CARDINALS = tuple(CARDINALS_TO_TWENTY)
_ORDINALS = tuple(ORDINALS)
ELAPSED_NUMBERS = CARDINALS_TO_TWENTY | ORDINALS
ELAPSED_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# Every form names its unit: a sentence without one is not read with the forms (one cheap search instead of
# six slow ones; most sentences have none: 266 of 5,370 in DUC 2003).
ELAPSED_HINT = re.compile(r"\b(?:days?|weeks?)\b", re.IGNORECASE)
_CARD = r"(?P<n>\d{1,3}|" + "|".join(_CARDINALS) + r")"
_ORD = r"(?P<n>\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
_THING = r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
_DET = r"(?:(?:the|its|his|her|their|a)\s+)?"
ELAPSED = (
    # (pattern, an ordinal count (day 1 is the first day), a length that needs an elapsed form beside it)
    (re.compile(r"\b(?P<count>" + _CARD + r"\s?-\s?(?P<unit>day|week)\s?-\s?old)\s+" + _THING, re.IGNORECASE),
     False, False),
    (re.compile(r"\b(?P<count>" + _ORD + r"\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?"
                r"(?P<unit>day|week))\s+(?:of\s+)?" + _DET + _THING, re.IGNORECASE), True, False),
    (re.compile(r"\b(?P<count>" + _CARD + r"\s+(?P<unit>days|weeks))\s+into\s+" + _DET + _THING,
                re.IGNORECASE), False, False),
    (re.compile(r"\bafter\s+(?P<count>" + _CARD + r"\s+(?P<unit>days|weeks))\s+of\s+" + _DET + _THING,
                re.IGNORECASE), False, False),
    (re.compile(r"\b(?P<count>" + _CARD + r"\s?-\s?(?P<unit>day|week))\s+" + _THING, re.IGNORECASE), False,
     True),
    # "the strike entered its third week", "protests in the capital went into a fifth straight day": the
    # happening is named before the count.
    (re.compile(_THING + r"\s+(?:entered|enters|entering|went\s+into|goes\s+into|stretched\s+into|"
                r"dragged\s+into|reached)\s+(?:its|a|the|their)\s+(?P<count>" + _ORD
                + r"\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?(?P<unit>day|week))\b",
                re.IGNORECASE), True, False),
)
# Words that name a time, not a happening: "the second week of October" counts no happening's days.
ELAPSED_NOT_THINGS = frozenset({
    *MONTH_NAMES, *WEEKDAY_NAMES,
    "year", "month", "week", "day", "season", "quarter", "period", "time", "old",
})
# What an elapsed count is shown as: the happening it counts.
ELAPSED_LABEL = "time since the {} began"
