"""Independent origins: echoes of one wire story, quote or named source count once."""

from __future__ import annotations

from dataclasses import replace

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc, story_of

from newsweave.lang.en.statement_words import WORDS
from newsweave.models import DuplicateLink
from newsweave.models.annotations import QuoteKind
from newsweave.weave.briefing import WeaveOptions, weave
from newsweave.weave.corroborate import agree, origin_key
from newsweave.weave.statements import Statement

FACT_A = "The port authority said on Monday that the northern terminal would close for repairs until March."
FACT_B = (
    "The northern terminal of the port will close for repairs until March, the port authority said on Monday."
)


def test_two_outlets_relaying_one_named_origin_count_once() -> None:
    a = Doc(
        "a", "According to Reuters, the northern terminal would close for repairs until March. Other news."
    )
    b = Doc(
        "b", "The northern terminal will close for repairs until March, Reuters reported. Weather was mild."
    )
    a.attributed("According to Reuters", "Reuters")
    b.attributed("Reuters reported", "Reuters")
    c = claim_with(brief(a, b), "northern terminal")
    assert c.sources == ("s1", "s2")
    assert c.independent_origins == 1
    assert c.origins == ("Reuters",)
    assert c.status == "single_source"


def test_two_unattributed_outlets_corroborate() -> None:
    c = claim_with(brief(Doc("a", FACT_A), Doc("b", FACT_B)), "northern terminal")
    assert c.independent_origins == 2
    assert c.status == "corroborated"


def test_the_same_quotation_is_one_origin() -> None:
    quote = "We will not reopen the terminal before the repairs are finished"
    a = Doc("a", f'"{quote}," the harbour master told the Daily Tide on Monday.')
    b = Doc("b", f'The harbour master said: "{quote}."')
    a.quote(quote, "harbour master", channel="Daily Tide")
    b.quote(quote, "harbour master")
    c = claim_with(brief(a, b), "harbour master said")
    assert c.sources == ("s1", "s2")
    assert c.independent_origins == 1


def test_hedged_report_relays_the_named_origin() -> None:
    a = Doc("a", "The Northern Militia said its convoy had reached the northern bridge on Sunday evening.")
    b = Doc("b", "A militia convoy has reportedly reached the northern bridge on Sunday evening.")
    a.attributed("Northern Militia said", "the Northern Militia").entity("Northern Militia", "ORG")
    c = claim_with(brief(a, b), "convoy")
    assert c.sources == ("s1", "s2")
    assert c.independent_origins == 1


def test_a_syndicated_copy_is_not_a_source() -> None:
    a, b, c = Doc("a", FACT_A), Doc("b", FACT_A), Doc("c", FACT_B)
    story, items = story_of((a, b, c), (DuplicateLink("b", "a", 1.0),))
    briefing = weave(story, items, WeaveOptions())
    claim = claim_with(briefing, "northern terminal")
    assert claim.sources == ("s1", "s3")
    assert claim.independent_origins == 2
    assert [s.duplicate_of for s in briefing.sources] == [None, "s1", None]
    assert any("s2 is a syndicated copy of s1" in w for w in briefing.diagnostics.warnings)


def test_origin_names_are_normalised() -> None:
    assert origin_key("the Taliban's") == origin_key("Taliban") == origin_key("TALIBAN")
    assert origin_key("AFP news agency") == origin_key("AFP")


def test_origins_resolve_to_the_party_named() -> None:
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    roster = Roster(entities=())
    assert resolve_origin("told Reuters by telephone", roster, WORDS) == "Reuters"
    assert resolve_origin("Reuters", roster, WORDS) == "Reuters"
    assert resolve_origin("earlier update", roster, WORDS) is None


def test_platforms_and_days_are_not_origins() -> None:
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    roster = Roster(entities=())
    assert resolve_origin("on its Arabic Twitter account", roster, WORDS) is None
    said = "according to Afghan television channel Tolo News on Sunday"
    assert resolve_origin(said, roster, WORDS) == "Tolo News"


def test_two_takes_of_one_family_are_one_origin_and_show_their_family() -> None:
    import dataclasses

    story, items = story_of([Doc("a", FACT_A), Doc("b", FACT_B)])
    story = dataclasses.replace(story, families=(("a", "b"),))
    b = weave(story, items, WeaveOptions(summary_words=60))
    assert [s.family for s in b.sources] == ["f1", "f1"]
    c = claim_with(b, "northern terminal")
    assert c.sources == ("s1", "s2") and c.families == ("f1",)
    assert c.independent_origins == 1 and c.status == "single_source"


def test_two_families_corroborate_and_are_listed() -> None:
    b = brief(Doc("a", FACT_A), Doc("b", FACT_B))
    assert [s.family for s in b.sources] == ["f1", "f2"]
    assert claim_with(b, "northern terminal").families == ("f1", "f2")


def test_two_separate_stories_of_one_outlet_are_one_origin() -> None:
    # Two families of one newsroom: the families stay visible, the outlet counts once.
    a, b = Doc("a", FACT_A, outlet="Wire"), Doc("b", FACT_B, outlet="wire")
    c = claim_with(brief(a, b), "northern terminal")
    assert c.families == ("f1", "f2")
    assert c.independent_origins == 1 and c.status == "single_source"


