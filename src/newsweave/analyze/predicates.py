"""Predicates: every verb with its syntactic agent and patient, read from the spaCy dependency parse.

Active voice: the agent is the nominal subject, the patient the direct object ("rebels attacked the
convoy"). Passive voice: the patient is the passive subject, the agent the object of "by" ("the convoy was
attacked by rebels"). A verb is asserted unless it is negated, carries a modal or future auxiliary
("could attack", "will attack"), sits in a conditional clause ("if they attack"), or is the complement of
a verb or noun of intent or demand ("threatened to attack", "demanded that Turkey withdraw", "a plot to
overthrow"), or is told as not done or not yet (analyze/unrealised.py: "ready to attack", "is to
withdraw", "failed to capture", "nearly captured", "refrained from attacking", "until Ford negotiates"),
or is an infinitive of purpose ("led a coup to overthrow"), or is background: a "since" clause ("ever since
he led") or a counted tally over a period ("176 have been kidnapped since 1998"): those events have not
happened, or the sentence does not say this one did.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsweave.analyze.unrealised import NOT_DONE, SEEMING, unrealised
from newsweave.models import Argument, Article, Predicate, Span

# Auxiliaries that make a verb hypothetical or future.
_MODALS = frozenset({"could", "would", "may", "might", "should", "must", "will", "shall", "can", "'ll"})
# Verbs whose complement has not happened ("vowed to retake", "plans to attack"); weighing an act is not
# doing it ("is considering urging Bush to order a callup": TimeBank tuned part, read as a user).
_INTENT = frozenset({"threaten", "vow", "plan", "want", "intend", "seek", "try", "hope", "promise",
                     "prepare", "aim", "expect", "refuse", "decide", "agree", "offer", "ask", "urge",
                     "demand", "insist", "call", "propose", "suggest", "recommend", "plot", "conspire",
                     "attempt", "scheme", "threat", "bid", "effort", "consider", "contemplate", "weigh",
                     "mull"})
# Verbs of belief or suspicion: the report does not assert what they hold ("at first, police believed
# Grier committed the robbery, then kidnapped Ms. Odell", headline "Woman wasn't kidnapped": LGL tune part).
_BELIEF = frozenset({"believe", "think", "suspect", "fear", "assume", "suppose", "imagine", "allege",
                     "claim"})
# Nouns of belief or hearsay: the report does not assert the clause they hold ("Rumours that the Taliban had
# captured Panjshir prompted celebratory gunfire": the seeds, read as a user, where the capture was a false
# rumour printed as a SEIZE event; "allegations that police beat ...", "speculation that ...").
_BELIEF_NOUNS = frozenset({"rumour", "rumor", "speculation", "allegation", "suspicion", "belief", "claim",
                           "fear", "hearsay"})
# Verbs of plea: what a defendant admits, denies or confesses to is their plea, told as background to the
# case ("admitted murdering Matson", "pleaded guilty to killing", "denied stabbing him"), not an event the
# report dates (GeoWebNews dev tune part: a 1999 murder admitted in a 2002 confession, told in 2018).
_PLEA = frozenset({"admit", "deny", "confess", "plead"})
# Words of a verdict: the act they name ("found guilty of slaying X and wounding Y", "convicted of killing")
# is the crime a trial tried, told as background to the case like a plea's (ECB+ check topics, blind second
# judge: acts of a 2011 shooting printed from its 2013 verdict report). A charge is not a verdict: "a
# policeman charged with killing Alexandros Grigoropoulos" in a report of the riots after it tells the
# story's own killing (both judges: right), and "accused of killing X" still tells of a killing (the LGL
# tune part's judge).
_VERDICT = frozenset({"guilty", "convict", "acquit"})
# The prepositions a verdict names its act by.
_VERDICT_PREPOSITIONS = frozenset({"of", "for"})
# Dependencies a plea's act hangs by: "admitted murdering" (xcomp), "confessed to stabbing" (pcomp, prep),
# "pleaded guilty to killing" (pcomp, prep, acomp).
_PLEA_PATH = frozenset({"xcomp", "ccomp", "pcomp", "prep", "acomp"})
_MAX_PLEA_DEPTH = 3
# Present-tense forms of "be": a passive with only one of these ("are detained, often for months") tells
# what is done as a rule, not an act that happened (GeoWebNews dev tune part).
_PRESENT_BE = frozenset({"VBP", "VBZ"})
# "By yesterday evening, they counted two dead and 18 wounded": a deadline for the count, not a day.
_BY_DEADLINE = "by"
# An account given to the police is what a caller or witness alleged, not what the report found ("The
# mother called police, saying her daughter had been kidnapped", in a story headed "Woman wasn't
# kidnapped": LGL tune part): the speech verbs and the ones told.
_TELL = frozenset({"say", "tell", "report", "claim", "state"})
_POLICE = frozenset({"police", "officer", "deputy", "detective", "investigator", "911", "dispatcher"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_SINCE = "since"
# A count over a past stretch of time is a tally of many acts ("The Taliban have killed thousands of Afghans
# over the past decade"); probed with invented text. Round counts are patients too ("thousands of Afghans").
_STRETCH_PREPS = frozenset({"over", "in", "during", "within", "throughout"})
_PAST = frozenset({"past", "last", "previous"})
_PERIODS = frozenset({"decade", "decades", "year", "years", "month", "months", "week", "weeks", "days",
                      "century", "centuries"})
_ROUND_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens"})
_NOT_UNTIL = frozenset({"until", "till"})
# How far up the parse a "since" clause is looked for: a verb, its noun, the clause's verb.
_MAX_CLAUSE_DEPTH = 4
# The tag of a possessive determiner ("his"), never a subject.
_POSSESSIVE = "PRP$"
# Words a past participle can modify as its patient ("15 sailors detained by Iran").
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Entity types of a time: "on Friday" is no one acted upon.
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})
# Prepositions that introduce the one acted upon when there is no direct object.
_AGAINST = frozenset({"against", "on", "upon", "with"})
# Verbs a report never uses without their object when active: with a subject, no object, no auxiliary and
# no conjoined verb to share one, the subject is the one done to, a headline's or a small clause's cut
# passive ("Jackson arrested on suspicion of DUI", "they saw Horton killed": ECB+ check topics, read in the
# last round, and left alone until now).
_TRANSITIVE_ONLY = frozenset({"arrest", "detain", "capture", "kidnap", "abduct", "kill", "murder", "injure",
                              "wound", "execute", "assassinate", "behead", "jail", "imprison"})
# Prepositions whose object says where the verb happened or where a movement went ("arrested in Rome",
# "captured off the coast", "heading towards Gaza"). "On" is left out: its objects are days and targets.
_WHERE = frozenset({"in", "at", "near", "off", "outside", "inside", "across", "throughout", "within",
                    "around", "to", "into", "towards", "toward"})


def _span(article: Article, start: int, end: int) -> Span:
    return Span(article.id, start, end)


def _argument(article: Article, token: Token, verb: Token | None = None) -> Argument:
    """The argument's head and the words it governs; a noun the verb itself modifies ("15 sailors detained
    on March 23") governs only the words before the verb, not the verb's own clause."""
    head = _span(article, token.idx, token.idx + len(token.text))
    left, right = token.left_edge, token.right_edge
    if verb is not None and verb.head.i == token.i and verb.i > token.i:
        right = token
    return Argument(head, _span(article, left.idx, right.idx + len(right.text)))


