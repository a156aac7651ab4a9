"""The cited summary: exact spans, the word cap, redundancy, and honest notes."""

from __future__ import annotations

import re

import numpy as np

from newsweave.lang.en.stems import stem, terms
from newsweave.models import Annotations, Article, Citation, Claim, ConflictRef, Span
from newsweave.weave.ranking import lexrank
from newsweave.weave.summary import _select, summarize

ONE = ("Flood Hits River Town\n\n"
       "Heavy rain flooded the river town of Lorvik on Tuesday, forcing hundreds of families from their "
       "homes. "
       "Rescue teams used boats to reach residents trapped on the roofs of their houses near the old bridge. "
       "\"We lost everything,\" a farmer said. "
       "The mayor said the damage to roads and bridges would take months to repair after the flood.")
TWO = ("Heavy rain flooded the town of Lorvik on Tuesday and forced hundreds of families to leave their "
       "homes. "
       "Officials said around 300 houses were damaged by the flood water across the whole district. "
       "Boats carried rescue teams to residents who were stuck on roofs near the bridge in Lorvik.")
COPY = ONE.replace("Flood Hits River Town\n\n", "")


def _split(aid: str, text: str) -> Annotations:
    spans = [Span(aid, m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]+\"?|[^\n]+", text)]
    return Annotations(aid, sentences=tuple(spans))


def _inputs() -> tuple[list[Article], list[Annotations], dict[str, str]]:
    articles = [Article("a", ONE, title="Flood Hits River Town", outlet="River Post"),
                Article("b", TWO, outlet="Valley News"), Article("c", COPY, outlet="Wire Copy")]
    return articles, [_split(a.id, a.text) for a in articles], {"a": "s1", "b": "s2", "c": "s3"}


def test_every_sentence_is_an_exact_cited_span_and_no_duplicate_copy_is_used() -> None:
    articles, anns, sids = _inputs()
    texts = {sids[a.id]: a.text for a in articles}
    summary = summarize(articles, anns, (), sids, frozenset({"c"}), 200)
    assert summary
    for sentence in summary:
        cite = sentence.citations[0]
        assert texts[cite.source][cite.start : cite.end] == sentence.text
        assert cite.source != "s3"
    # The headline, the bare quotation and near-repeats across sources are not summary sentences.
    joined = " ".join(s.text for s in summary)
    assert "Flood Hits River Town" not in joined and "We lost everything" not in joined
    assert sum("Heavy rain flooded" in s.text for s in summary) == 1


def test_the_word_cap_is_an_upper_bound_filled_with_whole_sentences() -> None:
    articles, anns, sids = _inputs()
    texts = {sids[a.id]: a.text for a in articles}
    sentences = {m.group(0).strip() for a in articles
                 for m in re.finditer(r"[^\n.!?]+[.!?]+\"?", a.text)}
    for cap in (16, 25, 40):
        summary = summarize(articles, anns, (), sids, frozenset({"c"}), cap)
        assert summary and sum(len(s.text.split()) for s in summary) <= cap
        for s in summary:
            cite = s.citations[0]
            assert texts[cite.source][cite.start : cite.end] == s.text
            assert s.text in sentences  # never a cut sentence
    # No usable sentence is as short as 7 words: nothing rather than a fragment.
    assert summarize(articles, anns, (), sids, frozenset({"c"}), 7) == ()
    assert summarize(articles, anns, (), sids, frozenset(), 0) == ()


def test_single_source_and_disputed_claims_are_said_so_in_the_note() -> None:
    articles, anns, sids = _inputs()
    houses = TWO.index("Officials said")
    houses_end = TWO.index("district.") + len("district.")
    rain = ONE.index("Heavy rain")
    claims = [
        Claim("c1", "around 300 houses damaged", "single_source", ("s2",), 1, (),
              (Citation("s2", houses, houses_end),)),
        Claim("c2", "hundreds of families left", "disputed", ("s1", "s2"), 2, (),
              (Citation("s1", rain, rain + 60),), (ConflictRef("c3", "number", "hundreds vs dozens"),)),
    ]
    summary = summarize(articles, anns, claims, sids, frozenset({"c"}), 500)
    by_claim = {s.claim: s for s in summary if s.claim}
    assert by_claim["c1"].note == "single source: Valley News"
    assert by_claim["c2"].note == "disputed: hundreds vs dozens"
    assert "single source" not in by_claim["c1"].text


