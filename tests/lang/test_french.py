"""The French pack: sentences, dates, figures and reported speech by rule, and what weave does with them.
All texts are our own."""

from __future__ import annotations

import pytest

from newsweave.lang import pack_for, reads_statements
from newsweave.lang.fr import FRENCH, annotate
from newsweave.models import Article
from newsweave.pipeline import brief_articles

TEXT = ("Samedi 8 janvier 2005\n\n"
        "Les habitants ont donné 395 000 euros pour les victimes, a déclaré le maire Jean Dupont. "
        "« Nous sommes fiers de notre ville », a-t-il dit. Selon la police, plus de 40 personnes sont mortes "
        "mardi dernier. Des dizaines de milliers de sinistrés attendent de l'aide. Le Japon promet "
        "1,5 million de dollars. Jean Dupont a déclaré que la ville reconstruirait le pont avant l'hiver.")


def _ann(text: str = TEXT, published: str | None = "2005-01-08"):  # type: ignore[no-untyped-def]
    return annotate(Article(id="f", text=text, language="fr", published=published))


def test_french_is_a_rule_pack_without_claims() -> None:
    assert pack_for("fr") is FRENCH and FRENCH.annotate is not None and not reads_statements("fr")
    assert {"le", "la", "de", "et"} <= FRENCH.stop_words()


def test_sentences_keep_the_opening_guillemet_with_its_quotation() -> None:
    ann = _ann()
    texts = [TEXT[s.start:s.end] for s in ann.sentences]
    assert texts[0] == "Samedi 8 janvier 2005"
    assert "« Nous sommes fiers de notre ville », a-t-il dit." in texts
    assert not any(t.endswith("«") for t in texts)


def test_dates_explicit_and_relative() -> None:
    found = {d.text: (d.value, d.precision, d.resolved_from) for d in _ann().dates}
    assert "Samedi 8 janvier 2005" not in found  # the standing dateline dates the article, not an event
    assert found["mardi dernier"] == ("2005-01-04", "day", "relative")  # the Tuesday before Saturday 8th
    (d,) = _ann("Le pont a été fermé le samedi 8 janvier 2005 au matin.").dates
    assert (d.value, d.precision, d.resolved_from) == ("2005-01-08", "day", "explicit")


def test_a_day_without_year_takes_the_year_nearest_publication() -> None:
    (dec,) = _ann("Le séisme du 26 décembre a surpris la région.", published="2005-03-26").dates
    assert (dec.value, dec.resolved_from) == ("2004-12-26", "inferred")
    (jan,) = _ann("Le vote aura lieu le 3 janvier prochain.", published="2004-12-20").dates
    assert jan.value == "2005-01-03"


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("Il est arrivé le 1er mars 2004 à Paris.", "2004-03-01", "day"),
    ("La réunion aura lieu la semaine prochaine.", "2005-W02", "week"),
    ("Ils sont partis hier soir.", "2005-01-07", "day"),
    ("Le chantier a commencé en mai 2003.", "2003-05", "month"),
])
def test_more_date_forms(text: str, value: str, precision: str) -> None:
    (d,) = _ann(text).dates
    assert (d.value, d.precision) == (value, precision)


def test_bare_weekday_and_impossible_day_are_left_out() -> None:
    assert _ann("Les secours sont arrivés mardi à Banda Aceh.").dates == ()
    assert _ann("Le 31 février 2005 n'existe pas.").dates == ()


def test_unknown_publication_day_leaves_relative_dates_unresolved() -> None:
    (d,) = _ann("Ils sont partis hier soir.", published=None).dates
    assert d.value is None and d.precision == "unknown"


def test_figures_with_french_separators_scales_and_vague_quantities() -> None:
    nums = {n.text: n for n in _ann().numbers}
    assert nums["395 000"].value == 395_000 and nums["395 000"].kind == "money"
    assert nums["1,5 million"].value == 1_500_000 and nums["1,5 million"].kind == "money"
    over = nums["plus de 40"]
    assert (over.low, over.high, over.approximate, over.counts) == (40, None, True, "personnes")
    vague = nums["Des dizaines de milliers"]
    assert (vague.value, vague.low, vague.high, vague.approximate) == (None, 10_000, None, True)
    assert "8" not in nums and "2005" not in nums  # day and year of a date are not figures


def test_numbers_inside_words_dates_and_codes_are_not_figures() -> None:
    assert _ann("Le centre a publié le rapport 08/01 en septembre, pourcentage inconnu.").numbers == ()


