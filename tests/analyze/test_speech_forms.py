"""Cue words and the forms of statement besides "X said (that) ...", on made-up sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from tests.analyze.test_speech_subjects import by_cue, span_of

from newsweave.analyze.quotes import find_quotes
from newsweave.models import Article, Quote


def quotes_of(nlp: Language, text: str) -> tuple[Quote, ...]:
    found = find_quotes(nlp(text), Article(id="t", text=text), ())
    for q in found:
        assert q.span.text_in(text) == q.text
    return found


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # The words are elsewhere; the pro-form stands for them.
        ("The harbour master Ellen Voss said as much in an interview on Friday.", "said", "as much",
         "The harbour master Ellen Voss"),
        ("That was what Ellen Voss said when she resigned from the board.", "said", "what", "Ellen Voss"),
        ("Through a spokesman, the harbour master declined to comment.", "declined", "to comment",
         "the harbour master"),
    ],
)
def test_pro_forms_are_statements(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert q.kind == "indirect"
    assert q.text == content
    assert span_of(text, q) == speaker


def test_a_bare_pronoun_object_is_still_no_statement(nlp: Language) -> None:
    text = "The harbour master said it twice."
    assert not [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text_in(text) == "said"]


def misparsed_inversion(nlp: Language) -> Doc:
    """'“We will reopen the bridge,” Kelmouth police Chief Ellen Voss said Monday.' as the small model parses
    such sentences in running text: the town read as a verb, the cue hung on the quoted clause, no subject."""
    rows = [  # word, space after, pos, tag, dep, head, lemma
        ("“", False, "PUNCT", "``", "punct", 3, "“"),
        ("We", True, "PRON", "PRP", "nsubj", 3, "we"),
        ("will", True, "AUX", "MD", "aux", 3, "will"),
        ("reopen", True, "VERB", "VB", "ROOT", 3, "reopen"),
        ("the", True, "DET", "DT", "det", 5, "the"),
        ("bridge", False, "NOUN", "NN", "dobj", 3, "bridge"),
        (",", False, "PUNCT", ",", "punct", 3, ","),
        ("”", True, "PUNCT", "''", "punct", 3, "”"),
        ("Kelmouth", True, "VERB", "VBP", "dep", 3, "Kelmouth"),
        ("police", True, "NOUN", "NN", "compound", 10, "police"),
        ("Chief", True, "PROPN", "NNP", "dobj", 8, "Chief"),
        ("Ellen", True, "PROPN", "NNP", "compound", 12, "Ellen"),
        ("Voss", True, "PROPN", "NNP", "appos", 10, "Voss"),
        ("said", True, "VERB", "VBD", "conj", 3, "say"),
        ("Monday", False, "PROPN", "NNP", "npadvmod", 13, "Monday"),
        (".", False, "PUNCT", ".", "punct", 3, "."),
    ]
    return Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
               lemmas=[r[6] for r in rows])


def test_speaker_between_quotation_and_cue(nlp: Language) -> None:
    # '"...," NAME said' where the parse gives the cue no subject: the phrase between the closing mark and the
    # cue is the speaker.
    doc = misparsed_inversion(nlp)
    text = doc.text
    (q,) = find_quotes(doc, Article(id="t", text=text), ())
    assert q.kind == "direct"
    assert q.cue is not None and q.cue.text_in(text) == "said"
    assert span_of(text, q) == "Kelmouth police Chief Ellen Voss"
    assert q.speaker == "Ellen Voss"  # resolved to the name


def test_no_inverted_speaker_past_other_words(nlp: Language) -> None:
    # '"...," as Eric Garner said' is not a plain inversion: nothing is made up from the words in between.
    doc = misparsed_inversion(nlp)
    words = [t.text for t in doc]
    words[8] = "as"
    doc2 = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], pos=[t.pos_ for t in doc],
               tags=[t.tag_ for t in doc], deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc],
               lemmas=[t.lemma_ for t in doc])
    found = find_quotes(doc2, Article(id="t", text=doc2.text), ())
    assert all(q.speaker_span is None for q in found)


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The mayor sent a letter to the port authority on Thursday.", "sent", "a letter", "The mayor"),
        ("Senator Dana Whitfield unleashed a flurry of tweets on Friday.", "unleashed", "a flurry of tweets",
         "Senator Dana Whitfield"),
    ],
)
def test_a_message_sent_is_its_senders_statement(nlp: Language, text: str, cue: str, content: str,
                                                 speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert q.text == content
    assert span_of(text, q) == speaker


def test_a_thing_sends_no_message(nlp: Language) -> None:
    # Only someone sends a message: a programme "sending a message" is a figure of speech.
    text = "The new toll sends a terrible message to commuters."
    assert not [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text_in(text) == "sends"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Senator Dana Whitfield has been critical of the toll since March.", "critical", "the toll",
         "Senator Dana Whitfield"),
        ("The spokeswoman was sure the bridge would reopen by Friday.", "sure",
         "the bridge would reopen by Friday", "The spokeswoman"),
        # Fear, concern and resolve are stances too.
        ("Ellen Voss was afraid that the closure would last until winter.", "afraid",
         "the closure would last until winter", "Ellen Voss"),
        ("Senator Dana Whitfield was worried about the new toll.", "worried", "the new toll",
         "Senator Dana Whitfield"),
    ],
)
def test_a_stance_said_with_be(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert q.text == content
    assert span_of(text, q) == speaker


def test_a_stance_with_be_inside_reported_speech_is_part_of_it(nlp: Language) -> None:
    text = "Ellen Voss said she was confident that the bridge would reopen by Friday."
    found = quotes_of(nlp, text)
    assert [q.cue.text_in(text) for q in found if q.cue is not None] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # Judging someone and manners of speaking are cues like "criticised" and "said".
        ("Senator Dana Whitfield scolded the port's chief executive for the delays.", "scolded",
         "Senator Dana Whitfield"),
        ("“We are ready,” the harbour master whispered.", "whispered", "the harbour master"),
        # Taking a side, speaking on a topic, singing, and coming to believe.
        ("Ellen Voss protested the new toll at the harbour board meeting.", "protested", "Ellen Voss"),
        ("Dana Whitfield downplayed the cost of the repairs.", "downplayed", "Dana Whitfield"),
        ("The crowd sang that the bridge belonged to everyone.", "sang", "The crowd"),
        ("The harbour master realized that the bridge would stay closed until winter.", "realized",
         "The harbour master"),
        ("The harbour board would like to raise the toll.", "like", "The harbour board"),
        # Comparing to judge: "contrast" with "compare" and "liken".
        ("Ellen Voss contrasted the new toll with the old one.", "contrasted", "Ellen Voss"),
        # A position taken by a decision on record.
        ("The harbour board voted to close the bridge until the spring.", "voted", "The harbour board"),
    ],
)
def test_verb_classes_of_judging_and_speaking(nlp: Language, text: str, cue: str, speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert span_of(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Senator Dana Whitfield lashed out at the port authority on Friday.", "lashed out",
         "the port authority", "Senator Dana Whitfield"),
        ("The mayor is doubling down on her attacks on the toll.", "doubling down",
         "her attacks on the toll", "The mayor"),
    ],
)
def test_stance_idioms(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    q = by_cue(text, quotes_of(nlp, text), cue)
    assert q.text == content
    assert span_of(text, q) == speaker


def test_an_idiom_word_alone_is_no_stance(nlp: Language) -> None:
    # "took" without "aim" is no idiom of stance.
    text = "Senator Dana Whitfield took the ferry at noon."
    assert quotes_of(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # The cue is the verb group: a verb whose subject the cue shares and whose complement it is.
        ("The panel decided after a long inquiry not to recommend charges against the mayor.",
         "decided after a long inquiry not to recommend"),
        # An object in between speaks itself: the group is the cue alone.
        ("Senator Dana Whitfield forced the chief executive to admit that nobody was fired.", "admit"),
    ],
)
def test_cue_is_the_verb_group(nlp: Language, text: str, cue: str) -> None:
    assert [q.cue.text_in(text) for q in quotes_of(nlp, text) if q.cue is not None] == [cue]


def test_stance_verb_before_the_colon_introduces_the_quotation(nlp: Language) -> None:
    text = ("The hearing grew tense. Senator Dana Whitfield scolded him: “The whole harbour knows the pier "
            "is unsafe and you did nothing.”")
    (q,) = quotes_of(nlp, text)
    assert q.kind == "direct"
    assert q.cue is not None and q.cue.text_in(text) == "scolded"
    assert span_of(text, q) == "Senator Dana Whitfield"


def test_a_that_clause_misread_as_relative_is_what_was_told(nlp: Language) -> None:
    # The parser hangs the clause on "meeting" as a relative clause; its "that" is a complementiser.
    text = ("In Wellington last week, he told a meeting of harbour board members that few people understood "
            "the cost of the repairs.")
    q = by_cue(text, quotes_of(nlp, text), "told")
    assert q.text == "few people understood the cost of the repairs"
    assert span_of(text, q) == "he"


def test_a_true_relative_clause_is_not_what_was_told(nlp: Language) -> None:
    text = "Ellen Voss told the reporter who had called her about the toll."
    assert not [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text_in(text) == "told"]


def test_a_participle_after_the_report_keeps_its_speaker(nlp: Language) -> None:
    text = "Ellen Voss said the bridge was safe, going on to argue that the repairs had been rushed."
    q = by_cue(text, quotes_of(nlp, text), "going on to argue")
    assert q.text == "the repairs had been rushed"
    assert span_of(text, q) == "Ellen Voss"


def test_a_view_that_casts_something_as_something(nlp: Language) -> None:
    text = "Ellen Voss sees the vote as a chance to fix the bridge."
    q = by_cue(text, quotes_of(nlp, text), "sees")
    assert q.text == "the vote as a chance to fix the bridge"
    assert span_of(text, q) == "Ellen Voss"


def test_critics_and_other_roles_hold_views(nlp: Language) -> None:
    # People named by the role they speak in ("critics", "economists") can hold a view.
    text = "Critics see the new toll as a tax on dock workers."
    q = by_cue(text, quotes_of(nlp, text), "see")
    assert span_of(text, q) == "Critics"


def test_seeing_something_is_no_view(nlp: Language) -> None:
    # "as" opens a clause of time here, not what the thing is seen as.
    text = "The harbour master saw the crack in the pier as she walked past."
    assert not [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text_in(text) == "saw"]


def test_consider_with_a_clause_is_a_belief(nlp: Language) -> None:
    text = "Initially, the harbour board did not consider Ellen Voss a realistic candidate."
    q = by_cue(text, quotes_of(nlp, text), "consider")
    assert q.text == "Ellen Voss a realistic candidate"
    assert span_of(text, q) == "the harbour board"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Senator Ames on Bridge Closure: Repairs Will Take Months", "Senator Ames",
         "Repairs Will Take Months"),
        ("Mayor Ellen Voss on Harbour Tolls: Drivers Will Pay More", "Mayor Ellen Voss",
         "Drivers Will Pay More"),
    ],
)
def test_a_headline_name_on_a_topic_speaks(nlp: Language, text: str, speaker: str, content: str) -> None:
    (q,) = quotes_of(nlp, text)
    assert span_of(text, q) == speaker
    assert q.text == content


def test_a_section_title_on_a_topic_speaks_not(nlp: Language) -> None:
    text = "Progress on Harbour Safety: The authority replaced the cracked supports last year."
    assert all(q.speaker_span is None for q in quotes_of(nlp, text))


def test_a_quantity_read_as_the_object_of_say_is_the_clause_said(nlp: Language) -> None:
    # "said many of the examples ... were ...": the parser took "many" for the object of "said".
    text = ("Ellen Voss, a spokeswoman for the port, said many of the examples that critics point to as "
            "failures were in fact successes.")
    q = by_cue(text, quotes_of(nlp, text), "said")
    assert q.text == "many of the examples that critics point to as failures were in fact successes"
    assert span_of(text, q) == "Ellen Voss, a spokeswoman for the port"


def test_a_question_clause_read_as_a_clause_of_time_is_what_was_said(nlp: Language) -> None:
    text = "The mayor has not said when the bridge would reopen."
    q = by_cue(text, quotes_of(nlp, text), "said")
    assert q.text == "when the bridge would reopen"
    assert span_of(text, q) == "The mayor"


def test_a_speech_verb_fronted_before_its_speaker_and_a_quotation_names_that_speaker(nlp: Language) -> None:
    text = ("Omar Talib called the plan a fraud. ``We will never accept it,'' Talib said. Replied ministry "
            "spokesman Karel Dvorak, ``We have not studied the remarks in detail.'' Talks resumed later.")
    q = next(q for q in quotes_of(nlp, text) if q.text.startswith("We have not"))
    assert span_of(text, q) == "ministry spokesman Karel Dvorak"
    assert q.cue is not None and q.cue.text_in(text) == "Replied"


@pytest.mark.parametrize("text", [
    "At one point, when the radio went silent, someone said a prayer.",
    "The crew said goodbye to the passengers at the gate on Monday.",
    "Every evening the family says grace before the meal is served.",
])
def test_words_of_a_set_form_said_are_no_statement(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == ()