def test_two_outlets_are_two_origins() -> None:
    a, b = Doc("a", FACT_A, outlet="Wire"), Doc("b", FACT_B, outlet="Daily Paper")
    c = claim_with(brief(a, b), "northern terminal")
    assert c.independent_origins == 2 and c.status == "corroborated"


def test_fragments_cut_at_a_line_break_do_not_corroborate() -> None:
    a = Doc("a", "Officials said the northern terminal of the port\nwill close for repairs until March.")
    b = Doc("b", "Officials said the northern terminal of the port\nwould shut for months.")
    c = claim_with(brief(a, b), "northern terminal of the port")
    assert c.status == "single_source"


def test_a_shared_exact_figure_shows_agreement_below_the_wording_bar() -> None:
    from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, FIGURE_AGREEMENT_SIMILARITY, agree
    from newsweave.weave.statements import Statement

    def stmt(i: int, text: str, figure: str, value: float) -> Statement:
        d = Doc(f"d{i}", text)
        d.number(figure, value, value, "people killed")
        return Statement(i, d.id, f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, (), (),
                         tuple(d.numbers), (), frozenset(), frozenset(), words=WORDS)

    a = stmt(0, "The conflict has killed an estimated 37,000 people.", "37,000", 37000)
    b = stmt(1, "Close to 37,000 people have died in the conflict.", "37,000", 37000)
    c = stmt(2, "Close to 40,000 people have died in the conflict.", "40,000", 40000)
    two = stmt(3, "Two people have died in the conflict.", "Two", 2)
    two_b = stmt(4, "The conflict has killed two people.", "two", 2)
    mid = (FIGURE_AGREEMENT_SIMILARITY + CORROBORATE_MIN_SIMILARITY) / 2
    assert agree(a, b, mid)
    # Different figures are no agreement, however alike the wording: "37,000" and "40,000" dead are two
    # reports that differ, not one fact twice.
    assert not agree(a, c, mid) and not agree(a, c, CORROBORATE_MIN_SIMILARITY)
    assert not agree(two, two_b, mid)  # "two" is too common to show agreement
    assert not agree(a, b, FIGURE_AGREEMENT_SIMILARITY / 2)


def test_every_outlet_relaying_the_same_unnamed_speaker_is_one_origin() -> None:
    from newsweave.weave.corroborate import count_origins
    from newsweave.weave.statements import Statement, speaker_role

    assert speaker_role("Officials", WORDS) == "official" and speaker_role("police", WORDS) == "police"
    assert speaker_role("a ministry spokesman", WORDS) == "spokesman" and speaker_role("he", WORDS) is None

    texts = ("The fire started in a storeroom on the ground floor, police said.",
             "A storeroom downstairs was where the blaze began, according to police.")

    def stmt(i: int, roles: tuple[str, ...]) -> Statement:
        text = texts[i]
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, (), (),
                         (), (), frozenset(), frozenset(), roles)

    assert count_origins([stmt(0, ("police",)), stmt(1, ("police",))]).independent == 1
    assert count_origins([stmt(0, ("police",)), stmt(1, ("witness",))]).independent == 2
    assert count_origins([stmt(0, ("police",)), stmt(1, ())]).independent == 2


def test_a_body_named_after_its_agents_is_the_party_its_role_names() -> None:
    from newsweave.weave.corroborate import count_origins
    from newsweave.weave.statements import Statement

    texts = ("The driver was carrying a loaded revolver, the Police Department said.",
             "The driver had a loaded revolver with him, police said.")

    def stmt(i: int, origins: tuple[str, ...], roles: tuple[str, ...]) -> Statement:
        text = texts[i]
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, origins,
                         (), (), (), frozenset(), frozenset(), roles, words=WORDS)

    # "the Police Department said" in one outlet, "police said" in another: one primary source.
    assert count_origins([stmt(0, ("Police Department",), ()), stmt(1, (), ("police",))]).independent == 1
    # A body named otherwise stays its own party ("the Transport Department" is no police).
    assert count_origins([stmt(0, ("Transport Department",), ()), stmt(1, (), ("police",))]).independent == 2


def test_a_party_named_only_by_its_role_is_shown_in_the_words_that_name_it() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import count_origins
    from newsweave.weave.statements import Statement

    text = "The fire started in a storeroom, police said."

    def stmt(i: int, origins: tuple[str, ...], roles: tuple[str, ...]) -> Statement:
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, origins,
                         (), (), (), frozenset(), frozenset(), roles)

    police = replace(stmt(0, (), ("police",)), role_names=(("police", "police"),))
    spokeswoman = replace(stmt(1, (), ("spokeswoman", "police")),
                          role_names=(("police", "a police spokeswoman"),))
    assert count_origins([police, spokeswoman]).names == ("police",)
    assert count_origins([spokeswoman, police]).names == ("a police spokeswoman",)
    # A role that a named origin stands for too ("Police" read as a name) is shown by the name alone.
    named = stmt(2, ("Police",), ())
    assert count_origins([named, police]).names == ("Police",)
    # Without words for it (a channel: whom the words were told to) a role is shown by nothing.
    assert count_origins([stmt(3, (), ("reporter",))]).names == ()


