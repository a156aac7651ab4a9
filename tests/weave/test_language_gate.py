"""Articles in a language without a pack get no labels derived from another language's rules.

The French reports below (our own words) are built so that the English rules, if they ran, would find claims,
figures, dates and a dispute: the control test shows they do when the same text is marked English. The gate
reads only the language code, so marking them "und" or "cs" (no pack) tests the no-pack path; "fr" takes the
French pack's path (tests/lang/test_french.py).
"""

from __future__ import annotations

import dataclasses

import pytest

from newsweave.analyze.pipeline import analyze
from newsweave.models import Article, Briefing
from newsweave.pipeline import brief_articles

FR_A = ("Samedi 8 janvier 2005\n\n"
        "Les habitants de Kelmouth ont donné 395 000 euros pour les victimes de la tempête, a déclaré le "
        "maire Jean Dupont. « Nous sommes fiers de notre ville », a-t-il dit. Selon la police, 40 "
        "personnes sont mortes pendant la tempête de mardi.")
FR_B = ("Mardi 18 janvier 2005\n\n"
        "Les habitants de Kelmouth ont donné 150 000 euros pour les victimes de la tempête, a déclaré le "
        "maire Jean Dupont. Selon les pompiers, 12 personnes sont mortes pendant la tempête de mardi.")
EN_C = ("Kelmouth storm toll rises\n\n"
        "Police said on Saturday that 40 people died in the storm that hit Kelmouth on Tuesday. "
        "\"We are proud of this town,\" the mayor, Jean Dupont, told reporters.")


def _articles(lang_a: str, lang_b: str, english: bool = False) -> list[Article]:
    out = [Article(id="a", text=FR_A, outlet="Le Courrier", language=lang_a),
           Article(id="b", text=FR_B, outlet="La Gazette", language=lang_b)]
    if english:
        out.append(Article(id="c", text=EN_C, outlet="Harbour News", published="2005-01-08", language="en"))
    return out


def _one(articles: list[Article]) -> Briefing:
    briefings = brief_articles(articles).briefings
    merged = [b for b in briefings if len(b.sources) == len(articles)]
    return merged[0] if merged else briefings[0]


def _cited_sources(b: Briefing) -> set[str]:
    cites = [c for claim in b.claims for m in [claim.mentions] for c in m]
    cites += [c for q in b.quotes for c in q.citations]
    cites += [c for t in b.timeline for c in t.citations]
    cites += [n.citation for n in b.numbers]
    return {c.source for c in cites}


def test_english_rules_would_label_this_text() -> None:
    """Control: the same text marked English does get claims, so the gate below is what removes them."""
    b = _one(_articles("en", "en"))
    assert b.claims and (b.numbers or b.timeline)


@pytest.mark.parametrize("lang", ["cs", "und"])
def test_unpacked_language_gets_no_derived_labels(lang: str) -> None:
    b = _one(_articles(lang, lang))
    assert [s.language for s in b.sources] == [lang, lang]
    assert b.claims == () and b.quotes == () and b.timeline == () and b.numbers == () and b.events == ()
    assert b.entities == ()
    assert b.summary, "still summarised"
    assert all(s.note is None and s.claim is None for s in b.summary)
    assert {c.source for s in b.summary for c in s.citations} <= {"s1", "s2"}
    (line,) = [w for w in b.diagnostics.warnings if "no language pack" in w]
    assert f"{lang} (s1, s2)" in line


def test_mixed_story_keeps_english_analysis_for_english_articles() -> None:
    articles = _articles("und", "cs", english=True)
    b = _one(articles)
    sid = {s.text: s.id for s in b.sources}
    english = sid[EN_C]
    assert b.claims, "the English report is still read"
    assert _cited_sources(b) == {english}
    for s in b.summary:
        if s.citations[0].source != english:
            assert s.note is None and s.claim is None


def test_analysis_gives_unpacked_articles_sentences_only() -> None:
    fr, en = analyze([_articles("und", "und")[0], _articles("und", "und", english=True)[2]])
    assert len(fr.sentences) >= 4
    assert fr.entities == fr.dates == fr.quotes == fr.numbers == fr.attributions == ()
    assert all(FR_A[s.start:s.end] == FR_A[s.start:s.end].strip() and "\n" not in FR_A[s.start:s.end]
               for s in fr.sentences)
    assert en.entities and en.dates  # the English one is fully analysed


def test_marking_english_is_what_turns_the_rules_on() -> None:
    fr = _articles("fr", "fr")[0]
    (ann,) = analyze([dataclasses.replace(fr, language="en")])
    assert ann.dates or ann.numbers
