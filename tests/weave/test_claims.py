"""Claims: the same fact told by several outlets is one claim; different facts stay apart."""

from __future__ import annotations

import pytest
from tests.weave.weave_fixtures import Doc, story_of

from newsweave.weave.briefing import WeaveOptions, weave


def brief(*docs: Doc):
    story, items = story_of(docs)
    return weave(story, items, WeaveOptions(summary_words=60))


def claim_with(b, words: str):
    texts = {s.id: s.text for s in b.sources}
    for c in b.claims:
        if any(words in texts[m.source][m.start : m.end] for m in c.mentions):
            return c
    raise AssertionError(f"no claim mentions {words!r}")


def test_paraphrases_across_outlets_form_one_claim() -> None:
    a = Doc(
        "a",
        "The harbour bridge in Velmora was closed to traffic on Monday after cracks appeared in a pier. "
        "Ferry services were doubled for commuters.",
    )
    b = Doc(
        "b",
        "Engineers closed the Velmora harbour bridge to traffic after cracks appeared in one pier. "
        "The mayor praised the quick decision.",
    )
    for d in (a, b):
        d.entity("Velmora", "GPE")
    b_ = brief(a, b)
    bridge = claim_with(b_, "Engineers closed")
    assert bridge.sources == ("s1", "s2")
    assert claim_with(b_, "harbour bridge in Velmora").id == bridge.id
    assert claim_with(b_, "Ferry services").id != bridge.id
    assert claim_with(b_, "mayor praised").sources == ("s2",)


def test_opposite_polarity_is_never_the_same_claim() -> None:
    a = Doc("a", "The harbour bridge was closed to traffic on Monday morning by the city engineers.")
    b = Doc("b", "The harbour bridge was not closed to traffic on Monday morning by the city engineers.")
    b_ = brief(a, b)
    assert claim_with(b_, "was closed").id != claim_with(b_, "was not closed").id


def test_questions_and_fragments_are_not_claims() -> None:
    a = Doc("a", "READ MORE\nWill the bridge reopen before winter? The bridge will stay shut for two weeks.")
    b_ = brief(a)
    texts = [c.text for c in b_.claims]
    assert texts == ["The bridge will stay shut for two weeks."]
    # A question cut at its semicolon is still asked in both its clauses.
    c = Doc("c", "Why did the old pier fall into the harbour; who had let the ferry crews use it all winter? "
                 "The bridge will stay shut for two weeks.")
    assert [x.text for x in brief(c).claims] == ["The bridge will stay shut for two weeks."]


def test_claim_ids_and_mentions_are_exact_spans() -> None:
    a = Doc("a", "Rain flooded the lower town overnight. Three schools were shut on Tuesday.")
    b = Doc("b", "Three schools were shut on Tuesday because rain flooded the lower town.")
    b_ = brief(a, b)
    texts = {s.id: s.text for s in b_.sources}
    assert [c.id for c in b_.claims] == [f"c{i + 1}" for i in range(len(b_.claims))]
    for c in b_.claims:
        assert c.text in {texts[m.source][m.start : m.end] for m in c.mentions}


def test_a_vague_and_an_exact_toll_from_two_parties_are_two_claims() -> None:
    a = Doc("a", "Dozens of people died when the old pier fell into the sea, the ferry union said.")
    a.number("Dozens", 12, None, "people died")
    b = Doc("b", "Twelve people died when the old pier fell into the sea, the port board said.")
    b.number("Twelve", 12, 12, "people died")
    bf = brief(a, b)
    assert claim_with(bf, "Dozens").id != claim_with(bf, "Twelve").id
    assert all(c.status == "single_source" for c in bf.claims)


def _convoy_docs(second: str, second_verb_number: tuple[str, float, float | None] | None = None) -> list[Doc]:
    a = Doc("a", "Hundreds of rebel fighters are heading for the Dorvale Pass, the rebel command said. "
                 "Shops in the capital stayed open.")
    a.entity("Dorvale Pass", "LOC")
    a.entity("rebel command", "ORG")
    a.number("Hundreds", 100, None, "rebel fighters")
    b = Doc("b", second + " Schools reopened after the holiday.")
    b.entity("Dorvale Pass", "LOC")
    if second_verb_number:
        b.number(*second_verb_number)
    return [a, b]


def test_paraphrased_movement_with_other_verbs_is_one_claim() -> None:
    docs = _convoy_docs("Columns of hundreds of rebel militia were on their way to the Dorvale Pass.",
                        ("hundreds", 100, None, "rebel militia"))
    bf = brief(*docs)
    assert claim_with(bf, "on their way").id == claim_with(bf, "heading for").id
    assert claim_with(bf, "Schools reopened").id != claim_with(bf, "heading for").id