def test_one_outlets_stories_are_one_origin_whatever_their_slug() -> None:
    from newsweave.weave.corroborate import count_origins
    from newsweave.weave.statements import Statement

    texts = ("No party has a majority in the new parliament after the vote.",
             "The parliament elected last year gives no single party a majority.")

    def stmt(i: int, outlet: str, title: str) -> Statement:
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", outlet, 0, len(texts[i]), texts[i], None, False, False,
                         (), (), (), (), frozenset(), frozenset(), (), title)

    # Two families of one agency under one story line: not independent evidence for each other.
    assert count_origins([stmt(0, "Wire One", "Norland-Politics"), stmt(1, "Wire One", "NORLAND-POLITICS")]) \
        .independent == 1
    assert count_origins([stmt(0, "Wire One", "Norland-Politics"), stmt(1, "Wire One", "Norland-Vote")]) \
        .independent == 1
    other_outlet = [stmt(0, "Wire One", "Norland-Politics"), stmt(1, "Daily Post", "Norland-Politics")]
    assert count_origins(other_outlet).independent == 2


def test_a_shared_descriptive_figure_or_a_conditional_is_no_agreement() -> None:
    from newsweave.weave.corroborate import (
        FIGURE_AGREEMENT_SIMILARITY,
        LOOSE_SIMILARITY,
        agree,
        is_complete,
    )
    from newsweave.weave.statements import Statement

    def stmt(i: int, text: str, figure: str, counts: str) -> Statement:
        d = Doc(f"d{i}", text)
        d.number(figure, 20, 20, counts)
        return Statement(i, d.id, f"s{i}", f"f{i}", None, 0, len(text), text, None, False, False, (), (),
                         tuple(d.numbers), (), frozenset(), frozenset(), words=WORDS)

    a = stmt(0, "The ruling is a victory for the 20 states suing the company.", "20", "states suing")
    b = stmt(1, "The 20 states suing the company misread routine meetings, its lawyer said.", "20",
             "states suing")
    # Below the loose tier only a shared figure could show agreement, and this one describes a party.
    mid = (FIGURE_AGREEMENT_SIMILARITY + LOOSE_SIMILARITY) / 2
    assert not agree(a, b, mid)
    assert not is_complete("If the court accepts his account, it will be a victory for the states.", WORDS)
    assert is_complete("The court accepted his account on Monday.", WORDS)


def _statement(text: str) -> Statement:
    return Statement(index=0, article_id="a", source="s1", family="f1", outlet=None, start=0, end=len(text),
                     text=text, published=None, negated=False, hedged=False, origins=(), quotes=(),
                     numbers=(), dates=(), entities=frozenset(), places=frozenset(), words=WORDS)


def test_a_shared_name_alone_is_no_agreement() -> None:
    # Short sentences that share only a name align on its weight; that is no agreement, however high.
    a, b = _statement("Mara Olin returns tomorrow."), _statement("That will worry Mara Olin.")
    assert not agree(a, b, 0.7)
    # Shared details do agree, and a copied passage agrees whatever its words.
    c = _statement("Mara Olin was hurt in the 27-24 loss.")
    d = _statement("Mara Olin was hurt late in the 27-24 loss.")
    assert agree(c, d, 0.7)
    assert agree(a, _statement("Mara Olin returns tomorrow, the club said."), 0.85)


def test_a_first_person_sentence_is_one_speaker_not_a_fact() -> None:
    from newsweave.weave.corroborate import is_complete

    assert not is_complete("We take these concerns very seriously.", WORDS)
    assert not is_complete("I never saw the letter before Monday.", WORDS)
    assert is_complete("Weather delayed the ferry by two hours.", WORDS)


def test_a_looser_alignment_agrees_when_the_details_are_shared() -> None:
    from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, LOOSE_SIMILARITY

    a = _statement("Halvorsen spent nine years in jail, much of it in a remote camp.")
    b = _statement("Halvorsen spent nine years in a remote prison camp.")
    loose = (LOOSE_SIMILARITY + CORROBORATE_MIN_SIMILARITY) / 2
    assert agree(a, b, loose)  # "spent", "years", "remote", "camp" in common
    # The same score with only a name and a verb in common is topical overlap, not agreement.
    c = _statement("Halvorsen spent the evening with reporters at the harbour.")
    assert not agree(a, c, loose)
    assert not agree(a, b, LOOSE_SIMILARITY - 0.05)
    # A light verb is no shared detail: "got" leaves three words, too few at this score.
    e = _statement("The ferry stopped sailing in a pay strike in May but soon got back to sea.")
    f = _statement("When a pay strike shut the line in May, the mayor got the boats sailing again.")
    assert not agree(e, f, loose)


def _quoting(text: str, words: str, speaker: str, kind: QuoteKind = "direct") -> Statement:
    """A statement carrying one quotation (direct) or reported clause (indirect) of ``words``."""
    from dataclasses import replace

    from newsweave.models.annotations import Quote, Span

    start = text.index(words)
    quote = Quote(Span("a", start, start + len(words)), words, kind, speaker)
    return replace(_statement(text), quotes=(quote,))


def test_two_parties_quoted_agree_only_on_a_shared_quotation() -> None:
    a = _quoting("The harbour office said it was \"a question for the coast guard and the courts.\"",
                 "a question for the coast guard and the courts.", "the harbour office")
    b = _quoting("A ministry spokesman said the closure was \"a legal question, one for the courts and the "
                 "coast guard.\"", "a legal question, one for the courts and the coast guard.", "a spokesman")
    assert not agree(a, b, 0.65)
    c = _quoting("A ministry spokesman said it was \"a question for the coast guard and the courts.\"",
                 "a question for the coast guard and the courts.", "a spokesman")
    assert agree(a, c, 0.65)