# Verb endings the lemmatizer may leave cut short: "hoping" comes back as "hop" (TimeBank's tuned part,
# read as a user: "launch an invasion, hoping to seize some oil fields" was asserted).
_ENDINGS = ("ing", "ed", "es", "s")


def _is_one_of(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma is one of ``words``, or its form is one with an ending cut off, the lemma's silent
    "e" restored where the lemmatizer dropped it ("hoping" -> "hope")."""
    if verb.lemma_.lower() in words:
        return True
    form = verb.lower_
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            if stem in words or stem + "e" in words:
                return True
    return False


def _open_mood(verb: Token) -> bool:
    """The verb's own clause tells it as possible, planned, expected, believed or failed: a modal or
    conditional on it, analysis's unrealised rules, or a verb of intent or belief it completes."""
    if any((c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS)
           or (c.dep_ == "mark" and c.lower_ in _CONDITIONAL) for c in verb.children):
        return True
    if unrealised(verb):
        return True
    head = verb.head
    if head.i == verb.i:
        return False
    return ((verb.dep_ in ("xcomp", "ccomp", "acl") and _is_one_of(head, _INTENT))
            or (verb.dep_ == "ccomp" and _is_one_of(head, _BELIEF))
            or (_holds_clause(verb) and head.pos_ == "NOUN" and _is_one_of(head, _BELIEF_NOUNS)))


def _holds_clause(verb: Token) -> bool:
    """The verb heads a noun's complement clause: "acl", or a "relcl" whose "that" is a mark, not the
    relative pronoun filling a role in it (the small model parses "allegations that guards beat the
    prisoners" both ways)."""
    return verb.dep_ == "acl" or (verb.dep_ == "relcl" and any(c.dep_ == "mark" for c in verb.children))


def _asserted(verb: Token) -> bool:
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if _open_mood(verb):
        return False
    for child in verb.children:
        if child.dep_ == "neg":
            return False
        # A tally over a period ("176 people have been kidnapped since the beginning of 1998") counts many
        # events, none of them this one; "has been detained since Nov. 30" is still this one.
        if child.lower_ == _SINCE and child.dep_ == "prep" and perfect and _counted_patient(verb):
            return False
        # So is a count over a past stretch of time ("have killed thousands over the past decade").
        if child.dep_ == "prep" and perfect and _past_stretch(child) and _counted_patient(verb):
            return False
    if _in_since_clause(verb) or _pleaded(verb) or _tried(verb) or _present_passive(verb):
        return False
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in _TELL and _told_police(head):
        return False
    # A complement takes its verb's mood: "would have to arrest" is as hypothetical as "would have", "wants
    # to see Arabs negotiating" as "wants" (LGL tune part). A denied verb passes its clause on: "police
    # would not say how he was killed" still says he was.
    if verb.dep_ == "xcomp" and head is not verb and not _asserted(head):
        return False
    if verb.dep_ == "ccomp" and head is not verb and not _denied(head) and not _asserted(head):
        return False
    # A gerund after a preposition is the means or manner of the verb it hangs on, and a modal on that verb is
    # on it too: "Iraq could start hostilities by attacking Jordan" attacks no one (TimeBank tuned part, read
    # as a user). Only a modal: "is accused of killing X" still tells of a killing (LGL tune part).
    prep = head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:
        prep = prep.head  # "either through a direct attack or by attacking": the first preposition's verb
    owner = prep.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and owner.i != prep.i
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in owner.children)):
        return False
    # A verb that shares its conjunct's subject shares its mood ("believed Grier committed the robbery,
    # then kidnapped ..."); a conjunct clause with a subject of its own has its own.
    if (verb.dep_ in ("conj", "dep") and head is not verb and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not _denied(head) and not _asserted(head)):
        return False
    # A purpose clause says what was meant, not what happened ("led a coup to overthrow the president").
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not (to_infinitive and verb.dep_ in ("advcl", "acl", "relcl"))


