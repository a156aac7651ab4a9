"""Name forms: how one entity is written in different ways, and when two forms may (not) be the same.

Pure string functions the roster uses: title stripping, normalised keys, spelling-variant matching,
acronyms, and synonyms the text itself gives ("X, also known as Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from newsweave.lang.pack import StatementWords
from newsweave.text import (
    INSTITUTION_HEADS,
    LEGAL_SUFFIXES,
    NAME_WORD,
    ROYAL_TITLES,
    TITLE_ABBREVIATIONS,
    fold,
)

# Honorifics and roles written before a name; they are aliases of the person, not part of the name.
_TITLE_WORDS = (
    "mr mrs ms miss dr prof sir dame lord lady gen general lt col colonel maj major capt captain sgt "
    "president vice vp vice-president prime minister pm sen senator rep representative gov governor "
    "mayor king queen prince princess sheikh shaikh mullah imam ayatollah commander chief ceo chairman "
    "chairwoman judge justice secretary ambassador minister former acting late deputy foreign defence "
    "defense interior spokesman spokeswoman spokesperson leader founder pope saint st rev reverend "
    "councilor councillor"  # "State Councilor ... Wang Yi" (GeoWebNews dev check part, read once)
    " clerk sheriff detective trooper inspector superintendent commissioner"  # "City Clerk Janette Bower"
    # "Coroner Beth C. Kimmerling", "Treasurer Thomas Ravenel", "Councilman Bill Banning": US local offices
    # (the LGL tune half, read as a user, listed them with the title as the name).
    " coroner treasurer councilman councilwoman councilmember assemblyman assemblywoman congressman"
    " congresswoman alderman alderwoman selectman selectwoman comptroller magistrate"
)  # (ECB+ dev topic 13, read as a user, listed the clerk as "Clerk Janette Bower" under "Who")
# Services named before a title ("Fire Chief Eddie Jewell", "Police Commissioner Jon Fry"): part of the title
# only before one (LGL tune half, read as a user: "Fire Chief Eddie Jewell" and "Jewell" were two people).
TITLE_SERVICES = frozenset({"fire", "police", "army", "navy", "county", "city", "state", "district"})
# Offices a place's or body's name is written before ("Laurel County Clerk Dean Johnson", "Lebanon Street
# Superintendent Larry Lee", "Waste District Director Dave Lamm": LGL tune half, read as a user, listed them
# whole as speakers). Only offices that are no one's name part ("King" is a surname, so it is not here).
LOCAL_OFFICES = frozenset({
    "clerk", "sheriff", "superintendent", "commissioner", "mayor", "judge", "coroner", "treasurer", "chief",
    "trooper", "detective", "inspector", "councilman", "councilwoman", "councilmember", "alderman",
    "manager", "director", "administrator", "supervisor", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "prosecutor", "officer", "sgt", "lt", "capt", "det", "marshal", "auditor", "assessor",
})
# With the abbreviated titles the tokenizer keeps whole ("Det. Jon Fry").
TITLES = frozenset(_TITLE_WORDS.split()) | {t.rstrip(".").lower() for t in TITLE_ABBREVIATIONS}
# Words that start an organisation or place name in running text but are not part of it: articles, and the
# demonstratives the tagger sometimes takes into a name ("this White House" beside "White House": a DUC 2003
# tune cluster, read as a user, listed both under "Who").
LEADING_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# A news agency is named with or without its kind ("Xinhua News Agency" / "Xinhua": a DUC 2003 tune cluster,
# read as a user, listed both under "Who").
AGENCY_KIND = ("news", "agency")
# Corporate and place suffixes that do not distinguish one entity from another.
ORG_SUFFIXES = LEGAL_SUFFIXES | {"group"}

# Two single words are spelling variants when their consonant skeletons agree (transliterations differ in
# vowels, doubled letters and a silent h) and their normalised Indel similarity reaches this. Calibrated on
# transliteration pairs (Andarab/Andrab 0.92, Baghlan/Baglan 0.92, Mohammad/Muhammad 0.875) against
# near-miss pairs that are different places (Austria/Australia 0.875 has another skeleton, Sudan/Sedan 0.80).
SPELLING_SIMILARITY = 0.85
# Words shorter than this must match exactly: one letter changes Iran into Iraq.
MIN_FUZZY_WORD = 5

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# A nickname in double quotes inside a name ('Tam "Bull" Varn'): no word of the name, which it would keep
# apart from "Tam Varn" (GeoWebNews dev, read as a user: a first name quoted as the nickname printed thrice).
_NICKNAME = re.compile(r'(?<=\w)\s+["“][^"“”]{1,30}["”]\s+(?=\w)')
# Initials written with dots ("U.S.", "U.N"): the same name as without them ("US", "UN").
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")
# "X, or Y", "X, also known as Y", "X (Y)", "X, formerly Y": the text says both names are one entity.
SYNONYM_GAP = re.compile(
    r"^\s*['\"’”]?\s*(?:,\s*(?:or|also\s+known\s+as|also\s+called|known\s+as|aka|a\.k\.a\.|formerly|"
    r"formerly\s+known\s+as|officially|officially\s+known\s+as|better\s+known\s+as)\s+(?:as\s+)?(?:the\s+)?|\(\s*(?:the\s+)?)['\"‘“]?$",
    re.IGNORECASE,
)
# A quoted name followed by "or" ("the 'Northern Alliance' or the United Front"): a nickname and the formal
# name. Without the quote marks "X or Y" is usually two alternatives, so it is not accepted.
# The close of a dateline's agency bracket: "(AP) --", "(Reuters) -", "(AP) _".
AGENCY_AFTER_DATELINE = re.compile(r"\s*\)\s*(?:--?|_|—|–)")
QUOTED_OR_GAP = re.compile(r"^\s*['\"’”]\s*,?\s*or\s+(?:the\s+)?$", re.IGNORECASE)
# Place words that type the name before them, whatever NER said ("Baglan province" is a place).
PLACE_AFTER = re.compile(r"\s+(?:province|district|valley|city|county|region|governorate|river)\b",
                         re.IGNORECASE)


def name_words(text: str) -> list[str]:
    """The words of a surface form, possessive and punctuation dropped, original case kept."""
    text = _NICKNAME.sub(" ", _POSSESSIVE.sub("", text.strip()))
    words = [w for w in NAME_WORD.findall(text) if w.rstrip(".")]
    return [w if _DOTTED_INITIALS.match(w) else w.rstrip(".") for w in words]


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading articles and titles ("VP Amrullah Saleh" -> Amrullah Saleh), never the whole name."""
    i = 0
    while i < len(words) - 1 and fold(words[i]) in LEADING_ARTICLES:
        i += 1
    named = i  # where the name starts if its titles are part of it
    while i < len(words) - 1 and (fold(words[i]) in TITLES or fold(words[i]) in LEADING_ARTICLES
                                  or (fold(words[i]) in TITLE_SERVICES and fold(words[i + 1]) in TITLES)):
        i += 1
    if i == len(words) - 1 and fold(words[i]) in INSTITUTION_HEADS:
        i = named  # "the Justice Department": the title word is the institution's name
    if i == named and (office := _office_after_place(words[i:])) is not None:
        i += office
    if i == len(words) - 1 and i > named and fold(words[i - 1]) in ROYAL_TITLES:
        # "King NAME" keeps his title: stripped, a king was read as the surname of another leader of the story
        # and merged with him, with every quotation (TimeBank's tuned part, read as a user).
        i -= 1
    rest = words[i:]
    if len(rest) > 1 and fold(rest[-1]) in ORG_SUFFIXES:
        rest = rest[:-1]
    return rest