def test_two_parties_reporting_one_fact_in_their_own_words_agree() -> None:
    # Reported speech, not quotation: one fact from two parties, which is what corroboration counts.
    a = _quoting("At least 12 people were killed when the pier collapsed, the port authority said.",
                 "At least 12 people were killed when the pier collapsed", "the port authority", "indirect")
    b = _quoting("The coast guard said 12 people had been killed when the pier collapsed on Sunday.",
                 "12 people had been killed when the pier collapsed on Sunday", "the coast guard", "indirect")
    assert agree(a, b, 0.65)


def test_figures_are_whole_numbers_outside_names() -> None:
    from newsweave.weave.corroborate import figures

    assert figures("The 3,500-page report came out after 12 years.", WORDS) == {3500.0, 12.0}
    assert figures("Growth of 2.5 percent, up from 1.9.", WORDS) == frozenset()  # under MIN_SHARED_FIGURE
    assert figures("A Fokker 50 landed on Route 66.", WORDS) == frozenset()  # part of a name
    assert figures("In 1989 some 40 students marched.", WORDS) == {1989.0, 40.0}  # "In" opens the sentence
    assert figures("Nearly 37,000 people have died in the conflict.", WORDS) == {37000.0}  # an approximator
    # A figure glued to a noun before a name describes the named body: "the 86-seat Harbour Assembly".
    assert figures("Loyalists won 54 places on the 86-seat Harbour Assembly.", WORDS) == {54.0}


def test_without_the_language_words_no_sentence_is_set_aside_and_no_figure_beside_a_capital_is_read() -> None:
    from newsweave.lang import NO_WORDS
    from newsweave.weave.corroborate import figures, in_first_person, is_complete

    # A stub pack's words never match: English openings mean nothing to it ...
    assert is_complete("If the court accepts his account, it will be a victory.", NO_WORDS)
    assert not in_first_person("We take these concerns very seriously.", NO_WORDS)
    # ... and it cannot tell an opening function word from a name, so a figure after any capital is left out.
    assert figures("In 1989 some 40 students marched.", NO_WORDS) == {40.0}


def test_a_shared_figure_beside_a_shared_word_agrees_at_the_loose_bar() -> None:
    from newsweave.weave.corroborate import LOOSE_SIMILARITY

    a = _statement("Halvorsen spent 12 years in jail.")
    b = _statement("Halvorsen spent 12 years in a prison camp.")
    assert agree(a, b, LOOSE_SIMILARITY)  # "12" and "spent" in common
    assert not agree(a, b, LOOSE_SIMILARITY - 0.05)
    # Another figure, the figure with only its unit, or the figure only as part of a name is no shared detail.
    assert not agree(a, _statement("Halvorsen spent 14 years in a prison camp."), LOOSE_SIMILARITY)
    assert not agree(a, _statement("Halvorsen was held for 12 years in a prison camp."), LOOSE_SIMILARITY)
    c = _statement("Halvorsen flew a Fokker 50 to the camp.")
    d = _statement("The Fokker 50 crashed near a camp.")
    assert not agree(c, d, LOOSE_SIMILARITY)


def test_a_shared_magnitude_or_unit_is_part_of_the_figure_not_a_shared_word() -> None:
    from newsweave.weave.corroborate import LOOSE_SIMILARITY

    a = _statement("The carrier spent 6 billion dollars on the new wing.")
    b = _statement("The order from Lisbon is worth US$ 6 billion.")
    assert not agree(a, b, LOOSE_SIMILARITY)  # "6" and "billion" are one figure
    pc = _statement("Sales rose 22 percent, or 24 percent of revenue.")
    assert not agree(pc, _statement("The new model is 24 percent lighter."), LOOSE_SIMILARITY)  # its unit
    c = _statement("The airline will spend 6 billion on the new wing.")
    assert agree(a, c, LOOSE_SIMILARITY)  # "6 billion" and "wing" in common
    tall = _statement("Described as 6 feet tall and about 200 pounds, he knows the hills, the sheriff said.")
    held = _statement("The man, a 6-foot, 200-pound drifter, was serving a life sentence at the county jail.")
    assert not agree(tall, held, LOOSE_SIMILARITY)  # a height and a weight: two units, no shared detail


def test_a_loose_alignment_with_different_figures_is_no_agreement() -> None:
    from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, LOOSE_SIMILARITY

    loose = (LOOSE_SIMILARITY + CORROBORATE_MIN_SIMILARITY) / 2
    a = _statement("The new jet can fly nonstop for about 8,000 miles with a full load of passengers.")
    b = _statement("The older jet can fly nonstop for about 9,400 miles with a full load of passengers.")
    assert not agree(a, b, loose)  # four words and more in common, two different ranges
    c = _statement("The new jet can fly nonstop with a full load of passengers, the maker said.")
    assert agree(a, c, loose)  # one gives no figure: nothing to contradict


