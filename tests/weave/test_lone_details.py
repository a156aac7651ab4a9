"""Details only one origin gives: a corroborated claim names the figures and ranks of its wording that no
report of another origin writes."""

from __future__ import annotations

import pytest
from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.lang import statement_words
from newsweave.models import Briefing, Claim
from newsweave.render.html import to_html
from newsweave.render.markdown import briefing_markdown
from newsweave.weave.lone_details import ranks

FULL = "Mira Talvik scored 20 points as Kelmouth beat Orrin State on Saturday night and now has 2,302."
SHORT = "Against Orrin State on Saturday night, Mira Talvik scored 20 points for Kelmouth in her 19th game."
SHORT_FANS = "Against Orrin State on Saturday night, Mira Talvik scored 20 points for Kelmouth before 4,100."


def _pair(short: str = SHORT, extra_a: str = "") -> tuple[Doc, Doc]:
    a = Doc("a", f"{FULL} The arena roof was repaired last spring.{extra_a}", outlet="Harbour Ledger",
            published="2026-03-07")
    a.number("20", 20, 20, "points").number("2,302", 2302, 2302, None)
    b = Doc("b", f"{short} Tickets had sold out a week before.", outlet="Valley Courier",
            published="2026-03-07")
    b.number("20", 20, 20, "points")
    if "4,100" in short:
        b.number("4,100", 4100, 4100, None)
    for d in (a, b):
        d.entity("Mira Talvik").entity("Orrin State", "ORG")
    return a, b


def _details(b: Briefing, c: Claim) -> list[str]:
    texts = {s.id: s.text for s in b.sources}
    return [texts[x.source][x.start:x.end] for x in c.lone_details]


# The shorter report's sentence words the claim (claims.agreed_wording); the detail only it gives is a rank
# or a figure, and the 20 points both give are never named.
@pytest.mark.parametrize(("short", "lone"), [(SHORT, "19th"), (SHORT_FANS, "4,100")])
def test_a_figure_or_rank_only_the_shown_report_gives_is_named(short: str, lone: str) -> None:
    b = brief(*_pair(short))
    c = claim_with(b, "scored 20 points")
    assert c.status == "corroborated" and c.text == short
    assert _details(b, c) == [lone]


# The other report writes the detail elsewhere, in the same form, as a count of the same value, or as the
# same measure in another unit.
@pytest.mark.parametrize(("short", "extra_a", "figure"), [
    (SHORT, " It was her 19th game of the season.", None),
    (SHORT, " She has now played 19 games.", None),
    (SHORT.replace("in her 19th game", "from 60 metres"), " She shot from 200 feet.", ("200", 200.0, "feet")),
])
def test_a_detail_the_other_report_writes_elsewhere_is_backed(
        short: str, extra_a: str, figure: tuple[str, float, str] | None) -> None:
    a, b_doc = _pair(short, extra_a)
    if figure is not None:
        words, value, unit = figure
        a.number(words, value, value, unit)
        b_doc.number("60", 60, 60, "metres")
    b = brief(a, b_doc)
    c = claim_with(b, "scored 20 points")
    assert c.status == "corroborated" and c.text == short
    assert c.lone_details == ()


def test_a_measure_in_another_unit_that_differs_is_not_backed() -> None:
    a, b_doc = _pair(SHORT.replace("in her 19th game", "from 60 metres"), " She shot from 500 feet.")
    a.number("500", 500, 500, "feet")
    b_doc.number("60", 60, 60, "metres")
    b = brief(a, b_doc)
    assert _details(b, claim_with(b, "scored 20 points")) == ["60"]


def test_single_source_claims_name_no_details() -> None:
    a, _ = _pair()
    assert all(c.lone_details == () for c in brief(a).claims)


def test_the_markdown_and_html_notes_quote_the_detail() -> None:
    b = brief(*_pair())
    note = "one origin alone writes “19th” (s2); the others may give it in other words"
    assert note in briefing_markdown(b)
    assert f'<div class="small lone">{note}</div>' in to_html([b])


def test_ranks_read_digits_and_words_but_not_a_compound_unit() -> None:
    words = statement_words("en")
    text = "the fifth coach, his 19th season, a 10-second runoff"
    assert [(v, text[s:e]) for v, s, e in ranks(text, words)] == [(5.0, "fifth"), (19.0, "19th")]