def test_a_single_source_note_names_the_party_its_reports_relay() -> None:
    articles, anns, sids = _inputs()
    houses = TWO.index("Officials said")
    houses_end = TWO.index("district.") + len("district.")
    rain = ONE.index("Heavy rain")
    officials = ("district officials",)
    relayed = Claim("c1", "around 300 houses damaged", "single_source", ("s1", "s2"), 1, officials,
                    (Citation("s2", houses, houses_end), Citation("s1", rain, rain + 60)))
    in_one = Claim("c1", "around 300 houses damaged", "single_source", ("s2",), 1, officials,
                   (Citation("s2", houses, houses_end),))
    unshown = Claim("c1", "around 300 houses damaged", "single_source", ("s1", "s2"), 2, (),
                    (Citation("s2", houses, houses_end),))
    notes = []
    for claim in (relayed, in_one, unshown):
        summary = summarize(articles, anns, [claim], sids, frozenset({"c"}), 500)
        notes.append(next(s.note for s in summary if s.claim == "c1"))
    # The party a report relays is named, and then where: the one outlet, or how many reports share it.
    assert notes == ["single source: district officials, in 2 reports",
                     "single source: district officials, in Valley News", "counted as one source"]


def test_without_claims_a_fact_only_one_source_states_is_marked_single_source() -> None:
    articles, anns, sids = _inputs()
    summary = summarize(articles, anns, (), sids, frozenset({"c"}), 500)
    notes = {s.text[:20]: s.note for s in summary}
    assert notes["Officials said aroun"] == "single source: Valley News"
    assert notes["Heavy rain flooded t"] is None


def test_empty_annotations_fall_back_to_a_regex_split() -> None:
    first = "The bridge over the river collapsed after three days of very heavy rain."
    article = Article("a", first + " It rained.")
    summary = summarize([article], [Annotations("a")], (), {"a": "s1"}, frozenset(), 50)
    assert [s.text for s in summary] == [first]


def test_ranking_helpers() -> None:
    assert stem("fighters") == stem("fighter") and stem("killed") == "kill"
    assert terms("The fighters were killed in 2001.") == ["fighter", "kill"]
    import numpy as np

    hub = np.array([[1.0, 0.5, 0.5], [0.5, 1.0, 0.0], [0.5, 0.0, 1.0]])
    scores = lexrank(hub)
    assert scores[0] > scores[1] and abs(scores.sum() - 1.0) < 1e-6


def test_a_sentence_inside_someones_quotation_says_whose_words_it_is() -> None:
    from newsweave.models import Quote

    text = ("The harbour board met on Monday to discuss the collapse of the old bridge over the river. "
            "\"We will rebuild the bridge within two years. The money for the new bridge over the river is "
            "already set aside. Work starts in the spring,\" the chairman said.")
    inner = "The money for the new bridge over the river is already set aside."
    start = text.index("We will")
    end = text.index("spring") + len("spring")
    quote = Quote(Span("a", start, end), text[start:end], "direct", "Ola Brenn")
    ann = Annotations("a", sentences=_split("a", text).sentences, quotes=(quote,))
    summary = summarize([Article("a", text, outlet="River Post")], [ann], (), {"a": "s1"}, frozenset(), 200)
    notes = {s.text: s.note for s in summary}
    assert notes.get(inner) == "quoting Ola Brenn"
    assert notes.get("The harbour board met on Monday to discuss the collapse of the old bridge over the "
                     "river.") is None


