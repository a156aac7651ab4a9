"""Cue words of reported speech, and forms of statement besides "X said (that) ...".

Which tokens are reporting, stance and belief cues (the lexicons are in ``cues``); the pro-forms that stand
for words said elsewhere ("said as much", "what Liz Wahl said"); the speaker written between a quotation and
its cue when the parse gives none; and two forms PolNeAR counts as attributions that have no reporting verb: a
message its sender sent out ("sent a letter", "laid out her proposals") and a stance said with "be" ("has been
critical of Trump", "was sure that ..."), and a view that casts something as something ("see the vote as a
chance"). A "that" clause the parser misread as a relative clause on a reporting verb's object is mended here,
and the speaker part of a headline label "NAME on TOPIC:" is cut out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.cues import (
    AS_VERBS,
    BELIEF_VERBS,
    GROUP_NOUNS,
    HEARER_VERBS,
    MESSAGE_NOUNS,
    MESSAGE_QUANTIFIERS,
    MESSAGE_VERBS,
    OBJECT_CUE_VERBS,
    PERSON_NOUNS,
    PREP_CUE_VERBS,
    REPORTING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_HOLDERS,
    STANCE_IDIOMS,
    STANCE_OBJECT_PREPS,
    STANCE_VERBS,
    WH_OBJECTS,
)
from newsweave.analyze.quote_marks import Segment
from newsweave.analyze.speech_subjects import inside_quote, subject_of, trimmed

# '"...," Flynn, a top Trump surrogate, said': a speaker phrase between a quotation and its cue is at most
# this long (tokens); longer stretches hold a clause of their own.
MAX_INVERTED_SPEAKER_TOKENS = 25
# An age written before a name ("17-year-old Zuhir Hersi").
_AGE_BEFORE = re.compile(r"\d{1,3}\s?-\s?year\s?-\s?old\s+")
# The auxiliary of a passive cue written after its speaker ("X was quoted as saying"): no part of the name.
_PASSIVE_AUXILIARIES = frozenset({"was", "is", "were", "are", "been"})

# Words that open a question clause after a reporting verb ("said when ...", "did not explain why ...").
WH_CLAUSE_WORDS = frozenset({"when", "why", "how", "where", "whether", "if"})

# 'scolded him: "..."': at most this many words between a stance verb and the colon before a quotation.
MAX_WORDS_BEFORE_COLON = 3

SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# How the word that makes an idiom hangs on its verb: "lashed out", "took aim", "weighed in".
_IDIOM_DEPS = frozenset({"prt", "dobj", "advmod", "advcl", "prep"})


@dataclass(frozen=True, slots=True)
class Form:
    """A statement found by its form: content characters, the cue token and where the cue ends, the source."""

    start: int
    end: int
    cue: Token
    cue_end: int
    subject: Token


CUE_LEMMAS = REPORTING_VERBS | STANCE_VERBS | BELIEF_VERBS | OBJECT_CUE_VERBS | frozenset(PREP_CUE_VERBS)


def lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatiser drops a verb's final "e" ("hoping" -> "hop")."""
    base = token.lemma_.lower()
    if base + "e" in CUE_LEMMAS and token.lower_ in {base + e for e in ("e", "es", "ed", "ing")}:
        return base + "e"  # "hopes", "hoped", "hoping"
    return base


# What one "puts" when putting words ("put it", "put the message in plain English").
PUT_OBJECTS = frozenset({"it", "message", "point", "matter"})


def is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    word = lemma(token)
    if word == "put":
        # "as Ms. Simonyan put it, ...", "a tax lawyer recently put it: '...'", "an aide put the message
        # plainly: '...'".
        return any(c.dep_ == "dobj" and c.lower_ in PUT_OBJECTS for c in token.children)
    if word == "point" and token.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)  # "as X pointed out, ..."
    return token.pos_ == "VERB" and word in REPORTING_VERBS


def is_stance(token: Token) -> bool:
    word = lemma(token)
    return token.pos_ == "VERB" and (word in STANCE_VERBS or word in PREP_CUE_VERBS)


def is_belief(token: Token) -> bool:
    return token.pos_ == "VERB" and lemma(token) in BELIEF_VERBS


def cue_end(token: Token) -> int:
    if token.lower_ == "according":
        return token.idx + len("according to")
    particles = [c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]
    last = particles[-1] if particles else token
    return last.idx + len(last.text)


