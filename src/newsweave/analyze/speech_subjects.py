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

from newsweave.analyze.cues import CHANNEL_NOUNS
from newsweave.analyze.quote_marks import Segment

_DASHES = frozenset({"—", "--", "–", "―"})
_NAME_DEPS = frozenset({"compound", "det", "amod", "poss"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies through which a cue inherits its subject: "and added", "..., saying", "was quoted as saying".
_SUBJECT_CLIMB = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


def subject_of(cue: Token) -> Token | None:
    found = written_subject(cue)
    if found is not None and any(c.text in _DASHES and c.i > found.i for c in found.children):
        # "LOS ANGELES, Sept. 28 (UPI) — ...": a dateline the parser took for the subject.
        return None
    if found is not None and found.lemma_.lower() in CHANNEL_NOUNS:
        # "according to the group's Twitter feed": the group speaks, the feed is the channel.
        owners = [c for c in found.children if c.dep_ == "poss"]
        return owners[0] if owners else found
    return found


def written_subject(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    token = cue
    for _ in range(3):
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        if token.dep_ not in _SUBJECT_CLIMB or token.head.i == token.i:
            return None
        token = token.head
    return None


def inside_quote(pos: int, segments: list[Segment], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and segments[k].outer_start <= pos < segments[k].outer_end


def speaker_phrase(doc: Doc, subject: Token, segments: list[Segment], starts: list[int]) -> SpacySpan:
    """The subject's whole noun phrase, or just the name when the parse runs it into a quotation."""
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    if any(inside_quote(t.idx, segments, starts) for t in phrase) or len(phrase) > 25:
        left = subject.i
        while left > 0 and doc[left - 1].dep_ in _NAME_DEPS and doc[left - 1].head.i <= subject.i:
            left -= 1
        phrase = doc[left : subject.i + 1]
    participles = [c for c in subject.rights if c.dep_ in {"acl", "advcl"} and c.tag_ in {"VBG", "VBN"}
                   and c.i > phrase.start and doc[c.left_edge.i - 1].text == ","]
    if participles:
        # "Trump, speaking to veterans in Virginia, said": the participle says where, not who.
        phrase = doc[phrase.start : participles[0].left_edge.i]
    return trimmed(phrase)


def trimmed(content: SpacySpan) -> SpacySpan:
    while len(content) > 1 and (content[-1].is_punct or content[-1].is_space):
        content = content[:-1]
    while len(content) > 1 and (content[0].is_punct or content[0].is_space):
        content = content[1:]
    return content
