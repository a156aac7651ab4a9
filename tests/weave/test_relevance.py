"""Off-topic inputs grouped into a story are set aside, not woven in; and story titles are headlines."""

from __future__ import annotations

from newsweave.models import Article, Citation, Story, SummarySentence
from newsweave.weave.briefing import story_title, usable_headline
from newsweave.weave.relevance import off_topic
from newsweave.weave.sources import build_sources

STORM = [
    "Hurricane Mitch hit the coast of Honduras with winds of 180 mph, flooding rivers and destroying homes. "
    "Rescue workers in Honduras searched for survivors as the hurricane moved inland.",
    "The death toll from Hurricane Mitch rose in Honduras and Nicaragua as floods swept away villages. "
    "Relief flights carried food and water to survivors of the hurricane.",
    "Hurricane Mitch left thousands homeless in Nicaragua, where mudslides buried villages near a volcano. "
    "Rescue teams said floods from the hurricane cut roads across the country.",
    "Aid agencies appealed for help for Honduras after Hurricane Mitch destroyed bridges and crops. "
    "The hurricane's floods left survivors without clean water, officials said.",
]
INFLATION = ("Consumer prices rose 0.2 percent in September, the Labor Department said, as inflation stayed "
             "mild and the Federal Reserve weighed an interest rate cut to support the economy.")


def test_an_off_topic_article_is_set_aside_and_on_topic_ones_stay() -> None:
    arts = [Article(f"a{i}", t) for i, t in enumerate(STORM)] + [Article("x", INFLATION)]
    assert off_topic(arts) == frozenset({"x"})
    assert off_topic(arts[:4]) == frozenset()
    assert off_topic([*arts[:2], arts[4]]) == frozenset()  # too few articles to judge


def test_titles_are_headlines_never_slugs_or_urls() -> None:
    assert usable_headline("BC-FEA-Caribbean-A Storm's Rampage, 2 Takes,0710") is None
    assert usable_headline("BC-Meteor Storm, 3rd Ld-Writethru") is None
    assert usable_headline("Storm season ends, 1998") == "Storm season ends, 1998"
    assert usable_headline("UN-backed talks resume") == "UN-backed talks resume"
    assert usable_headline("https://example.org/news/storm") is None
    assert usable_headline("www.example.org") is None
    assert usable_headline("Storm hits coast | World | Daily Planet") == "Storm hits coast"
    arts = [Article("a", STORM[0], title="BC-Hurricane-Mitch"),
            Article("b", STORM[1], title="Mitch toll rises")]
    table = build_sources(Story("st", ("a", "b")), arts)
    assert story_title(Story("st", ("a", "b"), title="BC-Hurricane-Mitch"), arts, table) == "Mitch toll rises"
    slugs = [Article("a", STORM[0], title="BC-Hurricane-Mitch")]
    lead = SummarySentence(STORM[0].split(". ")[0] + ".", (Citation("s1", 0, 10),))
    title = story_title(Story("st", ("a",), title="BC-Hurricane-Mitch"), slugs, build_sources(
        Story("st", ("a",)), slugs), (lead,))
    assert title == "Hurricane Mitch hit the coast of Honduras with winds of 180 mph …"
