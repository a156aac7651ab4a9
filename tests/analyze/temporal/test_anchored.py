"""Quarters named by their month, days counted from the day last named, and two-digit years."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from newsweave.analyze.dates import find_dates
from newsweave.analyze.temporal.anchored import day_from
from newsweave.models import Article

PUBLISHED = "1989-10-30"  # a Monday


def values(nlp: Language, text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(nlp(text), Article(id="a", text=text, published=published))}


def test_month_quarter_is_the_quarter_holding_that_month(nlp: Language) -> None:
    assert values(nlp, "Earnings for the September quarter rose 12%.") == {"the September quarter": "1989-Q3"}
    # A past clause names the one already over; a future clause the coming one.
    assert values(nlp, "Profit for the December quarter rose 10%.")["the December quarter"] == "1988-Q4"
    assert values(nlp, "Profit for the December quarter will rise.")["the December quarter"] == "1989-Q4"


def test_month_quarter_is_the_reference_for_the_year_ago_quarter(nlp: Language) -> None:
    text = "Profit in the June quarter rose to $5 million from $4 million in the year-ago quarter."
    found = values(nlp, text)
    assert found["the June quarter"] == "1989-Q2"
    assert found["the year-ago quarter"] == "1988-Q2"


def test_previous_weekday_counts_from_the_day_last_named(nlp: Language) -> None:
    found = values(nlp, "The index fell 47 points Friday, down 4.5% from the previous Friday.")
    assert found == {"Friday": "1989-10-27", "the previous Friday": "1989-10-20"}


def test_following_weekday_without_a_day_named_counts_from_publication(nlp: Language) -> None:
    assert values(nlp, "Trading resumed the following Monday.") == {"the following Monday": "1989-11-06"}


def test_same_day_is_the_day_last_named(nlp: Language) -> None:
    found = values(nlp, "The plant closed on Oct. 12. The company said the same day that it would sell it.")
    assert found["the same day"] == "1989-10-12"


def test_two_digit_year_with_apostrophe(nlp: Language) -> None:
    assert values(nlp, "Stocks are at their lowest level since '82.", "2008-10-27") == {"'82": "1982"}
    assert values(nlp, "The '87 crash still haunts traders.") == {"'87": "1987"}
    # A decade ("the '80s") stays a decade; a product's edition after its name is no date.
    assert values(nlp, "He left in the '80s.") == {"the '80s": "198"}
    assert values(nlp, "Apple unveils iLife '11 software.", "2010-10-23") == {}


def test_day_from_is_strictly_before_or_after() -> None:
    friday = dt.date(1989, 10, 27)
    assert day_from(friday, "REFW4-") == "1989-10-20"
    assert day_from(friday, "REFW4+") == "1989-11-03"
    assert day_from(friday, "REFW0+") == "1989-10-30"


def test_next_day_is_the_day_after_the_day_last_named(nlp: Language) -> None:
    found = values(nlp, "On Thursday, the stock fell; it rebounded the next day.")
    assert found == {"Thursday": "1989-10-26", "the next day": "1989-10-27"}
    assert values(nlp, "The talks ended the previous day.") == {"the previous day": "1989-10-29"}
    assert day_from(dt.date(1989, 10, 27), "REFS-1") == "1989-10-26"


def test_days_earlier_count_back_from_the_day_last_named_and_ago_from_publication(nlp: Language) -> None:
    found = values(nlp, "The court sat on Oct. 12. A day earlier, the lawyers filed a request.")
    assert found == {"Oct. 12": "1989-10-12", "A day earlier": "1989-10-11"}
    found = values(nlp, "The vote was held on Oct. 20, and 12 days earlier the leader resigned.")
    assert found["12 days earlier"] == "1989-10-08"
    # No day named before: counted from publication, like "ago", which always is.
    assert values(nlp, "A day earlier, the lawyers filed a request.") == {"A day earlier": "1989-10-29"}
    assert values(nlp, "The court sat on Oct. 12. Two days ago it adjourned.")["Two days ago"] == "1989-10-28"
    # Years keep TimeBank's reading of a comparison base: a year before publication.
    assert values(nlp, "The court sat on Oct. 12, 1987. Sales rose 4% from a year earlier.")[
        "a year earlier"] == "1988"
    assert day_from(dt.date(1989, 10, 20), "REFS-12T24:00") == "1989-10-08T24:00"


def test_lengths_of_no_stated_count(nlp: Language) -> None:
    assert values(nlp, "Prices will rise in the months ahead.") == {"the months ahead": "PXM"}
    assert values(nlp, "The company has had losses for some time.") == {"some time": "PXX"}
    assert values(nlp, "They will live without power for a while.") == {"a while": "PXX"}
    # Not a length: a point of no stated date.
    assert values(nlp, "He left some time ago.") == {}


def test_clock_time_joined_to_a_narrative_day_keeps_both(nlp: Language) -> None:
    found = values(nlp, "The plant closed on Oct. 12. The offer expired at midnight the next day.")
    assert found["midnight the next day"] == "1989-10-13T24:00"
    found = values(nlp, "Stocks fell Friday, and at 4 p.m. the previous Friday they had risen.")
    assert found["4 p.m. the previous Friday"] == "1989-10-20T16:00"
