"""English number words, ordinals, months and weekdays: the one table the date rules (analyze/temporal), the
figure reader (analyze/quantities.py) and the running-figure forms (lang/en/running_words.py) all read."""

from __future__ import annotations

UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Word -> value, one to ninety (the compounds "twenty-four" are built where they are read).
CARDINALS: dict[str, int] = ({w: k for k, w in enumerate(UNIT_WORDS, 1)}
                             | {w: k for k, w in enumerate(TEEN_WORDS, 10)}
                             | {w: 10 * k for k, w in enumerate(TENS_WORDS, 2)})
# Counts written out up to twenty: days or weeks a happening has gone on, a parent's children.
CARDINALS_TO_TWENTY: dict[str, int] = {w: k for w, k in CARDINALS.items() if k <= 20}
ORDINALS: dict[str, int] = {w: k for k, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"), 1)}
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
