"""Who speaks, as written: the subject of a reporting cue and the noun phrase that names it.

The phrase follows PolNeAR's source-span convention: the whole noun phrase with its appositives ("Michael
Mulgrew, president of the United Federation of Teachers,"), without what only describes the moment of speaking
or adds an aside (a participle "speaking to veterans", a non-restrictive "who ..." clause, a parenthesis, a
date). Resolving the phrase to a name is ``speakers``'s job.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.cues import (
    CAUSATIVE_VERBS,
    CHANNEL_NOUNS,
    DIRECTIVE_VERBS,
    GROUP_NOUNS,
    PERSON_NOUNS,
    RECORDING_NOUNS,
    REPORTING_VERBS,
)
from newsweave.analyze.misparsed_subjects import as_aside_speaker, fronted_subject
from newsweave.analyze.quote_marks import Segment

_DASHES = frozenset({"—", "--", "–", "―"})
_NAME_DEPS = frozenset({"compound", "det", "amod", "poss"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WHO_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # entities that can be made to speak
# Words that announce a coordination of names ("Both Mr. King and Mr. Schultz"), left out of the source span.
_PRECONJ = frozenset({"both", "either", "neither"})
# A speaker phrase longer than this (tokens) is a parse that ran on; then only the name is kept. Appositives
# with a relative clause ("Douglas Holtz-Eakin, an economist who served as ... and is now president of ...")
# run to about 30 tokens in PolNeAR dev documents 0-41 (the tuning part).
MAX_PHRASE_TOKENS = 40
# A parenthesis after a name this short or shorter is a party-state tag ("(R-Ga.)"), part of the name.
MAX_PARTY_TAG_TOKENS = 5
# Participles that make their agent the author or voice of a message ("a statement read by X", "a letter
# signed by Y"); others ("emails combed through by Z") do not. From general knowledge of English; with any
# participle one PolNeAR dev 0-41 source span ("emails combed through by ...") moved to the agent. "Given",
# "released" and "made" added from MEANTIME, read as a user ("a statement by Boeing given by Boeing spokesman
# William Barksdale said": the whole phrase was printed as the speaker).
DELIVERY_VERBS = frozenset({"read", "issue", "sign", "deliver", "write", "pen", "author", "send", "co-sign",
                            "give", "release", "make"})
# Channels that are outlets with names of their own, unlike a party's feed or account ("the party's Twitter
# feed" is the party's words).
_PRESS_CHANNELS = frozenset({"newspaper", "radio", "television", "tv", "channel"})
# Dependencies through which a cue inherits its subject: "and added", "..., saying", "was quoted as saying".
_SUBJECT_CLIMB = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


def subject_of(cue: Token) -> Token | None:
    found = written_subject(cue)
    # Dashes inside the subject's own phrase, not only those the parser hung on its head: "John Dickey, the
    # chief executive of Ora Media -- the production company ... -- told me" has one on each.
    dashes = [t for t in found.subtree if t.text in _DASHES and t.i > found.i] if found is not None else []
    if found is not None and len(dashes) == 1 and (found.is_upper or found.i - found.sent.start < 4):
        # "LOS ANGELES, Sept. 28 (UPI) — ...": a dateline the parser took for the subject; the name after the
        # dash, when the parser hung it there, is the speaker ("WASHINGTON -- President Obama, ..., said").
        # Two dashes enclose an aside ("John Dickey, ... -- the production company ... -- told me").
        after = [c for c in found.children if c.dep_ == "appos" and c.i > dashes[0].i]
        return after[0] if after else None
    recorded = _recorded(found) if found is not None else None
    if recorded is not None:
        return recorded  # "footage of Hillary Clinton asking ...": she asks, not the footage
    if found is not None and found.lemma_.lower() in CHANNEL_NOUNS:
        # "according to the group's Twitter feed": the group speaks, the feed is the channel; so does the
        # subject of a clause on the noun ("according to a speech Mrs. Clinton delivered at ...").
        # A channel with a name of its own ("London's Guardian newspaper", "Velm's Radio Nord") speaks for
        # itself: the place before it says where it is (DUC 2003 tune half, read as a user: "London" was
        # printed as the speaker).
        named = found.lemma_.lower() in _PRESS_CHANNELS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in found.children)
        owners = [c for c in found.children if c.dep_ == "poss" and not named]
        owners += [s for c in found.children if c.dep_ in {"relcl", "acl"} for s in c.children
                   if s.dep_ == "nsubj" and s.pos_ in {"PROPN", "NOUN"}]
        # "The statement, read by the acting minister Ana Ruiz, demanded ...", "a letter signed by the
        # rebels": who reads or signs it out speaks (DUC 2003 tune half, read as a user: no speaker at all).
        # The parser may hang the participle on the author named after "by" ("a statement by Boeing given
        # by ..."), not on a noun further in ("a report on emails sent by X": X sent the emails).
        hosts = [found, *(o for p in found.children if p.dep_ == "prep" and p.lower_ == "by"
                          for o in p.children if o.dep_ == "pobj")]
        owners += [o for h in hosts for c in h.children
                   if c.dep_ == "acl" and c.lemma_.lower() in DELIVERY_VERBS
                   for a in c.children if a.dep_ == "agent"
                   for o in a.children if o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN"}]
        return owners[0] if owners else found
    return found


def _recorded(noun: Token) -> Token | None:
    """Who a recording is of: "footage of Hillary Clinton", "a video of the mayor"."""
    if noun.lemma_.lower() not in RECORDING_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in {"PERSON", "ORG"}
                                           or obj.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS):
                    return obj
    return None


def written_subject(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                # "according to show insiders": the parser may read the phrase as a verb and its object.
                if obj.dep_ in {"pobj", "pcomp"}:
                    return obj
        return None
    for child in cue.children:
        if child.dep_ == "agent":
            # "was first reported by The Washington Post": the agent reported it, not the subject.
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
    if (quoted := _quoted_as_saying(cue)) is not None:
        return quoted
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and _recorded(cue.head) is not None:
        return _recorded(cue.head)  # "a video of Senator Ames saying ..."
    aside = as_aside_speaker(cue)
    if aside is not None:
        return aside  # "Hawaii, as one of the advisers pointed out, ...": not "Hawaii"
    token = _outer_cue(cue) or cue
    for _ in range(3):
        subjects = [c for c in token.children
                    if c.dep_ in _SUBJECT_DEPS and not c.is_punct and c.text not in _DASHES]
        if subjects:
            # The subject nearest before the verb: "The Latest: Trump urges ..." is parsed with two.
            before = [c for c in subjects if c.i < token.i]
            found = before[-1] if before else subjects[0]
            if found.lower_ in {"'s", "’s"}:
                return None  # "Let's say ...": the writer's supposition, nobody's statement
            deps = {c.dep_ for c in cue.children}
            if token.i == cue.i and found.dep_ == "nsubjpass" and {"auxpass", "xcomp"} <= deps:
                # "Annual sales are predicted to have dipped", "profit is reported to have doubled": what is
                # said of the passive's subject, not what it said; who said it is not written (an agent is
                # read above). MEANTIME, read as a user.
                return None
            return found
        if token.head.i == token.i:
            return fronted_subject(token) if token.i == cue.i else None
        if token.dep_ == "advcl" and token.tag_ == "VBN" and not any(c.dep_.startswith("aux")
                                                                      for c in token.children):
            # "Patriot failed as predicted", "Asked to describe the device, O'Neill said": a bare passive
            # participle tells what was done to the main clause's subject (predicted, asked), so that
            # subject is not its source; who predicted or asked is not written.
            return None
        if token.dep_ not in _SUBJECT_CLIMB:
            return None
        if token.dep_ == "xcomp":
            # "forced Stumpf, ..., to admit that ...": the object of the verb is who admits.
            objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
            if objects and objects[0].pos_ in {"PROPN", "NOUN", "PRON"} and _made_to_speak(objects[0]):
                # "urged employees to report abuses": the employees are asked to speak and have not.
                return None if token.head.lemma_.lower() in DIRECTIVE_VERBS else objects[0]
        token = token.head
    return None


def _made_to_speak(obj: Token) -> bool:
    """The object of the verb an infinitive hangs on is who speaks: always after a verb that makes or asks
    someone to act ("forced Stumpf to admit", "obligates countries to offer", "uses footage of Clinton
    asking"), otherwise only when it can speak at all. "Began a hunger strike ... to protest the detention"
    is the strikers' protest, the infinitive telling their purpose (DUC 2003 tune half, read as a user: the
    strike was the speaker)."""
    if obj.head.lemma_.lower() in DIRECTIVE_VERBS | CAUSATIVE_VERBS or obj.pos_ != "NOUN":
        return True
    return obj.ent_type_ in _WHO_ENTITIES or obj.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS


def _quoted_as_saying(cue: Token) -> Token | None:
    """"The newspaper quoted Zhang Xiong, the coach, as saying ...", '"...," it quoted Omar Vance as saying':
    the one quoted speaks, not the paper that quotes him (DUC 2003 tune half, read as a user: the speaker
    came out as the paper, or as a name earlier in the story)."""
    verb = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else cue
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if verb.lemma_.lower() != "quote" or not as_saying:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"}]
    return objects[0] if objects else None


def _outer_cue(cue: Token) -> Token | None:
    """The reporting verb whose subject a subjectless cue shares across a reported clause: in "Trump said he
    would order a review and warned against hackers" and "Perdue said he didn't believe ..., arguing that ..."
    the parser hangs the second cue on the reported clause, but it is the speaker who warned or argued."""
    if any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    continued = _continued_report(cue)
    if continued is not None:
        return continued
    if cue.dep_ == "xcomp" and cue.head.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS
                                                                   for c in cue.head.children):
        cue = cue.head  # "..., going on to argue that ...": the participle carries the verb group
    participle = cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ","
    if not (cue.dep_ == "conj" or participle):
        return None
    clause = cue.head
    outer = clause.head
    reporting = outer.pos_ == "VERB" and outer.lemma_.lower() in REPORTING_VERBS
    return outer if clause.dep_ == "ccomp" and reporting and outer.i < clause.i else None


def _continued_report(cue: Token) -> Token | None:
    """'"...," Voss said, going on to say that ...', '..., Whitfield said, referring to ...': a participle
    right after a reporting verb and its comma continues that report, whatever the parser hung it on (after a
    quotation it often hangs both on the quoted clause); the reporting verb's subject speaks."""
    participle = cue.head if cue.dep_ == "xcomp" and cue.head.tag_ == "VBG" else cue
    if participle.tag_ != "VBG" or participle.i < 2 or participle.doc[participle.i - 1].text != ",":
        return None
    before = participle.doc[participle.i - 2]
    if before.pos_ != "VERB" or before.lemma_.lower() not in REPORTING_VERBS:
        return None
    return before if any(c.dep_ in _SUBJECT_DEPS for c in before.children) else None


