"""Number words, vague quantities and approximators: the tables numbers.py reads.

Vague quantities are coded conservatively, after ACLED's fatality coding rules (ACLED Codebook, 2019/2023,
"Fatalities"): a vague plural is the lowest number it can honestly mean, and the upper bound stays open.

| words                                   | low    | source                                        |
|-----------------------------------------|--------|-----------------------------------------------|
| several, many, numerous, a number of    | 10     | ACLED: "several", "many", "plural" -> 10      |
| dozens                                  | 12     | ACLED: "dozens" -> 12                         |
| scores                                  | 20     | ours, by the same logic (one score)           |
| hundreds                                | 100    | ACLED: "hundreds" -> 100                      |
| thousands                               | 1,000  | ours, by the same logic                       |
| tens of thousands                       | 10,000 | ours                                          |
| hundreds of thousands                   | 100,000| ours                                          |
| millions                                | 1e6    | ours                                          |
| a few, a handful of                     | 3      | ours: the smallest plural that is "a few"     |
| a couple of                             | 2      | ours                                          |
| a dozen                                 | 12     | exact word, approximate flag set              |
"""

from __future__ import annotations

from typing import Literal

from newsweave.lang.en.numerals import CARDINALS

# Single-word vague quantities -> conservative low bound (the table above).
VAGUE_LOW: dict[str, float] = {
    "several": 10, "many": 10, "numerous": 10, "dozens": 12, "scores": 20, "hundreds": 100,
    "thousands": 1_000, "millions": 1_000_000,
}
# Multi-word vague quantities, matched on lowercased token sequences (at most three tokens).
VAGUE_PHRASES: dict[tuple[str, ...], float] = {
    ("a", "number", "of"): 10, ("tens", "of", "thousands"): 10_000, ("hundreds", "of", "thousands"): 100_000,
    ("a", "few"): 3, ("a", "handful", "of"): 3, ("a", "couple", "of"): 2, ("a", "dozen"): 12,
    ("half", "a", "dozen"): 6, ("half", "-", "dozen"): 6,
}
# ... of which these name one number, not a floor: "a dozen", "half a dozen" (as the dozen's table says).
EXACT_PHRASES = frozenset({("a", "dozen"), ("half", "a", "dozen"), ("half", "-", "dozen")})
# A vague word before a scale ("several hundred", "a few thousand", "many thousands") is at least two of that
# scale, with no upper bound: ours, by the same conservative logic (two is the fewest that is "several").
VAGUE_BEFORE_SCALE: dict[tuple[str, ...], float] = {
    ("several",): 2, ("many",): 2, ("numerous",): 2, ("a", "few"): 2, ("few",): 2,
}
# "many"/"several" are everywhere ("many analysts say"); they are counts only of these (ACLED codes them for
# fatalities) or when a casualty verb governs them.
WEAK_VAGUE = frozenset({"many", "several", "numerous"})
# ... and never after these: "no matter how many people he killed", "so many", "as many as 40" (a bound on
# the figure that follows, not a figure).
NOT_A_QUANTITY_BEFORE = frozenset({"how", "so", "too", "as"})

UNITS: dict[str, int] = {"zero": 0} | CARDINALS | {"dozen": 12}
SCALES: dict[str, float] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
    "mn": 1_000_000, "bn": 1_000_000_000, "tn": 1e12, "trn": 1e12, "m": 1_000_000, "k": 1_000,
}
# Magnitudes written glued to a figure, as money and audience figures are in British and financial copy
# ("£1.5m", "$2bn", "€400mn", "10k runners"). "m" and "k" are also metres and kilometres ("fell 60m", "a 10k
# race"), so they scale a figure only where it is money or counts things (a plural noun follows).
GLUED_MAGNITUDES = frozenset({"mn", "bn", "tn", "trn", "m", "k"})
AMBIGUOUS_MAGNITUDES = frozenset({"m", "k"})
# Plural nouns a length in metres names or measures, so that "m" before them is metres: "the 400m hurdles"
# (a race, read as 400 million in round 70's reader check), "10m waves", "3m walls".
LENGTH_NOUNS = frozenset({"hurdles", "waves", "swells", "walls", "cliffs", "dunes"})
# Fractions: "two-thirds of the residents" is a share, not two of them; such a figure is no count.
FRACTION_WORDS = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
    "eighth", "eighths", "tenth", "tenths",
})
# Words glued after a figure by a hyphen (or "+" alone) that make it a floor: "20-odd", "100-plus", "100+".
OPEN_ABOVE = frozenset({"odd", "plus", "+"})
# The scale words, singular and plural, a vague word may come before ("several hundred", "many thousands").
SCALE_WORDS: dict[str, float] = {w + plural: SCALES[w] for w in ("hundred", "thousand", "million")
                                 for plural in ("", "s")}

