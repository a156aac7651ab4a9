"""English words of running figures that are not casualty counts (weave/progress.py): a countdown of days
to a fixed moment ("with five days until the money runs out") and the progress of a vote count ("with 22
percent of the vote counted"). Each is matched from a figure's first character."""

from __future__ import annotations

import re

# "five days until the money runs out", "10 days left before the vote", "three days to go": a count of days
# to one moment, told from the day of the report. "Three days before its release" (one happening dated by
# another) is no countdown: "before" counts only after "left"/"remaining" (DUC 2003 tune half: every "N
# days before" was such a dating). Group 1 is what is counted down to (the words after "until", if any).
COUNTDOWN = re.compile(
    r"[\w.,-]+\s+(?:more\s+)?days?\s+(?:(?:until|till)\b|(?:left|remaining|to\s+go|away)\b(?:\s+(?:until|till|before)\b)?)"
    r"([^.;,:]*)",
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
_ANY = re.compile("")
PROGRESS = (
    ("percent of the votes counted", True,
     re.compile(r"\bwith\s+(?:(?:about|some|nearly|almost|over|just)\s+|more\s+than\s+)?$", re.IGNORECASE),
     re.compile(r"[\d.,]+\s*(?:percent|per\s+cent|%)\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+){0,2}?"
                r"(?:votes?|ballots?|precincts?|polling\s+(?:stations?|places?)|returns)\s+"
                r"(?:(?:had|have|has)\s+been\s+|(?:were|was)\s+)?(?:counted|tallied|processed|reporting|reported)\b",
                re.IGNORECASE)),
    ("dead identified", True, _ANY,
     re.compile(r"[\w.,-]+\s+(?:of\s+the\s+)?(?:bodies|dead|victims)\s+(?:had|have|has|were)\s+(?:now\s+|so\s+far\s+)?"
                r"(?:been\s+)?identified\b", re.IGNORECASE)),
    ("dead identified", True,
     re.compile(r"\bidentified\b[^.;]{0,60}\b(?:bringing|raising|taking)\s+the\s+total\s+(?:number\s+)?to\s+$",
                re.IGNORECASE),
     _ANY),
    ("people in intensive care", False, _ANY,
     re.compile(r"[\w.,-]+(?:\s+(?:people|patients|others|victims|of\s+them))?\s+"
                r"(?:(?:were|are|was|remain(?:ed)?|still)\s+){0,2}in\s+intensive\s+care\b", re.IGNORECASE)),
)
