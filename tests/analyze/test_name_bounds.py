"""A tagged name's bounds moved back to its capitalised words; descriptions and function words dropped."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.entities import find_entities
from newsweave.analyze.name_bounds import mend_bounds
from newsweave.models import Article


def _mended(nlp: Language, text: str, tagged: str) -> str | None:
    """The words left of ``tagged`` (a span of ``text`` as a tagger might give it)."""
    doc = nlp(text)
    span = doc.char_span(text.index(tagged), text.index(tagged) + len(tagged))
    assert span is not None
    bounds = mend_bounds(doc, span.start, span.end)
    return None if bounds is None else doc[bounds[0] : bounds[1]].text


def test_a_describing_word_before_a_name_is_left_out(nlp: Language) -> None:
    text = "During the talks, the white Liberal Union government agreed to free the prisoners."
    assert _mended(nlp, text, "white Liberal Union") == "Liberal Union"


def test_a_description_of_a_body_in_lower_case_is_no_name(nlp: Language) -> None:
    text = "The new bloc is the heir of another Islamic party, which a court banned in March."
    assert _mended(nlp, text, "another Islamic party") is None


def test_lower_case_words_after_of_end_the_name_before_it(nlp: Language) -> None:
    text = "The Freedom Council of human rights groups met in Ostrava on Tuesday."
    assert _mended(nlp, text, "Freedom Council of human") == "Freedom Council"


def test_a_number_after_of_ends_the_name(nlp: Language) -> None:
    text = "Ministers of the Group of Eight leading economies met in Ostrava."
    assert _mended(nlp, text, "Group of") == "Group of Eight"


def test_an_adverb_after_a_place_is_no_part_of_it(nlp: Language) -> None:
    text = "The wave reached Port Tallis approximately an hour later."
    assert _mended(nlp, text, "Port Tallis approximately") == "Port Tallis"


def test_a_family_name_cut_at_its_particle_runs_on(nlp: Language) -> None:
    text = "The order came from Commissioner Pieter van der Berg, who later confessed."
    assert _mended(nlp, text, "Pieter van") == "Pieter van der Berg"


def test_a_function_word_capitalised_by_its_place_is_no_name(nlp: Language) -> None:
    text = "He waved the papers away. ``None of these figures adds up,'' he said."
    assert _mended(nlp, text, "None of") is None
    titled = "``We felt something was coming,'' Ms. He said on Wednesday."
    assert _mended(nlp, titled, "He") == "He"


def test_a_section_subhead_in_capitals_is_no_organisation(nlp: Language) -> None:
    text = ("The panel found that the ministers were accountable.\n\nLABOUR\n\n"
            "The sector was central to the economy that sustained the state.")
    ents = find_entities(nlp(text), Article(id="t", text=text))
    assert not any(e.text == "LABOUR" for e in ents)


def test_a_person_the_tagger_ran_on_from_a_country_is_cut_from_it(nlp: Language) -> None:
    from newsweave.analyze.name_bounds import person_after_country

    countries = {"United Velm", "Kaldova"}
    english = {"sport", "sports", "daily", "hale"}
    doc = nlp("The Prime Minister of the United Velm Tomas Hale said so.")
    span = doc[5:9]
    assert span.text == "United Velm Tomas Hale"
    assert person_after_country(span, countries.__contains__, english.__contains__) == 7
    # A body's words after the country keep the name whole ("Kaldova Sports Daily" is a newspaper).
    doc2 = nlp("The Kaldova Sports Daily said so.")
    assert person_after_country(doc2[1:4], countries.__contains__, english.__contains__) is None