def test_same_place_but_another_happening_is_another_claim() -> None:
    docs = _convoy_docs("Hundreds of rebel fighters have seized the Dorvale Pass.",
                        ("Hundreds", 100, None, "rebel fighters"))
    bf = brief(*docs)
    assert claim_with(bf, "seized").id != claim_with(bf, "heading for").id


def test_same_movement_with_figures_of_another_magnitude_is_another_claim() -> None:
    docs = _convoy_docs("Some 20,000 rebel fighters are moving towards the Dorvale Pass.",
                        ("20,000", 20000, 20000, "rebel fighters"))
    bf = brief(*docs)
    assert claim_with(bf, "20,000").id != claim_with(bf, "heading for").id


def test_two_speakers_words_are_never_one_claim() -> None:
    a = Doc("a", '"We saw the cracks in the supports for months," Maren Holt told the Norland Wire.',
            outlet="Norland Wire")
    b = Doc("b", '"We saw the cracks in the supports for weeks," Tomas Brede told the Norland Wire.',
            outlet="Daily Post")
    a.quote("We saw the cracks in the supports for months,", "Maren Holt", channel="told the Norland Wire")
    b.quote("We saw the cracks in the supports for weeks,", "Tomas Brede")
    out = brief(a, b)
    ca, cb = claim_with(out, "Maren Holt"), claim_with(out, "Tomas Brede")
    assert ca.id != cb.id
    # The channel that names the article's own outlet is its reporting, not a source.
    assert "Norland Wire" not in ca.origins


def test_a_claim_is_worded_by_a_member_that_rests_on_nobody() -> None:
    a = Doc("a", "The old harbour bridge reopened to traffic on Monday morning after repairs.")
    b = Doc("b", "Mayor Lena Voss said the harbour bridge reopened to traffic on Monday.")
    b.entity("Lena Voss").attributed("Mayor Lena Voss said", "Lena Voss")
    (claim,) = [c for c in brief(a, b).claims if "reopened" in c.text]
    assert claim.text.startswith("The old harbour bridge")


def test_a_shared_figure_and_word_raise_the_alignment_score() -> None:
    from newsweave.weave.claims import FIGURE_WORDS_BONUS, similarity
    from newsweave.weave.statements import Statement

    def stmt(i: int, text: str) -> Statement:
        return Statement(index=i, article_id=f"a{i}", source=f"s{i}", family=f"f{i}", outlet=None, start=0,
                         end=len(text), text=text, published=None, negated=False, hedged=False, origins=(),
                         quotes=(), numbers=(), dates=(), entities=frozenset(), places=frozenset())

    sim, _, _ = similarity([stmt(0, "Halvorsen spent 12 years in jail before his release."),
                         stmt(1, "Halvorsen was held for 12 years in a remote camp."),
                         stmt(2, "Halvorsen was held for 14 years in a remote camp.")])
    # Numbers-only tokens are no TF-IDF terms: the two retellings differ only in the shared figure.
    assert sim[0, 1] - sim[0, 2] == pytest.approx(FIGURE_WORDS_BONUS)
    # A figure that describes a named body ("the 86-seat Harbour Assembly") is no shared detail.
    sim, _, _ = similarity([stmt(0, "Loyalists won 54 places on the 86-seat Harbour Assembly."),
                            stmt(1, "Loyalists want to run for the 86-seat Harbour Assembly."),
                            stmt(2, "Loyalists want to run for the 90-seat Harbour Assembly.")])
    assert sim[0, 1] == pytest.approx(sim[0, 2])


def test_an_abduction_told_with_its_verb_noun_or_idiom_is_one_kind_of_happening() -> None:
    from newsweave.weave.paraphrase import content_predicates

    told = ("Gunmen kidnapped four engineers in Grozny.",
            "Four engineers were taken hostage in Grozny, officials said.",
            "The abduction of four engineers in Grozny shocked the company.")
    kinds = {content_predicates(t) for t in told}
    assert kinds == {frozenset({"KIDNAP"})}
    assert content_predicates("The four engineers were held in Grozny.") == frozenset()


def test_two_different_scores_are_two_facts() -> None:
    from newsweave.weave.claims import tallies

    assert tallies("The Harriers beat the Rovers 20 - 13 to clinch a place.") == {(20, 13)}
    assert tallies("The Rovers lost 13-20.") == {(20, 13)}
    assert tallies("the 1994-96 war, the 2008-09 season") == frozenset()
    a = Doc("a", "The Harriers clinched a playoff place with a 20-13 win over the Rovers on Sunday.")
    b = Doc("b", "The Harriers clinched a playoff place with a 31-24 win over the Rovers on Sunday.")
    c = Doc("c", "The Harriers clinched a playoff place with a 20-13 win against the Rovers on Sunday.")
    br = brief(a, b, c)
    assert claim_with(br, "31-24").id != claim_with(br, "20-13 win over").id
    assert claim_with(br, "20-13 win against").id == claim_with(br, "20-13 win over").id


