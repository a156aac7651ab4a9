"""The tense of the clause a temporal expression modifies, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsweave.analyze.cues import REPORTING_VERBS
from newsweave.analyze.temporal.calendar import Tense
from newsweave.text import ends_sentence

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "gon"})
# Verbs whose complement is still to come ("is expected to meet on Sunday", "plans to fly on Friday").
FUTURE_LEMMAS = frozenset({"expect", "schedule", "plan", "set", "due", "intend", "aim", "hope", "prepare",
                           "promise", "vow", "threaten", "going", "predict"})
# Conjunctions whose clause tells a coming happening in the simple present ("if Tuesday's storm damages a
# satellite", "unless the talks resume Monday"): English has no future tense after them.
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# Dependencies of a bare participle clause that modifies another clause.
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# How far up the tree to look for the governing verb; 6 covers "on [the night of] Sunday" chains in news
# prose.
MAX_CLIMB = 6
# Heads climbed from a date looking for a clause that modifies a noun: a date, its preposition, up to two
# clauses and their nouns ("the people killed when the bridge collapsed on Sunday").
MAX_MODIFIER_CLIMB = 10


def _expression(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of the expression at start:end, None when none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def governing_verb(token: Token) -> Token | None:
    t = token
    for _ in range(MAX_CLIMB):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
        if t.head.i == t.i:  # spaCy builds a new Token object on each access: compare positions
            break
        t = t.head
    root = token.sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _aux_words(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def verb_tense(verb: Token) -> Tense:
    aux = _aux_words(verb)
    if any(a in FUTURE_AUX for a in aux) or verb.lower_ in FUTURE_AUX:
        return "future"
    # A passive infinitive ("is expected [to be completed] in March") is an infinitive too.
    infinitive = "to" in aux and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux))
    if infinitive and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        head = verb.head
        if head.lemma_ in FUTURE_LEMMAS:
            if "had" in _aux_words(head.head if head.dep_ == "acomp" else head):
                return "past"  # "had been due to expire Friday": a plan whose day is over
            if head.tag_ == "VBN" and {"was", "were"} & set(_aux_words(head)):
                # "He was set to die Feb. 26", in a March report: a plan made in the past, whose day may be
                # gone, so the nearer one (the LGL tune half, read as a user, put it eleven months ahead).
                return "none"
            return "future" if head.tag_ != "VBD" or head.lemma_ != "hope" else "none"
        return verb_tense(head)
    if infinitive and verb.dep_ == "acl" and _past_above(verb.head):
        # An infinitive on a noun of a past clause ("filed a request to question him on Wednesday"): the day
        # may be the filing's or the questioning's, so the nearer one. A DUC 2003 tune cluster (d30003t),
        # read as a user, put a request filed the Wednesday before a Saturday report on the next Wednesday.
        return "none"
    if infinitive:
        return "future"  # "a program to run through June": an infinitive of purpose looks ahead
    if (verb.dep_ in ("acl", "advcl") and not aux and verb.tag_ in ("VBD", "VBN")
            and verb.lemma_ in FUTURE_LEMMAS and not any(c.dep_.startswith("nsubj") for c in verb.children)):
        # A plan's participle with no subject ("the storm predicted for Tuesday", which the tagger may read
        # as a simple past): the nearer day, as below.
        return "none"
    if verb.tag_ == "VBD" or any(a in ("was", "were", "had", "did") for a in aux):
        return "past"
    if verb.tag_ == "VBN":
        if any(a in ("has", "have", "'s", "'ve") for a in aux):
            # English does not date a present perfect ("*has said on Monday"): a day under one is a target
            # ("has been postponed until Saturday"), so take the nearer day; a month under one is in the
            # stretch up to now ("has fallen since March"), unless the verb plans ("has been set for May").
            return "none" if verb.lemma_ in FUTURE_LEMMAS else "perfect"
        if any(a in ("is", "are", "am", "be", "being") for a in aux):
            return "present"
        if verb.lemma_ in FUTURE_LEMMAS:
            # "a deadline set at June 1", "talks scheduled for Friday": a plan's day may be ahead or past, so
            # the nearer one (MEANTIME, read as a user: a deadline three weeks ahead was put a year back).
            return "none"
        return "past"  # reduced relatives ("fighters killed on Sunday") report the past
    if (verb.tag_ == "VBG" and not aux and verb.dep_ in PARTICIPLE_DEPS and verb.head.i != verb.i
            and verb.head.pos_ in ("VERB", "AUX")):
        # A participle clause takes the time of the clause it hangs on ("shares rose, [reaching] a high in
        # June"), a present participle has none of its own.
        return verb_tense(verb.head)
    if verb.lemma_ in FUTURE_LEMMAS and verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not aux and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                                       for c in verb.children):
        # A DUC 2003 test cluster, read as a user: "If Tuesday's storm seriously damages any satellites", in
        # a Sunday report before the storm, was put on the Tuesday before.
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not aux and _scheduled(verb):
        return "schedule"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    if "would" in aux and "have" not in aux:
        # Reported speech's future ("said talks would resume Monday"): after the saying, so ahead of it
        # ("would have expired Friday" is a past that did not happen).
        return "future"
    return "none"


# Verbs whose past tense is written as their present ("stocks hurt the index on Friday"): the tagger may read
# a past as a present (TimeBank's tuned part: "hurt" tagged VBP).
SAME_PAST_FORMS = frozenset({"hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "spread", "quit",
                             "bet", "burst", "cast", "split", "upset", "broadcast", "forecast", "beat", "bid",
                             "read"})


def _scheduled(verb: Token) -> bool:
    """A finite simple present in a sentence of running prose is a timetable's ("a measure that expires
    Friday"): news tells what happened in the past tense. Not in a headline (no closing stop: "Quake hits
    Turkey Monday" tells a past day), nor for a verb of saying ("officials say Saturday" dates the saying),
    "be" ("Following are statements made Friday") or a form the past shares."""
    return (verb.lemma_ not in REPORTING_VERBS and verb.lemma_ != "be" and verb.lower_ not in SAME_PAST_FORMS
            and ends_sentence(verb.sent.text))


def _past_above(noun: Token) -> bool:
    """The verb governing ``noun`` is in the simple past."""
    verb = governing_verb(noun)
    return verb is not None and verb.i != noun.i and verb.tag_ == "VBD"


# Nouns of a happening news names only once it has happened ("the Feb. 13 death of Justice Scalia left the
# court split", "Sunday's bombing"): a day written on one lies behind the report, whatever the clause's
# tense. PolNeAR's dev documents 0-41 (read as a user) put the death of a justice seven months ahead.
HAPPENED_NOUNS = frozenset({"death", "killing", "murder", "assassination", "bombing", "shooting", "stabbing",
                            "crash", "collapse", "explosion", "blast", "earthquake", "quake", "massacre",
                            "disappearance", "derailment", "kidnapping", "abduction"})


def names_a_past_happening(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end modifies a noun of a happening ("the Feb. 13 death", "Sunday's
    bombing")."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    root = span.root
    head = root.head
    return (root.dep_ in NOUN_MODIFIER_DEPS and head.i != root.i and not span.start <= head.i < span.end
            and head.lemma_.lower() in HAPPENED_NOUNS)


def day_word_names_no_day(doc: Doc, start: int, end: int) -> bool:
    """A part of the day ("the morning") that says nothing of the narrative's day: it modifies another noun
    ("in the morning meetings") or is the time of a clause that follows it ("The morning Mr. Obama unveiled
    the plan last year, ..."; "to foresee the day the users will pay", which TempEval-3 leaves without a
    timex)."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    word = span[-1]  # the day-part word ("the" of "the morning meetings" hangs on the noun too)
    if word.dep_ == "compound" and word.head.pos_ in ("NOUN", "PROPN") and word.head.i >= span.end:
        return True
    if any(child.dep_ == "relcl" for child in word.children):
        return True
    verb = word.head
    if word.dep_ == "npadvmod" and verb.i >= span.end:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.left_edge.i == span.end for s in subjects)
    return False