def test_a_caption_that_ends_in_a_full_stop_is_no_summary_sentence() -> None:
    from newsweave.models import Argument, Predicate

    text = ("Rescue boats at the flooded market square of Lorvik after the Tuesday storm. "
            "Heavy rain flooded the river town of Lorvik on Tuesday and forced hundreds of families out. "
            "Relatives of the missing have been very critical of the slow rescue.")
    verb = text.index("flooded the river")
    trigger = Span("a", verb, verb + len("flooded"))
    parsed = Annotations("a", sentences=_split("a", text).sentences,
                         predicates=(Predicate(trigger, "flood", None, Argument(trigger, trigger),
                                               Span("a", 0, len(text)), True),))
    joined = " ".join(s.text for s in summarize([Article("a", text)], [parsed], (), {"a": "s1"},
                                                frozenset(), 200))
    assert "Rescue boats" not in joined
    # a copula is a verb the parse records as no predicate
    assert "Relatives of the missing" in joined and "Heavy rain" in joined


LEAD = ("Heavy rain flooded the river town of Lorvik on Tuesday, forcing hundreds of families from their "
        "homes. "
        "The mayor of Lorvik opened the sports hall to the families on Tuesday night. "
        "He said the sports hall would stay open as a shelter for the families until the river falls.")
ECHO = ("Hundreds of families left their homes in Lorvik on Tuesday after heavy rain flooded the river town. "
        "Families who left their homes will shelter until the river falls, the council of the town said.")


def test_a_sentence_that_goes_on_from_the_one_before_is_shown_right_after_it() -> None:
    articles = [Article("a", LEAD, outlet="River Post"), Article("b", ECHO, outlet="Valley News")]
    anns = [_split(a.id, a.text) for a in articles]
    summary = summarize(articles, anns, (), {"a": "s1", "b": "s2"}, frozenset(), 200)
    texts = [s.text for s in summary]
    he = next(i for i, t in enumerate(texts) if t.startswith("He said"))
    assert he > 0 and texts[he - 1].startswith("The mayor of Lorvik opened")
    assert summary[he - 1].citations[0].source == summary[he].citations[0].source == "s1"


def test_a_sentence_that_goes_on_from_one_that_cannot_be_shown_is_left_out() -> None:
    # The sentence before it is a bare quotation, no summary sentence: "He said ..." would stand alone.
    text = ("Heavy rain flooded the river town of Lorvik on Tuesday, forcing hundreds of families from their "
            "homes. \"We will open every school and every hall to the families tonight.\" "
            "He said the sports hall would stay open as a shelter for the families until the river falls.")
    articles = [Article("a", text, outlet="River Post")]
    summary = summarize(articles, [_split("a", text)], (), {"a": "s1"}, frozenset(), 200)
    assert summary and not any(s.text.startswith("He said") for s in summary)


def test_a_sentence_that_goes_on_is_picked_with_the_one_before_it_or_not_at_all() -> None:
    # Candidate 1 goes on from candidate 0 and ranks first: both are taken, 0 first; with no room for the
    # two, neither is, and what fits is taken instead.
    relevance, sim = np.array([0.1, 0.9, 0.5]), np.eye(3)
    assert _select(relevance, sim, [10, 10, 10], 30, [False, True, False], [None, 0, None]) == [0, 1, 2]
    assert _select(relevance, sim, [10, 10, 10], 15, [False, True, False], [None, 0, None]) == [2]
    # One whose sentence before is no candidate is never taken.
    assert _select(relevance, sim, [10, 10, 10], 30, [False, True, False], [None, None, None]) == [2, 0]
    # Its sentence before, already chosen, gets it right after it, not at the end.
    relevance = np.array([0.9, 0.2, 0.5])
    assert _select(relevance, sim, [10, 10, 10], 30, [False, True, False], [None, 0, None]) == [0, 1, 2]


def test_a_sentence_that_goes_on_from_one_that_itself_goes_on_is_left_out() -> None:
    text = ("Heavy rain flooded the river town of Lorvik on Tuesday, forcing hundreds of families from their "
            "homes. He said the sports hall would stay open as a shelter for the families until the river "
            "falls. But the council has not said who will pay for the shelter or for the damaged roads.")
    summary = summarize([Article("a", text, outlet="River Post")], [_split("a", text)], (), {"a": "s1"},
                        frozenset(), 200)
    assert summary and not any(s.text.startswith("But the council") for s in summary)