def test_things_named_by_different_numbers_are_two_facts() -> None:
    from newsweave.lang.en.statement_words import NUMBERED_THING

    def named(text: str) -> set[tuple[str, str]]:
        return {(m.group(1).lower(), m.group(2)) for m in NUMBERED_THING.finditer(text)}

    assert named("Ostrova won Stage 13 of the tour; Flight No. 370 and route #9") == {
        ("stage", "13"), ("flight", "370"), ("route", "9")}
    assert named("Flight 370 was lost; stage 9 has begun") == {("flight", "370"), ("stage", "9")}
    # Counts, shares and decimals name nothing.
    assert named("Line 3 workers, a round 40% rise and level 2.5 readings") == set()
    a = Doc("a", "Dario Ostrova of Varnland has won stage 13 of the Coast Tour after a long solo attack.")
    b = Doc("b", "Dario Ostrova of Varnland has won stage 15 of the Coast Tour after a long solo attack.")
    c = Doc("c", "Dario Ostrova of Varnland won stage 13 of the Coast Tour after a long solo attack.")
    br = brief(a, b, c)
    assert claim_with(br, "stage 15").id != claim_with(br, "has won stage 13").id
    assert claim_with(br, "Varnland won stage 13").id == claim_with(br, "has won stage 13").id


def test_a_negation_away_from_what_two_statements_share_does_not_part_them() -> None:
    from dataclasses import replace

    from newsweave.weave.claims import opposite_polarity
    from newsweave.weave.statements import Statement

    def stmt(text: str, denied: frozenset[str] = frozenset()) -> Statement:
        return Statement(index=0, article_id="a", source="s", family="f", outlet=None, start=0, end=len(text),
                         text=text, published=None, negated=bool(denied), hedged=False, origins=(), quotes=(),
                         numbers=(), dates=(), entities=frozenset(), places=frozenset(), denied_verbs=denied)

    plain = stmt("The relief fund is expected to total 40 million crowns.")
    aside = stmt("Though Norland has not yet submitted a request, the fund will total 40 million crowns.",
                 frozenset({"submit"}))
    assert not opposite_polarity(plain, aside) and not opposite_polarity(aside, plain)
    # The negation falls on the verb the other writes, or on the same kind of happening: opposite polarity.
    submitted = stmt("Norland submitted its request for the relief fund on Monday.")
    assert opposite_polarity(aside, submitted)
    shut = stmt("The ferry terminal was shut on Monday.")
    assert opposite_polarity(stmt("The ferry terminal did not close on Monday.", frozenset({"close"})), shut)
    # A negation the parse put on no verb keeps the clause's polarity.
    assert opposite_polarity(replace(plain, negated=True), plain)


def test_the_joining_score_is_the_lexical_one_without_the_encoder() -> None:
    import numpy as np

    from newsweave.weave.claims import ALIGN_THRESHOLD, joining_score

    sim = np.array([[1.0, 0.5], [0.5, 1.0]])
    joined, threshold = joining_score(sim, None)
    assert joined is sim and threshold == ALIGN_THRESHOLD


def test_the_encoder_moves_only_what_wording_links() -> None:
    import numpy as np

    from newsweave.weave.claims import ALIGN_THRESHOLD, joining_score

    sim = np.array([[1.0, 0.36, 0.0], [0.36, 1.0, 0.45], [0.0, 0.45, 1.0]])
    semantic = np.array([[1.0, 0.81, 0.95], [0.81, 1.0, 0.1], [0.95, 0.1, 1.0]])
    joined, threshold = joining_score(sim, semantic)
    assert ALIGN_THRESHOLD > 0.36 and joined[0, 1] > threshold  # a close retelling joins on less wording
    assert ALIGN_THRESHOLD < 0.45 and joined[1, 2] < threshold  # enough wording, but two different things
    assert joined[0, 2] == 0.0  # the encoder never links what wording (or a disagreement check) parted
    assert np.all(np.diag(joined) == 1.0)
    # A cosine of (0.3 / 0.4) squared leaves the lexical threshold where it was.
    forty, neutral = np.array([[1.0, 0.4], [0.4, 1.0]]), np.array([[1.0, 0.5625], [0.5625, 1.0]])
    assert joining_score(forty, neutral)[0][0, 1] == pytest.approx(threshold)


