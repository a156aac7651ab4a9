"""Agreement needs the same mood of the main act: a forecast, a plan or a failure is not the event it
names (real pipeline: the mood and the main act come from the spaCy parse)."""

from __future__ import annotations

import pytest

from newsweave.models import Article, Briefing
from newsweave.pipeline import brief_articles

# Each report goes on differently: two near-identical texts would be one report and its copy.
TAILS = ("\n\nThe storm flattened homes along the coast and cut power to the capital for two days.",
         "\n\nFishermen pulled their boats far up the beaches, and schools in the port towns stayed shut.")


def _brief(a: str, b: str) -> Briefing:
    articles = [Article(id="a", text=a + TAILS[0], outlet="Wire One", published="2031-09-22T10:00:00"),
                Article(id="b", text=b + TAILS[1], outlet="Daily Ledger", published="2031-09-22T20:00:00")]
    (briefing,) = brief_articles(articles).briefings
    return briefing


@pytest.mark.parametrize(("told", "done"), [
    ("The harbour authority may close the port of Velmora on Tuesday because of the storm.",
     "The harbour authority closed the port of Velmora on Tuesday because of the storm."),
    ("The storm is expected to reach the coast of Castria on Wednesday, forecasters said.",
     "The storm reached the coast of Castria on Wednesday."),
    ("Rescuers failed to reach the trapped miners in Velmora on Tuesday.",
     "Rescuers reached the trapped miners in Velmora on Tuesday."),
])
def test_a_possible_expected_or_failed_act_does_not_corroborate_the_act(told: str, done: str) -> None:
    b = _brief(told, done)
    assert not any(c.status == "corroborated" for c in b.claims)


def test_a_side_verbs_mood_leaves_one_fact() -> None:
    b = _brief("The aid package has been estimated to total $30 billion, officials in Velmora said.",
               "The aid package for Velmora totals $30 billion, according to the finance ministry.")
    assert any(len(c.sources) == 2 and "$30 billion" in c.text for c in b.claims)