def inside_quote(pos: int, segments: list[Segment], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and segments[k].outer_start <= pos < segments[k].outer_end


def speaker_phrase(doc: Doc, subject: Token, segments: list[Segment], starts: list[int]) -> SpacySpan:
    """The subject's noun phrase outside any quotation, without asides; the name alone when still too long."""
    antecedent = _relative_that(subject)
    if antecedent is not None:
        return trimmed(antecedent)
    lo, hi = subject.left_edge.i, subject.right_edge.i + 1
    left, right = subject.i, subject.i + 1
    while left > lo and not inside_quote(doc[left - 1].idx, segments, starts):
        left -= 1
    while right < hi and not inside_quote(doc[right].idx, segments, starts):
        right += 1
    right = min([right] + [_aside_start(t, subject) for t in doc[subject.i + 1 : right]])
    if subject.i < subject.head.i < right and subject.head.lemma_.lower() in REPORTING_VERBS:
        # "an Israeli official said Tuesday, a move that could ...": the parser hung the sentence's aside on
        # the subject, past its own verb of saying (DUC 2003 tune half, read as a user: the verb was in the
        # speaker).
        right = subject.head.i
    commas = [t.i for t in doc[left : subject.i]
              if (t.text == "," and t.head.pos_ != "ADJ") or _spaced_dash(t)]
    if commas:
        # "With 50 days until the election, Minyon Moore, ...": the parser hung a fronted phrase on the name.
        left = commas[-1] + 1
    names = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > subject.i]
    # "With 50 days until the election, X, ...": the noun is in a fronted phrase; "Another critic, X," is not.
    edge = subject.left_edge.i
    fronted = doc[edge].pos_ == "ADP" or (edge > 0 and doc[edge - 1].pos_ in {"ADP", "SCONJ"})
    role = subject.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS
    if subject.pos_ == "NOUN" and not role and names and fronted:
        # "With 50 days until the election, Minyon Moore, a senior adviser, called": the parser made the
        # election the subject and the speaker its appositive.
        left = names[0].left_edge.i
    if doc[left].lower_ in _PRECONJ and (doc[left].dep_ == "predet" or doc[left].head.i == subject.i):
        left += 1  # "Both Mr. King and Mr. Schultz say": PolNeAR's source is the names
    named = _named_before(subject)
    if named is not None and left == subject.left_edge.i:
        left = named.left_edge.i
    if right - left > MAX_PHRASE_TOKENS:
        left = subject.i
        while left > 0 and ((doc[left - 1].dep_ in _NAME_DEPS and doc[left - 1].head.i <= subject.i)
                            or not doc[left - 1].whitespace_):  # "Holtz-Eakin" is one name
            left -= 1
        right = subject.i + 1
    return trimmed(doc[left:right])