# "at_most" is just under the figure ("nearly 400": the labelling guide's low is 360); "up_to" is a ceiling
# with no floor ("up to 40", "as many as 3,000 may have died": 1,100 dead is within it, no contradiction).
Bound = Literal["point", "at_least", "at_most", "up_to"]
# Words before a number: whether they make it approximate and which way the true number may lie.
APPROXIMATORS: dict[tuple[str, ...], tuple[bool, Bound]] = {
    ("around",): (True, "point"), ("about",): (True, "point"), ("approximately",): (True, "point"),
    ("roughly",): (True, "point"), ("some",): (True, "point"), ("an", "estimated"): (True, "point"),
    ("estimated",): (True, "point"), ("nearly",): (True, "at_most"), ("almost",): (True, "at_most"),
    ("up", "to"): (True, "up_to"), ("less", "than"): (True, "up_to"),
    ("fewer", "than"): (True, "up_to"), ("under",): (True, "up_to"), ("more", "than"): (True, "at_least"),
    ("over",): (True, "at_least"), ("at", "least"): (True, "at_least"), ("upwards", "of"): (True, "at_least"),
    ("in", "excess", "of"): (True, "at_least"), ("as", "many", "as"): (True, "up_to"),
    ("as", "much", "as"): (True, "up_to"), ("as", "high", "as"): (True, "up_to"),
}

CURRENCY_WORDS = frozenset({
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "afghani", "afghanis", "rupee", "rupees", "yuan",
    "yen", "rouble", "roubles", "ruble", "rubles",
})
CURRENCY_SYMBOLS = frozenset({"$", "€", "£", "¥", "US$"})
PERCENT_WORDS = frozenset({"%", "percent", "per", "pct"})
DURATION_UNITS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "decade", "decades", "century", "centuries",
})
# Verbs that make a count an event count ("Taliban fighters killed"), by lemma -> the word used in ``counts``.
EVENT_VERBS: dict[str, str] = {
    "kill": "killed", "wound": "wounded", "injure": "injured", "hurt": "hurt", "die": "died",
    "arrest": "arrested",
    "capture": "captured", "displace": "displaced", "flee": "fled", "evacuate": "evacuated",
    "detain": "detained",
    "surrender": "surrendered", "execute": "executed", "abduct": "abducted", "kidnap": "kidnapped",
    "rescue": "rescued", "deploy": "deployed", "behead": "beheaded", "slay": "slain", "massacre": "massacred",
    "drown": "drowned", "perish": "died",
    # A crowd is counted by what it did: "250,000 people marched", "police said 100,000 rallied".
    "march": "marched", "protest": "protested", "rally": "rallied", "demonstrate": "demonstrated",
}
# Verbs of change, by lemma: a figure after "from" that one of them governs is the value before the change
# ("the coastguard raised the toll from 12 to 19", "seats rose from 65 to 125"), never the low end of a range
# (the figure is the one after "to"). Read as the range 12-19 it hid the rise and the new toll.
CHANGE_VERBS = frozenset({
    "rise", "raise", "increase", "climb", "jump", "grow", "swell", "soar", "mount", "lift", "push",
    "revise", "expand", "double", "fall", "drop", "decrease", "decline", "lower", "cut", "reduce", "shrink",
    "slip", "ease",
})
# Number words that multiply the number before them like a scale: "two dozen" is 24, not 2 + 12.
MULTIPLIERS = frozenset({"dozen"})
# Adjectives and participles that name what happened to the people a bare figure counts: "65 dead", "the 162
# injured", "18 of the dead", "45 are missing" count the dead, the injured, the missing.
FATE_WORDS = frozenset({"dead", "injured", "wounded", "missing", "homeless", "hurt", "killed", "displaced"})
