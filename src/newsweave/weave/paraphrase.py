"""Paraphrase signals for claim alignment: news predicates grouped into classes, figures into magnitudes.

Outlets retell one fact with different verbs ("heading for", "on their way to", "moving towards"); surface
stems never match those. A small named table maps the verbs of news reporting onto predicate classes so
that TF-IDF sees one term for the class, and so that two statements doing different things to the same
places ("seized" vs "shelled") can be told apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from newsweave.models import NumberMention
from newsweave.weave.numbers import value_range

# Reporting verbs: they tell who spoke, not what happened, so sharing them is no evidence of one fact.
SAY = "SAY"
# Class -> word forms (lowercase, matched whole; the month "March 12" is no march). Phrases are matched on
# the text before tokenising. Bare "head"/"heads" is a noun too ("the head of the council"), so only its
# verb forms with a direction count.
PREDICATE_CLASSES: dict[str, str] = {
    "MOVE": r"heading|headed\s+(?:to|for|towards?)|heads?\s+(?:to|for|towards?)|mov(?:e|es|ed|ing)"
            r"|advanc(?:e|es|ed|ing)|march(?:es|ed|ing)|(?-i:march)(?!\s+\d)"
            r"|on\s+(?:their|its|his|her|the)\s+way|en\s+route"
            r"|proceed(?:s|ed|ing)?|converg(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|sent|dispatched|approach(?:es|ed|ing)",
    "KILL": r"kill(?:s|ed|ing)?|dead|died|dies|die|deaths?|slain|lives\s+lost|death\s+toll",
    "WOUND": r"wound(?:s|ed)?|injur(?:e|es|ed|y|ies)|hurt",
    "SEIZE": r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|retak(?:e|es|en|ing)|retook|took\s+(?:over|control)"
             r"|tak(?:e|es|en|ing)\s+(?:over|control)|overr(?:a|u)n|fell\s+to|fallen\s+to|reclaim(?:s|ed|ing)?"
             r"|recaptur(?:e|es|ed|ing)|conquer(?:s|ed|ing)?",
    "GATHER": r"mass(?:es|ed|ing)|gather(?:s|ed|ing)?|assembl(?:e|es|ed|ing)|amass(?:es|ed|ing)?"
              r"|regroup(?:s|ed|ing)?|concentrat(?:e|es|ed|ing)",
    "SURROUND": r"surround(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|besieg(?:e|es|ed|ing)|siege"
                r"|lock(?:ed)?\s+down",
    "ATTACK": r"attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|assault(?:s|ed|ing)?|offensive|shell(?:s|ed|ing)"
              r"|bomb(?:s|ed|ing)",
    "CLOSE": r"clos(?:e|es|ed|ing)|shut(?:s|ting)?|block(?:s|ed|ing)?",
    # Outlets name one abduction with its verb, its noun or the hostage idiom ("kidnapped in Chechnya" /
    # "taken hostage Saturday" / "kidnapping victims"): DUC 2003 tune half corroborated 15/15 -> 16/16
    # right, 22 -> 23 found, ECB+ odd topics alignment unchanged. An ARREST class (arrested, detained, in
    # custody) was tried and left out: nothing gained on DUC, ECB+ odd alignment precision 0.822 -> 0.811
    # (each ECB+ topic holds two arrests).
    "KIDNAP": r"kidnap(?:s|ped|ping|pings|per|pers)?|abduct(?:s|ed|ing|ion|ions)?"
              r"|(?:taken|took|held)\s+hostages?|hostage-tak(?:ing|ings|ers?)",
    SAY: r"sa(?:y|ys|id)|t(?:ell|ells|old)|stat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)",
}
_PATTERNS = {cls: re.compile(rf"\b(?:{forms})\b", re.IGNORECASE) for cls, forms in PREDICATE_CLASSES.items()}


def predicates(text: str) -> frozenset[str]:
    """The predicate classes a statement uses."""
    return frozenset(cls for cls, pattern in _PATTERNS.items() if pattern.search(text))


def content_predicates(text: str) -> frozenset[str]:
    """Predicate classes that say what happened (reporting verbs left out)."""
    return predicates(text) - {SAY}


def magnitudes(numbers: Iterable[NumberMention]) -> frozenset[int]:
    """Order of magnitude of each figure as reported (its coded value, else its lower bound): "hundreds",
    "300" and "about 250" are all 2."""
    out = set()
    for n in numbers:
        bounds = value_range(n)
        point = n.value if n.value is not None else (bounds[0] if bounds is not None else None)
        if point is not None and point >= 1:
            out.add(math.floor(math.log10(point)))
    return frozenset(out)


# Opposite states: two statements that put one thing in opposite states disagree, however much vocabulary
# they share ("airline service … disrupted" vs "airline service is normal"; "the port was closed" vs "the
# port reopened"). Each pair is (one state, its opposite); a statement using words of both sides (it tells
# a change: "reopened after being closed") takes no side.
OPPOSITE_STATES: tuple[tuple[str, str], ...] = (
    (r"disrupt(?:s|ed|ing|ion)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|cancel+(?:s|ed|ing|ations?)?"
     r"|grounded|paralys(?:e|ed)|paralyz(?:e|ed)|stopped",
     r"normal(?:ly)?|resum(?:e|es|ed|ing)|restored|running|operating|unaffected|as usual"),
    (r"clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?(?:\s+down)?|blocked",
     r"re-?open(?:s|ed|ing)?|open(?:ed)?\s+again|unblocked"),
    (r"ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?",
     r"f(?:all|alls|ell|allen|alling)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)"),
    (r"alive|survived|rescued|found\s+safe|(?:in\s+)?(?:stable|fair|good)\s+condition|recovering",
     r"dead|killed|died|bodies"),
    (r"guilty|convicted", r"acquitted|innocent|cleared"),
    (r"accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|agreed", r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|vetoed"),
    (r"arrested|detained|in\s+custody", r"released|freed|at\s+large"),
)
_OPPOSITES = tuple((re.compile(rf"\b(?:{a})\b", re.IGNORECASE), re.compile(rf"\b(?:{b})\b", re.IGNORECASE))
                   for a, b in OPPOSITE_STATES)


def states(text: str) -> frozenset[tuple[int, int]]:
    """(pair index, side) of every opposite-state word group the text uses, sides it mixes left out."""
    out = set()
    for k, (one, other) in enumerate(_OPPOSITES):
        first, second = bool(one.search(text)), bool(other.search(text))
        if first != second:
            out.add((k, 0 if first else 1))
    return frozenset(out)


def opposed(sa: frozenset[tuple[int, int]], sb: frozenset[tuple[int, int]]) -> bool:
    """Two ``states`` results put something in opposite states (so pairwise loops read each text once)."""
    return any((k, 1 - side) in sb for k, side in sa)


def opposite_states(a: str, b: str) -> bool:
    """One statement puts something in a state the other puts it in the opposite of."""
    return opposed(states(a), states(b))
