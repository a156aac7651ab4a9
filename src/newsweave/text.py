"""Text helpers every stage shares and no language owns (neutral, like ``newsweave.identity``): what a word
is, how names and texts are folded for comparison, the rough sentence split, and the day of an ISO date.

Word patterns, one per meaning (``str`` patterns are Unicode-aware, so "Kyiv", "Dóstum" and "Київ" count):

    WORD          ``\\w`` runs: letters, digits and "_" (word counts, search terms)
    ALNUM_WORD    letters and digits, no "_" (copy detection shingles)
    LETTER_WORD   letters only: digits and "_" split words (what a figure counts, topic heads)
    TERM          letters and digits with one inner apostrophe ("don't", "Qadir’s"): ranking terms
    NAME_WORD     a word of a name: inner hyphens, apostrophes and dots kept, one trailing dot ("Jr.", "U.N.")
    LATIN_WORD    four or more ASCII letters, apostrophes or hyphens, from a letter (headline case tests)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

WORD = re.compile(r"\w+")
ALNUM_WORD = re.compile(r"[^\W_]+")
LETTER_WORD = re.compile(r"[^\W\d_]+")
TERM = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
NAME_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]{3,}")
# Words joining a name's first word to a place or body ("Tour de France", "Bank of England", "Giro d'Italia"):
# the first word alone is that name said short, not a place of its own.
NAME_JOINERS = frozenset({"of", "de", "du", "des", "d'", "di", "del", "della"})
# Lower-case particles of family names ("Luiz Inacio Lula da Silva" ... "da Silva said"): the particle and the
# last word are the surname (a DUC 2003 tune cluster, read as a user, listed "da Silva" apart from him).
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den",
                            "ter", "bin", "ibn", "du", "le", "la"})
# Abbreviated titles written before a name that the model's tokenizer exceptions lack ("Sgt.", "Det.", "Lt."):
# the tokenizer split off their point and the parser ended a sentence there ("... convicted of killing Sgt." /
# "Hoyt Teasley outside the courthouse ...": an ECB+ dev story, read as a user, led its glance with that
# fragment). Each becomes one token, as "Dr." and "Gov." already are. "Sr.", "Jr.", "St." and "No." are left
# out: they end sentences too ("on Main St. He said").
TITLE_ABBREVIATIONS = ("Sgt.", "Det.", "Lt.", "Col.", "Capt.", "Cpl.", "Pvt.", "Maj.", "Adm.", "Cmdr.",
                       "Supt.", "Insp.", "Atty.", "Lieut.", "Brig.", "Prof.", "Rev.", "Sgts.")
# First words of place names that often end in a surname ("Lake Powell", "Fort Hood", "Port Elizabeth"):
# such a name is no person's for ending in one.
PLACE_NAME_OPENERS = frozenset({"fort", "port", "lake", "mount", "mt", "cape", "saint", "st", "san", "santa",
                                "camp", "point", "glen", "new", "north", "south", "east", "west", "upper",
                                "lower", "great", "little", "el", "la", "los", "las", "le"})
# A street's kind after its name, as US and UK addresses write it ("Locust Street", "N. Main St.", "Elm Ct."),
# from general knowledge.
STREET_KINDS = frozenset({
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "dr.", "lane", "ln.",
    "boulevard", "blvd", "blvd.", "way", "court", "ct.", "place", "pl.", "parkway", "pkwy.", "terrace",
    "circle", "trail", "highway", "hwy.", "pike", "square",
})
# Last words that name a kind of place ("Elkview Drive", "Worden Elementary", "Webb Center"): the small model
# tags listed addresses as people (LGL first half), so such a name is no person's for its other words.
PLACE_NAME_HEADS = frozenset({"street", "st", "drive", "road", "rd", "avenue", "ave", "lane", "boulevard",
                              "blvd", "way", "court", "place", "terrace", "highway", "parkway", "circle",
                              "elementary", "school", "academy", "center", "centre", "park", "hall", "square",
                              "bridge", "church", "station", "plaza", "mall", "hospital", "county", "city"})

# Titles that make the name after them a person's, with the gender they carry. Unlike honorifics they stay in
# the name ("King Harald" is what he is called), and one name after them is a given or regnal name, no surname
# (weave/aliases.py). From general knowledge of English, not from evaluation data.
ROYAL_TITLES: dict[str, str] = {"king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m",
                                "emperor": "m", "empress": "f", "sultan": "m", "emir": "m"}

# Heads of institutions' names whose first word is also a title ("Justice Department", "Foreign Ministry",
# "Interior Ministry"): the title words are then the name, not a title before it. Stripping them made every
# ministry of a story one entity "Ministry" (a DUC 2003 tune cluster, read as a user, listed the Justice
# Department as "Department").
INSTITUTION_HEADS = frozenset({"department", "ministry", "office", "committee", "court", "council",
                               "commission", "agency", "service", "secretariat", "bureau", "board", "cabinet",
                               "tribunal", "directorate", "division"})
# Legal suffixes of a company's name ("Corp.", "Ltd.", "N.V."), dots dropped.
LEGAL_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "nv"})
# Last words that make a name an organisation, never a person ("Chechen Telecom", "Grameen Bank", "Workers
# Party"): the small model types some of them PERSON (DUC 2003 tune, d30056t).
ORGANISATION_HEADS = frozenset({
    "telecom", "telecoms", "telecommunications", "bank", "corp", "corporation", "company", "inc", "ltd",
    "airlines", "airways", "party", "university", "institute", "council", "ministry", "association",
    "foundation", "federation", "committee", "commission", "organization", "organisation", "union",
})

# A sentence when no sentence boundaries were annotated: up to a full stop, "!" or "?" (with any closing
# quote or bracket after it), or a line break.
FALLBACK_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|\n|$)")


def fold(text: str) -> str:
    """Lower case without accents: "Dostum" and "Dóstum" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def ascii_fold(text: str) -> str:
    """Lower-case ASCII: accents and every non-ASCII letter dropped; the plain case fold when nothing is left
    (a name in another script keeps its letters)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return folded or text.casefold()


def compatibility_fold(text: str) -> str:
    """Compatibility-decomposed lower case (NFKD): ligatures, full-width and typographic forms become plain
    letters; accents stay as separate marks, which split words under ``ALNUM_WORD``."""
    return unicodedata.normalize("NFKD", text).casefold()


def words(text: str) -> list[str]:
    """Case-folded, decomposed words for comparing texts: typography (curly quotes, dashes) must not hide a
    copy."""
    return ALNUM_WORD.findall(compatibility_fold(text))


def fallback_sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each rough sentence of ``text``, for annotations that hold none."""
    return [(m.start(), m.end()) for m in FALLBACK_SENTENCE.finditer(text)]