def _office_after_place(words: list[str]) -> int | None:
    """Where the name starts after a place's or body's local office ("Laurel County Clerk Dean Johnson",
    "Waste District Director Dave Lamm"), or None: an office word after capitalised words and before a given
    name and a surname."""
    for k in range(1, len(words) - 2):
        if fold(words[k]) in LOCAL_OFFICES:
            rest = words[k + 1 :]
            if all(w[:1].isupper() and fold(w) not in TITLES for w in rest) and all(
                    w[:1].isupper() for w in words[:k]):
                return k + 1
            return None
    return None


def clean_name(text: str) -> str:
    """The displayed form of a mention: titles, articles and possessives removed."""
    return " ".join(strip_titles(name_words(text)))


def surface_form(text: str) -> str:
    """A mention as a reader would list it: titles kept, possessive, quotes and a leading "the" dropped."""
    words = name_words(text)
    if len(words) > 1 and fold(words[0]) in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def name_key(text: str) -> str:
    """Normalised comparison key of a name ("the Taliban's" and "Taliban" share one, as do "U.S." and
    "US")."""
    words = strip_titles(name_words(text))
    if len(words) == 3 and [fold(w) for w in words[1:]] == list(AGENCY_KIND):
        # "Xinhua News Agency" is "Xinhua"; a longer name keeps its words ("Islamic Republic News Agency").
        words = words[:1]
    return " ".join(fold(_APOSTROPHE.sub("", _undotted(w))) for w in words)


# An apostrophe inside a name is spelt straight, curly or not at all ("King's Cross", "King’s Cross", "Kings
# Cross": MultiLing dev topic 1, read as a user, listed two places, one of them with no map pin).
_APOSTROPHE = re.compile(r"['’‘`]")


