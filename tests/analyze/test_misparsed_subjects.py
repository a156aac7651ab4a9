"""Speakers the parser hung elsewhere than on the reporting verb, on made-up sentences parsed as the small
model parses such sentences in running text (the parse is written out: the tests do not hang on a model)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from tests.analyze.test_speech_subjects import by_cue, span_of

from newsweave.analyze.quotes import find_quotes
from newsweave.models import Article

Row = tuple[str, bool, str, str, str, int, str]  # word, space after, pos, tag, dep, head, lemma


def build(nlp: Language, rows: list[Row], ents: Sequence[tuple[int, int, str]] = ()) -> Doc:
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows], pos=[r[2] for r in rows],
              tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
              lemmas=[r[6] for r in rows])
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def as_read_as_preposition(nlp: Language) -> Doc:
    """'Kelmouth, as one of the mayor's advisers pointed out, rarely gets two storms in a row.': "as" read as
    a preposition with "one" its object, "Kelmouth" the subject of "pointed"."""
    rows: list[Row] = [
        ("Kelmouth", False, "PROPN", "NNP", "nsubj", 10, "Kelmouth"),
        (",", True, "PUNCT", ",", "punct", 10, ","),
        ("as", True, "ADP", "IN", "prep", 10, "as"),
        ("one", True, "NUM", "CD", "pobj", 2, "one"),
        ("of", True, "ADP", "IN", "prep", 3, "of"),
        ("the", True, "DET", "DT", "det", 6, "the"),
        ("mayor", False, "NOUN", "NN", "poss", 8, "mayor"),
        ("'s", True, "PART", "POS", "case", 6, "'s"),
        ("climate", True, "NOUN", "NN", "compound", 9, "climate"),
        ("advisers", True, "NOUN", "NNS", "pobj", 4, "adviser"),
        ("pointed", True, "VERB", "VBD", "ROOT", 10, "point"),
        ("out", False, "ADP", "RP", "prt", 10, "out"),
        (",", True, "PUNCT", ",", "punct", 10, ","),
        ("rarely", True, "ADV", "RB", "advmod", 14, "rarely"),
        ("gets", True, "VERB", "VBZ", "advcl", 10, "get"),
        ("two", True, "NUM", "CD", "nummod", 16, "two"),
        ("storms", True, "NOUN", "NNS", "dobj", 14, "storm"),
        ("in", True, "ADP", "IN", "prep", 14, "in"),
        ("a", True, "DET", "DT", "det", 19, "a"),
        ("row", False, "NOUN", "NN", "pobj", 17, "row"),
        (".", False, "PUNCT", ".", "punct", 10, "."),
    ]
    return build(nlp, rows, [(0, 1, "GPE"), (3, 4, "CARDINAL")])


def test_as_read_as_a_preposition_is_still_an_aside(nlp: Language) -> None:
    doc = as_read_as_preposition(nlp)
    text = doc.text
    q = by_cue(text, find_quotes(doc, Article(id="t", text=text), ()), "pointed out")
    assert span_of(text, q) == "one of the mayor's climate advisers"  # not "Kelmouth"
    assert q.text == "rarely gets two storms in a row"


def test_as_after_an_object_is_no_aside(nlp: Language) -> None:
    # "covered the vote as a fair result, echoing ...": "as" belongs to the object, not to a speaker.
    doc = as_read_as_preposition(nlp)
    words = [t.text for t in doc]
    words[1] = "the"  # "Kelmouth the as ...": no comma or mark sets "as" off
    doc2 = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], pos=[t.pos_ for t in doc],
               tags=[t.tag_ for t in doc], deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc],
               lemmas=[t.lemma_ for t in doc])
    found = find_quotes(doc2, Article(id="t", text=doc2.text), ())
    assert all(span_of(doc2.text, q) != "one of the mayor's climate advisers" for q in found)


def subject_in_fronted_phrase(nlp: Language) -> Doc:
    """'In a debate in Kelmouth, Ellen Voss, the harbour master, firmly told reporters that the bridge would
    reopen.': the name read as a conjunct of the town inside the fronted phrase, "told" left without a
    subject."""
    rows: list[Row] = [
        ("In", True, "ADP", "IN", "prep", 14, "in"),
        ("a", True, "DET", "DT", "det", 2, "a"),
        ("debate", True, "NOUN", "NN", "pobj", 0, "debate"),
        ("in", True, "ADP", "IN", "prep", 0, "in"),
        ("Kelmouth", False, "PROPN", "NNP", "pobj", 3, "Kelmouth"),
        (",", True, "PUNCT", ",", "punct", 4, ","),
        ("Ellen", True, "PROPN", "NNP", "compound", 7, "Ellen"),
        ("Voss", False, "PROPN", "NNP", "conj", 4, "Voss"),
        (",", True, "PUNCT", ",", "punct", 7, ","),
        ("the", True, "DET", "DT", "det", 11, "the"),
        ("harbour", True, "NOUN", "NN", "compound", 11, "harbour"),
        ("master", False, "NOUN", "NN", "appos", 7, "master"),
        (",", True, "PUNCT", ",", "punct", 7, ","),
        ("firmly", True, "ADV", "RB", "advmod", 14, "firmly"),
        ("told", True, "VERB", "VBD", "ROOT", 14, "tell"),
        ("reporters", True, "NOUN", "NNS", "dobj", 14, "reporter"),
        ("that", True, "SCONJ", "IN", "mark", 20, "that"),
        ("the", True, "DET", "DT", "det", 18, "the"),
        ("bridge", True, "NOUN", "NN", "nsubj", 20, "bridge"),
        ("would", True, "AUX", "MD", "aux", 20, "would"),
        ("reopen", False, "VERB", "VB", "ccomp", 14, "reopen"),
        (".", False, "PUNCT", ".", "punct", 14, "."),
    ]
    return build(nlp, rows, [(4, 5, "GPE"), (6, 8, "PERSON")])


def test_a_subject_swallowed_by_a_fronted_phrase(nlp: Language) -> None:
    doc = subject_in_fronted_phrase(nlp)
    text = doc.text
    q = by_cue(text, find_quotes(doc, Article(id="t", text=text), ()), "told")
    assert span_of(text, q) == "Ellen Voss, the harbour master"  # the name's phrase, not "Kelmouth, ..."
    assert q.text == "the bridge would reopen"


def test_no_speaker_from_a_date(nlp: Language) -> None:
    # "In a statement on Tuesday said ...": a date before a subjectless verb speaks for nobody.
    rows: list[Row] = [
        ("On", True, "ADP", "IN", "prep", 2, "on"),
        ("Tuesday", True, "PROPN", "NNP", "pobj", 0, "Tuesday"),
        ("said", True, "VERB", "VBD", "ROOT", 2, "say"),
        ("the", True, "DET", "DT", "det", 4, "the"),
        ("bridge", True, "NOUN", "NN", "nsubj", 6, "bridge"),
        ("would", True, "AUX", "MD", "aux", 6, "would"),
        ("reopen", False, "VERB", "VB", "ccomp", 2, "reopen"),
        (".", False, "PUNCT", ".", "punct", 2, "."),
    ]
    doc = build(nlp, rows, [(1, 2, "DATE")])
    assert all(q.speaker_span is None for q in find_quotes(doc, Article(id="t", text=doc.text), ()))
