"""What the parser sees: junk punctuation runs blanked, long inputs cut, runaway sentences split."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from newsweave.analyze.nlp import (
    MAX_ANALYZED_CHARS,
    MAX_SENTENCE_TOKENS,
    add_title_abbreviations,
    index_lemmas_by_set,
    parse,
    parse_view,
    read_tokenizer_if_custom,
)
from newsweave.analyze.pipeline import analyze
from newsweave.models import Article


def test_punctuation_runs_are_blanked_and_offsets_kept() -> None:
    text = "He said yes. " + '"' * 500 + " Then he left."
    view = parse_view(text)
    assert len(view) == len(text)
    assert view == "He said yes. " + " " * 500 + " Then he left."
    assert parse_view('"Fine," he said... ') == '"Fine," he said... '  # prose is left alone


def test_only_a_prefix_of_a_huge_input_is_parsed() -> None:
    text = ("The council met on Friday.\n" * 10_000)
    (doc,) = parse([text])
    assert MAX_ANALYZED_CHARS // 2 < len(doc.text) <= MAX_ANALYZED_CHARS
    assert text.startswith(doc.text)


def test_a_sentence_without_full_stops_is_cut(nlp: Language) -> None:
    doc = nlp("the markets and the banks " * 200)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def test_pathological_article_is_analysed_not_rejected() -> None:
    headline = "\nRussian markets to remain closed until Friday\n"
    text = '"' * 40_000 + headline + "On Aug. 24, 2021 some 2,000 " * 500
    (ann,) = analyze([Article(id="x", text=text, published="2022-03-01")])
    assert any(d.value == "2022-03-04" for d in ann.dates)


def test_the_loaded_tokenizer_is_the_models_stored_one(nlp: Language) -> None:
    # The stored tokenizer is skipped at load only because the one built from the config serialises the same
    # (both with the title abbreviations added at load).
    assert nlp.path is not None and isinstance(nlp.tokenizer, Tokenizer)
    stored = Tokenizer(nlp.vocab).from_disk(nlp.path / "tokenizer", exclude=["vocab"])
    add_title_abbreviations(stored)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == stored.to_bytes(exclude=["vocab"])
    assert [t.norm_ for t in nlp("They don't know.")] == ["they", "do", "not", "know", "."]
    assert "senter" not in nlp.component_names  # shipped disabled, never run: not even loaded


def test_a_customised_stored_tokenizer_is_read(nlp: Language) -> None:
    custom = Language(nlp.vocab)  # a bare tokenizer: it differs from the one stored with the model
    assert isinstance(custom.tokenizer, Tokenizer) and nlp.path is not None
    read_tokenizer_if_custom(custom, nlp.path)
    assert custom.tokenizer.to_bytes(exclude=["vocab"]) == (nlp.path / "tokenizer").read_bytes()
    assert [t.text for t in custom("Dr. Smith's")] == ["Dr.", "Smith", "'s"]


def test_the_set_backed_lemma_index_gives_the_same_lemmas(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    doc = nlp("The children were running past the geese's houses; wolves fled and studies worsened quickly.")

    def lemmas() -> list[list[str]]:
        lemmatizer.cache.clear()  # type: ignore[attr-defined]
        return [lemmatizer.rule_lemmatize(t) for t in doc]  # type: ignore[attr-defined]

    indexed = lemmas()
    plain = {pos: list(words) for pos, words in table.items()}
    try:
        for pos, words in plain.items():
            table[pos] = words
        assert lemmas() == indexed
        assert ["child"] in indexed and ["run"] in indexed and ["wolf"] in indexed
    finally:
        index_lemmas_by_set(nlp)
    assert all(type(words) is not list for words in table.values())


def test_an_abbreviated_title_before_a_name_ends_no_sentence(nlp: Language) -> None:
    # The small model ends a sentence at the point of "Sgt." and "Det." without this.
    doc = nlp("He was convicted of killing Sgt. Hoyt Tamsley outside the court. Det. Jon Fry spoke. "
              "The march ended on Main St. Police left.")
    sentences = [s.text for s in doc.sents]
    assert sentences[:2] == ["He was convicted of killing Sgt. Hoyt Tamsley outside the court.",
                             "Det. Jon Fry spoke."]