def _relative_that(subject: Token) -> SpacySpan | None:
    """The noun phrase a relative "that" stands for, up to the clause: "another mining company that had
    declared bankruptcy", "a raft of new emissions rules that promise ...". PolNeAR's source is the phrase
    (while "who" and "which" are sources as written)."""
    if subject.lower_ != "that" or subject.head.dep_ != "relcl":
        return None
    noun = subject.head.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > subject.i:
        return None
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PRON", "NUM"}:
        top = top.head.head  # "a raft of new emissions rules"
    return subject.doc[top.left_edge.i : subject.i]


def _spaced_dash(token: Token) -> bool:
    """A dash between words ("is also predictable - Donald J. Trump has vowed"), not a hyphen in one."""
    spaced = token.i > 0 and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _DASHES or (token.text == "-" and spaced)


def _named_before(subject: Token) -> Token | None:
    """A name the parser made a second subject of the verb, with the subject its appositive after a comma:
    "Ban Ki-moon, the secretary general of the United Nations, vowed" (both hang on "vowed")."""
    doc = subject.doc
    comma = subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or subject.pos_ != "NOUN":
        return None  # a description ("the secretary general"), not a second name ("Court, the United States")
    before = doc[comma - 1]
    while before.head.i != before.i and before.head.i < comma and before.dep_ not in _SUBJECT_DEPS:
        before = before.head
    if before.dep_ in _SUBJECT_DEPS and before.head.i == subject.head.i and before.pos_ == "PROPN":
        return before
    return None