def _denied(verb: Token) -> bool:
    """The verb itself is negated, and not in "did not take the lead until ...", which says when it
    happened (ECB+ odd topics: the one negation conflict left was this construction)."""
    children = list(verb.children)
    until = any(c.lower_ in _NOT_UNTIL for c in children) or any(
        g.lower_ in _NOT_UNTIL and g.dep_ == "mark"
        for c in children if c.dep_ == "advcl" for g in c.children)
    return any(c.dep_ == "neg" for c in children) and not until


def _names_police(verb: Token) -> bool:
    """The verb's object, or a preposition's, is the police: "told police", "called police", "reported to
    officers"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "oprd") and child.lemma_.lower() in _POLICE:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _POLICE
                                        for g in child.children):
            return True
    return False


def _told_police(speech: Token) -> bool:
    """The speech verb tells the police, itself or as the participle of a call ("called police, saying")."""
    return _names_police(speech) or (speech.dep_ == "advcl" and speech.tag_ == "VBG"
                                     and _names_police(speech.head))


def _pleaded(verb: Token) -> bool:
    """The verb is what a plea admits or denies: "admitted murdering", "pleaded guilty to killing"."""
    token = verb
    for _ in range(_MAX_PLEA_DEPTH):
        if token.dep_ not in _PLEA_PATH or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in _PLEA:
            return True
    return False


def _tried(verb: Token) -> bool:
    """The verb is the act a verdict names: "convicted of killing", "found guilty of slaying X and wounding
    Y" (a conjunct of that act too)."""
    token = verb
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "pcomp" or token.tag_ != "VBG":
        return False
    prep = token.head
    return (prep.dep_ == "prep" and prep.lower_ in _VERDICT_PREPOSITIONS and prep.head is not prep
            and prep.head.lemma_.lower() in _VERDICT)