def test_a_short_shared_run_does_not_make_two_outlets_one_origin() -> None:
    from newsweave.weave.corroborate import count_origins
    from newsweave.weave.statements import Statement

    # Seven words in common ("the mayor of Port Elwin, Dana Roe") name a person, they copy nothing.
    texts = ("His rival, the mayor of Port Elwin, Dana Roe, who leads the Harbour Party, won 31 percent.",
             "Backing for the mayor of Port Elwin, Dana Roe, of the Harbour Party, reached 31 percent.",
             "Backing for the mayor of Port Elwin, Dana Roe, of the Harbour Party, reached 31 percent today.")

    def stmt(i: int, outlet: str | None) -> Statement:
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", outlet, 0, len(texts[i]), texts[i], None, False, False,
                         (), (), (), (), frozenset(), frozenset())

    assert count_origins([stmt(0, "Wire One"), stmt(1, "Daily Post")]).independent == 2
    # Unknown outlets, or a whole copied sentence across outlets: one passage, one origin.
    assert count_origins([stmt(0, None), stmt(1, None)]).independent == 1
    assert count_origins([stmt(1, "Wire One"), stmt(2, "Daily Post")]).independent == 1


def test_a_clause_after_a_semicolon_can_corroborate() -> None:
    a = Doc("a", "The old mill was licensed for 150 guests; about 400 were inside when the blaze broke out. "
                 "Rescuers worked through the night.")
    b = Doc("b", "About 400 guests were inside the old mill when the blaze broke out. Roads were closed.")
    c = claim_with(brief(a, b), "400 were inside")
    assert c.independent_origins == 2 and c.status == "corroborated"


def test_only_a_clause_cut_at_a_semicolon_reads_as_whole_when_it_opens_in_lower_case() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import checkable

    text = "about 400 were inside when the blaze broke out."
    clause = Statement(0, "d", "s", "f", None, 0, len(text), text, None, False, False, (), (), (), (),
                       frozenset(), frozenset(), after_semicolon=True, words=WORDS)
    assert checkable(clause)
    assert not checkable(replace(clause, after_semicolon=False))  # a fragment cut at a line break
    unfinished = "The old mill was licensed for 150 guests"  # the clause before the semicolon
    assert not checkable(replace(clause, text=unfinished, end=len(unfinished)))


def test_a_partys_reported_prospect_does_not_agree_with_the_act_told_as_done() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, LOOSE_SIMILARITY

    loose = (LOOSE_SIMILARITY + CORROBORATE_MIN_SIMILARITY) / 2
    forecast = replace(
        _statement("Mayor Ilse Brandt said that the new harbour toll would cut traffic in the old town."),
        origins=("Ilse Brandt",), main_acts=frozenset({("cut", False)}))
    fact = replace(_statement("The new harbour toll has cut traffic in the old town by a third."),
                   main_acts=frozenset({("cut", True)}))
    assert not agree(forecast, fact, loose) and not agree(fact, forecast, loose)
    # Unattributed, the same wording in the future is the report's own statement and may agree.
    plan = replace(_statement("The new harbour toll will cut traffic in the old town, the plan shows."),
                   main_acts=frozenset({("cut", False)}))
    assert agree(plan, fact, loose)
    # A party's warning with no act read as its main one (a conditional) is no more the fact.
    warning = replace(_statement("Officials said the new harbour toll would be lifted if traffic in the old "
                                 "town did not fall."), roles=("official",), main_acts=frozenset())
    assert not agree(warning, fact, loose)


def test_a_partys_representative_named_in_the_possessive_is_also_that_role() -> None:
    from newsweave.weave.statements import representative_role

    assert representative_role("Kira Vell's lawyer", WORDS) == "lawyer"
    assert representative_role("the Harbour Board's chief spokesman", WORDS) == "spokesman"
    assert representative_role("Kira Vell", WORDS) is None
    assert representative_role("Kira Vell's statement on the club website", WORDS) is None
    # Extraction keeps the party as the origin and adds the role, so a headline's bare "lawyer says" and a
    # body's "Kira Vell's lawyer says" are one speaker (count_origins joins mentions by role).
    from newsweave.weave.corroborate import count_origins

    texts = ("Kira Vell checks into a clinic for a month of treatment, lawyer says.",
             "Kira Vell's lawyer says the singer checked into a clinic for a month of treatment.")

    def stmt(i: int, origins: tuple[str, ...], roles: tuple[str, ...]) -> Statement:
        return Statement(i, f"d{i}", f"s{i}", f"f{i}", None, 0, len(texts[i]), texts[i], None, False, False,
                         origins, (), (), (), frozenset(), frozenset(), roles)

    assert count_origins([stmt(0, (), ("lawyer",)), stmt(1, ("Kira Vell",), ("lawyer",))]).independent == 1


def test_reports_a_season_apart_agree_only_on_a_statement_anchored_in_one_year() -> None:
    import dataclasses

    from newsweave.models import DateMention, Span
    from newsweave.weave.corroborate import AGREEMENT_SPAN_DAYS

    price = "The basic model of the Larkspur phone is priced at 199 dollars in the shops."
    a = dataclasses.replace(_statement(price), published="2008-06-09")
    b = dataclasses.replace(_statement(price), source="s2", family="f2", published="2010-06-08")
    assert not agree(a, b, 1.0)  # the same words two years apart may tell of two phones
    near = dataclasses.replace(b, published="2008-06-20")
    assert agree(a, near, 1.0)
    undated = dataclasses.replace(b, published=None)
    assert agree(a, undated, 1.0)  # nothing tells how far apart they are
    edge = dataclasses.replace(b, published=f"2008-{6 + AGREEMENT_SPAN_DAYS // 30:02d}-09")
    assert not agree(a, edge, 1.0)

    since = "Ilse Varga has been fighting the illness since 2004, her office said."
    at = since.index("2004")
    year = DateMention(Span("a", at, at + 4), "2004", "2004", "year", "explicit")
    c = dataclasses.replace(_statement(since), published="2011-01-17", dates=(year,))
    d = dataclasses.replace(c, source="s2", family="f2", published="2011-10-06")
    assert agree(c, d, 1.0)  # both anchor it in 2004
    assert not agree(c, dataclasses.replace(d, dates=()), 1.0)


