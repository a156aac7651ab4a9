"""Bylines: the reporter a story is signed by, as a key two stories can share.

The trust labels count "a rewrite of the same report under the same byline" as one origin family. A reporter
who re-files a story within hours (a second edition, the story re-slugged or filed under a second category)
often rewrites its top, so the copies share too little wording for the text rules (families.py) to see; the
byline and the clock still tie them. Only a person's name is a key: a desk or agency credit ("Associated
Press", "Staff Writer", "Reuters staff") signs many separate stories of one outlet a day.
"""

from __future__ import annotations

import re

# Words that make a credit a desk, an agency or a role rather than a person ("By Associated Press", "News
# Service", "Staff Reporter"). A personal name with one of these in it is dropped with the rest: no key is
# safer than a key that joins two reporters' stories.
_NOT_A_PERSON = frozenset({
    "staff", "press", "associated", "agence", "reuters", "afp", "ap", "upi", "wire", "wires", "news",
    "service", "services", "desk", "team", "writer", "writers", "reporter", "reporters", "correspondent",
    "correspondents", "editor", "editors", "editorial", "bureau", "agency", "agencies", "online", "digital",
    "web", "contributor", "contributors", "times", "post", "journal", "herald", "tribune", "daily",
    "television", "tv", "radio", "newsroom", "report", "reports", "media", "group",
})
# A name is two to five words ("Ann Lee", "Diana Jean Schemo", "R.W. Apple Jr."); one word is a handle or a
# desk, more is a sentence.
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 5
_BY = re.compile(r"^\s*by\b[:\s]*", re.IGNORECASE)
# What follows a name in a credit: its role or outlet after a comma, a dash or a bar ("Jane Doe, Staff
# Writer", "Jane Doe | Reuters").
_ROLE = re.compile(r"\s*(?:[,;|/(]|\s[-–—]\s).*$", re.DOTALL)
_AUTHORS = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _person(name: str, outlet: str | None) -> str | None:
    tokens = name.replace(".", " ").split()
    if not _MIN_NAME_WORDS <= len(tokens) <= _MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.match(t) for t in tokens):
        return None
    folded = [t.casefold() for t in tokens]
    if any(t in _NOT_A_PERSON for t in folded):
        return None
    key = " ".join(folded)
    if outlet is not None and key == " ".join(outlet.casefold().split()):
        return None
    return key


def byline_key(author: str | None, outlet: str | None = None) -> str | None:
    """The reporters a byline names, casefolded and sorted ("By Jane Doe and Ann Lee, Staff Writers" ->
    "ann lee|jane doe"), or None when it names no person (a desk, an agency, the outlet itself)."""
    if not author:
        return None
    credit = _ROLE.sub("", _BY.sub("", author.strip(), count=1))
    names = [part.strip() for part in _AUTHORS.split(credit) if part.strip()]
    people = [_person(n, outlet) for n in names]
    if not people or any(p is None for p in people):
        return None
    return "|".join(sorted(p for p in people if p is not None))