def test_quotes_direct_indirect_and_speakers() -> None:
    quotes = _ann().quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Nous sommes fiers de notre ville"]
    assert direct[0].speaker is None and direct[0].speaker_span is not None  # "il": unresolved pronoun
    indirect = {q.text: q.speaker for q in quotes if q.kind == "indirect"}
    assert indirect["Les habitants ont donné 395 000 euros pour les victimes"] == "Jean Dupont"
    assert indirect["la ville reconstruirait le pont avant l'hiver"] == "Jean Dupont"
    (inside,) = _ann("Une ville des Prairies du Canada a déclaré qu'elle rendrait tout l'argent reçu.").quotes
    assert inside.speaker is None  # a name inside a noun phrase is not the speaker


def test_scare_quotes_without_a_cue_are_not_speech() -> None:
    assert _ann("La ville demande le retour du don « vraiment très accidentel » reçu hier.").quotes == ()


def test_french_briefing_has_french_dates_and_quotes_but_no_claims_or_conflicts() -> None:
    a = Article(id="a", text=TEXT, outlet="Le Courrier", published="2005-01-08", language="fr")
    b_text = TEXT.replace("Samedi 8 janvier", "Mardi 18 janvier").replace("395 000", "150 000")
    b = Article(id="b", text=b_text, outlet="La Gazette", published="2005-01-18", language="fr")
    (brief,) = brief_articles([a, b]).briefings
    assert brief.claims == () and brief.numbers == () and brief.events == ()
    assert any(t.date == "2005-01-04" for t in brief.timeline)  # "mardi dernier" in the first report
    assert any(q.text == "Nous sommes fiers de notre ville" for q in brief.quotes)
    assert all(s.note is None for s in brief.summary)
    assert any("only dates and quotes are read in fr (s1, s2)" in w for w in brief.diagnostics.warnings)


def test_french_dateline_dates_the_article_at_ingest() -> None:
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    article = to_article(RawDocument(item="fr.txt", text="Le pont rouvre\n\n" + TEXT))
    assert article.language == "fr"
    assert (article.published, article.published_from) == ("2005-01-08", "text")


def test_english_dateline_rules_do_not_date_other_languages() -> None:
    from newsweave.ingest import to_article
    from newsweave.models import Metadata, RawDocument

    text = "Saturday, January 8, 2005\n\nLes habitants ont donné des vivres aux victimes de la tempête."
    article = to_article(RawDocument(item="x.txt", text=text, metadata=Metadata(language="cs")))
    assert article.published is None
    english = to_article(RawDocument(item="y.txt", text=text, metadata=Metadata(language="en")))
    assert english.published == "2005-01-08"


def test_ranges_share_their_scale_and_years_are_not_ranges() -> None:
    text = ("Ils ont promis entre 12 et 20 millions d'euros. De 3 000 à 5 000 sinistrés attendent. "
            "Le bilan 2004-2005 est lourd. Bons dans les deux.")
    nums = {n.text: n for n in _ann(text).numbers}
    assert (nums["entre 12 et 20 millions"].low, nums["entre 12 et 20 millions"].high) == (12e6, 20e6)
    assert nums["entre 12 et 20 millions"].kind == "money"
    assert nums["3 000 à 5 000"].counts == "sinistrés"
    assert set(nums) == {"entre 12 et 20 millions", "3 000 à 5 000"}


def test_standing_dateline_with_article_and_weekday() -> None:
    from newsweave.lang.fr.dates import dateline

    assert dateline(["Le lundi 1 Février 2010", "Texte."]) == "2010-02-01"
    assert dateline(["Le pont a rouvert le 1 février 2010 au matin."]) is None


def test_places_by_french_country_names_and_locatives_only() -> None:
    text = ("Le séisme a frappé l'Indonésie et les États-Unis ont envoyé de l'aide. Des dons sont arrivés "
            "de Londres et à Bucarest. Bush a promis plus. Le maire de Paris a parlé.")
    found = {e.text: e.geo.country_code for e in _ann(text).entities if e.geo}
    assert found == {"Indonésie": "ID", "États-Unis": "US", "Bucarest": "RO"}
    # "Londres" and "Paris" follow "de" (also "the mayor of"), "Bush" follows nothing: no pin without a cue.


def test_a_town_with_a_bigger_namesake_abroad_is_left_out() -> None:
    assert _ann("Les touristes sont rentrés de vacances à Bali hier soir.").entities == ()


def test_a_leading_article_is_not_part_of_the_place() -> None:
    (china,) = _ann("La Chine a envoyé des secours.").entities
    assert china.text == "Chine" and TEXT is not None
