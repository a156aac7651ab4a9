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
    assert normalise_source("the Taliban’s") == "Taliban"
    assert normalise_source("Agence France-Presse") == "AFP"
    assert normalise_source("the Interior Ministry") == "Interior Ministry"
