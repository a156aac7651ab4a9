"""Origin families: takes, later leads and edited copies are one family; same-topic reports are not."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.group.families import origin_families
from newsweave.models import Article, DuplicateLink

BACKGROUND = (
    "The harbour crane at Pier Nine collapsed shortly after dawn on Tuesday while dockers were unloading "
    "a container ship, and emergency crews worked through the morning to free workers trapped below it."
)
HISTORY = (
    "The crane was installed in 1987 and had passed its last safety inspection in March, according to "
    "records released by the port authority later on Tuesday afternoon to local reporters."
)
QUOTE = "''We are doing everything we can for the families,'' said port director Mina Castell."


def find_families(articles: Sequence[Article], duplicates: Sequence[DuplicateLink] = ()
                  ) -> tuple[tuple[str, ...], ...]:
    return origin_families(articles, duplicates)[0]


def art(aid: str, text: str, outlet: str | None = "Wire", published: str | None = None) -> Article:
    return Article(id=aid, text=text, outlet=outlet, published=published)


def family_of(families: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {aid: i for i, fam in enumerate(families) for aid in fam}


def test_a_later_lead_reusing_earlier_paragraphs_is_one_family_days_apart() -> None:
    first = art("a1", f"Four dockers were killed at Kelport on Tuesday.\n\n{BACKGROUND}\n\n{HISTORY}",
                published="2030-05-07T09:00")
    later = art("a2", "Investigators on Thursday blamed a snapped cable for the crane collapse that killed "
                f"five dockers.\n\n{QUOTE}\n\n{BACKGROUND}\n\n{HISTORY}", published="2030-05-09T10:00")
    fam = family_of(find_families([first, later]))
    assert fam["a1"] == fam["a2"]


def test_independent_reports_quoting_one_official_are_two_families() -> None:
    wire = art("w", f"Four dockers died when a crane fell at Kelport.\n\n{QUOTE}\n\nThe port was closed "
               "for the rest of the day while inspectors examined the remaining cranes on the quay.")
    paper = art("p", "A crane toppled onto a crowded quay in Kelport, leaving four men dead.\n\n"
                f"{QUOTE}\n\nUnions called for an inquiry into maintenance at the port, saying they had "
                "warned about corroded cables for years.", outlet="Daily")
    fam = family_of(find_families([wire, paper]))
    assert fam["w"] != fam["p"]


def test_an_edited_copy_in_another_outlet_is_the_originals_family() -> None:
    original = art("o", f"{BACKGROUND}\n\n{HISTORY}\n\nThe union said it would meet port managers.")
    edited = art("e", BACKGROUND.replace("shortly after dawn on Tuesday", "early on Tuesday").replace(
        "through the morning", "for hours") + "\n\n" + HISTORY.replace("in March", "this spring")
        + "\n\nShares in the port operator fell sharply in early trading.", outlet="Daily")
    fam = family_of(find_families([original, edited]))
    assert fam["o"] == fam["e"]


def test_families_partition_every_article_and_copies_join_their_original() -> None:
    a = art("a", "Four dockers were killed at Kelport on Tuesday when a crane collapsed on the quay.")
    b = art("b", "Fishermen in Dalby protested against new quotas outside the ministry on Monday.")
    c = art("c", "Completely different words about a harbour festival planned for the summer season.")
    link = DuplicateLink(copy="c", original="a", similarity=0.9)
    families = find_families([a, b, c], [link])
    assert sorted(x for fam in families for x in fam) == ["a", "b", "c"]
    fam = family_of(families)
    assert fam["a"] == fam["c"] != fam["b"]


def _lead(aid: str, title: str | None, published: str, outlet: str = "Wire", opening: str = "") -> Article:
    return Article(id=aid, text=opening or f"Story {aid}: nothing here is shared with the other leads.",
                   outlet=outlet, title=title, published=published)


def test_next_day_leads_of_one_outlet_under_one_title_are_one_family() -> None:
    leads = [
        _lead("d1", "Harbour Crane", "2030-05-07T09:00", opening="Four dockers were killed on Tuesday."),
        _lead("d2", "harbour  crane", "2030-05-08T07:30", opening="Inquiry opens into crane collapse."),
        _lead("d3", "Harbour Crane", "2030-05-09T06:00", opening="Cable blamed as port reopens quay."),
    ]
    fam = family_of(find_families(leads))
    assert fam["d1"] == fam["d2"] == fam["d3"]


def test_same_title_is_not_enough_across_outlets_or_days_apart() -> None:
    arts = [
        _lead("a", "Harbour Crane", "2030-05-07T09:00"),
        _lead("b", "Harbour Crane", "2030-05-07T10:00", outlet="Gazette"),  # another outlet
        _lead("c", "Harbour Crane", "2030-05-10T09:00"),  # three days later: another story
        _lead("d", "Port Strike", "2030-05-07T11:00"),  # another title
        _lead("e", "Harbour Crane", "2030-05-07"),  # no time of day: order unknown
    ]
    fam = family_of(find_families(arts))
    assert len({fam[x] for x in "abcde"}) == 5


def test_one_outlets_later_story_reusing_one_edited_paragraph_is_its_family() -> None:
    # The background paragraph comes back lightly edited (no shared run of 15 words) inside a new story.
    edited = (
        "The harbour crane at Pier Nine collapsed shortly after dawn on Tuesday as dockers were unloading "
        "a container ship, and rescue crews worked through the morning to free workers trapped below it."
    )
    news = ("Kelport dockers walked out on Friday over safety, their union said, and ships queued offshore "
            "as talks with the port owners stalled late into the evening without any agreement. ") * 3
    first = art("a1", f"Four dockers were killed at Kelport on Tuesday.\n\n{BACKGROUND}",
                published="2030-05-07T09:00")
    later = art("a2", f"{news}\n\n{edited}", published="2030-05-10T10:00")
    fam = family_of(find_families([first, later]))
    assert fam["a1"] == fam["a2"]
    # The same reuse by another outlet is not enough: it takes a close copy and more edited paragraphs.
    other = art("b1", later.text, outlet="Daily Post", published="2030-05-10T10:00")
    fam = family_of(find_families([first, other]))
    assert fam["a1"] != fam["b1"]


def test_one_outlets_stories_sharing_a_copied_background_sentence_are_one_family() -> None:
    line_a = "The port handled some four million tonnes of cargo last year and employs about 900 dockers."
    line_b = "The port handled some four million tonnes of cargo last year and employs roughly 900 dockers."
    a = art("a1", "Four dockers were killed at Kelport on Tuesday when a crane collapsed onto a ship. "
            f"{line_a} Rescue crews searched the hold through the night.", published="2030-05-07T09:00")
    b = art("a2", "Kelport's owners on Friday promised an inquiry into every crane on the quays. "
            f"{line_b} The union called a meeting for Monday.", published="2030-05-10T09:00")
    assert family_of(find_families([a, b]))["a1"] == family_of(find_families([a, b]))["a2"]
    other = art("b1", b.text, outlet="Daily Post", published="2030-05-10T09:00")
    fam = family_of(find_families([a, other]))
    assert fam["a1"] != fam["b1"]


def _signed(aid: str, author: str | None, published: str, outlet: str = "Gazette") -> Article:
    return Article(id=aid, text=f"Story {aid}: its top was rewritten, nothing here is shared.", outlet=outlet,
                   title=f"Headline {aid}", published=published, author=author)


def test_a_story_refiled_under_one_reporters_byline_within_hours_is_one_family() -> None:
    arts = [
        _signed("a", "By TOMAS REINHOLT", "2030-05-07T09:00"),
        _signed("b", "Tomas Reinholt, Gazette Staff", "2030-05-07T13:30"),
    ]
    fam = family_of(find_families(arts))
    assert fam["a"] == fam["b"]


def test_a_byline_is_not_enough_a_day_apart_across_outlets_for_a_desk_or_without_a_time() -> None:
    arts = [
        _signed("a", "By Tomas Reinholt", "2030-05-07T09:00"),
        _signed("b", "By Tomas Reinholt", "2030-05-08T09:00"),  # the next day: another story of his
        _signed("c", "By Tomas Reinholt", "2030-05-07T10:00", outlet="Courier"),  # another outlet
        _signed("d", "By Tomas Reinholt", "2030-05-07"),  # no time of day
        _signed("e", "By Associated Press", "2030-05-07T11:00"),  # an agency credit, not a person
        _signed("f", "By Associated Press", "2030-05-07T11:30"),
        _signed("g", "By Ilse Marten", "2030-05-07T09:30"),  # another reporter
    ]
    fam = family_of(find_families(arts))
    assert len({fam[x] for x in "abcdefg"}) == 7


def test_each_family_link_says_which_rule_joined_the_later_story_to_the_earlier() -> None:
    first = art("a1", f"Four dockers were killed at Kelport on Tuesday.\n\n{BACKGROUND}\n\n{HISTORY}",
                published="2030-05-07T09:00")
    later = art("a2", f"Investigators blamed a snapped cable.\n\n{BACKGROUND}\n\n{HISTORY}",
                published="2030-05-09T10:00")
    arts = [first, later, _signed("b1", "By Tomas Reinholt", "2030-05-07T09:00"),
            _signed("b2", "Tomas Reinholt", "2030-05-07T11:00"),
            _lead("c1", "Port Strike", "2030-05-07T09:00"),
            _lead("c2", "Port strike", "2030-05-08T09:00")]
    families, links = origin_families(arts)
    assert families == (("a1", "a2"), ("b1", "b2"), ("c1", "c2"))
    assert {(link.article, link.joined_to, link.reason) for link in links} == {
        ("a2", "a1", "passage"), ("b2", "b1", "same_byline"), ("c2", "c1", "same_title")}