# An ISO week value ("2021-W33"), as the date rules write it.
ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a value that starts with a whole day
# The gap that opens a bracket after a phrase, and the bracket's close, on one line: "6 p.m. (1430 GMT)".
BRACKET_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
BRACKET_CLOSE = re.compile(r"[^\S\n]*\)")


def first_day(value: str | None) -> date | None:
    """The first day a date value stands for, to order entries; None for decades, unknowns and bad values."""
    if not value:
        return None
    try:
        if found := ISO_WEEK.match(value):
            return date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
        parts = value[:10].split("-")
        if not parts[0].isdigit() or len(parts[0]) != 4:
            return None
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(int(parts[0]), month, day)
    except ValueError:
        return None


def iso_day(value: str | None) -> date | None:
    """The day an ISO date or timestamp starts with ("2024-03-14T09:15:00Z" -> 14 March 2024); None when
    absent or not a date (never guessed)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$")
_OPENING = re.compile(r"^[^\W_]", re.UNICODE)
_QUOTE_ONLY = re.compile(r"^(?:``|[\"“‘'«])[\s\S]*(?:''|[\"”’'»])[.!?]?$")


def written_figure(raw: str) -> float | None:
    """The value of a figure written in digits with thousands commas ("3,500", "2.5"); None for anything
    else ("1.2.3")."""
    try:
        return float(raw.replace(",", "")) if raw.count(".") <= 1 else None
    except ValueError:
        return None


def ends_sentence(text: str) -> bool:
    """The text ends a sentence: a full stop, question or exclamation mark, then any closing marks."""
    return _TERMINAL.search(text.rstrip()) is not None


def reads_as_sentence(text: str) -> bool:
    """A whole sentence: it opens with a capital letter or a digit and ends a sentence, and is not a bare
    quotation. Fragments cut at a hard line break ("Now the Port Authority of"), headline fragments ("How
    could it happen") and wire furniture ("(STORY CAN END HERE.") are not."""
    t = text.strip()
    head = _OPENING.match(t)
    return bool(head and (head.group(0).isupper() or head.group(0).isdigit()) and ends_sentence(t)
                and not _QUOTE_ONLY.match(t))
