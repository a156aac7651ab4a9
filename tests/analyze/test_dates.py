"""Temporal expressions against a publication date: Tuesday 2021-08-24 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsweave.analyze.dates import find_dates, normalise_extent
from newsweave.analyze.temporal.calendar import season_year, weekday_date
from newsweave.models import Article, DateMention

PUBLISHED = "2021-08-24"  # a Tuesday


def dates(nlp: Language, text: str, published: str | None = PUBLISHED) -> dict[str, DateMention]:
    article = Article(id="a1", text=text, published=published)
    return {m.text: m for m in find_dates(nlp(text), article)}


def value(nlp: Language, text: str, phrase: str, published: str | None = PUBLISHED) -> str | None:
    found = dates(nlp, text, published)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    return found[phrase].value


def test_past_tense_weekday_is_the_most_recent_one(nlp: Language) -> None:
    m = dates(nlp, "On Sunday the group said it had taken the pass.")["Sunday"]
    assert (m.value, m.precision, m.resolved_from, m.kind) == ("2021-08-22", "day", "relative", "date")


def test_future_tense_weekday_is_the_next_one(nlp: Language) -> None:
    assert value(nlp, "The envoy will fly to Doha on Sunday.", "Sunday") == "2021-08-29"
    assert value(nlp, "The envoy is expected to arrive on Sunday.", "Sunday") == "2021-08-29"


def test_weekday_of_publication_day_counts_for_past_and_future(nlp: Language) -> None:
    assert value(nlp, "The minister resigned on Tuesday.", "Tuesday") == "2021-08-24"
    assert value(nlp, "The minister will resign on Tuesday.", "Tuesday") == "2021-08-24"
    assert value(nlp, "The minister resigned last Tuesday.", "last Tuesday") == "2021-08-17"


def test_a_weekday_told_as_a_stretch_from_another_day_is_counted_from_it(nlp: Language) -> None:
    # Published on a Tuesday: "on Monday" is the day before; the official release is three days after it,
    # whatever the past tense of "published" says.
    text = "The board published its findings on Monday, three days before the official release on Thursday."
    assert value(nlp, text, "Monday") == "2021-08-23"
    assert value(nlp, text, "Thursday") == "2021-08-26"
    after = "The council met on Friday, two days after the vote on Wednesday."
    assert value(nlp, after, "Wednesday") == "2021-08-18"
    # A stretch that does not land on the weekday named is not counted from that day.
    odd = "The board published its findings on Monday, two days before the official release on Thursday."
    assert value(nlp, odd, "Thursday") == "2021-08-19"


def test_present_tense_weekday_takes_the_nearer_day(nlp: Language) -> None:
    assert value(nlp, "The vote is on Thursday.", "Thursday") == "2021-08-26"


def test_a_timetable_in_the_simple_present_looks_ahead(nlp: Language) -> None:
    # Published on a Tuesday: the Saturday just past is nearer than the coming one, but a levy that
    # "expires Saturday" and an inquiry that "opens on Saturday" are ahead, even after a term word.
    assert value(nlp, "Councillors renewed a harbour levy that expires Saturday night at midnight.",
                 "Saturday night") == "2021-08-28TNI"
    assert value(nlp, "The inquiry opens on Saturday in Kelmouth.", "Saturday") == "2021-08-28"


def test_a_headline_a_saying_and_a_day_before_the_verb_keep_the_nearer_day(nlp: Language) -> None:
    assert value(nlp, "Storm hits Kelmouth harbour Saturday", "Saturday") == "2021-08-21"
    assert value(nlp, "Officials say on Saturday the levy was dropped.", "Saturday") == "2021-08-21"
    assert value(nlp, "The cause of the fire that broke out before midnight Saturday remains unknown.",
                 "midnight Saturday").startswith("2021-08-21")


def test_weeks(nlp: Language) -> None:
    found = dates(nlp, "Last week the talks stalled; this week they resumed and next week they end.")
    assert {k: m.value for k, m in found.items()} == {
        "Last week": "2021-W33", "this week": "2021-W34", "next week": "2021-W35"}
    assert all(m.precision == "week" for m in found.values())
    text = "Officials said earlier this week that roads were shut."
    assert value(nlp, text, "earlier this week") == "2021-W34"


@pytest.mark.parametrize(
    "phrase", ["August 24, 2021", "24 August 2021", "2021-08-24", "Tuesday, Aug. 24, 2021"]
)
def test_explicit_dates(nlp: Language, phrase: str) -> None:
    m = dates(nlp, f"The convoy left on {phrase}, witnesses said.")[phrase]
    assert (m.value, m.precision, m.resolved_from) == ("2021-08-24", "day", "explicit")


def test_month_day_without_year_takes_it_from_the_publication_date(nlp: Language) -> None:
    m = dates(nlp, "The convoy left on Aug. 20, witnesses said.")["Aug. 20"]
    assert (m.value, m.resolved_from) == ("2021-08-20", "inferred")


def test_months_follow_tense(nlp: Language) -> None:
    assert value(nlp, "The fighting began in late October.", "late October") == "2020-10"
    assert value(nlp, "The fighting will resume in late October.", "late October") == "2021-10"
    assert value(nlp, "Prices rose in March 2020.", "March 2020") == "2020-03"
    assert value(nlp, "The road closed last June.", "last June") == "2021-06"
    assert value(nlp, "The road closed last July.", "last July") == "2020-07"


def test_years_and_decades(nlp: Language) -> None:
    found = dates(nlp, "The valley resisted in the 1980s and again in 2001, as in the 1990s.")
    assert (found["the 1980s"].value, found["the 1980s"].precision) == ("198", "decade")
    assert (found["2001"].value, found["2001"].precision) == ("2001", "year")
    assert found["the 1990s"].value == "199"
    assert value(nlp, "The bridge was built four years ago.", "four years ago") == "2017"


def test_deictic_days(nlp: Language) -> None:
    found = dates(nlp, "Yesterday he spoke, today he rests and tomorrow he travels.")
    assert [found[k].value for k in ("Yesterday", "today", "tomorrow")] == [
        "2021-08-23", "2021-08-24", "2021-08-25"]


def test_parts_of_days_are_times_on_that_day(nlp: Language) -> None:
    found = dates(nlp, "Shells fell on Monday night and again early on Tuesday morning.")
    assert (found["Monday night"].value, found["Monday night"].kind) == ("2021-08-23TNI", "time")
    assert found["early on Tuesday morning"].value == "2021-08-24TMO"
    assert found["early on Tuesday morning"].precision == "day"
    assert value(nlp, "On Sunday night the fighters attacked.", "Sunday night") == "2021-08-22TNI"
    assert value(nlp, "The rally began at 8 p.m. Sunday.", "8 p.m. Sunday") == "2021-08-22T20:00"


def test_durations_keep_timeml_values_and_unknown_precision(nlp: Language) -> None:
    text = "The next two weeks will be hard, and aid will come in the coming days, a day after talks."
    found = dates(nlp, text)
    assert (found["The next two weeks"].value, found["The next two weeks"].kind) == ("P2W", "duration")
    assert found["The next two weeks"].precision == "unknown"
    assert found["the coming days"].value == "PXD"
    assert found["a day"].value == "P1D"


def test_vague_past_is_kept_but_unknown(nlp: Language) -> None:
    m = dates(nlp, "The envoys had recently met in Doha.")["recently"]
    assert (m.value, m.precision) == ("PAST_REF", "unknown")


def test_without_publication_date_relative_stays_unresolved(nlp: Language) -> None:
    found = dates(nlp, "On Sunday, after talks last week, the deal of August 24, 2021 was signed.", None)
    assert (found["Sunday"].value, found["Sunday"].precision) == (None, "unknown")
    assert (found["last week"].value, found["last week"].precision) == (None, "unknown")
    assert found["August 24, 2021"].value == "2021-08-24"


def test_non_dates_are_not_tagged(nlp: Language) -> None:
    assert dates(nlp, "He may agree, and 2,000 fighters and 1999 people were counted.") == {}
    assert dates(nlp, "After the fall of the city, the March on the capital began.") == {}
    assert dates(nlp, "His 22-year-old son left.") == {}


def test_season_verb_and_date_word_in_a_name_are_not_dates(nlp: Language) -> None:
    assert dates(nlp, "The company may spring a surprise.") == {}
    assert dates(nlp, "Leaflets fluttered like autumn leaves through the square.") == {}  # a likeness
    assert dates(nlp, "He will appear on the Today show.") == {}


def test_year_owned_before_a_plural_noun_is_a_year(nlp: Language) -> None:
    assert value(nlp, "The company's 1989 results will be weak.", "1989") == "1989"
    assert value(nlp, "Its 1988 earnings were restated.", "1988") == "1988"
    assert dates(nlp, "About 1999 people and all 2000 workers were counted.") == {}


def test_month_after_an_article_that_modifies_a_noun_is_a_month(nlp: Language) -> None:
    # A month that modifies a noun is the nearer one, here ahead of publication (2021-08-24).
    assert value(nlp, "The December contract fell 2 cents.", "December") == "2021-12"


def test_sentence_span_is_the_sentence_of_the_mention(nlp: Language) -> None:
    text = "Talks stalled. On Sunday the group said it had taken the pass."
    m = dates(nlp, text)["Sunday"]
    assert m.sentence is not None
    assert text[m.sentence.start : m.sentence.end].startswith("On Sunday the group")
    assert text[m.span.start : m.span.end] == "Sunday"


def test_normalise_extent_reads_a_given_span(nlp: Language) -> None:
    text = "The group said on Sunday that it would wait."
    article = Article(id="a1", text=text, published=PUBLISHED)
    start = text.index("Sunday")
    m = normalise_extent(nlp(text), article, start, start + len("Sunday"))
    assert m is not None and m.value == "2021-08-22"


def test_calendar_helpers() -> None:
    tuesday = dt.date(2021, 8, 24)
    assert weekday_date(tuesday, 6, "none") == dt.date(2021, 8, 22)  # two days back beats five ahead
    assert weekday_date(tuesday, 1, "past", strict=True) == dt.date(2021, 8, 17)
    assert season_year(dt.date(2013, 3, 22), "SU", "last", "none") == 2012
    assert season_year(dt.date(2013, 3, 22), "SU", "next", "none") == 2013
    assert season_year(dt.date(2013, 1, 10), "WI", "this", "none") == 2012


def test_seed_with_date_line_resolves_its_weekdays(nlp: Language, seeds_dir: Path) -> None:
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    dated = []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = RawDocument(item=str(path), text=path.read_text(encoding="utf-8"), path=str(path))
        article = to_article(raw)
        if article.published_date == "2021-08-24":
            dated.append(article)
    assert dated, "no seed with a date line for 2021-08-24"
    mentions = [m for a in dated for m in find_dates(nlp(a.text), a)]
    monday = [m for m in mentions if m.text.startswith("Monday")]
    assert monday and all(m.value is not None and m.value.startswith("2021-08-23") for m in monday)


def test_fiscal_quarters_and_the_reference_quarter(nlp: Language) -> None:
    text = ("Acme posted third-quarter profit of $5 million, up from $4 million a year ago. "
            "Sales in the year-ago quarter were $9 million; the first half of 2020 was weak.")
    found = dates(nlp, text, "1989-11-02")
    assert found["third-quarter"].value == "1989-Q3"
    assert found["a year ago"].value == "1988-Q3"
    assert found["the year-ago quarter"].value == "1988-Q3"
    assert found["the first half of 2020"].value == "2020-H1"
    assert "a quarter" not in dates(nlp, "A quarter of the vote went to him.", "1989-11-02")


def test_clock_times_are_tied_to_their_day(nlp: Language) -> None:
    assert value(nlp, "Talks broke off at noon Thursday.", "noon Thursday") == "2021-08-19T12:00"
    assert value(nlp, "The offer runs until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9") == "2021-11-09T17:00"
    assert value(nlp, "Police arrived at 7:15 p.m. and left.", "7:15 p.m.") == "2021-08-24T19:15"


def test_a_wire_clock_in_gmt_is_a_time_not_a_year(nlp: Language) -> None:
    # "1852 UTC" was a year (1852) on the timeline's background; TimeML writes a UTC time with "Z".
    found = dates(nlp, "The ferry left Kelmouth at 1852 UTC on Monday. The 1852 charter was lost.")
    assert found["1852 UTC on Monday"].value == "2021-08-23T18:52Z"
    assert found["1852"].value == "1852"
    assert value(nlp, "Flights resumed at 0940 GMT.", "0940 GMT") == "2021-08-24T09:40Z"
    assert "1852" not in dates(nlp, "Flights resumed at 1852 hours.")  # no zone: neither a year nor a time


def test_a_local_day_beside_its_gmt_day_is_the_day_next_to_it(nlp: Language) -> None:
    # Published on a Tuesday from far east of Greenwich: the local Wednesday is tomorrow by the reporter's
    # calendar, not the Wednesday six days back the past tense alone would give; other bare Wednesdays of
    # the report follow it, while "last Wednesday" keeps its own day.
    text = ("Crowds cheered the first flare at 2 a.m. Wednesday (1800 GMT Tuesday) in Osterby. Fishers who "
            "rose early Wednesday saw nothing. The council had met last Wednesday.")
    found = dates(nlp, text)
    assert found["2 a.m. Wednesday"].value == "2021-08-25T02:00"
    assert found["1800 GMT Tuesday"].value == "2021-08-24T18:00Z"
    assert found["early Wednesday"].value == "2021-08-25"
    assert found["last Wednesday"].value == "2021-08-18"
    # West of Greenwich the local day is the one before; a same-named pair is the same day.
    west = dates(nlp, "The dam gave way at 11 p.m. Monday (0400 GMT Tuesday).")
    assert west["11 p.m. Monday"].value == "2021-08-23T23:00"
    same = dates(nlp, "The dam gave way at 9 a.m. Monday (1400 GMT Monday).")
    assert same["9 a.m. Monday"].value == "2021-08-23T09:00"


def test_market_fall_and_programme_titles_are_not_dates(nlp: Language) -> None:
    assert "fall" not in dates(nlp, "Prices are expected to fall further.")
    assert "This Week" not in dates(nlp, 'Baker said on ABC\'s "This Week" that talks would go on.')
    assert value(nlp, "Hiring began last fall.", "last fall") == "2020-FA"
    assert "fall" not in dates(nlp, "Shares went into free-fall after the star-fall was filmed.")


def test_deadline_months_look_ahead_whatever_the_tense(nlp: Language) -> None:
    assert value(nlp, "The company extended its offer to Nov. 20.", "Nov. 20") == "2021-11-20"
    assert value(nlp, "The body was found on Nov. 25.", "Nov. 25") == "2020-11-25"


def test_the_first_named_quarter_is_the_reference(nlp: Language) -> None:
    text = ("Acme said third-quarter net rose. It expects a fourth-quarter charge. Net fell in the latest "
            "quarter, against a gain for the corresponding period last year.")
    found = dates(nlp, text, "1989-11-02")
    assert found["the latest quarter"].value == "1989-Q3"
    assert found["the corresponding period last year"].value == "1988-Q3"
    # The quarter just over stays this year's under a future tense; an older one moves on.
    text = "Acme expects to report a third-quarter loss."
    assert value(nlp, text, "third-quarter", "1989-11-02") == "1989-Q3"
    assert value(nlp, "Acme will report a first-quarter loss.", "first-quarter", "1989-11-02") == "1990-Q1"


def test_compound_and_spelled_years(nlp: Language) -> None:
    assert value(nlp, "In July last year the army left.", "July last year") == "2020-07"
    assert value(nlp, "He was convicted in nineteen ninety-one.", "nineteen ninety-one") == "1991"
    assert value(nlp, "They promised jobs by the year two thousand.", "the year two thousand") == "2000"
    assert value(nlp, "We saw that level in the winter of nineteen ninety-four.",
                 "the winter of nineteen ninety-four") == "1994-WI"
    assert "two thousand" not in " ".join(dates(nlp, "Some two thousand people marched."))
    assert value(nlp, "It held power in the late 1970s.", "the late 1970s") == "197"


def test_the_weekend_follows_the_tense(nlp: Language) -> None:
    assert value(nlp, "Officials said over the weekend that talks failed.", "the weekend") == "2021-W33-WE"
    assert value(nlp, "Traders will sell ahead of the weekend.", "the weekend") == "2021-W34-WE"


@pytest.mark.parametrize(("text", "phrase", "published", "expected"), [
    # Monday 1989-10-30: a plan that had been made looks back, a participle takes its clause's time.
    ("The offer had been due to expire Friday evening.", "Friday evening", "1989-10-30", "1989-10-27TEV"),
    ("The stock rose sharply, reaching a high in June from $29 in March.", "March", "1989-10-30", "1989-03"),
    ("Qantas will double its flights by August.", "August", "1998-02-13", "1998-08"),
    # Wednesday 1998-10-28: a day under a plan adjective in a past clause is the nearer one (the release
    # was due the next day), unless the plan had been made; a plain past clause keeps the day gone by.
    ("He sued to block the report, which was due for release Thursday.", "Thursday", "1998-10-28",
     "1998-10-29"),
    ("The report had been due for release Thursday.", "Thursday", "1998-10-28", "1998-10-22"),
    ("The commission met Thursday.", "Thursday", "1998-10-28", "1998-10-22"),
])
def test_plans_and_participles_take_the_time_their_clause_gives(
        nlp: Language, text: str, phrase: str, published: str, expected: str) -> None:
    assert value(nlp, text, phrase, published) == expected


def test_hedged_counts_compound_numbers_and_named_weekdays(nlp: Language) -> None:
    assert value(nlp, "He left about two years ago.", "about two years ago") == "2019"
    assert value(nlp, "Prices fell in the last twenty four hours.", "the last twenty four hours") == "PT24H"
    # The weekday picks the year: 2022-08-20 is a Saturday, 2021-08-20 a Friday.
    text = "The paper said on Saturday, Aug. 20, that it would close."
    assert value(nlp, text, "Saturday, Aug. 20") == "2022-08-20"
    assert value(nlp, "Orangemen march each July.", "each July") == "XXXX-07"
    text = "Shares were up at mid-afternoon yesterday."
    assert value(nlp, text, "mid-afternoon yesterday") == "2021-08-23TAF"


def test_the_year_rates_and_ages(nlp: Language) -> None:
    found = dates(nlp, "Acme forecast a gain for the full year. Revenue for the year ended March 31 rose.",
                  "1989-11-02")
    assert found["the full year"].value == "1989"
    assert found["the year"].value == "P1Y"
    text = "The stock pays $1.76 a year; Mr. Reupke, 52 years old, flies four times a week."
    assert dates(nlp, text) == {}
    assert value(nlp, "The plant was shut for a year.", "a year") == "P1Y"


def test_narrative_years_and_possessive_weekdays(nlp: Language) -> None:
    text = "On May 22, 1995, Farkas was made a general, and the following year he went to Washington."
    assert value(nlp, text, "the following year") == "1996"
    assert value(nlp, "Imports reached $1.5 billion in 1988. Japan's share that year was small.",
                 "that year") == "1988"
    assert dates(nlp, "The following year he left.")["The following year"].value is None
    # Tuesday 2021-08-24: "Thursday's close" is the one gone by, not the coming one.
    assert value(nlp, "The bonds carry a premium over Thursday's closing price.", "Thursday") == "2021-08-19"


def test_topics_and_kinds_are_not_times(nlp: Language) -> None:
    text = ("The talks matter to the future of both peoples. Qantas plans daily flights. "
            "The quarter-to-quarter comparison was weak.")
    assert dates(nlp, text, "1989-11-02") == {}
    assert value(nlp, "Prices will rise in the future.", "the future") == "FUTURE_REF"


def test_extent_edges(nlp: Language) -> None:
    found = dates(nlp, "The two-week strike ended. It lasted for the past three years or so, said Ann.")
    assert "two-week" in found and "the past three years or so" in found
    assert "around 7:15 p.m." in dates(nlp, "Police arrived around 7:15 p.m.")
    assert value(nlp, "Shares fell earlier Sunday.", "earlier Sunday") == "2021-08-22"
    assert value(nlp, "The vote is this coming Sunday.", "this coming Sunday") == "2021-08-29"
    assert value(nlp, "Sales rose this past spring.", "this past spring") == "2021-SP"
    assert "the third quarter" in dates(nlp, "Net rose in the third quarter.", "1989-11-02")
    assert "third-quarter" in dates(nlp, "Net rose in the third-quarter results.", "1989-11-02")


def test_soon_is_future_unless_tied_to_an_event(nlp: Language) -> None:
    assert value(nlp, "Kellogg soon will cut prices.", "soon") == "FUTURE_REF"
    assert "soon" not in dates(nlp, "Buyers will come as soon as trading opens; he died soon after.")


def test_present_perfect_puts_months_behind(nlp: Language) -> None:
    # Monday 1989-10-30: March is nearer ahead, but "has fluctuated ... from $29 in March" looks back.
    text = "The stock has fluctuated sharply, rising to $42 in June from $29 in March."
    assert value(nlp, text, "March", "1989-10-30") == "1989-03"
    assert value(nlp, "The meeting has been postponed until March.", "March", "1989-10-30") == "1990-03"


def test_half_units(nlp: Language) -> None:
    text = ("They lived in camps for 2 1/2 years. A minute and a half later, a pilot called. "
            "Shares rose 9 1/2.")
    found = {k: m.value for k, m in dates(nlp, text).items()}
    assert found == {"2 1/2 years": "P2Y6M", "A minute and a half": "PT1M30S"}


def test_quarters_named_by_their_year_their_end_or_a_step(nlp: Language) -> None:
    # Thursday 1989-11-02.
    def at(text: str, phrase: str) -> str | None:
        return value(nlp, text, phrase, "1989-11-02")

    assert at("Acme earned $5 million in 1988's third quarter.", "1988's third quarter") == "1988-Q3"
    assert at("Sales fell in the final quarter of the year.", "the final quarter of the year") == "1989-Q4"
    assert at("Sales will rise in the second half of next year.", "the second half of next year") == "1990-H2"
    assert at("The index fell in the fourth quarter of last year.",
              "the fourth quarter of last year") == "1988-Q4"
    # No ordinal: the calendar quarter that holds the end date; an ordinal is the company's (fiscal) label.
    assert at("Acme will report results for the quarter ending Dec. 31.", "the quarter") == "1989-Q4"
    assert at("Acme lost money in the quarter ended Aug. 31, 1988.", "the quarter") == "1988-Q3"
    text = "Acme's fourth quarter ended Sept. 30 was weak."
    assert at(text, "fourth quarter") == "1989-Q4"
    found = dates(nlp, "Net rose 5% in the quarter ended Sept. 30, but fell from the previous quarter.",
                  "1989-11-02")
    assert found["the previous quarter"].value == "1989-Q2"
    assert at("Profit fell from the prior quarter.", "the prior quarter") == "1989-Q2"
    assert dates(nlp, "A quarter of the shares were sold.", "1989-11-02") == {}


def test_a_passive_infinitive_under_a_plan_looks_ahead(nlp: Language) -> None:
    text = "The merger is expected to be completed in the first quarter."
    assert value(nlp, text, "the first quarter", "1989-11-02") == "1990-Q1"


def test_year_end_and_forecast_horizons(nlp: Language) -> None:
    assert value(nlp, "Acme hopes to close the deal by year-end.", "year-end", "1989-11-02") == "1989-12-31"
    assert value(nlp, "The index has risen 20% since year-end.", "year-end", "1989-10-30") == "1988-12-31"
    assert value(nlp, "Debt at year-end 1988 was high.", "year-end 1988", "1989-10-30") == "1988-12-31"
    # The adjective keeps its own extent, without the article of the noun it modifies.
    assert "year-end" in dates(nlp, "The year-end dividend will be paid in January.", "1989-10-30")
    text = "Acme does not expect a recovery in the near term."
    assert value(nlp, text, "the near term", "1989-10-30") == "FUTURE_REF"
    assert value(nlp, "Acme will sell shares in the near future.", "the near future") == "FUTURE_REF"


def test_months_anchored_to_the_month_the_text_is_about(nlp: Language) -> None:
    text = "Car sales rose 5% in September from the same month a year ago and 2% from the previous month."
    found = dates(nlp, text, "1989-11-02")
    assert found["September"].value == "1989-09"
    assert found["the same month a year ago"].value == "1988-09"
    assert found["the previous month"].value == "1989-08"
    # Nothing named before: the publication month is the reference.
    assert value(nlp, "Exports fell from the prior month.", "the prior month", "1989-11-02") == "1989-10"
    assert value(nlp, "Profit fell from the prior year.", "the prior year", "1989-11-02") == "1988"


def test_a_month_that_modifies_a_noun_is_the_nearer_one(nlp: Language) -> None:
    # The warning is past, the cut it warns of is not: Thursday 1990-08-16.
    text = "The ministry warned refiners of a 10 percent cut in crude deliveries in September."
    assert value(nlp, text, "September", "1990-08-16") == "1990-09"
    text = "Dealers placed buy orders to start the first trading day for November transactions."
    assert value(nlp, text, "November", "1989-10-30") == "1989-11"
    # A month that dates the verb itself still follows its tense.
    assert value(nlp, "Acme sold the unit in September.", "September", "1990-08-16") == "1989-09"


def test_parts_of_the_day_the_narrative_is_on(nlp: Language) -> None:
    # Monday 1989-10-30: the morning is Friday's, the day named before it.
    text = "Hopes were dashed Friday. Dealers placed buy orders in the morning."
    assert value(nlp, text, "the morning", "1989-10-30") == "1989-10-27TMO"
    text = "By mid afternoon, officials had left."
    assert value(nlp, text, "mid afternoon", "1998-03-06") == "1998-03-06TAF"
    text = "The president arrived in Philadelphia later in the day."
    assert value(nlp, text, "the day", "1998-02-13") == "1998-02-13"
    assert "the day" not in dates(nlp, "Oct. 12, the day before the plunge, was calm.", "1989-10-30")


def test_one_day_after_a_modal_is_an_indefinite_future(nlp: Language) -> None:
    assert value(nlp, "The city will one day be the largest in the region.", "one day") == "FUTURE_REF"
    assert value(nlp, "Mr. Major had been in the job one day.", "one day") == "P1D"


def test_a_weekday_after_a_term_word_looks_ahead_unless_it_ends_a_range(nlp: Language) -> None:
    # Thursday 2008-09-18.
    text = "The government has kept the markets closed until Friday."
    assert value(nlp, text, "Friday", "2008-09-18") == "2008-09-19"
    # Monday 1989-10-30: "to Thursday" closes a range that is over.
    text = "The fund bought 254,000 shares from Sept. 14 to Thursday."
    assert value(nlp, text, "Thursday", "1989-10-30") == "1989-10-26"


def test_until_after_a_verb_of_lasting_in_the_past_looks_back(nlp: Language) -> None:
    # Published in October: the stretch he remained in command ended the March before, not the next one.
    text = "Halvorsen remained commander of the fleet until March, when he retired."
    assert value(nlp, text, "March", "1998-10-17") == "1998-03"
    # A term set in the past may still run: the nearer March.
    assert value(nlp, "The board extended the offer until March.", "March", "1998-10-17") == "1999-03"


def test_counts_with_an_adjective_and_the_day_of_a_market_report(nlp: Language) -> None:
    assert value(nlp, "Eight trading days after the plunge, stocks recovered.", "Eight trading days") == "P8D"
    text = "Japan entered a recession after two consecutive quarters of decline."
    assert value(nlp, text, "two consecutive quarters") == "P2Q"
    assert value(nlp, "The loan may be extended for an additional year.", "an additional year") == "P1Y"
    # Monday 2009-02-23, named first, is the day the index ended.
    text = "On Monday the index fell 3%, to end the day at 7,114."
    assert value(nlp, text, "the day", "2009-02-24") == "2009-02-23"
    assert "the day" not in dates(nlp, "Stocks were calm the day before the crash.")


def test_more_horizons_and_no_hyphenated_now(nlp: Language) -> None:
    text = "The plant will stay open for the time being and for the long term."
    found = dates(nlp, text)
    assert found["the time being"].value == "PRESENT_REF"
    assert found["the long term"].value == "FUTURE_REF"
    assert dates(nlp, "He spoke against the now-cancelled lease.") == {}
    assert value(nlp, "GM lost $8.6 billion for the entire year.", "the entire year") == "2021"
    assert dates(nlp, "Acme wants to close about a quarter, of its 3,200 dealers.") == {}


def test_the_same_period_after_a_month_with_no_quarter_named(nlp: Language) -> None:
    text = "Ford's sales rose 43% in February compared to the same period last year."
    assert value(nlp, text, "the same period last year", "2010-03-03") == "2009-02"
    # A quarter named first stays the reference.
    text = "Net rose in the third quarter. Sales in September beat the same period last year."
    assert value(nlp, text, "the same period last year", "1989-11-02") == "1988-Q3"


def test_a_headline_weekday_does_not_join_the_dateline_below(nlp: Language) -> None:
    text = "Markets to remain closed until Friday\nSeptember 18, 2008\nTrading stays suspended."
    found = dates(nlp, text, "2008-09-18")
    assert found["Friday"].value == "2008-09-19"
    assert found["September 18, 2008"].value == "2008-09-18"


def test_last_year_as_the_base_of_a_quarters_figure(nlp: Language) -> None:
    text = ("Acme's third-quarter net rose 11%. Its insurance unit earned $24 million, compared with a loss "
            "of $3 million last year.")
    assert value(nlp, text, "last year", "1989-11-02") == "1988-Q3"
    text = "Acme's third-quarter net rose 11%. Sales were $1.7 billion, up 13% from last year's $1.5 billion."
    assert value(nlp, text, "last year", "1989-11-02") == "1988-Q3"
    # Another stretch in the sentence, or no figure compared: the year.
    text = "Acme's third-quarter net rose. In the nine months, net was $5 million, from $4 million last year."
    assert value(nlp, text, "last year", "1989-11-02") == "1988"
    text = "Acme's third-quarter net rose. Last year, the company earned $480 million."
    assert value(nlp, text, "Last year", "1989-11-02") == "1988"


def test_year_ago_in_a_nine_months_sentence_is_the_year(nlp: Language) -> None:
    text = ("Acme's third-quarter net rose. For the nine months, it lost $608,413, compared with "
            "year-earlier net income of $967,809.")
    assert value(nlp, text, "year-earlier", "1989-11-02") == "1988"
    text = ("Acme's third-quarter net rose. Net for this year's third quarter was $14 million, from $21 "
            "million last year.")
    assert value(nlp, text, "last year", "1989-11-02") == "1988-Q3"


def test_bare_plural_units_after_a_span_word_are_lengths(nlp: Language) -> None:
    assert value(nlp, "Troops will arrive within weeks, officials said.", "weeks") == "PXW"
    assert value(nlp, "The city was ruled from Moscow for centuries.", "centuries") == "PXCE"
    assert value(nlp, "Stocks fell the most in years.", "years") == "PXY"
    assert value(nlp, "The index dropped 400 points in minutes.", "minutes") == "PTXM"
    assert dates(nlp, "He spent days in the archive.") == {}
    assert dates(nlp, "Prices rose for years running.") == {}


def test_a_day_on_the_subject_takes_the_verbs_tense(nlp: Language) -> None:
    # "The storm on Sunday flooded ..." dates what the past verb reports: the Sunday gone, not the next one.
    assert value(nlp, "The storm on Sunday flooded the lower town.", "Sunday", "2021-08-26") == "2021-08-22"
    assert value(nlp, "The fire in the old mill on Sunday destroyed the roof.", "Sunday",
                 "2021-08-26") == "2021-08-22"


def test_a_bare_month_paired_with_a_dated_month_takes_its_year(nlp: Language) -> None:
    text = "Prices rose between September and October of 2007, the report said."
    assert value(nlp, text, "September", "2008-11-10") == "2007-09"
    assert value(nlp, "Sales fell from May to July 1998.", "May", "2000-01-05") == "1998-05"


def test_a_day_in_the_possessive_is_not_the_day_the_narrative_is_on(nlp: Language) -> None:
    # Published Thursday 2024-03-14: Tuesday is the 12th, Sunday the 10th.
    text = "Dockers stopped work on Tuesday in protest at Sunday's collapse, halting ferries for the day."
    assert value(nlp, text, "the day", "2024-03-14") == "2024-03-12"
    text = "Dockers stopped work on Tuesday after the collapse on Sunday, halting ferries for the day."
    found = dates(nlp, text, "2024-03-14")
    assert found["the day"].value == found["Sunday"].value  # not in the possessive: the day last named


def test_a_number_that_names_a_resolution_or_a_flight_is_no_year(nlp: Language) -> None:
    found = dates(nlp, "Under Security Council Resolution 1723, the crew of Flight 1549 was held in 1998.")
    assert "1723" not in found and "1549" not in found
    assert found["1998"].value == "1998"


def test_a_date_naming_a_thing_in_another_nouns_phrase_is_marked(nlp: Language) -> None:
    # The bombings' day, inside "the suspects in ...": not when the profiles were released.
    found = dates(nlp, "Profiles of the suspects in the July 7, 2031 bombings in Kelport have been released.")
    assert found["July 7, 2031"].of_a_noun
    # On the verb, the named thing is where the act happened: the medals were won at those championships.
    assert not dates(nlp, "Ruiz won two medals at the 2029 world championships.")["2029"].of_a_noun
    assert not dates(nlp, "Sunday's attack on the market killed 12 people.")["Sunday"].of_a_noun


def test_a_date_in_a_clause_that_modifies_a_noun_is_marked(nlp: Language) -> None:
    found = dates(nlp, "The ferry line's launch last month, set out in the accords signed at Velm in March, "
                       "was hailed by islanders.")
    assert found["March"].in_modifier_clause and not found["last month"].in_modifier_clause
    found = dates(nlp, "The rower, who began her crossing on Monday, reached Velm on Thursday.")
    assert found["Monday"].in_modifier_clause and not found["Thursday"].in_modifier_clause
    assert not dates(nlp, "Kaldovan police arrested the man on Friday.")["Friday"].in_modifier_clause
    # A clause inside such a clause too.
    found = dates(nlp, "Hundreds gathered in Velm on Tuesday evening to remember the 12 people killed when "
                       "the dam burst on Sunday.")
    assert found["Sunday"].in_modifier_clause and not found["Tuesday evening"].in_modifier_clause


def test_the_year_before_a_year_is_that_year_not_this_one(nlp: Language) -> None:
    found = dates(nlp, "The draft asks rich nations to cut emissions by the year 2040. Sales for the year "
                       "rose.")
    assert found["the year 2040"].value == "2040"
    assert "the year" in found and found["the year"].value == PUBLISHED[:4]


def test_a_model_year_before_a_vehicle_maker_is_no_date(nlp: Language) -> None:
    assert "2013" not in dates(nlp, "She was struck by a gray 2013 Toyota Camry, which sped off.")
    assert "2017" not in dates(nlp, "The slide shows what the 2017 Ford Fusion would cost.")
    # A year with its cue stays a year, maker or not.
    assert value(nlp, "In 2013 Ford sold more cars than ever.", "2013") == "2013"


def test_a_games_quarter_or_half_is_no_part_of_the_year(nlp: Language) -> None:
    assert "the third quarter" not in dates(nlp, "A field goal tied the score late in the third quarter.")
    assert "the second half" not in dates(nlp, "Okoro opened the second half with a 70-yard touchdown run.")
    assert "the second half" not in dates(nlp, "The coach made two substitutions during the second half.")
    profit = "Profit at the ferry line rose 5% in the third quarter."
    assert value(nlp, profit, "the third quarter") == "2021-Q3"


def test_a_clock_in_a_sentence_of_another_year_keeps_no_day(nlp: Language) -> None:
    assert value(nlp, "In 1723, the colony passed an act creating a 9 p.m. curfew.", "9 p.m.") == (
        "XXXX-XX-XXT21:00")
    assert value(nlp, "Police arrived at the quay at 7:15 p.m.", "7:15 p.m.") == "2021-08-24T19:15"


def test_a_telephone_numbers_last_digits_are_no_year(nlp: Language) -> None:
    assert "1506" not in dates(nlp, "If you have a tip, call 953-6010 or 800-768-1506.")
    assert value(nlp, "The war lasted from 1939-1945.", "1945") == "1945"


def test_a_house_number_before_a_street_is_no_year(nlp: Language) -> None:
    found = dates(nlp, "The woman walked into the fire station at 1517 Juniper Street and asked for a map.")
    assert "1517" not in found
    assert "2010" not in dates(nlp, "He lives at 2010 N. Quarry Rd. with his aunt.")
    # A year before a street name is still a year after a cue word.
    assert value(nlp, "In 1999 Quarry Road was paved.", "1999") == "1999"


def test_a_clock_time_of_a_habit_is_no_days(nlp: Language) -> None:
    found = dates(nlp, "Ferrand says he often stays at the bakery as late as 1 a.m.")
    assert found["1 a.m."].value is not None and not found["1 a.m."].value.startswith("2")
    assert value(nlp, "The bakery closed at 1 a.m. and the crew left.", "1 a.m.") == "2021-08-24T01:00"


def test_a_decade_or_century_before_a_noun_is_the_era_of_a_thing(nlp: Language) -> None:
    text = "Critics called him a 20th century democrat with old ideas. The talks failed in the 1990s."
    article = Article(id="t", text=text, published="1998-02-27")
    found = {d.text: d.of_a_noun for d in find_dates(nlp(text), article)}
    assert found == {"20th century": True, "the 1990s": False}
