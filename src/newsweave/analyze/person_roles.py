"""Words that make a capitalised name a person's: titles before it, roles in an appositive beside it, offices
and family nouns. The entity rules read them to keep a person the tagger typed a body or a place."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsweave.lang.en.statement_words import KIN_NOUNS
from newsweave.text import ORGANISATION_HEADS

# Capitalised titles before a name make it a person's ("President Bush", "Judge Manning", "Mrs. Lincoln"),
# never a namesake town re-typed by the gazetteer (Bush, Egypt), wherever in the article the title is written.
# On the dev halves (GeoWebNews 0-99, LGL first half) no right re-typed place follows one of these words.
PERSON_TITLES = frozenset({
    "president", "judge", "mayor", "senator", "sen.", "rep.", "representative", "gov.", "governor",
    "commander", "gen.", "general", "col.", "colonel", "capt.", "captain", "sgt.", "sergeant", "lt.",
    "lieutenant", "officer", "sheriff", "coach", "chairman", "chairwoman", "minister", "secretary", "prince",
    "princess", "king", "queen", "pope", "dr.", "dr", "prof.", "professor", "rev.", "bishop", "cardinal",
    "chancellor", "premier", "ambassador", "detective", "commissioner", "justice", "lord", "sir", "lady",
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mullah", "sheikh", "ayatollah", "deputy", "councilman",
    "councilwoman", "trooper", "agent", "attorney",
})
# Heads of an appositive that make the name before it a person's, whatever the tagger typed it ("Yvo de Boer,
# the United Nations' climate change chief": typed an organisation, so "said de Boer" was not matched to
# him; MultiLing dev topic 5, read as a user). Titles, and roles only people hold.
PERSON_ROLE_HEADS = PERSON_TITLES | frozenset({
    "chief", "director", "spokesman", "spokeswoman", "spokesperson", "founder", "head", "leader",
    "secretary-general", "executive", "negotiator", "envoy", "adviser", "advisor", "economist", "analyst",
    "prosecutor",
})
# Offices that are nobody's surname, which the tagger types a person when written alone with a capital.
OFFICE_WORDS = frozenset({
    "councilor", "councillor", "supervisor", "secretary", "minister", "chancellor", "premier", "president",
    "governor", "senator", "mayor", "commissioner", "ambassador", "director", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman",
})
# Nouns of a family: a one-word name right after one ("his wife, Julia", "her son Austin") is the relative's.
# The speaker rules' kin nouns, less those that also stand before a country or a firm ("its neighbour Mexico",
# "trading partner China", "parent company"), plus step-relatives.
FAMILY_NOUNS = (KIN_NOUNS - {"neighbor", "neighbour", "partner", "friend", "colleague", "parent"}) | {
    "stepson", "stepdaughter", "stepfather", "stepmother"}


def role_beside(span: SpacySpan, roles: frozenset[str] = PERSON_TITLES) -> bool:
    """An appositive right after the name is headed by a person's role ("Maia, Rio's mayor", "Maia, the mayor
    of Rio"): a person, not the namesake town (a DUC 2003 tune cluster, read as a user, pinned the mayor to
    Maia, Portugal). "Georgia, the president's home state" is headed by "state"."""
    return any(child.dep_ == "appos" and span.end <= child.left_edge.i <= span.end + 1
               and child.lower_ in roles for child in span.root.rights)


def after_title(span: SpacySpan) -> bool:
    """A capitalised title just before the name: "President Bush", "Mrs. Lincoln"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and before.lower_ in PERSON_TITLES


# The most words of a person's name the tagger typed a body after a role (role_before): the DUC 2003 tune
# officials so typed had two; a third keeps a middle name, and longer runs are more often a body's name.
MAX_ROLE_NAME_WORDS = 3


def role_before(span: SpacySpan) -> bool:
    """A person's role in lower case stands right before the name, or before it and a comma ("ANC
    spokesman Thabo Masebe said", "his former army chief, Georg Meiring,", "chief prosecutor Ulf Noren":
    a DUC 2003 tune cluster, read as a user, listed all three among the organisations), the parse makes the
    role a part of the name or the name the role's appositive, and the name is two or three capitalised
    words, none a body's head word."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or not doc[k].is_lower or doc[k].lower_ not in PERSON_ROLE_HEADS:
        return False
    role, root = doc[k], span.root
    # The parse links the two ("with a hood over his head, NAME said" does not: ECB+ dev topic 33).
    if not (span.start <= role.head.i < span.end or (root.head.i == role.i and root.dep_ == "appos")):
        return False
    return (2 <= len(span) <= MAX_ROLE_NAME_WORDS and all(t.is_title and t.is_alpha for t in span)
            and not any(t.lower_ in ORGANISATION_HEADS for t in span))