def _undotted(word: str) -> str:
    return word.replace(".", "") if _DOTTED_INITIALS.match(word) else word


def spelling_variants(a: str, b: str) -> bool:
    """Two keys with the same number of words, each pair equal or a close transliteration."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    differing = 0
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_FUZZY_WORD or x[0] != y[0]:
            return False
        if _skeleton(x) != _skeleton(y) or Indel.normalized_similarity(x, y) < SPELLING_SIMILARITY:
            return False
        differing += 1
    return differing > 0


# A person's given name misspelt or transliterated beside one surname ("Goeran Persson" / "Goren Persson",
# DUC 2003 tune d31022t, read as a user) is further from its form than SPELLING_SIMILARITY allows: with the
# surname the same, the given names need only the same skeleton and this similarity (Goeran/Goren 0.73).
GIVEN_NAME_SIMILARITY = 0.7


def one_persons_spellings(a: str, b: str) -> bool:
    """Two person keys of two words or more: the same surname (MIN_FUZZY_WORD letters at least) and the same
    other words but for given names that are close spellings of one another."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or a == b or wa[-1] != wb[-1] or len(wa[-1]) < MIN_FUZZY_WORD:
        return False
    differing = [(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True) if x != y]
    return len(differing) == 1 and all(
        min(len(x), len(y)) >= 4 and x[0] == y[0] and _skeleton(x) == _skeleton(y)
        and Indel.normalized_similarity(x, y) >= GIVEN_NAME_SIMILARITY for x, y in differing)


def _skeleton(word: str) -> str:
    """Consonants without doubling, h, w or y: "baghlan" and "baglan" are both "bgln"."""
    collapsed = re.sub(r"(.)\1+", r"\1", word)
    return collapsed[:1] + re.sub(r"[aeiouhwy]", "", collapsed[1:])


# Generational suffixes after a person's name: "Arcade Joseph Comeaux Jr." is the story's "Arcade Joseph
# Comeaux" unless it also names a "Sr." (ECB+ dev topic 3, read as a user: two entries under "Who").
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name key read as given name, middle names (or their initials), surname and suffix."""

    given: str
    surname: str
    middle: tuple[str, ...]
    suffix: str | None


def person_name(key: str) -> PersonName | None:
    """The parts of a person's name key of at least two words ("brian g nichols")."""
    words = key.split()
    suffix = None
    if len(words) > 2 and words[-1].rstrip(".") in GENERATIONAL_SUFFIXES:
        suffix, words = words[-1].rstrip("."), words[:-1]
    if len(words) < 2:
        return None
    return PersonName(words[0], words[-1], tuple(words[1:-1]), suffix)


def one_persons_forms(a: str, b: str) -> bool:
    """Two person name keys can name one person: the same given name and surname, middle names that agree
    (``middles_agree``) and no two different suffixes ("john smith jr" / "john smith sr")."""
    pa, pb = person_name(a), person_name(b)
    return (pa is not None and pb is not None and (pa.given, pa.surname) == (pb.given, pb.surname)
            and middles_agree(pa.middle, pb.middle)
            and not (pa.suffix and pb.suffix and pa.suffix != pb.suffix))


def middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two middle-name parts can be one person's: one is absent, or word by word they are equal or one is
    the other's initial ("g" / "gregory"). "George Bush" beside "George W. Bush" and "George H. W. Bush"
    agrees with both, which keeps it apart from either (see roster._join_middle_names)."""
    if not a or not b:
        return True
    def one(x: str, y: str) -> bool:
        return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))

    return len(a) == len(b) and all(one(x, y) for x, y in zip(a, b, strict=True))


def acronym_of(short: str, key: str) -> bool:
    """``short`` ("nrf") is the initials of ``key`` ("national resistance front"), small words skipped. A
    name that holds ``short`` as a word is named after it, not spelled by it ("us senate" is the U.S.
    Senate, "US" the country: a DUC 2003 tune cluster, read as a user, listed "U.S." as a name of the
    Senate)."""
    words = [w for w in key.split() if w not in {"of", "and", "the", "for", "de", "&"}]
    return (len(words) >= 2 and len(short) == len(words) and short not in words
            and short == "".join(w[0] for w in words))


def kin_names(description: str | None, words: StatementWords) -> list[str]:
    """Name keys a description relates the entity to by kinship (the language's ``kin_of``: "son of X" ->
    [key of X])."""
    if not description:
        return []
    keys = []
    for m in words.kin_of.finditer(description):
        named = re.split(r"[,;()]| who | which ", m.group(1))[0]
        key = name_key(named)
        if key:
            keys.append(key)
    return keys
