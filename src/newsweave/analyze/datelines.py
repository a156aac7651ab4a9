"""Wire datelines: "WASHINGTON (AP) _", "ROME (AP) --", "NICOSIA, Cyprus (Reuters) -", "RAFAH, Gaza --".

A dateline is the place in capitals that opens a paragraph, an optional ", State" or ", Country", then the
agency in brackets or a dash. Scraped pages often run the headline and the body into one line ("Council
backs budget. TORRINGTON — The City Council ..."): a dateline then opens the line's first sentence after
the headline's stop. It says where the report was filed (entities: a place, resolved as the one every
reader knows) and is no part of the words a reported clause starting the paragraph carries (indirect_speech).
"""

from __future__ import annotations

import re

# What follows the place: ", State" or ", Country" (up to three capitalised words), the day some wires
# write there ("NEW DELHI, Dec. 8 (PTI)"), then the agency in brackets or a dash (a wire underscore, an em or
# en dash, or "--" / "-" with a space or a press release's bracket after: "PLEASANTON, Calif.--(...)--").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AFTER_PLACE = (r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:,\s*" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)?"
                r"\s*(?:\([^()\n]{1,30}\)|--\([^()\n]{0,30}\)-*|[—–_]|--?(?=[\s(]))")
_AFTER = re.compile(_AFTER_PLACE)
# The place: up to four words in capitals at a paragraph's start.
_CAPITALS = r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})"
_PLACE = re.compile(r"(?m)^[ \t]*" + _CAPITALS + r"(?=,|\s*\(|\s+[—–_-])")
# The same place after a sentence's stop on its line: a headline run into the body. LGL's first half (local
# US news, tuned on) has 55 such capitals before a dash or an agency after a stop, every one a labelled
# place; the capitals before a dash elsewhere in a line were acronyms ("Instead, HUD — and", "by PREP —").
_STOP = r"[.!?]['\"”’]?[ \t]+"
_RUN_ON_PLACE = re.compile(_STOP + _CAPITALS + r"(?=,|\s*\(|\s*[—–_-])")
_AFTER_STOP = re.compile(_STOP + "$")
# A whole dateline with its trailing dash and spaces, as it opens a paragraph's text.
_WHOLE = re.compile(r"[A-Z][A-Z .'-]{2,}" + _AFTER_PLACE + r"\s*[—–_:-]*\s*")


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the place names in capitals opening a paragraph, or a line's sentence after a
    headline, that a dateline's agency or dash ends."""
    spans = [(m.start(1), m.end(1)) for pattern in (_PLACE, _RUN_ON_PLACE) for m in pattern.finditer(text)]
    return [(a, b) for a, b in spans if ends_in_dateline(text, a, b)]


_AGENCY = re.compile(r"\(\s*([^()\n]{1,30}?)\s*\)")


def dateline_agencies(text: str) -> list[tuple[int, int]]:
    """Character spans of the agencies in brackets that close datelines ("AP" in "ROME (AP) --"): who filed
    the report, not anyone in it."""
    out = []
    for _, end in dateline_places(text):
        after = _AFTER.match(text, end)
        bracket = _AGENCY.search(text, end, after.end()) if after is not None else None
        if bracket is not None:
            out.append((bracket.start(1), bracket.end(1)))
    return out


_REGION = re.compile(r",\s*(?!" + _MONTH + r"\s+\d)([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


def dateline_region(text: str, end: int) -> str | None:
    """The ", State" or ", Country" part after a dateline's place that ends at ``end`` ("Scotland" in
    "KELMOUTH, Scotland --"), if it has one."""
    m = _REGION.match(text, end)
    return m.group(1) if m is not None and _AFTER.match(text, end) is not None else None


def run_on(text: str, start: int) -> bool:
    """``text[start:]`` opens a sentence after a stop on its line: a dateline there follows a headline run
    into the body, the form of scraped local pages rather than wire copy."""
    return (start > 0 and text[start - 1] != "\n"
            and _AFTER_STOP.search(text, max(0, start - 8), start) is not None)


def ends_in_dateline(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` in capitals opens a paragraph, or a line's sentence after a stop, and a dateline's
    agency or dash follows it."""
    if start > 0 and text[start - 1] != "\n" and not run_on(text, start):
        return False
    return text[start:end].isupper() and _AFTER.match(text, end) is not None


def past_dateline(text: str, start: int, end: int) -> int:
    """Where the words after a dateline begin, for a stretch ``text[start:end]`` that opens with one; else
    ``start``."""
    m = _WHOLE.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start
