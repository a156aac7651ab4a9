from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import (
    Annotations,
    Article,
    DateMention,
    EntityMention,
    Geo,
    NumberMention,
    PriorValue,
    Quote,
    Span,
    StorySketch,
)
from newsweave.store.codec import decode, encode

text = st.text(max_size=40)
opt_text = st.none() | text
floats = st.floats(allow_nan=False, allow_infinity=False, width=32)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 500))
    return Span("a", start, start + draw(st.integers(0, 50)))


geo = st.builds(Geo, floats, floats, text, st.sampled_from(["city", "country"]), opt_text)
entities = st.builds(
    EntityMention, spans(), text, st.sampled_from(["PERSON", "GPE", "ORG"]), st.none() | geo, opt_text
)
dates = st.builds(
    DateMention,
    spans(),
    text,
    opt_text,
    st.sampled_from(["day", "year"]),
    st.sampled_from(["explicit", "relative"]),
    st.none() | spans(),
    st.sampled_from(["date", "duration"]),
)
numbers = st.builds(
    NumberMention,
    spans(),
    text,
    st.none() | floats,
    st.none() | floats,
    st.none() | floats,
    st.booleans(),
    opt_text,
    prior=st.none() | st.builds(PriorValue, spans(), text, floats),
)
quotes = st.builds(
    Quote, spans(), text, st.sampled_from(["direct", "indirect"]), opt_text, st.none() | spans()
)
annotations = st.builds(
    Annotations,
    st.just("a"),
    st.lists(spans(), max_size=4).map(tuple),
    st.lists(entities, max_size=4).map(tuple),
    st.lists(dates, max_size=3).map(tuple),
    st.lists(quotes, max_size=3).map(tuple),
    st.lists(numbers, max_size=3).map(tuple),
)
articles = st.builds(Article, text, text, opt_text, opt_text, opt_text, opt_text, opt_text)
sketches = st.builds(
    StorySketch,
    text,
    st.integers(0, 10**6),
    opt_text,
    opt_text,
    opt_text,
    st.integers(0, 99),
    st.lists(st.tuples(text, floats), max_size=5).map(tuple),
    st.lists(st.tuples(text, floats), max_size=5).map(tuple),
)


@given(annotations)
def test_annotations_round_trip(value: Annotations) -> None:
    assert decode(Annotations, encode(value)) == value


@given(articles)
def test_article_round_trip(value: Article) -> None:
    assert decode(Article, encode(value)) == value


@given(sketches)
def test_sketch_round_trip(value: StorySketch) -> None:
    assert decode(StorySketch, encode(value)) == value


def test_missing_field_decodes_to_default_and_garbage_is_a_store_error() -> None:
    import pytest

    from newsweave.errors import StoreError

    assert decode(Article, '{"id": "x", "text": "t"}') == Article(id="x", text="t")
    with pytest.raises(StoreError):
        decode(Article, "not json")
    with pytest.raises(StoreError):
        decode(Article, "[1, 2]")


def test_sentence_facts_round_trip_and_old_rows_decode_without_them() -> None:
    from newsweave.models import SentenceFacts

    facts = (SentenceFacts(Span("a", 0, 40), 12, True, None, Span("a", 12, 19)),
             SentenceFacts(Span("a", 41, 60), 41, None, False))
    ann = Annotations("a", sentences=(Span("a", 0, 60),), facts=facts)
    assert decode(Annotations, encode(ann)) == ann
    assert decode(Annotations, encode(Annotations("a", facts=()))).facts == ()
    old = '{"article_id": "a", "sentences": [{"article_id": "a", "start": 0, "end": 5}]}'
    assert decode(Annotations, old).facts is None
