"""Map pins set again with the home province of the article's outlet, learned from the batch."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsweave.analyze.entities import find_entities_and_pins
from newsweave.analyze.pins import pins_from_record, pins_record, repinned, repinned_by_outlet
from newsweave.errors import StoreError
from newsweave.models import Article, EntityMention

# Three stories of one local paper that name its state, and one that names a town bare.
LOCAL = (
    "Deputies arrested Jon Varga of Natchitoches, Louisiana, on Monday after a chase.",
    "The school board in Pineville, Louisiana, voted on Tuesday to repair the gym.",
    "Flood crews worked through the night in Lafayette, Louisiana, on Wednesday.",
    "Kira Lund of Alexandria was named principal of the middle school on Friday.",
)
IN_LOUISIANA = (29.0, 33.1, -94.1, -88.8)  # lat, lat, lon, lon
# Another paper's stories in the batch, from elsewhere: without them nothing tells the first paper's home from
# the place its stories are about.
ELSEWHERE = [(t, "Norland Post") for t in (
    "The council of Duluth, Minnesota, met on Monday to discuss the harbour.",
    "Snow closed the roads near Bemidji, Minnesota, on Tuesday.",
    "A bakery opened in Rochester, Minnesota, on Friday.",
)]


def _batch(nlp: Language, items: list[tuple[str, str | None]]) -> list[tuple[EntityMention, ...]]:
    articles = [Article(id=f"a{i}", text=text, outlet=outlet) for i, (text, outlet) in enumerate(items)]
    first = [find_entities_and_pins(nlp(a.text), a) for a in articles]
    return list(repinned_by_outlet([(a, e, p) for a, (e, p) in zip(articles, first, strict=True)]))


def _pin(entities: tuple[EntityMention, ...], name: str) -> tuple[float, float]:
    geo = next(e.geo for e in entities if e.text == name)
    assert geo is not None
    return geo.lat, geo.lon


def _in_louisiana(point: tuple[float, float]) -> bool:
    s, n, w, e = IN_LOUISIANA
    return s < point[0] < n and w < point[1] < e


def test_a_bare_town_of_a_local_paper_is_its_home_states(nlp: Language) -> None:
    pinned = _batch(nlp, ELSEWHERE + [(t, "Velm Courier") for t in LOCAL])
    assert _in_louisiana(_pin(pinned[-1], "Alexandria"))


def test_a_batch_of_one_outlet_shows_no_home(nlp: Language) -> None:
    # All of one outlet: its stories' province may be the story's place (an agency's reports of one event).
    pinned = _batch(nlp, [(t, "Velm Courier") for t in LOCAL])
    assert not _in_louisiana(_pin(pinned[-1], "Alexandria"))


def test_without_an_outlet_the_article_alone_decides(nlp: Language) -> None:
    pinned = _batch(nlp, [(t, None) for t in LOCAL])
    assert not _in_louisiana(_pin(pinned[-1], "Alexandria"))  # the world's best-known Alexandria


def test_another_outlets_home_does_not_move_the_pin(nlp: Language) -> None:
    items = [(t, "Velm Courier") for t in LOCAL[:3]] + [(LOCAL[3], "Norland Post")]
    assert not _in_louisiana(_pin(_batch(nlp, items)[-1], "Alexandria"))


def test_one_storys_place_in_every_outlet_is_no_home(nlp: Language) -> None:
    # Two outlets that both write about Louisiana: the batch's story, not either paper's home.
    items = [(t, o) for t in LOCAL[:3] for o in ("Velm Courier", "Norland Post")]
    items.append((LOCAL[3], "Velm Courier"))
    assert not _in_louisiana(_pin(_batch(nlp, items)[-1], "Alexandria"))


# A Canadian paper's stories that name its city bare: first read as London, England.
CANADIAN = (
    "Kira Lund of London was elected to the school board on Monday.",
    "A library branch opened in London on Tuesday, the city said.",
    "Police in London arrested Jon Varga after a break-in on Wednesday.",
)


def _in_ontario(point: tuple[float, float]) -> bool:
    return 41.5 < point[0] < 45.0 and -83.5 < point[1] < -79.0


def test_a_country_sites_bare_names_are_read_in_its_country(nlp: Language) -> None:
    canadian = [Article(id=f"c{i}", text=t, outlet="velmcourier.ca", url=f"https://velmcourier.ca/{i}")
                for i, t in enumerate(CANADIAN)]
    others = [Article(id=f"o{i}", text=t, outlet=o) for i, (t, o) in enumerate(ELSEWHERE)]
    articles = others + canadian
    first = [find_entities_and_pins(nlp(a.text), a) for a in articles]
    pinned = repinned_by_outlet([(a, e, p) for a, (e, p) in zip(articles, first, strict=True)])
    assert not _in_ontario(_pin(first[-1][0], "London"))  # alone, the best-known London
    assert all(_in_ontario(_pin(entities, "London")) for entities in pinned[len(others):])


def test_the_product_path_learns_homes_from_its_batch(nlp: Language) -> None:
    from newsweave.analyze.pipeline import analyze
    from newsweave.pipeline import analyze_each

    articles = [Article(id=f"a{i}", text=t, outlet=o)
                for i, (t, o) in enumerate(ELSEWHERE + [(t, "Velm Courier") for t in LOCAL])]
    assert _in_louisiana(_pin(analyze(articles)[-1].entities, "Alexandria"))
    assert _in_louisiana(_pin(analyze_each(articles).items[-1].annotations.entities, "Alexandria"))


def test_a_briefing_says_when_pins_came_from_the_outlets_home(nlp: Language) -> None:
    from newsweave.pipeline import brief_articles

    run = brief_articles([Article(id=f"a{i}", text=t, outlet=o)
                          for i, (t, o) in enumerate(ELSEWHERE + [(t, "Velm Courier") for t in LOCAL])])
    notes = [w for b in run.briefings for w in b.diagnostics.warnings if w.startswith("map pins:")]
    assert any("Velm Courier" in w for w in notes)
    homes = {"Velm Courier": "(Louisiana, US)", "Norland Post": "(Minnesota, US)"}
    assert all(any(outlet in w and home in w for outlet, home in homes.items()) for w in notes)
    alone = brief_articles([Article(id=f"a{i}", text=t) for i, t in enumerate(LOCAL)])
    assert not [w for b in alone.briefings for w in b.diagnostics.warnings if w.startswith("map pins:")]


def test_pin_sources_survive_their_record_and_pin_the_same(nlp: Language) -> None:
    article = Article(id="a1", text=LOCAL[0], outlet="Velm Courier")
    entities, pins = find_entities_and_pins(nlp(article.text), article)
    assert pins is not None and pins.toponyms
    back = pins_from_record(pins_record(pins))
    assert (back.mentions, back.toponyms, back.hints) == (pins.mentions, pins.toponyms, pins.hints)
    assert repinned(entities, back, "US.LA") == repinned(entities, pins, "US.LA")


@pytest.mark.parametrize("record", [
    "", "[]", '{"mentions": [0]}', '{"mentions": [0], "toponyms": [], "hints": []}',
    '{"mentions": [0], "toponyms": [{"nom": "x"}], "hints": [null]}',
])
def test_a_broken_pin_record_is_a_store_error(record: str) -> None:
    with pytest.raises(StoreError):
        pins_from_record(record)


# A paper whose address names its town, and whose stories name a suburb bare: the suburb's famous namesake
# lies in a country without a Columbus.
SUBURB = [(t, "columbusdailyrecord.com") for t in (
    "The Dublin city council approved a new dog park on Monday.",
    "Dublin police closed two streets for the parade on Saturday.",
    "A bakery in Dublin raised money for the library on Friday.",
)]


def test_a_site_named_after_its_town_is_homed_where_that_town_lies(nlp: Language) -> None:
    pinned = _batch(nlp, SUBURB + ELSEWHERE)
    lat, lon = _pin(pinned[0], "Dublin")
    assert 38.4 < lat < 42.0 and -84.9 < lon < -80.5  # Dublin, Ohio, not Dublin, Ireland