def test_a_claim_told_two_years_apart_is_not_corroborated() -> None:
    far = brief(Doc("a", FACT_A, published="2005-03-01"), Doc("b", FACT_B, published="2007-03-01"))
    c = claim_with(far, "northern terminal")
    assert c.sources == ("s1", "s2")
    assert c.status == "single_source"
    near = brief(Doc("a", FACT_A, published="2005-03-01"), Doc("b", FACT_B, published="2005-03-03"))
    assert claim_with(near, "northern terminal").status == "corroborated"


def test_what_a_party_would_not_tell_is_no_checkable_fact() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import checkable

    denied = replace(_statement("The spokesman did not say why the ferry had turned back."),
                     denied_verbs=frozenset({"say"}), main_acts=frozenset({("turn", True)}))
    declined = replace(_statement("The harbour master declined to say when the ferry would sail again."),
                       asserted_verbs=frozenset({"decline", "sail"}), main_acts=frozenset({("say", False)}))
    fact = replace(_statement("The ferry turned back two miles out of the harbour on Monday."),
                   asserted_verbs=frozenset({"turn"}), main_acts=frozenset({("turn", True)}))
    not_sailing = replace(_statement("The ferry did not sail on Monday because of the storm."),
                          denied_verbs=frozenset({"sail"}))
    assert not checkable(denied) and not checkable(declined)
    assert checkable(fact) and checkable(not_sailing)




def test_two_named_outlets_sharing_a_run_of_eight_words_are_one_copied_origin() -> None:
    # A wire paragraph on two sites, edited around its names: "were forced to drive to the Baytown area
    # where" is eight words in a row, which two named outlets' independent reports do not share.
    a = Doc("a", "The two guards, who were unharmed, were forced to drive to the Baytown area where Comeaux "
                 "fled on foot.", outlet="Valley Post")
    b = Doc("b", "Both guards were released after they were forced to drive to the Baytown area where the "
                 "prisoner ran.", outlet="Gulf Herald")
    c = claim_with(brief(a, b), "forced to drive")
    assert c.independent_origins == 1 and c.status == "single_source"
    # Seven words in a row ("were forced to drive to the Baytown") leave them two origins.
    b = Doc("b", "Both guards were released after they were forced to drive to the Baytown marshes, where "
                 "the prisoner ran.", outlet="Gulf Herald")
    c = claim_with(brief(a, b), "forced to drive")
    assert c.independent_origins == 2


def test_what_ought_to_be_or_would_have_been_corroborates_nothing() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import checkable

    def stmt(text: str, acts: frozenset[tuple[str, bool]]) -> Statement:
        plain = Statement(0, "d", "s1", "f1", None, 0, len(text), text, None, False, False, (), (), (), (),
                          frozenset(), frozenset(), words=WORDS)
        return replace(plain, main_acts=acts)

    assert not checkable(stmt("The scoring record should belong to a four-year player.",
                              frozenset({("belong", False)})))
    assert not checkable(stmt("A win would've cost them the first pick.", frozenset({("cost", False)})))
    # A plan or a forecast of record stays a fact to check, and so does a sentence with an asserted act.
    assert checkable(stmt("The new rules will take effect in about 30 days.", frozenset({("take", False)})))
    assert checkable(stmt("Officials said the pier should reopen on Monday, and it did.",
                          frozenset({("reopen", False), ("do", True)})))


def _dated(text: str, *dates: str) -> Statement:
    from newsweave.models import DateMention, Span

    mentions = tuple(DateMention(span=Span("a", text.index(d), text.index(d) + len(d)), text=d, value=None,
                                 precision="day", resolved_from="explicit") for d in dates)
    return Statement(index=0, article_id="a", source="s1", family="f1", outlet=None, start=0, end=len(text),
                     text=text, published=None, negated=False, hedged=False, origins=(), quotes=(),
                     numbers=(), dates=mentions, entities=frozenset(), places=frozenset(), words=WORDS)


def test_a_date_naming_the_event_is_no_shared_detail() -> None:
    from newsweave.weave.corroborate import LOOSE_SIMILARITY

    # Both name "the March 3, 2031 bombings"; one says profiles were released, the other that a memorial
    # was unveiled. Read with their dates, they share "3", "2031" and "bombings".
    a = _dated("Profiles of the suspects in the March 3, 2031 bombings have been released.", "March 3, 2031")
    b = _dated("A memorial to the victims of the March 3, 2031 bombings has been unveiled.", "March 3, 2031")
    assert not agree(a, b, LOOSE_SIMILARITY + 0.02)
    # A year that dates the act itself is a detail both report.
    c = _dated("Tomas Berg, the mayor, died of cancer in 2029 at his home.", "2029")
    d = _dated("The mayor Tomas Berg died in 2029 after a long illness.", "2029")
    assert agree(c, d, LOOSE_SIMILARITY + 0.02)


