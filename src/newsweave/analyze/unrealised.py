"""Verbs the sentence tells as not (yet) done, beyond modals, conditionals and intents (predicates.py).

A verb is unrealised when it is the complement of an adjective of ability or readiness ("ready to attack",
"capable of deploying"), of "be to" ("Russia is to withdraw", "the goal is to put 40,000 troops"), of a verb
that says it was not done ("failed to capture", "declined to meet", "avoided attacking"), that only seems
so or ended ("appears to have attacked", "stopped shelling"), or a gerund a verb of holding back governs
("refrained from attacking", "prevented Hamas from attacking", "stopped short of attacking", "instead of
attacking", "came close to seizing", "without attacking"), or one that fell short ("nearly captured", "has
yet to attack"); or a present-tense verb of an "until", "once" or "before" clause ("until Ford
negotiates"): a time still to come.
"""

from __future__ import annotations

from spacy.tokens import Token

# Adjectives of ability, readiness or likelihood: their complement is what could happen, not what did
# ("were capable of deploying as many as 300,000 troops": TimeBank's tuned part, read as a user; "is ready
# to attack", "able to strike", "likely to retaliate"). Implicative ones ("quick to attack", "the first to
# arrive", "lucky to escape") tell what happened and are not listed.
_UNREALISED_ADJ = frozenset({"able", "unable", "capable", "incapable", "ready", "willing", "unwilling",
                             "likely", "unlikely", "eager", "keen", "prepared", "poised", "set", "due",
                             "about", "reluctant", "determined", "anxious", "liable", "apt", "inclined",
                             "free", "bound", "sure", "certain"})
# Conjunctions of a time not yet reached when their verb is in the present tense: "workers are paid until
# Ford negotiates a new contract", "once the army withdraws", "before the court rules" (MEANTIME half A, read
# as a user: a negotiation still to come printed as a meeting). With a past tense they tell what happened
# ("before Obama took over"), so only the present is read as to come.
_PENDING = frozenset({"until", "till", "once", "before"})
_PRESENT = frozenset({"VBZ", "VBP"})
# Verbs whose complement was not done (TimeBank's tuned WSJ news, read as a user: "failed to respond to the
# U.S. ultimatum", "declined to use the word blockade", "failed to sell these stocks").
NOT_DONE = frozenset({"fail", "decline", "neglect", "avoid", "forget", "omit"})
# Verbs whose complement is only what seems so ("appear to have attacked", "seems to have seized"), and
# verbs of ending whose gerund ran before the time the sentence tells ("stopped shelling the city on
# Monday": the shelling is not Monday's; "stopped to buy food" is a purpose, and stays). Neither is an act
# the report asserts (from the events helper's list of errors left at stop 24, fixed with invented text).
SEEMING = frozenset({"appear", "seem"})
_ENDING = frozenset({"stop", "cease", "quit", "halt"})
# Verbs of holding back: a gerund after their "from" was not done ("refrained from attacking", "prevented
# Hamas from attacking").
_HELD_BACK = frozenset({"refrain", "abstain", "desist", "prevent", "stop", "keep", "bar", "block", "deter",
                        "prohibit", "ban", "restrain", "discourage", "dissuade", "save", "spare"})
# Words that make the gerund after "of" an alternative not taken ("stopped short of attacking", "instead of
# attacking").
_NOT_TAKEN = frozenset({"short", "instead"})
_BE = "be"
# Adverbs that say the verb's act fell short ("nearly captured Kherson", "almost killed him").
_FELL_SHORT = frozenset({"nearly", "almost"})
# "Came close to seizing": the gerund after "to" of these was not done.
_CLOSE = frozenset({"close", "near"})
# "Has yet to attack", "is yet to meet": not done so far.
_YET = "yet"
# "Seized Kherson without attacking Kiev": the gerund after "without" was not done.
_WITHOUT = "without"


def _pending(verb: Token) -> bool:
    """A present-tense verb of an "until", "once" or "before" clause, or one under a modal: a time still to
    come."""
    if not any(c.dep_ == "mark" and c.lower_ in _PENDING for c in verb.children):
        return False
    tensed = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # A past tense is still to come under a verb of what should or would be done ("Mexico should limit
    # cooperation until the National Guard was withdrawn": GeoWebNews dev, read as a user, printed a
    # withdrawal).
    governing = verb.head if verb.dep_ == "advcl" else None
    modal = governing is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in governing.children)
    return modal or any(t.tag_ in _PRESENT for t in tensed)


def _complement(verb: Token) -> bool:
    """The complement of an adjective of ability, of "be to" or of a verb of failing."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i:
        return False
    if head.pos_ == "ADJ" and head.lower_ in _UNREALISED_ADJ:
        return True
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if to_infinitive and head.lemma_.lower() == _BE:
        return True  # "is to withdraw", "the goal is to put"
    if to_infinitive and any(c.dep_ == "advmod" and c.lower_ == _YET for c in head.children):
        return True  # "has yet to attack"
    if verb.dep_ == "xcomp" and (head.lemma_.lower() in SEEMING
                                 or (head.lemma_.lower() in _ENDING and verb.tag_ == "VBG")):
        return True
    return head.lemma_.lower() in NOT_DONE


def _gerund(verb: Token) -> bool:
    """A gerund after a preposition whose word makes it not done: "capable of deploying", "refrained from
    attacking", "stopped short of attacking", "instead of attacking"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    owner = prep.head
    if owner.pos_ == "ADJ" and owner.lower_ in _UNREALISED_ADJ:
        return True
    if prep.lower_ == "from" and owner.lemma_.lower() in _HELD_BACK:
        return True
    if prep.lower_ == "to" and owner.lower_ in _CLOSE:
        return True  # "came close to seizing"
    if prep.lower_ == _WITHOUT:
        return True  # "without attacking Kiev"
    return prep.lower_ == "of" and (owner.lower_ in _NOT_TAKEN
                                    or any(c.lower_ in _NOT_TAKEN for c in prep.children))


def unrealised(verb: Token) -> bool:
    """The verb is told as not done, or not yet (see the module's doc)."""
    fell_short = any(c.dep_ == "advmod" and c.lower_ in _FELL_SHORT for c in verb.children)
    return fell_short or _pending(verb) or _complement(verb) or _gerund(verb)
