"""Off-topic inputs grouped into a story are set aside, not woven in; and story titles are headlines."""

from __future__ import annotations

from newsweave.models import Annotations, Article, Citation, EntityMention, Span, Story, SummarySentence
from newsweave.models.annotations import EntityType
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


FIGHT = [
    "Voss stopped Ruiz in the sixth round in Bern to keep the heavyweight title, the WBA said after it.",
    "Ruiz was stopped by Voss in round six; the WBA belt stays with the champion after the Bern bout.",
    "The champion Voss beat Ruiz in Bern, ending the bout in the sixth round as the WBA had expected.",
    "Bern saw Voss knock down Ruiz twice before the referee ended the WBA title bout in round six.",
]
# A blow-by-blow account in other words: the wording alone sets it aside.
ROUNDS = ("Jabs landed early, a cut opened above the left eye, and the crowd stood as combinations rained "
          "down until the towel came in; Voss and Ruiz embraced afterwards.")


def _annotated(aid: str, text: str, names: dict[str, EntityType]) -> Annotations:
    found = [(text.index(n), n, t) for n, t in names.items() if n in text]
    return Annotations(aid, entities=tuple(EntityMention(Span(aid, at, at + len(n)), n, t)
                                           for at, n, t in found))


def test_an_article_in_other_words_naming_the_storys_parties_stays() -> None:
    texts = [*FIGHT, ROUNDS]
    arts = [Article(f"a{i}", t) for i, t in enumerate(texts)]
    names: dict[str, EntityType] = {"Voss": "PERSON", "Ruiz": "PERSON", "WBA": "ORG", "Bern": "GPE"}
    anns = [_annotated(a.id, a.text, names) for a in arts]
    assert off_topic(arts) == frozenset({"a4"})  # wording alone
    assert off_topic(arts, anns) == frozenset()  # it names both boxers
    # One party named is not enough, and a place is no party.
    one = [_annotated(a.id, a.text, {"Voss": "PERSON", "Bern": "GPE"}) for a in arts]
    assert off_topic(arts, one) == frozenset({"a4"})
    inflation = [*arts[:4], Article("x", INFLATION)]
    assert off_topic(inflation, [_annotated(a.id, a.text, names) for a in inflation]) == frozenset({"x"})