def test_counts_that_share_only_a_year_are_not_compatible_even_when_worded_alike() -> None:
    # "stage 13" and "stage 15" of one year's race: two stages, however close the wording.
    a = _dated("Ana Ruiz of Chile has won stage 13 of the 2031 Tour of Kelland.", "2031")
    b = _dated("Anna Ruiz of Chile has won stage 15 of the 2031 Tour of Kelland.", "2031")
    assert not agree(a, b, 0.89)
    assert agree(a, _dated("Anna Ruiz of Chile has won stage 13 of the 2031 Tour of Kelland.", "2031"), 0.89)


def test_a_year_that_bounds_a_frame_to_come_is_no_shared_detail() -> None:
    from dataclasses import replace

    from newsweave.weave.corroborate import LOOSE_SIMILARITY

    # Two different statements about climate talks share "2036" and "emissions" only as a horizon.
    def years(s: Statement) -> Statement:
        return replace(s, dates=tuple(replace(d, value=d.text, precision="year") for d in s.dates))

    a = replace(years(_dated("Delegates agree that a binding deal on emissions for 2036 onwards will be the "
                             "main challenge of the talks.", "2036")), published="2031-11-29")
    b = replace(years(_dated("His goal of a roadmap on emissions cuts after 2036, to be agreed by 2033, has "
                             "not been reached.", "2036", "2033")), family="f2", published="2031-12-13")
    assert not agree(a, b, LOOSE_SIMILARITY + 0.02)
    # Read without a report day, a year is a year: the rule only reads bounds it can tell are to come.
    assert agree(replace(a, published=None), replace(b, published=None), LOOSE_SIMILARITY + 0.02)


def _acting(text: str, family: str, index: int, *acts: str) -> Statement:
    """A statement whose parse told ``acts`` as done."""
    from dataclasses import replace

    return replace(_statement(text), family=family, index=index, article_id=family,
                   main_acts=frozenset((v, True) for v in acts[:1]), asserted_verbs=frozenset(acts))


def test_two_origins_agree_loosely_only_on_one_act() -> None:
    import numpy as np

    from newsweave.weave.corroborate import (
        CORROBORATE_MIN_SIMILARITY,
        LOOSE_SIMILARITY,
        corroborating_origins,
        tell_one_act,
    )

    loose = (LOOSE_SIMILARITY + CORROBORATE_MIN_SIMILARITY) / 2
    vying = _acting("A total of 288 candidates are vying for the 125 seats in the assembly.", "f1", 0, "vie")
    first = _acting("The vote for 125 seats in the new assembly is the first since the old leader died.",
                    "f2", 1, "die")
    # A figure and its noun in common: agreement by the looser test, yet two facts, no act shared.
    assert agree(vying, first, loose)
    assert not tell_one_act(vying, first)
    assert not agree(vying, first, loose, one_act=True)
    # The act told by both, or one of its class ("killed" / "died"), or its noun ("the arrest") is one act.
    again = _acting("Some 288 candidates were vying for 125 seats in the assembly.", "f3", 2, "vie")
    assert tell_one_act(vying, again) and agree(vying, again, loose, one_act=True)
    assert tell_one_act(_acting("Nine people were killed in the blast.", "f1", 0, "kill"),
                        _acting("Nine people died in the blast.", "f2", 1, "die"))
    assert tell_one_act(_acting("Police arrested the driver at the border.", "f1", 0, "arrest"),
                        _acting("The driver was placed under arrest at the border.", "f2", 1, "place"))
    # A closer alignment needs no shared act.
    assert agree(vying, first, CORROBORATE_MIN_SIMILARITY, one_act=True)

    pair = np.full((3, 3), loose)
    assert corroborating_origins([vying, first], pair[:2, :2]).origins == 0
    # Three origins agreeing loosely stand without one act: the wrong pairs the judges named were all two.
    other = _acting("There are 288 hopefuls for 125 places in an assembly the old leader once filled.",
                    "f3", 2, "fill")
    assert corroborating_origins([vying, first, other], pair).origins == 3


def test_agreement_within_one_origin_shows_nothing() -> None:
    import numpy as np

    from newsweave.weave.corroborate import corroborating_origins

    # Two outlets relay one party's words closely, two others relay another party's: each pair agrees only
    # inside its own origin, so no agreement across origins is shown.
    rel = "The ministry said the bridge was closed to lorries on Monday."
    a = replace(_statement(rel), index=0, family="f1", article_id="a1", origins=("the ministry",))
    b = replace(_statement(rel), index=1, family="f2", article_id="a2", origins=("the ministry",))
    other = "The union said drivers were told to take the coast road instead."
    c = replace(_statement(other), index=2, family="f3", article_id="a3", origins=("the union",))
    d = replace(_statement(other), index=3, family="f4", article_id="a4", origins=("the union",))
    sim = np.eye(4)
    sim[0, 1] = sim[1, 0] = sim[2, 3] = sim[3, 2] = 0.9
    shown = corroborating_origins([a, b, c, d], sim)
    assert shown.origins == 0 and not shown.members
    # Across origins the same closeness is agreement, and its members are named.
    c2 = replace(_statement("Lorries were barred from the bridge on Monday, the police said."), index=2,
                 family="f3", article_id="a3", origins=("the police",))
    sim[1, 2] = sim[2, 1] = 0.9
    shown = corroborating_origins([a, b, c2], sim[:3, :3])
    assert shown.origins == 2 and shown.members == frozenset({1, 2})


