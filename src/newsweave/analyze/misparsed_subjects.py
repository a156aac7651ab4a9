"""Speakers of a reporting verb that the parser hung somewhere else than on the verb.

Two misreadings of ordinary English that leave the verb without its subject or with a wrong one:

* an aside "as X said" whose "as" the parser took for a preposition, so that X is its object and the verb is
  the main verb ("Hawaii, as one of the advisers pointed out, does not get ...": the parser makes "Hawaii"
  the subject of "pointed");
* a subject swallowed by a fronted phrase with no comma after it ("In a meeting with the board of the Post
  Trump said that ...", "In a panel in Washington, Marc Morial, the chief of the League, told ...": the name
  becomes the object of the preposition or a conjunct of it, and the verb has no subject at all).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verb forms that need a written subject: a finite verb without one is a misparse, not an imperative of news
# prose ("Let's say ..." aside) or a participle.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words between a speaker phrase and its verb that belong to the verb: "forcefully told", "both documents".
_VERB_PREMODIFIERS = frozenset({"advmod", "det", "aux", "neg", "preconj"})
# Entity types that cannot speak: "On Tuesday said" has no speaker in it.
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_ASIDE_HEADS = frozenset({"advcl", "acl"})
_PHRASE_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def as_aside(cue: Token) -> Token | None:
    """The "as" of an aside "as X said" that the parser read as a preposition with X its object: "as" hangs
    on the cue or on the clause the cue hangs on, and X's phrase runs up to the cue, but for commas and a
    participle set off by them ("as Eric Garner, gasping on a sidewalk, said")."""
    doc = cue.doc
    if cue.tag_ not in _FINITE and not any(c.dep_ == "aux" for c in cue.children):
        return None  # "admires Putin as a strong leader, comparing him ...": "as" of the object, no aside
    for word in (*cue.children, *cue.head.children):
        if word.lower_ != "as" or word.dep_ != "prep" or word.i > cue.i:
            continue
        if word.i > cue.sent.start and not doc[word.i - 1].is_punct:
            continue  # an aside is set off: "Hawaii, as ...", "'...,' as ..."; "covered it as a move" is not
        objects = [o for o in word.children if o.dep_ == "pobj" and o.pos_ in _PHRASE_HEADS]
        if not objects or objects[0].ent_type_ in {"DATE", "TIME"}:  # "one of the advisers" is CARDINAL
            continue
        i = objects[0].right_edge.i + 1
        while i < cue.i:
            token = doc[i]
            if token.is_punct or (token.head.i == cue.i and token.dep_ in _VERB_PREMODIFIERS):
                i += 1
            elif token.dep_ in _ASIDE_HEADS and token.tag_ in {"VBG", "VBN"}:
                i = token.right_edge.i + 1
            elif token.head.dep_ in _ASIDE_HEADS and token.head.tag_ in {"VBG", "VBN"} and token.head.i > i:
                i = token.head.right_edge.i + 1  # the participle's own first words ("facedown gasping")
            else:
                break
        if i == cue.i:
            return word
    return None


def as_aside_speaker(cue: Token) -> Token | None:
    word = as_aside(cue)
    if word is None:
        return None
    return next(o for o in word.children if o.dep_ == "pobj")


def fronted_subject(cue: Token) -> Token | None:
    """The name just before a finite main verb that has no subject, taken from the fronted phrase the parser
    hung it in: of the noun phrases that end right before the verb (and its adverbs), the one that starts
    last ("Trump", not "the editorial board of the Post Trump"; "Marc Morial, the chief ...," not
    "Washington, Marc Morial, ...")."""
    if cue.dep_ != "ROOT" or cue.tag_ not in _FINITE:
        return None
    doc = cue.doc
    start = cue.sent.start
    end = cue.i - 1
    while end >= start and doc[end].head.i == cue.i and doc[end].dep_ in _VERB_PREMODIFIERS:
        end -= 1
    if end <= start or (doc[end].head.i == cue.i and doc[end].dep_ != "dep"):
        return None  # nothing before the verb, or a word the parser hung on it (a dash, a comma)
    found: Token | None = None
    for token in doc[start : end + 1]:
        if (token.pos_ in {"PROPN", "NOUN"} and token.right_edge.i == end
                and (token.head.i < token.i or token.dep_ == "dep")
                and token.ent_type_ not in _NOT_SPEAKERS
                and (found is None or token.left_edge.i > found.left_edge.i)):
            found = token
    return found


def aside_bounds(cue: Token) -> tuple[int, int] | None:
    """First and last token of a misparsed aside "as X said (out)", or None when the cue heads none."""
    word = as_aside(cue)
    if word is None:
        return None
    particles = [c.i for c in cue.children if c.dep_ == "prt" and c.i > cue.i]
    return word.i, max([cue.i, *particles])
