"""English cues analysis reads off each clause of a sentence: clause negation, hedges (the outlet relays a
report) and a headline's lead attribution. Weave reads the resulting ``SentenceFacts``, never these."""

from __future__ import annotations

import re

from newsweave.lang.pack import SentenceCues

# Clause negation only: "no"/"without" negate a noun phrase ("no reports of fighting") far more often than
# the statement, and a typo ("have no laid siege" for "now") must not flip a seed sentence's polarity.
NEGATION = re.compile(r"\b(?:not|never|cannot|no longer|den(?:y|ies|ied|ying))\b|n['’]t\b", re.IGNORECASE)
# Words that say the outlet relays somebody else's report rather than witnessing it.
HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|(?:media |multiple |unconfirmed )?reports? (?:said|say|says|suggest(?:ed|s)?"
    r"|quoting|claim(?:ed|s)?)|(?:is|are|was|were) (?:being )?reported|according to (?:media )?reports"
    r"|(?:stating|saying|claiming|announcing) that)\b",
    re.IGNORECASE,
)
# Headlines carry attribution without punctuation ("Taliban says hundreds of fighters heading …"): group 1
# is the party.
# A conjunction or adverb opening the sentence is no part of the party ("But Britain said ...": DUC 2003
# tune d30003t, read as a user, printed "single source: But Britain").
LEAD_ATTRIBUTION = re.compile(
    r"^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then|Also|Instead)\b,?\s+)?"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:says|said|claims|tweets|announces)\b"
)

CUES = SentenceCues(negation=NEGATION, hedge=HEDGE, lead_attribution=LEAD_ATTRIBUTION)