def test_a_corroborated_claim_is_worded_by_a_member_that_agrees() -> None:
    import numpy as np

    from newsweave.weave.claims import ClaimGroup, agreed_wording
    from newsweave.weave.corroborate import Agreement

    middle = replace(_statement("The ferry left late and the storm closed the harbour."), index=0)
    left = replace(_statement("The ferry left two hours late."), index=1, family="f2")
    late = replace(_statement("The ferry sailed two hours late."), index=2, family="f3")
    group = ClaimGroup("c1", (middle, left, late), middle.text, middle)
    sim = np.ones((3, 3))
    # The most central member aligns with both but agrees with neither: the claim reads as the agreeing pair.
    assert agreed_wording(group, Agreement(2, frozenset({1, 2})), sim) in (left.text, late.text)
    # Agreeing with the late sailing, the central member also tells of the harbour, which only it gives: the
    # claim reads as what both families say.
    assert agreed_wording(group, Agreement(2, frozenset({0, 1})), sim) == left.text
    both = replace(_statement("The ferry left late when the storm closed the harbour."), index=1, family="f2")
    group = ClaimGroup("c1", (middle, both), middle.text, middle)
    assert agreed_wording(group, Agreement(2, frozenset({0, 1})), sim[:2, :2]) == middle.text



def test_in_a_story_of_many_sources_two_agreeing_origins_are_not_enough() -> None:
    import numpy as np

    from newsweave.weave.corroborate import CORROBORATE_MIN_SIMILARITY, corroborating_origins

    one = _acting("Some 288 candidates were vying for 125 seats in the assembly.", "f1", 0, "vie")
    two = _acting("A total of 288 candidates are vying for the 125 seats in the assembly.", "f2", 1, "vie")
    close = np.full((2, 2), CORROBORATE_MIN_SIMILARITY)
    assert corroborating_origins([one, two], close).origins == 2
    # The story's quorum (models/quorum.py) of three: two agreeing origins show no agreement at all.
    found = corroborating_origins([one, two], close, quorum=3)
    assert found.origins == 0 and not found.members


def test_a_story_of_many_sources_notes_its_quorum() -> None:
    crane = "Engineers of the port authority inspected crane {} at the northern terminal on Monday."
    moved = "Shipping lines moved {} sailings to the southern terminal until the repairs end in March."
    others = [Doc(f"o{i}", f"{crane.format(i + 3)} {moved.format(i + 20)}", outlet=f"paper{i}.example")
              for i in range(7)]
    pair = [Doc("a", FACT_A, outlet="tide.example"), Doc("b", FACT_B, outlet="harbour.example")]
    b = brief(*pair, *others)
    assert len(b.sources) == 9
    assert "9 independent sources: a claim counts as corroborated only when 3 of them agree" in (
        b.diagnostics.warnings)
    assert not any("corroborated only when" in w for w in brief(*pair, *others[:6]).diagnostics.warnings)


def _on_day(text: str, day: str, value: str | None, source: str = "s1", kind: str = "date") -> Statement:
    import dataclasses

    from newsweave.models import DateMention, Span

    at = text.index(day)
    mention = DateMention(Span("a", at, at + len(day)), day, value, "day" if value else "unknown",
                          "relative", kind=kind)  # type: ignore[arg-type]
    return dataclasses.replace(_statement(text), source=source, family=f"f{source}", dates=(mention,))


def test_statements_that_date_their_act_to_different_days_do_not_agree() -> None:
    heard = "Jurors in the Orrin Tate murder trial heard emotional testimony from his mother on Tuesday."
    again = "Jurors in the Orrin Tate murder trial heard emotional testimony from his mother on Wednesday."
    # undated reports: the weekdays they name
    assert not agree(_on_day(heard, "Tuesday", None), _on_day(again, "Wednesday", None, "s2"), 0.9)
    assert agree(_on_day(heard, "Tuesday", None), _on_day(heard, "Tuesday", None, "s2"), 0.9)
    # dated reports: the days the dates resolve to, whatever words they use
    tuesday = _on_day(heard, "Tuesday", "2011-05-03")
    wednesday = _on_day(again, "Wednesday", "2011-05-04", "s2")
    assert not agree(tuesday, wednesday, 0.9)
    yesterday = heard.replace("on Tuesday", "yesterday")
    assert agree(tuesday, _on_day(yesterday, "yesterday", "2011-05-03", "s2"), 0.9)


def test_a_day_of_saying_or_a_time_of_day_sets_no_day_apart() -> None:
    act = "Twelve people died in the Kelmouth ferry fire on Monday, the coast guard said."
    said = "Twelve people died in the Kelmouth ferry fire, the coast guard said on Tuesday."
    assert agree(_on_day(act, "Monday", "2011-05-02"), _on_day(said, "Tuesday", "2011-05-03", "s2"), 0.9)
    # "shortly before midnight" is often read as the end of the report's own day, for the night before
    late = "About 400 people were inside the Kelmouth hall when the fire broke out shortly before midnight."
    night = "About 400 people were inside the Kelmouth hall when the fire broke out on Thursday night."
    assert agree(_on_day(late, "shortly before midnight", "2011-05-06", kind="time"),
                 _on_day(night, "Thursday", "2011-05-05", "s2"), 0.9)