def _aside_start(token: Token, subject: Token) -> int:
    """Where an aside hanging on the speaker's phrase starts (its first token), or past the end when
    ``token`` starts none. Asides say when or where, not who: PolNeAR source spans leave them out."""
    doc = token.doc
    if (token.head.i == subject.i and token.dep_ in {"acl", "advcl"} and token.tag_ in {"VBG", "VBN"}
            and doc[token.left_edge.i - 1].text == ","):
        # "Trump, speaking to veterans in Virginia, said": where, not who. A participle without the commas
        # ("a poll released last week") and relative clauses are part of PolNeAR's source span.
        return token.left_edge.i
    if (token.dep_ == "relcl" and token.head.i != subject.i and doc[token.left_edge.i].lower_ == "which"
            and doc[token.left_edge.i - 1].text == ","):
        # "Michael Mulgrew, president of the teachers' union, which represents ...": about the union, not him.
        return token.left_edge.i
    if (token.dep_ == "relcl" and token.head.i == subject.i and doc[token.left_edge.i].lower_ == "who"
            and doc[token.left_edge.i - 1].text == ","
            and (token.lemma_.lower() in REPORTING_VERBS or any(c.dep_ == "ccomp" for c in token.children))):
        # "Mr. Kamin, who emphasized that ..., said", "Mr. Obama, who understood that ..., told": what the
        # speaker says or thinks elsewhere is a statement of its own, not part of the name.
        return token.left_edge.i
    if token.text == "(" and token.i + 1 < len(doc):
        tag = doc[token.i + 1 : token.i + 2 + MAX_PARTY_TAG_TOKENS]
        if not any(t.text == ")" for t in tag):
            return token.i  # a long parenthesis is an aside; "(R-Ga.)" after a name is part of it
    if (token.head.i == subject.i and token.dep_ == "prep"
            and any(c.ent_type_ in {"DATE", "TIME"} for c in token.children if c.dep_ == "pobj")):
        return token.i  # "an arbitration panel in 2001 found"
    return len(doc) + 1


def trimmed(content: SpacySpan) -> SpacySpan:
    while len(content) > 1 and (content[-1].is_punct or content[-1].is_space):
        content = content[:-1]
    while len(content) > 1 and (content[0].is_punct or content[0].is_space):
        content = content[1:]
    return content