def _present_passive(verb: Token) -> bool:
    """A passive whose one auxiliary is a present "is"/"are": a rule or habit ("people are detained there,
    often for months"), not one act; "has been", "was" and "is being" say it happened or is happening."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in _PRESENT_BE


def _gerund_after_preposition(verb: Token) -> bool:
    """An -ing form governed by a preposition, with no auxiliary of its own: it has no subject of its own,
    so a noun the parse makes its subject is a misattachment."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _counted_patient(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and (any(g.dep_ == "nummod" for g in c.children)
                                                    or c.lower_ in _ROUND_COUNTS)
               for c in verb.children)


def _past_stretch(prep: Token) -> bool:
    """A phrase of a past stretch of time: "over the past decade", "in the last two years"."""
    if prep.lower_ not in _STRETCH_PREPS:
        return False
    words = {t.lower_ for t in prep.subtree}
    return bool(words & _PAST) and bool(words & _PERIODS)


def _in_since_clause(verb: Token) -> bool:
    """The verb or a verb above it opens with "since": background ("ever since he led a coup to ...")."""
    token = verb
    for _ in range(_MAX_CLAUSE_DEPTH):
        if any(c.dep_ == "mark" and c.lower_ == _SINCE for c in token.children):
            return True
        if token.head is token:
            return False
        token = token.head
    return False


def _oblique_patient(verb: Token) -> Token | None:
    """Where the verb has no direct object: the one it acts against ("fighting against the army",
    "attack on the convoy") or the one a demand is made of ("demanded that Syria cease")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _AGAINST:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in _WHEN_ENTITIES:
                return obj  # "arrested on Friday" says when, not whom
    for child in verb.children:
        if child.dep_ == "ccomp":
            # The doer the demand is made of; a passive's subject is the one it is about, not whom it asks
            # ("urged that Xu be released": events helper, DUC outside-region check part).
            subj = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _cut_passive(verb: Token) -> bool:
    """A passive with its auxiliary cut: a participle with a "by" agent, or a verb that always takes an
    object (``_TRANSITIVE_ONLY``) standing with none of its own."""
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "conj") for c in children):
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children):
        return True
    return verb.lemma_.lower() in _TRANSITIVE_ONLY and verb.tag_ in ("VBD", "VBN")


def _where(article: Article, verb: Token) -> tuple[Span, ...]:
    """The objects of the verb's own locative prepositions, without their own modifiers but for a name
    after "of" ("the eastern city of Hangzhou"). A list ("killed in Malaysia, Myanmar and Kenya") is no
    one place, so a conjoined object gives none."""
    out = []
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in _WHERE:
            continue
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None or any(g.dep_ == "conj" for g in obj.children):
            continue
        # The object and the words before it ("Brownsville's housing projects"), not what follows: "in
        # connection with a shooting in Brownsville" names where the shooting was.
        end = obj
        of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        name = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if name is not None and name.pos_ == "PROPN":
            end = name
        out.append(_span(article, obj.left_edge.idx, end.idx + len(end.text)))
    return tuple(out)


def _shared_subject(verb: Token) -> tuple[Token, bool] | None:
    """The subject a conjoined verb with none of its own shares with the verb before it ("Pinochet was
    granted amnesty but was arrested on Friday": DUC 2003 tune half), and whether this verb is passive
    (its own auxiliary, or a bare participle after a passive: "was arrested and charged")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    own_aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in own_aux) or (
        not own_aux and verb.tag_ == "VBN" and subj.dep_ == "nsubjpass")
    return subj, passive


def _controller(verb: Token) -> tuple[Token, bool] | None:
    """The subject an infinitive with none of its own takes from the verb it completes ("GM plans to cut
    30,000 jobs": GM cuts; "he was ordered to leave": he leaves), and whether the infinitive is passive
    ("wants to be freed"). With an object on that verb ("asked Cook to run it") the object may be the doer:
    left alone. MEANTIME gm, read as a user: "GM plans to cut 30,000 jobs" and "Ford will cut 30,000 jobs"
    were one claim, two companies' cuts."""
    if verb.dep_ != "xcomp" or verb.head is verb or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
        return None
    subj = next((c for c in verb.head.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != _POSSESSIVE), None)
    if subj is None:
        return None
    return subj, any(c.dep_ == "auxpass" for c in verb.children)


