"""Wire datelines, read from capitals and punctuation alone, so they are cut from text of any language."""

from __future__ import annotations

import re

# Wire dateline opening a story: "CITY, Region (Agency) - ", "CITY (Agency) — ", "CITY, May 3 (Agency) -".
# The separator is a dash, or the underscore of 1990s AP wire copy ("ANKARA, Turkey (AP) _ "). A paper's
# own dateline names no agency ("BUENOS AIRES, Argentina _ "): then the city takes three capitals or more, so
# a two-letter opening ("US - China talks") stays text.
# A web dateline in title case ("Meadow Lake, Saskatchewan – ", "London, England — ": MultiLing dev topics,
# read as a user, had it open a summary sentence) takes a place and its region and an en or em dash.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{0,40})?\s*\([^()\n]{1,40}\)"
    r"|[A-Z]{3}[A-Z .'’-]{0,40}(?:,\s*[A-Z][\w .'’-]{0,40})?)\s*(?:-{1,2}|[–—_])\s+"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3},\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s?[–—]\s"
)


def strip_dateline(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` starts once a wire dateline ("CITY, Region (Agency) - ") is cut off. A
    dateline opens a paragraph: the text's first, or one after a headline or a date line."""
    if start > 0 and text[start - 1] != "\n":
        return start
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start
