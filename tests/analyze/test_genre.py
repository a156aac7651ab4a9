"""Opinion pieces are told by explicit labels only: a wire's editorial line, a genre label or title, or an
opinion section in the address; a report stays a report when no label says otherwise."""

from __future__ import annotations

import pytest

from newsweave.analyze.genre import opinion_mark
from newsweave.analyze.pipeline import annotate
from newsweave.models import Article, Span

WIRE_EDITORIAL = ("The Kelmouth Courier said in an editorial for Monday, May 3:\n\n"
                  "The council was wrong to wait.")


def test_a_wire_editorial_line_is_read_in_the_text_with_its_span() -> None:
    mark = opinion_mark(Article("a", WIRE_EDITORIAL))
    assert mark is not None and mark.where == "text"
    assert mark.cue == "The Kelmouth Courier said in an editorial"
    assert mark.span == Span("a", 0, len(mark.cue))


@pytest.mark.parametrize("text", [
    "Officials said in a statement on Friday that the bridge would stay shut.",
    "The mayor said in an interview that an editorial had misread the budget.",
    "Opinion polls show the council's lead narrowing.",
    "Analysis: what the collapse means for the port.",  # analysis is news
])
def test_reports_that_merely_mention_opinion_stay_reports(text: str) -> None:
    assert opinion_mark(Article("a", text)) is None


@pytest.mark.parametrize(("title", "cue"), [
    ("Opinion | Kelmouth deserves a better bridge", "Opinion |"),
    ("EDITORIAL: The council must act", "EDITORIAL:"),
    ("Levendosky Column", "Column"),
    ("Opinion poll shows lead narrowing", None),
    ("Protesters climb Nelson's Column", None),  # a headline about a thing, not a genre label
    ("Nelson's Column", None),
    ("Bridge reopens after repairs", None),
])
def test_titles_label_the_genre_before_a_colon_or_bar_or_at_their_end(title: str, cue: str | None) -> None:
    mark = opinion_mark(Article("a", "The bridge reopened on Monday.", title=title))
    assert (mark.cue if mark else None) == cue
    assert mark is None or (mark.where == "title" and mark.span is None)


@pytest.mark.parametrize(("url", "opinion"), [
    ("https://news.example/opinion/2024/05/bridge.html", True),
    ("https://news.example/editorials/bridge", True),
    ("https://news.example/news/opinion-poll-shows-lead/", False),
    ("https://news.example/world/bridge-collapse", False),
    ("http://[::1", False),  # malformed: no cue, no error
])
def test_an_opinion_section_in_the_address_marks_the_piece(url: str, opinion: bool) -> None:
    assert (opinion_mark(Article("a", "The bridge reopened.", url=url)) is not None) is opinion


def test_every_language_gets_the_address_cue_but_only_its_own_labels() -> None:
    # No German pack: sentences only, yet the section in the address still says opinion.
    german = annotate(Article("a", "Die Brücke ist wieder offen.", language="de",
                              url="https://zeitung.example/meinung/bruecke"), None)
    assert german.opinion is not None and german.opinion.where == "url"
    # English labels are not read in a French title.
    french = annotate(Article("b", "Le pont a rouvert lundi.", language="fr", title="Opinion | Le pont"),
                      None)
    assert french.opinion is None
