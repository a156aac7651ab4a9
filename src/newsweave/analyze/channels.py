"""The channel of a statement: whom it was told to and how ("told Reuters by telephone", "on Twitter")."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.cues import CHANNEL_NOUNS, HEARER_VERBS, outlet_name
from newsweave.analyze.speech_subjects import written_subject

_CHANNEL_PREPS = frozenset({"in", "on", "via", "through", "during", "over"})
# Prepositions that set a statement in time against another event, never its medium: "After Ahmadinejad's
# announcement ..., Blair told reporters" (MultiLing dev topic M002, read in a blind audit: the claims rested
# on Ahmadinejad as well).
_TIME_PREPS = frozenset({"after", "before", "since", "until", "following"})


def _cue_cluster(cue: Token) -> list[Token]:
    """The cue and the verbs it is chained to: "was quoted as saying" is one cue."""
    cluster = [cue]
    token = cue
    while token.dep_ in {"pcomp", "prep"} and token.head.i != token.i:
        token = token.head
        cluster.append(token)
    return cluster


def channel_of(cue: Token) -> str | None:
    """"told Reuters by telephone", "on its Arabic Twitter account", "was quoted as saying by Reuters"."""
    doc = cue.doc
    if cue.lower_ == "according":
        source = written_subject(cue)
        if source is not None and {t.lemma_.lower() for t in source.subtree} & CHANNEL_NOUNS:
            return doc[source.left_edge.i : source.right_edge.i + 1].text
        return None
    cluster = _cue_cluster(cue)
    pieces: list[tuple[int, int]] = []
    if cue.lemma_.lower() in HEARER_VERBS:
        objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
        if objects:
            pieces.append((cue.i, objects[0].right_edge.i + 1))
    for verb in cluster:
        for child in verb.children:
            if child.dep_ not in {"prep", "agent"} or child in cluster or child.lower_ in _TIME_PREPS:
                continue
            sub = doc[child.left_edge.i : child.right_edge.i + 1]
            words = {t.lemma_.lower() for t in sub} | {t.lower_ for t in sub}
            if words & CHANNEL_NOUNS or outlet_name(sub.text) is not None:
                pieces.append((child.i, child.right_edge.i + 1))
    if not pieces:
        return None
    pieces.sort()
    passive = [c for v in cluster for c in v.children if c.dep_ == "auxpass" and v.lemma_.lower() == "quote"]
    if passive:
        return _bare(doc[passive[0].i : pieces[-1][1]].text)
    return _bare(" ".join(doc[a:b].text for a, b in pieces))


def _bare(channel: str) -> str:
    """Without the punctuation or opening quote mark a parse can hang at its end ("in a statement:" or
    "in a statement ``" before the quotation: MEANTIME, read as a user)."""
    return channel.rstrip(" :;,-–—`'\"“‘«")


def before_channel(doc: Doc, comps: list[Token], right: int) -> int:
    """The last content token when the parser hung the channel inside the reported clause.

    "said the city would rebuild in a video message supplied to the BBC": the closing phrase is how it was
    said, not what was said.
    """
    for comp in comps:
        for child in comp.children:
            if (child.dep_ == "prep" and child.lower_ in _CHANNEL_PREPS and child.right_edge.i == right
                    and child.i > comp.i and _names_channel(doc[child.i : right + 1])):
                return child.i - 1
    return right


def _names_channel(phrase: SpacySpan) -> bool:
    heads = [t for t in phrase if t.dep_ == "pobj" and t.head.i == phrase.start]
    return bool(heads) and heads[0].lemma_.lower() in CHANNEL_NOUNS
