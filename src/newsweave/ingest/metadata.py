"""Metadata found in the text: the headline, an outlet suffix in a title, the outlet from a URL host, dates.

Explicit metadata (JSONL fields, header lines, HTML meta) always wins over what is found here; the caller
decides that, these functions only find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from newsweave.ingest.clean import MONTHS, only_stamp_filler

# Title suffixes are "Headline | Section | Outlet"; a suffix segment longer than this is part of the headline.
SUFFIX_MAX_WORDS = 5
SUFFIX_SPLIT_RE = re.compile(r"\s+[|｜]\s+")
# A first line reads as a headline up to this length; longer ones are a lead paragraph. News headlines in the
# seeds and MultiLing run 7-16 words; 25 leaves room for long wire headlines.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 220
# Abbreviations such as "U.S." may end a headline; any other final period marks a sentence.
_ABBREVIATION_END_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}$")
# A dateline standing alone ("Saturday, January 8, 2005") within the first lines dates the article, with at
# most a clock time and zone after it, as scraped pages print their stamps ("MAR. 14, 2013, 8:12 PM",
# "June 6th, 2013 7:38pm EDT").
DATELINE_SCAN_LINES = 3
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATELINE_RE = re.compile(
    rf"^{_WEEKDAY}(?:(?P<mdy>{MONTHS}\s+{_DAY},?\s+\d{{4}})|(?P<dmy>{_DAY}\s+{MONTHS},?\s+\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))(?P<tail>.*)$", re.I)
_DATE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d",
                 "%d/%m/%Y", "%Y.%m.%d")


@dataclass(frozen=True, slots=True)
class TitleParts:
    title: str
    suffix: str | None = None  # " | Asia News | Al Jazeera" as it stood
    outlet: str | None = None  # the last suffix segment


def split_title_suffix(title: str) -> TitleParts:
    """``"Headline | Section | Outlet"`` into the headline, the suffix and the outlet."""
    parts = SUFFIX_SPLIT_RE.split(title.strip())
    if len(parts) < 2 or not parts[0] or any(not p or len(p.split()) > SUFFIX_MAX_WORDS for p in parts[1:]):
        return TitleParts(title.strip())
    head = parts[0]
    outlet = parts[-1].strip()
    # A clock time or a date after the bar ("Sunday, March 17, 2013 | 5:00 PM": an ECB+ page, read as a user,
    # whose outlet was printed as "5:00 PM") is a stamp, not the outlet's name.
    return TitleParts(head, title.strip()[len(head):].strip(),
                      None if only_stamp_filler(outlet) else outlet)


def looks_like_headline(line: str) -> bool:
    words = line.split()
    if not words or len(words) > HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return False
    return not line.endswith(".") or bool(_ABBREVIATION_END_RE.search(line))


def parse_date(value: str) -> str | None:
    """An ISO date/datetime (kept as ISO) or a written date (as ``YYYY-MM-DD``); None if unparseable."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat() if "T" in value else (
            date.fromisoformat(value[:10]).isoformat())
    except ValueError:
        pass
    cleaned = re.sub(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", "", value, flags=re.I)
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", cleaned).rstrip(".")
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned)  # "Sept. 22" but never "September" -> "Sepember"
    cleaned = re.sub(r"\b([A-Za-z]{3,})\.", r"\1", cleaned)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def dateline_date(paragraphs: tuple[str, ...]) -> str | None:
    """The date of a dateline standing alone in the first paragraphs."""
    for line in paragraphs[:DATELINE_SCAN_LINES]:
        match = DATELINE_RE.match(line)
        if match and only_stamp_filler(match.group("tail")):
            return parse_date(match.group("mdy") or match.group("dmy") or match.group("iso"))
    return None