# Verbs of lasting: in the past tense, "until March" after them is where a stretch already ended ("remained
# commander-in-chief until March, when he was sworn in"), unlike a term set in the past that may still run
# ("extended the offer to Nov. 20").
DURATIVE_LEMMAS = frozenset({"remain", "stay", "serve", "last", "rule", "live", "reign", "hold", "lead",
                             "continue", "work", "wait", "run", "keep"})


def lasted_in_the_past(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end hangs on a verb of lasting in the simple past ("remained ... until")."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    verb = governing_verb(span.root)
    return verb is not None and verb.lemma_ in DURATIVE_LEMMAS and verb_tense(verb) == "past"


# Dependencies by which a date word modifies a noun directly ("its October meeting").
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end modifies a noun, directly or through a preposition ("a cutback in its oil
    supply in September"), rather than a verb: then the clause's tense says little about when it is."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    root = span.root
    head = root.head
    if head.i == root.i or span.start <= head.i < span.end:
        return False
    if root.dep_ in NOUN_MODIFIER_DEPS:
        # "the December contract": a name, whatever the verb's tense
        return _on_a_noun(span, NOUN_MODIFIER_DEPS)
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        noun = head.head
        return noun.pos_ in ("NOUN", "PROPN") and not _names_the_subject(noun)
    return False


def names_a_thing_of_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end, a date that names a thing ("the July 7 bombings", "a 1993 attack"), sits
    in a phrase that hangs by a preposition on another noun: "profiles of the suspects in the July 7
    bombings were released", "a memorial for the victims of the 2004 tsunami". It tells that thing's day,
    not when the clause's act happened, as "won medals at the 1994 championships" (on the verb) does. The
    small parser takes "the July 7, 2005 bombings" as the month with the rest in apposition, so the date
    itself may be the preposition's object."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    return any(_hangs_on_a_noun(t) for t in span if not span.start <= t.head.i < span.end)


def an_era_of_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end, a decade or century, modifies a noun directly ("a 20th century democrat",
    "1960s music"): the era of a kind of thing, never when the sentence's act happened (TimeBank's tuned
    part, read as a user: "Critics called him a 20th century democrat" was listed under the 1900s)."""
    span = _expression(doc, start, end)
    return span is not None and _on_a_noun(span, NOUN_MODIFIER_DEPS | {"nummod"})


def _on_a_noun(span: Span, deps: frozenset[str]) -> bool:
    """The expression's root modifies a noun outside it directly, by one of ``deps``."""
    root = span.root
    head = root.head
    return (head.i != root.i and not span.start <= head.i < span.end and root.dep_ in deps
            and head.pos_ in ("NOUN", "PROPN"))


def in_a_modifier_clause(doc: Doc, start: int, end: int) -> bool:
    """The expression at start:end hangs on a verb that modifies a noun: a participle or relative clause
    ("the accords signed in October", "the man who fled in May"). It dates that noun's act, not the
    sentence's: "The ferry line's launch last month, set out in accords signed in October, was welcomed" is
    an act of last month (a DUC 2003 tune cluster, d30040t, read as a user, listed such a sentence under the
    accords' month too). A clause inside such a clause is too: "to remember the 12 people killed when the
    bridge collapsed on Sunday" (our example corpus, read as a user: the Tuesday vigil was listed under
    Sunday as well)."""
    span = _expression(doc, start, end)
    if span is None:
        return False
    t = span.root
    for _ in range(MAX_MODIFIER_CLIMB):
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _hangs_on_a_noun(token: Token) -> bool:
    """``token`` (or the noun it modifies) is a preposition's object, the preposition on a noun."""
    noun = token
    if token.dep_ in NOUN_MODIFIER_DEPS | {"nummod"} and token.head.pos_ in ("NOUN", "PROPN"):
        noun = token.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    return prep.head.pos_ in ("NOUN", "PROPN")


def _names_the_subject(noun: Token) -> bool:
    """The noun is, or hangs by prepositions on, its clause's subject: "the earthquake [in Turkey] on Sunday
    killed 640" dates what the verb reports, so the verb's tense holds for it."""
    for _ in range(MAX_CLIMB):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return True
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return False
        noun = prep.head
    return False


# Adjectives of a plan that may stand between a date and its verb ("was due for release Thursday"): the
# day is the plan's, which may lie ahead of a past-tense copula.
PLAN_ADJECTIVES = frozenset({"due"})


def _under_plan(token: Token, verb: Token) -> bool:
    """A plan adjective lies on the path from the date up to its governing verb."""
    t = token
    for _ in range(MAX_CLIMB):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.pos_ == "ADJ" and t.lemma_ in PLAN_ADJECTIVES:
            return True
        t = t.head
    return False


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    span = _expression(doc, start, end)
    if span is None:
        return "none"
    verb = governing_verb(span.root)
    if verb is None:
        return "none"
    tense = verb_tense(verb)
    if tense == "schedule" and span.start < verb.i:
        # A timetable names its day after the verb ("expires Friday"); a day before a present verb hangs on
        # some clause the parse missed ("the fire that broke out just before midnight Thursday remains under
        # investigation": a DUC 2003 tune cluster, d31022t).
        return "present"
    if tense == "past" and "had" not in _aux_words(verb) and _under_plan(span.root, verb):
        # "the report, which was due for release Thursday", written on Wednesday: the coming Thursday; the
        # nearer day, as for a plan's participle ("talks scheduled for Friday"). A DUC 2003 tune cluster
        # (d31001t), read as a user, put the release a week back.
        return "none"
    return tense
