"""Numbers: counts with what is counted, ranges, vague quantities, money/percent/duration apart, skips."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsweave.analyze.numbers import find_numbers
from newsweave.models import Article, NumberMention


def _nums(nlp: Language, text: str) -> tuple[NumberMention, ...]:
    return find_numbers(nlp(text), Article(id="t", text=text))


def test_approximate_count_with_passive_event_verb(nlp: Language) -> None:
    (n,) = _nums(nlp, "Around 300 rebel fighters are reported to have been killed near the river.")
    assert (n.value, n.approximate, n.kind) == (300, True, "count")
    assert n.counts == "rebel fighters killed"
    assert n.text == "Around 300"


def test_vague_quantity_is_acled_coded_with_open_high(nlp: Language) -> None:
    (n,) = _nums(nlp, "The militia ambushed the convoy, killing dozens of rebel fighters.")
    assert (n.low, n.high, n.approximate) == (12, None, True)
    assert n.counts == "rebel fighters killed"
    (h,) = _nums(nlp, "Hundreds of families arrived at the camp.")
    assert (h.low, h.high) == (100, None)


def test_range_between(nlp: Language) -> None:
    (n,) = _nums(nlp, "Between 150,000 and 200,000 people fled the region.")
    assert (n.low, n.high) == (150_000, 200_000)
    assert n.counts == "people fled"


def test_more_than_and_nearly_set_one_bound(nlp: Language) -> None:
    more, nearly = _nums(nlp, "More than 20 civilians were wounded and nearly 40 soldiers were captured.")
    assert (more.low, more.high, more.approximate) == (20, None, True)
    assert (nearly.low, nearly.high, nearly.approximate) == (None, 40, True)


def test_as_many_as_is_an_upper_bound(nlp: Language) -> None:
    (n,) = _nums(nlp, "Officials said as many as 3,000 people may have died in the flood.")
    assert (n.low, n.high, n.approximate) == (0, 3000, True)
    assert n.text == "as many as 3,000"
    (under,) = _nums(nlp, "Fewer than 40 people were hurt.")
    assert (under.low, under.high) == (0, 40)


def test_a_counted_noun_takes_the_state_its_copula_gives(nlp: Language) -> None:
    (n,) = _nums(nlp, "After the ferry sank, 150 passengers were missing, the coast guard said.")
    assert n.counts == "passengers missing"
    (m,) = _nums(nlp, "At least 300 passengers were missing after the ferry sank, the coast guard said.")
    assert m.counts == "passengers missing"


def test_money_percent_duration_kept_apart(nlp: Language) -> None:
    nums = _nums(nlp, "The grant of $2.5 million covered 15 percent of costs for six months.")
    kinds = {n.kind: n for n in nums}
    assert kinds["money"].value == 2_500_000
    assert kinds["percent"].value == 15
    assert kinds["duration"].value == 6
    assert all(n.kind != "count" for n in nums)


def test_years_dates_times_ordinals_and_names_are_skipped(nlp: Language) -> None:
    text = "On March 3, 2019, at 10 am, the 3rd brigade of Boeing 747 fame met, one of the aides said."
    nums = _nums(nlp, text)
    assert nums == ()


def test_how_many_and_so_many_are_no_figures(nlp: Language) -> None:
    assert not _nums(nlp, "The court spared him, no matter how many people he killed in the attack.")
    assert not _nums(nlp, "So many people were killed that the morgue ran out of room.")
    assert _nums(nlp, "The guard said no matter how many people he killed, he would stay calm.") == ()
    (n,) = _nums(nlp, "Many people were killed in the blast.")
    assert (n.low, n.counts) == (10, "people killed")


def test_a_hyphenated_number_word_is_one_number_not_a_range(nlp: Language) -> None:
    (n,) = _nums(nlp, "Fifty-two people were killed in the attacks.")
    assert (n.low, n.high, n.text) == (52, 52, "Fifty-two")
    (r,) = _nums(nlp, "The blast hurt 20-30 people.")
    assert (r.low, r.high) == (20, 30)


def test_a_bare_figure_counts_the_fate_word_beside_it(nlp: Language) -> None:
    # "20 dead", "the 162 injured", "18 of the dead", "45 are missing": the fate word is what is counted.
    texts = {
        "The landslide left 20 dead in the valley.": "dead",
        "Nurses treated the 162 injured at the clinic.": "injured",
        "The flood swept away homes, and 45 are missing.": "missing",
    }
    for text, counted in texts.items():
        first = _nums(nlp, text)[0]
        assert first.counts == counted, text


def test_a_part_of_the_dead_is_not_their_count(nlp: Language) -> None:
    (n,) = _nums(nlp, "Only 18 of the dead had been named.")
    assert n.counts is None


def test_a_fate_word_before_a_noun_is_the_nouns(nlp: Language) -> None:
    (n,) = _nums(nlp, "Rescuers carried 12 injured workers to safety.")
    assert n.counts == "injured workers"


def test_relative_clause_says_what_happened_to_the_counted(nlp: Language) -> None:
    (n,) = _nums(nlp, "Mourners remembered the 31 miners who died in the shaft.")
    assert n.counts == "miners died"


def test_a_state_the_verb_leaves_them_in_is_what_is_counted(nlp: Language) -> None:
    (a,) = _nums(nlp, "The landslide left 20 villagers dead.")
    (b,) = _nums(nlp, "Nearly 9,000 people were left homeless by the flood.")
    assert (a.counts, b.counts) == ("villagers dead", "people homeless")
    # Parsed as an adjective after the noun ("amod"), not as the verb's object predicate.
    (c,) = _nums(nlp, "Hurricane Ilse left 320,000 people homeless in Velmora, the government said.")
    assert c.counts == "people homeless"


def test_drowning_is_an_event_count(nlp: Language) -> None:
    (n,) = _nums(nlp, "At least 51 passengers drowned when the ferry sank.")
    assert n.counts == "passengers drowned"


def test_a_number_of_dozens_multiplies(nlp: Language) -> None:
    (n,) = _nums(nlp, "Two dozen armed men stormed the depot.")
    (m,) = _nums(nlp, "About a dozen people were hurt.")
    assert (n.low, n.high, m.low) == (24, 24, 12)


def test_a_vague_word_before_a_scale_is_at_least_two_of_it(nlp: Language) -> None:
    (a,) = _nums(nlp, "Several hundred people were killed in the raid.")
    (b,) = _nums(nlp, "A few thousand families fled the valley.")
    assert (a.text, a.low, a.high, a.approximate) == ("Several hundred", 200, None, True)
    assert (b.low, b.high) == (2000, None)


def test_a_crowd_is_counted_by_what_it_did(nlp: Language) -> None:
    (n,) = _nums(nlp, "Police said 100,000 people marched through the capital on Sunday.")
    assert n.counts == "people marched"


def test_a_falling_hyphenated_pair_is_a_tally_not_a_range(nlp: Language) -> None:
    # A record, a score or a vote: never the range "52 to 3" (whose high was under its low).
    nums = _nums(nlp, "The champion (31-4-1, 20 KOs) beat the veteran 12-9 in a vote of the judges.")
    tally, kos, score = nums
    assert (tally.text, tally.kind, tally.low, tally.high, tally.counts) == ("31-4-1", "other", 31, 31, None)
    assert (kos.value, kos.kind) == (20, "count")
    assert (score.text, score.kind) == ("12-9", "other")
    (r,) = _nums(nlp, "Between 150-200 people marched to the square.")
    assert (r.low, r.high, r.kind) == (150, 200, "count")


def test_a_lone_figure_the_tagger_reads_as_a_date_is_counted_by_its_event_verb(nlp: Language) -> None:
    # The small model tags the "40" and the "46" DATE; the verbs say they are counts. An age stays skipped.
    text = ("A fire swept through a crowded nightclub in Velm early Saturday, killing 12 people and injuring "
            "40, police said. As fights broke out in the square, 46 were arrested Wednesday night.")
    counts = {n.value: n.counts for n in _nums(nlp, text)}
    assert counts.get(40.0) == "injured" and counts.get(46.0) == "arrested"
    assert not _nums(nlp, "Kira Lund, 33, was arrested.")


def test_people_hurt_are_an_event_count(nlp: Language) -> None:
    (n,) = _nums(nlp, "Forty people were hurt.")
    assert n.counts == "people hurt"


def test_people_who_lost_their_lives_died(nlp: Language) -> None:
    (n,) = _nums(nlp, "Thirty-one people lost their lives in the fire.")
    assert n.counts == "people died"
    (n,) = _nums(nlp, "Thirty-one people lost their homes in the fire.")
    assert n.counts == "people"


@pytest.mark.parametrize(("text", "counts"), [
    ("Five people remain missing after the landslide.", "people missing"),
    ("The gunman shot dead six people before turning the gun on himself.", "people dead"),
    ("At least 12 people perished in the blaze.", "people died"),
    ("The fire claimed the lives of 12 people.", "people died"),
])
def test_more_ways_of_telling_a_fate(nlp: Language, text: str, counts: str) -> None:
    (n,) = _nums(nlp, text)
    assert n.counts == counts


def test_a_figure_a_verb_of_change_moves_from_is_the_earlier_value(nlp: Language) -> None:
    # "from 12 to 19" after a verb of change reports 19 (12 was the toll before), not the range 12-19.
    (raised,) = _nums(nlp, "The coastguard raised the death toll from 12 to 19 on Tuesday.")
    assert (raised.text, raised.low, raised.high) == ("19", 19, 19)
    # The tagger reads "12 to 19 overnight" as a time; the change's figures are still read.
    (rose,) = _nums(nlp, "The death toll rose from 12 to 19 overnight.")
    assert (rose.text, rose.low, rose.high) == ("19", 19, 19)
    (more,) = _nums(nlp, "The death toll rose from 12 to more than 19.")
    assert (more.low, more.high) == (19, None)
    # Without a verb of change "from 20 to 30" is a range.
    (spread,) = _nums(nlp, "Estimates ranged from 20 to 30 dead.")
    assert (spread.low, spread.high) == (20, 30)


def test_a_changed_figure_keeps_the_value_it_changed_from(nlp: Language) -> None:
    text = "The coastguard raised the death toll from 12 to more than 19 on Tuesday."
    (raised,) = _nums(nlp, text)
    assert raised.prior is not None and raised.prior.value == 12
    assert text[raised.prior.span.start:raised.prior.span.end] == raised.prior.text == "12"
    (rose,) = _nums(nlp, "The death toll rose from twelve to 19 overnight.")
    assert rose.prior is not None and (rose.prior.text, rose.prior.value) == ("twelve", 12)
    # A range, and a figure after another sentence's change, have none.
    (spread,) = _nums(nlp, "Estimates ranged from 20 to 30 dead.")
    assert spread.prior is None
    first, second = _nums(nlp, "The toll rose from 12 to 19. Police said 30 people were hurt.")
    assert first.prior is not None and second.prior is None


def test_a_figure_changed_to_from_an_earlier_value_keeps_it_and_reads_no_second_figure(nlp: Language) -> None:
    (toll,) = _nums(nlp, "The death toll rose to 19 from 12 on Tuesday.")
    assert (toll.text, toll.low) == ("19", 19) and toll.prior is not None and toll.prior.value == 12
    _, sales = _nums(nlp, "Sales rose 26 percent, to $3.95 billion from $3.13 billion.")
    assert sales.prior is not None and sales.prior.text == "$3.13 billion"
    # "from" a place, not of a change
    assert all(n.prior is None for n in _nums(nlp, "He drove to 19 Main Street from 12 Elm Street."))


def test_a_magnitude_glued_to_money_scales_it(nlp: Language) -> None:
    pounds, dollars, euros = _nums(nlp, "The club paid £1.5m, the bank $2bn and the fund €400mn.")
    assert (pounds.value, pounds.kind, pounds.text) == (1_500_000, "money", "£1.5m")
    assert (dollars.value, dollars.kind) == (2_000_000_000, "money")
    assert (euros.value, euros.kind) == (400_000_000, "money")


def test_a_glued_m_or_k_is_a_magnitude_only_before_things_counted(nlp: Language) -> None:
    (viewers,) = _nums(nlp, "The final drew 1.5m viewers across the country.")
    assert (viewers.value, viewers.counts) == (1_500_000, "viewers")
    (runners,) = _nums(nlp, "Organisers said 10k runners took part.")
    assert runners.value == 10_000
    (fall,) = _nums(nlp, "The climber fell 60m down the face.")
    assert fall.value == 60


def test_a_glued_m_before_a_race_or_a_measured_thing_is_metres(nlp: Language) -> None:
    values = [n.value for n in _nums(nlp, "Okafor won the 400m hurdles as 10m waves hit the coast.")]
    assert values == [400, 10]


def test_a_fraction_is_no_count(nlp: Language) -> None:
    nums = _nums(nlp, "About two-thirds of the 300 residents fled, and a third of them returned.")
    assert [n.value for n in nums] == [300]


def test_half_a_dozen_is_six(nlp: Language) -> None:
    first, second = _nums(nlp, "A half-dozen officers and half a dozen guards arrived.")
    assert (first.value, second.value) == (6, 6)
    assert first.counts == "officers"


def test_odd_and_plus_leave_the_figure_open_above(nlp: Language) -> None:
    odd, plus = _nums(nlp, "Some 20-odd soldiers and 100-plus police were deployed.")
    assert (odd.low, odd.high, odd.approximate) == (20, None, True)
    assert (plus.low, plus.high, plus.approximate) == (100, None, True)
    assert odd.text == "Some 20-odd"
