"""Language detection at ingest: detected, declared or undetermined, and settled within a batch."""

from __future__ import annotations

import pytest

from newsweave.ingest import articles_from_raw, to_article
from newsweave.ingest.language import UNDETERMINED, detect_language, normalize_tag
from newsweave.models import Metadata, RawDocument

# Our own sentences, one per language the MultiLing set holds.
SAMPLES = {
    "en": "The harbour authority said on Tuesday that the old bridge would stay closed for repairs.",
    "fr": "Le maire a déclaré mardi que le vieux pont resterait fermé pendant les travaux de réparation.",
    "cs": "Starosta v úterý řekl, že starý most zůstane kvůli opravám uzavřený až do jara.",
    "el": "Ο δήμαρχος δήλωσε την Τρίτη ότι η παλιά γέφυρα θα μείνει κλειστή για επισκευές.",
    "ar": "قال رئيس البلدية يوم الثلاثاء إن الجسر القديم سيبقى مغلقا بسبب أعمال الإصلاح.",
    "he": "ראש העירייה אמר ביום שלישי כי הגשר הישן יישאר סגור בשל עבודות תיקון.",
    "hi": "महापौर ने मंगलवार को कहा कि पुराना पुल मरम्मत के कारण बंद रहेगा।",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_detects_each_language_of_the_eval_set(code: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert guess.confidence >= 0.6


@pytest.mark.parametrize("text", ["", "   ", "12 345 678", "A B C", "—— | ——"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text).code == UNDETERMINED


@pytest.mark.parametrize(("tag", "code"), [("en", "en"), ("EN-us", "en"), ("fr_FR", "fr"),
                                           ("zh-Hant-TW", "zh"), ("", None), (None, None),
                                           ("english please", None)])
def test_declared_tags_become_primary_subtags(tag: str | None, code: str | None) -> None:
    assert normalize_tag(tag) == code


def test_article_language_is_detected_unless_given() -> None:
    detected = to_article(RawDocument(item="a.txt", text=SAMPLES["fr"]))
    assert detected.language == "fr"
    given = to_article(RawDocument(item="b.txt", text=SAMPLES["fr"], metadata=Metadata(language="en-GB")))
    assert given.language == "en"  # metadata given with the input always wins


def test_header_line_language_is_read_from_txt() -> None:
    (article,) = articles_from_raw([RawDocument(item="c.txt", text=SAMPLES["en"],
                                                metadata=Metadata(language="de"))]).articles
    assert article.language == "de"


def test_short_item_takes_the_clear_majority_it_leans_to() -> None:
    raws = [RawDocument(item=f"{i}.txt", text=SAMPLES["en"] + f" Update {i}.") for i in range(3)]
    raws.append(RawDocument(item="short.txt", text="Water main burst."))
    raws.append(RawDocument(item="none.txt", text="Ok 12 345."))
    alone = detect_language("Water main burst.")
    assert (alone.code, alone.best) == (UNDETERMINED, "en")  # leans English, not confidently
    langs = [a.language for a in articles_from_raw(raws).articles]
    assert langs == ["en", "en", "en", "en", UNDETERMINED]  # too few letters to lean on: stays undetermined


def test_no_majority_leaves_undetermined_items_alone() -> None:
    raws = [RawDocument(item="en.txt", text=SAMPLES["en"]), RawDocument(item="fr.txt", text=SAMPLES["fr"]),
            RawDocument(item="x.txt", text="Water main burst.")]
    langs = [a.language for a in articles_from_raw(raws).articles]
    assert langs == ["en", "fr", UNDETERMINED]
