"""Attributions: normalised sources for corroboration, with cue and channel."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.attribution import find_attributions
from newsweave.analyze.cues import normalise_source
from newsweave.models import Article, Attribution


def attributions_of(nlp: Language, text: str) -> tuple[Attribution, ...]:
    found = find_attributions(nlp(text), Article(id="t", text=text))
    for a in found:
        assert 0 <= a.span.start < a.span.end <= len(text)
    return found


def test_according_to_outlet(nlp: Language) -> None:
    text = "The dam was breached overnight, according to Reuters."
    (a,) = attributions_of(nlp, text)
    assert a.source == "Reuters"
    assert a.span.text_in(text) == "The dam was breached overnight"


def test_told_outlet_attributes_to_the_outlet(nlp: Language) -> None:
    text = '"The convoy was attacked twice," Colonel Ivan Petrov told AFP.'
    (a,) = attributions_of(nlp, text)
    assert a.source == "AFP"
    assert a.channel == "told AFP"


def test_outlet_reported(nlp: Language) -> None:
    text = "The Associated Press reported that two ministers had resigned."
    (a,) = attributions_of(nlp, text)
    assert a.source == "AP"
    assert a.span.text_in(text) == "two ministers had resigned"


def test_speaker_and_relaying_agency_both_count(nlp: Language) -> None:
    # The parse hangs "according to" on the reported clause, so each statement holds the other's cue; both
    # used to be dropped as nested, leaving the sentence with no source.
    text = ("Defence lawyer Tomas Elgin Varro told Harbour County Circuit Judge Ann M. Petrosky that Keller, "
            "31, had entered a clinic in Port Alder, according to the Associated Press.")
    sources = {a.source for a in attributions_of(nlp, text)}
    assert "AP" in sources
    assert any("Varro" in s for s in sources)


def test_group_source_without_outlet(nlp: Language) -> None:
    text = "The Coastal Workers Union said the strike would continue."
    (a,) = attributions_of(nlp, text)
    assert a.source == "Coastal Workers Union"
    assert a.cue is not None and a.cue.text_in(text) == "said"


def test_media_reports(nlp: Language) -> None:
    text = "The airport was closed for six hours, media reports said."
    (a,) = attributions_of(nlp, text)
    assert a.source == "media reports"


def test_unresolved_pronoun_is_not_an_attribution(nlp: Language) -> None:
    assert attributions_of(nlp, "He said the road was closed.") == ()


def test_normalise_source() -> None:
    assert normalise_source("news agency AFP") == "AFP"
    assert normalise_source("the News & Observer of Raleigh") == "News & Observer of Raleigh"
    assert normalise_source("the Taliban’s") == "Taliban"
    assert normalise_source("Agence France-Presse") == "AFP"
    assert normalise_source("the Interior Ministry") == "Interior Ministry"
    # The day a statement came is no part of who made it.
    assert normalise_source("a Norland prison statement Monday") == "Norland prison statement"
    assert normalise_source("Tuesday") == "Tuesday"
    # Nor is a word left dangling where a day, a quoted name or a relative clause was cut.
    assert normalise_source("court documents given to his lawyer on Monday") == (
        "court documents given to his lawyer")
    # A participle whose agent was cut leaves the noun alone ("a note signed by the ``Night Wolves''").
    assert normalise_source("a note signed by the") == "note"
    assert normalise_source("a statement issued by") == "statement"
    assert normalise_source("The warrant on") == "warrant"
    # A time word the sentence opens with, which the parser folded into the phrase ("Earlier police said").
    assert normalise_source("Earlier police") == "police"
    assert normalise_source("Later the harbour master") == "harbour master"
    assert normalise_source("Later") == "Later"
    # An aside the phrase was cut inside is dropped; a whole one stays.
    assert normalise_source("A Norland ferryman (who asked not to be named") == "Norland ferryman"
    assert normalise_source("the Harrow Front (HF)") == "Harrow Front (HF)"


def test_news_agency_names() -> None:
    assert normalise_source("the Tarvo news agency") == "Tarvo"
    assert normalise_source("Norland's Tarvo news agency") == "Tarvo"  # the country says whose it is
    # "News" alone, capitalised, closes a paper's name.
    assert normalise_source("the Fernholm Daily News") == "Fernholm Daily News"
    assert normalise_source("Tarvo News Agency") == "Tarvo"
    assert normalise_source("Norland's official Tarvo news agency") == "Tarvo"
    assert normalise_source("the state-run Tarvo news agency") == "Tarvo"
    assert normalise_source("news channel TV 2 News") == "TV 2 News"
    # Descriptions name no agency: the noun stays.
    assert normalise_source("A Norlandic news agency") == "Norlandic news agency"
    assert normalise_source("the state news agency") == "state news agency"


def test_unnamed_press_sources_become_media_reports() -> None:
    assert normalise_source("Multiple media reports") == "media reports"
    assert normalise_source("local media") == "media reports"
    assert normalise_source("the report") != "media reports"  # a named document, not the press


def test_reports_quoting_a_party_are_that_party(nlp: Language) -> None:
    assert normalise_source("reports quoting the Harbour Authority") == "Harbour Authority"
    text = "Reports quoting the Harbour Authority said that the dock would close for a week."
    sources = {a.source for a in attributions_of(nlp, text)}
    assert sources == {"Harbour Authority"}


def test_quotes_and_attributions_share_one_analysis(nlp: Language) -> None:
    from newsweave.analyze.quotes import find_quotes

    text = '"The dock is closed," the harbour master Piet Smit said.'
    doc = nlp(text)
    article = Article(id="t", text=text)
    quotes = find_quotes(doc, article, ())
    (a,) = find_attributions(doc, article)
    assert (a.span.start, a.span.end) == (quotes[0].span.start, quotes[0].span.end)
    assert a.source == "Piet Smit"


def test_an_indefinite_description_keeps_its_noun_as_a_source(nlp: Language) -> None:
    (a,) = attributions_of(nlp, "A Norlandic news agency said the ferry would sail again on Monday.")
    assert a.source == "Norlandic news agency"
    (b,) = attributions_of(nlp, "The Tarvo news agency said the ferry would sail again on Monday.")
    assert b.source == "Tarvo"


def test_a_proclaimed_act_is_a_deed_not_words_reported(nlp: Language) -> None:
    text = ("Mayor Jon Varga declared three days of mourning in Kaldova. The governor announced a curfew. "
            "The minister declared that the port was safe.")
    found = find_attributions(nlp(text), Article(id="t", text=text))
    assert [text[a.span.start:a.span.end] for a in found] == ["the port was safe"]