def inverted_speaker(doc: Doc, seg: Segment, cue: Token) -> tuple[int, int] | None:
    """'"...," Tulsa police Chief Chuck Jordan said Monday': the noun phrase between the closing quote mark
    and the cue, as token indices, for when the parser found no subject outside the quotation (it hung the cue
    on the quoted clause, or took a title inside the quotation for its subject). None unless that stretch is a
    noun phrase: a name or description with at most its appositive, no verb."""
    if cue.lower_ == "saying" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        cue = cue.head.head  # '," Ulla Berg was quoted as saying': the verb group is "was quoted"
    if cue.idx < seg.outer_end or cue.i == 0:
        return None
    after = doc.char_span(seg.outer_end, cue.idx, alignment_mode="expand")
    if after is None:
        return None
    words = trimmed(after) if len(after) else after
    if len(words) > 1 and cue.tag_ == "VBN" and words[-1].lower_ in _PASSIVE_AUXILIARIES:
        # '," the prosecutor Ulla Berg, who leads the inquiry, was quoted as saying' (DUC 2003 tune half, read
        # as a user): the passive's auxiliary and an aside after the name are no part of it.
        words = words[:-1]
        aside = [t.i for t in words if t.lower_ in {"who", "whose"} and t.i > 0 and doc[t.i - 1].text == ","]
        if aside:
            words = doc[words.start : aside[0] - 1]
        words = trimmed(words) if len(words) else words
    if not len(words) or len(words) > MAX_INVERTED_SPEAKER_TOKENS:
        return None
    if doc.text[seg.outer_end : words.start_char].strip(" ,\u00a0"):
        return None  # words before the name ('," as Eric Garner said'): not a plain inversion
    if (age := _AGE_BEFORE.match(words.text)) is not None:
        # '"...," 17-year-old Zuhir Hersi, one of the disc jockeys, said' (DUC 2003 tune half, read as a
        # user): the age is no part of the name.
        rest = doc.char_span(words.start_char + age.end(), words.end_char, alignment_mode="expand")
        if rest is None or not len(rest):
            return None
        words = rest
    # A capitalised "verb" is a name the tagger misread ("Tulsa police Chief ..."); a lower-case one a clause.
    if any((t.pos_ in {"VERB", "AUX"} and not t.is_title) or t.pos_ == "PRON" for t in words):
        return None
    if "\n" in words.text:
        return None
    # Lower case opens a clause, unless a title leads to the name ("chief prosecutor Ulla Berg").
    if not (words[0].is_title or words[0].is_upper or (len(words) > 1 and words[-1].pos_ == "PROPN")):
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in words):
        return None
    return words.start, words.end