def _when_anchor(verb: Token) -> tuple[Token, Token] | None:
    """A "when" clause right after its head's own time phrase happened then ("in 2007 when he was
    arrested", where the parse hangs both on the main verb): the first and last words of that phrase
    (LGL tune part: a 2007 arrest recalled in a 2009 story). A verb conjoined, in the same tense, to one
    whose time phrase opens the sentence happened then too ("Ten years ago, a gunman entered his church and
    killed seven": LGL check part, read last round)."""
    if verb.dep_ == "conj" and verb.tag_ == verb.head.tag_:
        first = verb
        while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        for phrase in first.children:
            if (phrase.dep_ in ("prep", "npadvmod", "advmod") and phrase.right_edge.i < first.i
                    and phrase.lower_ != _BY_DEADLINE
                    and any(t.ent_type_ in _WHEN_ENTITIES for t in phrase.subtree)):
                return phrase.left_edge, phrase.right_edge
        return None
    if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    for phrase in verb.head.children:
        if phrase.dep_ not in ("prep", "npadvmod") or phrase.right_edge.i + 1 != verb.left_edge.i:
            continue
        if any(t.ent_type_ in _WHEN_ENTITIES for t in phrase.subtree):
            return phrase.left_edge, phrase.right_edge
    return None


# Verbs that hand the sentence's main act on to their complement: saying, intent and expectation, belief,
# seeming and failing ("said the port will close", "is expected to reach", "failed to reach").
_HANDS_ON = _TELL | _INTENT | _BELIEF | NOT_DONE | SEEMING | frozenset({"announce", "add", "confirm"})


def _main(verb: Token) -> bool:
    """The sentence's main act: the root verb, unless it hands the act on to a verb complement, which is
    then the main act (followed through a chain: "said the storm was expected to reach")."""
    token = verb
    while token.dep_ != "ROOT":
        head = token.head
        if token.dep_ not in ("xcomp", "ccomp") or head.i == token.i or not _is_one_of(head, _HANDS_ON):
            return False
        token = head
    if token.i != verb.i:
        return True
    return not (_is_one_of(verb, _HANDS_ON)
                and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in verb.children))


def _hypothetical(verb: Token) -> bool:
    """Told as possible, planned, expected, believed or failed, itself or through the verbs it completes;
    unlike ``_asserted``, a habit or background reading is no such mood."""
    token = verb
    for _ in range(_MAX_CLAUSE_DEPTH):
        if _open_mood(token):
            return True
        if token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "acl"):
            return False
        token = token.head
    return False


def find_predicates(doc: Doc, article: Article) -> tuple[Predicate, ...]:
    out: list[Predicate] = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        agent = patient = None
        for child in verb.children:
            if child.dep_ == "nsubj" and child.tag_ == _POSSESSIVE:
                continue  # "welcomed his arrested" (for "his arrest"): a noun misread as a verb, no subject
            if child.dep_ == "nsubj":
                agent = child
            elif child.dep_ == "dobj" or child.dep_ == "nsubjpass":
                patient = child
            elif child.dep_ == "agent":
                by = next((g for g in child.children if g.dep_ == "pobj"), None)
                agent = by or agent
        shared = _shared_subject(verb) or _controller(verb)
        if shared is not None:
            subj, passive = shared
            if passive and patient is None:
                patient = subj
            elif not passive and agent is None:
                agent = subj
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ != _POSSESSIVE), None)
        if patient is None and subject is not None and _cut_passive(verb):
            patient = subject
            agent = None if agent is not None and agent.i == subject.i else agent  # keep a "by" agent
        if patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in _NOMINAL:
            patient = verb.head  # a participle's noun is the one done to: "Texas prisoner captured"
        if patient is None:
            patient = _oblique_patient(verb)
        if agent is not None and _gerund_after_preposition(verb):
            agent = None  # "a letter to Babbitt threatening to defund": the parse's subject is not the doer
        left, right = verb.left_edge, verb.right_edge
        anchor = _when_anchor(verb)
        out.append(Predicate(
            trigger=_span(article, verb.idx, verb.idx + len(verb.text)),
            lemma=verb.lemma_.lower(),
            agent=_argument(article, agent) if agent is not None else None,
            patient=_argument(article, patient, verb) if patient is not None else None,
            extent=_span(article, left.idx, right.idx + len(right.text)),
            asserted=_asserted(verb),
            negated=_denied(verb),
            where=_where(article, verb),
            when=(_span(article, anchor[0].idx, anchor[1].idx + len(anchor[1].text)),) if anchor else (),
            main=_main(verb),
            hypothetical=_hypothetical(verb),
        ))
    return tuple(out)
