"""Words and regex fragments of English temporal expressions."""

from __future__ import annotations

from newsweave.lang.en.numerals import (
    CARDINALS,
    MONTH_NAMES,
    ORDINALS,
    TEEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAY_NAMES,
)

MONTHS = {m: k for k, m in enumerate(MONTH_NAMES, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS = {w: k for k, w in enumerate(WEEKDAY_NAMES)}
# The year "last", "this" or "next" year names, counted from the report's.
YEAR_STEP = {"last": -1, "this": 0, "next": 1}
DAYPARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
NUMBER_WORDS = {"a": 1, "an": 1} | CARDINALS | {
    "hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "a thousand": 1000,
}
# "twenty four", "twenty-four".
NUMBER_WORDS |= {f"{tens}{sep}{unit}": CARDINALS[tens] + CARDINALS[unit]
                 for tens in TENS_WORDS for unit in UNIT_WORDS for sep in (" ", "-")}
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of")
# TimeML duration unit letters; clock units take a "T" ("PT3H").
UNITS = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W", "fortnight": "W",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
}
# Multipliers that keep TimeML's common renderings: "a decade" is P10Y, "a fortnight" P2W. A quarter stays a
# quarter ("two consecutive quarters" is P2Q, "every quarter" P1Q), as HeidelTime writes it and MEANTIME
# annotates it (TimeBank's tuning part has it both ways, 2 and 2).
UNIT_SCALE = {"decade": ("Y", 10), "century": ("Y", 100), "fortnight": ("W", 2)}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
ORDINAL_WORDS = ORDINALS | {"twenty-first": 21}
REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "at present": "PRESENT_REF", "right now": "PRESENT_REF", "more recently": "PAST_REF",
        "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
        "the future": "FUTURE_REF", "soon": "FUTURE_REF", "formerly": "PAST_REF",
        # Horizons of a forecast ("in the near term", "in the short term"); "the long run" is left out, as
        # TimeBank's tuning part leaves it untagged.
        "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF", "the time being": "PRESENT_REF"}
SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H"}


def alternation(words: object, *, escape_dots: bool = True) -> str:
    """A regex alternation, longest first so that "sept" wins over "sep"."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in items) + ")"


MONTH_FULL = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
MONTH_ABBR = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
MONTH = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAYPART = alternation(DAYPARTS)
NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + alternation([*NUMBER_WORDS, *VAGUE_NUMBERS]) + ")"
UNIT = alternation(UNITS)
# "early October", "the end of 2011", "earlier this week", "mid-2012".
MODIFIER = (r"(?:(?:early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
            r"|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of)(?:\s+|-))?")
REL = r"(?:last|this|next|coming|past|previous|current|following)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"

# Years spelled out as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
_UNITS_RE = "(?:" + "|".join(UNIT_WORDS) + ")"
_BELOW_100 = (f"(?:(?:{'|'.join(TENS_WORDS)})(?:[\\s-]+{_UNITS_RE})?|{'|'.join(TEEN_WORDS)}"
              f"|oh\\s+{_UNITS_RE})")
SPELLED_YEAR = (rf"(?i:(?:eighteen|nineteen)\s+(?:hundred\b|{_BELOW_100}\b)"
                rf"|(?<=year\s)two\s+thousand\b(?!\s+(?:and\s+)?(?:{_UNITS_RE}|{_BELOW_100})\b)"
                rf"|two\s+thousand\s+(?:and\s+)?(?:{_BELOW_100}|{_UNITS_RE})\b)")
_SMALL = {w: CARDINALS[w] for w in (*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS)} | {"oh": 0, "hundred": 0}


def spelled_year(text: str) -> int:
    """The year of a SPELLED_YEAR match: "nineteen ninety-six" is 1996, "two thousand and five" 2005."""
    words = [w for w in text.lower().replace("-", " ").split() if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL[w] for w in words[2:])
    return _SMALL[words[0]] * 100 + sum(_SMALL[w] for w in words[1:])
YEAR_ANY = f"(?:{YEAR}|{SPELLED_YEAR})"