# Past forms of speech verbs whose lemma is not the form less "-ed"/"-d" ("replied" -> "reply" is regular).
_IRREGULAR_PAST = {"said": "say", "wrote": "write", "spoke": "speak", "told": "tell"}
# What may stand right before a sentence's first word: its start, a line break, or the previous sentence's
# end with any closing quote marks.
_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?]['\"”’]*|'')\s*$")


def _past_speech_verb(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[w] in REPORTING_VERBS
    if not w.endswith("ed"):
        return False
    return any(stem in REPORTING_VERBS for stem in (w[:-2], w[:-1], w[:-3] + "y"))


def fronted_cue(doc: Doc, seg: Segment) -> tuple[Token, tuple[int, int]] | None:
    """'Replied ministry spokesman NAME, ``We have not studied it.\'\'': a past speech verb opening the
    sentence, its speaker after it, then a comma or colon and the quotation (wire style). The tagger reads
    the capitalised verb as the first word of a name, so the parse holds no cue, and the quotation went to
    the person quoted before (TimeBank's tuned part, read as a user). The cue token and the speaker phrase
    (token indices), or None."""
    opening = doc.char_span(seg.outer_start, seg.outer_end, alignment_mode="expand")
    if opening is None or opening.start < 3 or doc[opening.start - 1].text not in {",", ":"}:
        return None
    lo = max(0, opening.start - 2 - MAX_INVERTED_SPEAKER_TOKENS)
    for i in range(opening.start - 3, lo - 1, -1):
        verb = doc[i]
        if not (verb.is_title and _past_speech_verb(verb.text)):
            continue
        if not _SENTENCE_BEFORE.search(doc.text, 0, verb.idx):
            return None
        words = doc[i + 1 : opening.start - 1]
        if (not len(words) or "\n" in words.text or words[0].pos_ in {"ADP", "ADV", "SCONJ"}
                or any((t.pos_ in {"VERB", "AUX"} and not t.is_title) or t.pos_ == "PRON" for t in words)
                or not any(t.pos_ in {"PROPN", "NOUN"} for t in words)):
            return None
        return verb, (words.start, words.end)
    return None


def object_speaker(doc: Doc, seg: Segment, cue: Token) -> tuple[int, int] | None:
    """'"Why did nobody warn us?" sobbed a young woman as she turned away': the parser reads the inverted
    subject of a less common speech verb as its object (DUC 2003 tune half, read as a user: such quotes had
    no speaker). The cue must follow the closing quote mark with nothing but a comma between, and must not
    be a verb whose object is the hearer ("told reporters"); the speaker is the object's noun phrase up to
    its head."""
    if cue.idx < seg.outer_end or doc.text[seg.outer_end : cue.idx].strip(" ,\u00a0"):
        return None
    if lemma(cue) in HEARER_VERBS:
        return None
    objects = [c for c in cue.rights if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    if not objects:
        return None
    head = objects[0]
    return head.left_edge.i, head.i + 1


def postposed_name(doc: Doc, seg: Segment, cue: Token) -> tuple[int, int] | None:
    """'"...," said Rep. Lena Ortiz, D-Vt. "We lost."': the name right after a cue that follows the
    quotation, when the parser ran the sentence on into the next quotation (a state's abbreviation closed
    it) and hung the name on a verb inside that one (DUC 2003 tune half, read in a blind audit: both
    quotations had no speaker). The name is the proper nouns after the cue, one of them a person or body
    the tagger found."""
    if cue.idx < seg.outer_end or doc.text[seg.outer_end : cue.idx].strip(" ,\u00a0"):
        return None
    if lemma(cue) in HEARER_VERBS:
        return None
    end = cue.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
        end += 1
    if not any(t.ent_type_ in _NAMED_SPEAKER_TYPES for t in doc[cue.i + 1 : end]):
        return None
    return cue.i + 1, end


# Entity types a name after a cue must hold to be taken as the speaker the parse missed.
_NAMED_SPEAKER_TYPES = frozenset({"PERSON", "ORG"})


def phrase_head(phrase: SpacySpan) -> Token:
    """The name that heads a written speaker phrase: the last noun before an appositive's comma."""
    nouns = [t for t in phrase if t.pos_ in {"PROPN", "NOUN"}]
    comma = next((t.i for t in phrase if t.text == ","), phrase.end)
    before = [t for t in nouns if t.i < comma]
    return (before or nouns)[-1]


def verb_group_start(cue: Token) -> int:
    """Where the verb group of a cue starts: a verb whose subject the cue shares and whose complement it is
    ("decided not to recommend", "tried to make the case") is part of it, as in PolNeAR's cue spans."""
    head = cue
    while head.dep_ == "xcomp" and head.head.pos_ in {"VERB", "AUX"} and head.head.i < head.i:
        between = [c for c in head.head.children if head.head.i < c.i < head.i]
        if any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in between):
            break  # "forced Stumpf to admit": the object admits; the verb group is "to admit"
        head = head.head
    return head.idx


def misread_complement(cue: Token) -> list[Token]:
    """'he told a meeting of board members that few people understood ...': a "that" clause the parser hung
    on the cue's object as a relative clause. A relative "that" is the clause's subject or object; marked as
    a complementiser it opens what was said."""
    out: list[Token] = []
    for obj in cue.children:
        if obj.dep_ not in {"dobj", "dative"} or obj.i < cue.i:
            continue
        for clause in obj.subtree:
            first = clause.doc[clause.left_edge.i]
            marked = first.lower_ == "that" and first.dep_ == "mark" and first.head == clause
            if clause.dep_ == "relcl" and marked:
                out.append(clause)
                break
    return out[:1]


def wh_clause(cue: Token) -> list[Token]:
    """'have not said when they would take up the bill', 'did not say why': a question clause the parser hung
    on a reporting verb as a clause of time or reason. Only where the verb has no object or complement of
    its own: in "what she said when she resigned" the "when" clause does tell the time."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in cue.children):
        return []
    return [c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and c.left_edge.i == cue.i + 1
            and c.doc[c.left_edge.i].lower_ in WH_CLAUSE_WORDS][:1]


def misread_subject(noun: Token) -> bool:
    """An object of "say" that is the subject of the clause said: a noun ("said many examples were ..."), or
    a quantity of something ("said many of the examples ...", "said most of the money went ...")."""
    if noun.pos_ in {"NOUN", "PROPN"}:
        return True
    quantity = noun.pos_ in {"ADJ", "NUM", "DET"}
    return quantity and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def pro_forms(cue: Token) -> list[Token]:
    """What stands in for the words or position a cue reported: "so" ("he doesn't think so"), "as much"
    ("Mook said as much"), or a relative or interrogative object before the cue ("what Liz Wahl said", "which
    the bank detailed in filings", "which RT pointed to")."""
    out: list[Token] = []
    for c in cue.children:
        as_much = c.lower_ == "much" and any(a.lower_ == "as" for a in c.children)
        adverb = c.dep_ == "advmod" and c.i > cue.i and (c.lower_ == "so" or as_much)
        if adverb or (c.dep_ in {"dobj", "pobj"} and c.i < cue.i and _wh_object(c)):
            out.append(c)
    return out


def _wh_object(token: Token) -> bool:
    return token.tag_ in {"WP", "WDT"} and token.lower_ in WH_OBJECTS


def stands_for_words(content: SpacySpan) -> bool:
    """Short content that still reports words: a pro-form (``pro_forms``), or a verb of speaking as what was
    declined or refused ("declined to comment", "refused to say")."""
    words = [t for t in content if not t.is_punct]
    if len(words) == 1 and _wh_object(words[0]):
        return True
    if words and words[-1].lower_ in {"so", "much"} and words[-1].dep_ == "advmod":
        return True
    return any(t.pos_ == "VERB" and t.dep_ == "xcomp" and is_cue(t) for t in words)


def stance_before_colon(doc: Doc, seg: Segment, segments: list[Segment], starts: list[int]) -> Token | None:
    """'Sen. Claire McCaskill scolded him: "..."': a stance verb a few words before the colon that introduces
    the quotation is its cue."""
    text = doc.text
    before = text[: seg.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(max(0, len(before) - 60), len(before) - 1, alignment_mode="expand")
    if span is None:
        return None
    for verb in reversed(span):
        if verb.sent.start_char > len(before) - 1:
            continue
        if is_stance(verb) and len(text[cue_end(verb) : len(before) - 1].split()) <= MAX_WORDS_BEFORE_COLON:
            subject = subject_of(verb)
            if subject is not None and not inside_quote(subject.idx, segments, starts):
                return verb
    return None


def messages(doc: Doc, segments: list[Segment], starts: list[int]) -> list[Form]:
    """A message its source sent, issued or delivered: "The city sent a cease-and-desist letter", "Clinton
    laid out her proposals", "Trump unleashed a flurry of tweets". The verb is the cue, the message the
    content; the sender must be someone (a name, a pronoun, a person or group noun), not "the program sent a
    message"."""
    out: list[Form] = []
    for verb in doc:
        if verb.pos_ != "VERB" or lemma(verb) not in MESSAGE_VERBS:
            continue
        if inside_quote(verb.idx, segments, starts):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects or _message_noun(objects[0]).lemma_.lower() not in MESSAGE_NOUNS:
            continue
        subject = subject_of(verb)
        if subject is None or inside_quote(subject.idx, segments, starts) or not _someone(subject):
            continue
        content = trimmed(doc[objects[0].left_edge.i : objects[0].right_edge.i + 1])
        out.append(Form(content.start_char, content.end_char, verb, cue_end(verb), subject))
    return out


def copular(doc: Doc, segments: list[Segment], starts: list[int]) -> list[Form]:
    """A stance said with "be": "Graham has been critical of Trump", "she was sure Trump would triumph",
    "Kaine is a staunch opponent of the death penalty". The adjective or noun is the cue, its object or clause
    the content, the subject of "be" the source."""
    out: list[Form] = []
    for word in doc:
        if not ((word.dep_ == "acomp" and word.lemma_.lower() in STANCE_ADJECTIVES)
                or (word.dep_ == "attr" and word.lemma_.lower() in STANCE_HOLDERS)):
            continue
        copula = word.head
        if copula.lemma_ != "be" or inside_quote(word.idx, segments, starts):
            continue
        subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i]
        if not subjects or inside_quote(subjects[0].idx, segments, starts) or not _someone(subjects[0]):
            continue
        what = [c for c in word.children if c.dep_ == "ccomp" and c.i > word.i]
        if not what:
            preps = [c for c in word.children
                     if c.dep_ == "prep" and c.i > word.i and c.lower_ in STANCE_OBJECT_PREPS]
            what = [o for c in preps for o in c.children if o.dep_ in {"pobj", "pcomp"}][:1]
        if not what:
            continue
        left, right = what[0].left_edge.i, what[0].right_edge.i + 1
        if doc[left].dep_ == "mark" and doc[left].lower_ == "that":
            left += 1
        content = trimmed(doc[left:right])
        out.append(Form(content.start_char, content.end_char, word, word.idx + len(word.text), subjects[0]))
    return out


def cast_as(doc: Doc, segments: list[Segment], starts: list[int]) -> list[Form]:
    """A view that casts something as something (``AS_VERBS``): "critics see the vote as a chance to fix
    it", "she regarded the plan as a mistake". The verb is the cue, the object with its "as" phrase the
    content; the holder must be someone."""
    out: list[Form] = []
    for verb in doc:
        if verb.pos_ != "VERB" or lemma(verb) not in AS_VERBS or inside_quote(verb.idx, segments, starts):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects:
            continue
        roles = [c for t in (verb, objects[0]) for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0].i]
        subject = subject_of(verb)
        if not roles or subject is None or not _someone(subject):
            continue
        if inside_quote(subject.idx, segments, starts):
            continue
        content = trimmed(doc[objects[0].left_edge.i : max(roles[0].right_edge.i, objects[0].i) + 1])
        out.append(Form(content.start_char, content.end_char, verb, cue_end(verb), subject))
    return out


def idioms(doc: Doc, segments: list[Segment], starts: list[int]) -> list[Form]:
    """A stance said with a news idiom (``STANCE_IDIOMS``): "Trump lashed out at the press", "Clinton is
    doubling down on her attacks", "he raised questions about the microphone". The verb is the cue, the object
    of the idiom's preposition the content."""
    out: list[Form] = []
    for verb in doc:
        if verb.pos_ != "VERB" or inside_quote(verb.idx, segments, starts):
            continue
        base = lemma(verb)
        holders = [verb]
        preps = STANCE_IDIOMS.get((base, ""))
        if preps is None:
            words = [c for c in verb.children if c.dep_ in _IDIOM_DEPS and c.i > verb.i
                     and (base, c.lemma_.lower()) in STANCE_IDIOMS]
            if not words:
                continue
            preps = STANCE_IDIOMS[(base, words[0].lemma_.lower())]
            holders.append(words[0])
        targets = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                   for o in c.children if o.dep_ in {"pobj", "pcomp"}]
        subject = subject_of(verb)
        if not targets or subject is None or inside_quote(subject.idx, segments, starts):
            continue
        content = trimmed(doc[targets[0].left_edge.i : targets[0].right_edge.i + 1])
        out.append(Form(content.start_char, content.end_char, verb, cue_end(verb), subject))
    return out


def _message_noun(noun: Token) -> Token:
    """"a flurry of tweets" -> "tweets": the message behind a quantity of it."""
    if noun.lemma_.lower() in MESSAGE_QUANTIFIERS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def _someone(subject: Token) -> bool:
    """A subject that can be a source: a name, a personal pronoun, a person or group noun, a named entity."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in {"what", "it", "this", "that", "which"}
    return (subject.pos_ == "PROPN" or subject.ent_type_ in SPEAKER_ENTS
            or subject.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS)


def topic_label(label: str) -> tuple[str, list[str]]:
    """The speaker part of a headline label "NAME on TOPIC" ("Obama on Climate Change: The Trends Are
    ..."), the words before "on", and its words; any other label whole. Whether the part is a name is the
    caller's test."""
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", label)]
    words = [w for _, w in spans]
    lowered = [w.lower() for w in words]
    if "on" in lowered[1:]:
        cut = lowered.index("on", 1)
        if all(w[:1].isupper() for w in words[cut + 1 :]):
            return label[: spans[cut][0]].rstrip(), words[:cut]
    return label, words