def test_a_retelling_in_other_words_joins_only_with_the_encoder() -> None:
    from newsweave.semantic.encoder import load_encoder

    if load_encoder() is None:
        pytest.skip("the encoder's weights are not installed")
    a = Doc("a", "Ferries were doubled at Velmora while the bridge stayed shut. "
                 "The city council will meet on Friday.")
    b = Doc("b", "Velmora's ferry operator put on twice as many sailings during the closure. "
                 "Tolls on the ring road rose again.")
    for d in (a, b):
        d.entity("Velmora", "GPE")
    story, items = story_of((a, b))
    semantic = weave(story, items, WeaveOptions(summary_words=60, alignment="semantic"))
    lexical = weave(story, items, WeaveOptions(summary_words=60))
    # Lexical score 0.39, under ALIGN_THRESHOLD; scaled by the encoder's cosine 0.73, 0.33 joins.
    assert claim_with(semantic, "Ferries were doubled").id == claim_with(semantic, "twice as many").id
    assert claim_with(lexical, "Ferries were doubled").id != claim_with(lexical, "twice as many").id
    assert claim_with(semantic, "city council").id != claim_with(semantic, "Tolls on the ring road").id


def test_a_briefing_says_when_claims_were_aligned_without_the_encoder(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.weave.briefing as briefing

    monkeypatch.setattr(briefing, "sentence_similarity", lambda texts: None)
    a = Doc("a", "The harbour bridge was closed on Monday. Ferries were doubled.")
    b = Doc("b", "The harbour bridge closed on Monday. The mayor spoke.")
    story, items = story_of((a, b))
    warned = weave(story, items, WeaveOptions(summary_words=60, alignment="semantic")).diagnostics.warnings
    assert any("sentence encoder not installed" in w for w in warned)
    chosen = weave(story, items, WeaveOptions(summary_words=60)).diagnostics.warnings
    assert not any("sentence encoder" in w for w in chosen)


def _said_by_the_head(doc: Doc, content: str) -> Doc:
    frame = "Ilse Varga, chief executive of the Fernholm Port Trust,"
    doc.entity("Ilse Varga").entity("Fernholm Port Trust", "ORG")
    doc.attributed(content[:20], "Ilse Varga")
    return doc.predicate("said", agent="Varga", agent_extent=frame)


def test_one_speakers_frame_does_not_join_her_different_statements() -> None:
    frame = "Ilse Varga, chief executive of the Fernholm Port Trust, said"
    a = _said_by_the_head(Doc("a", f"{frame} the pier passed its last inspection in 2022."),
                          "the pier passed its last inspection")
    b = _said_by_the_head(Doc("b", f"{frame} she would meet the ferry crews on Friday."),
                          "she would meet the ferry crews")
    c = _said_by_the_head(Doc("c", f"{frame} the pier had passed an inspection in 2022."),
                          "the pier had passed an inspection")
    s = brief(a, b, c)
    assert len(claim_with(s, "meet the ferry crews").mentions) == 1
    assert len(claim_with(s, "passed its last inspection").mentions) == 2  # her one statement, twice



def test_narration_is_not_one_claim_with_a_loosely_alike_quotation_of_its_own_article() -> None:
    text = ('According to Ola Air, "the nights were spent in cells. All of us were kept in isolation." '
            "The crew were kept in isolation until the last few nights, when they were allowed to meet "
            "in the yard.")
    a = Doc("a", text).entity("Ola Air")
    a.attributed("All of us were kept in isolation", "Ola Air", cue="According")
    filler = ("The talks in Kelmouth went on for a week. Ministers met on Monday. The treaty was signed on "
              "Friday. Prices rose in the capital. The harbour reopened after the storm.")
    b = brief(a, Doc("b", filler), Doc("c", filler.replace("Kelmouth", "Velm")))
    narration = claim_with(b, "The crew were kept in isolation")
    assert narration.origins == () and len(narration.mentions) == 1


def test_two_percentages_with_nothing_in_common_are_two_facts() -> None:
    def doc(name: str, first: str, share: str, value: float, more: str) -> Doc:
        return Doc(name, f"{first} {more}").number(share, value, value, None, kind="percent")

    lead = "The Keswin composite index lost"
    a = doc("a", f"{lead} four percent on the day as bank shares slid.", "four percent", 4,
            "Traders blamed a weak harvest report from the north.")
    b = doc("b", f"{lead} two percent, a third fall in a row, as bank shares slid.", "two percent", 2,
            "Dealers said the central bank would meet next month.")  # another day's move
    c = doc("c", f"{lead} four percent on the day as banking shares slid.", "four percent", 4,
            "Ferry operators and grain exporters led the fall.")
    br = brief(a, b, c)
    assert claim_with(br, "two percent").id != claim_with(br, "four percent on the day as bank ").id
    assert claim_with(br, "as banking").id == claim_with(br, "four percent on the day as bank ").id
