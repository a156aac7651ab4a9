"""The ECB+ reader and the alignment judge, on a made-up CROMER document."""

from __future__ import annotations

from pathlib import Path

from bench.tasks.ecbplus import judged_pairs
from bench.trust.ecbplus import detokenize, read_doc, to_article_with_spans

DOC = """<Document doc_name="9_1ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">http://example.org/made-up</token>
<token t_id="2" sentence="1" number="0">Quake</token>
<token t_id="3" sentence="1" number="1">hits</token>
<token t_id="4" sentence="1" number="2">Example</token>
<token t_id="5" sentence="2" number="0">The</token>
<token t_id="6" sentence="2" number="1">quake</token>
<token t_id="7" sentence="2" number="2">,</token>
<token t_id="8" sentence="2" number="3">felt</token>
<token t_id="9" sentence="2" number="4">widely</token>
<token t_id="10" sentence="2" number="5">,</token>
<token t_id="11" sentence="2" number="6">did</token>
<token t_id="12" sentence="2" number="7">n't</token>
<token t_id="13" sentence="2" number="8">last</token>
<token t_id="14" sentence="2" number="9">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="4"/></HUMAN_PART_PER>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT111"><source m_id="1"/><source m_id="2"/><target m_id="9"/>
</CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="HUM222"><source m_id="3"/><target m_id="8"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_reader_skips_the_url_and_keeps_event_chains_per_sentence(tmp_path: Path) -> None:
    (tmp_path / "9").mkdir()
    path = tmp_path / "9" / "9_1ecbplus.xml"
    path.write_text(DOC, encoding="utf-8")
    doc = read_doc(path)
    assert (doc.topic, doc.story) == (9, "9ecbplus")
    assert [s for s, _ in doc.sentences] == [1, 2]
    assert doc.sentences[1][1] == "The quake, felt widely, didn't last."
    assert doc.events == {1: frozenset({"ACT111"}), 2: frozenset({"ACT111"})}  # entity chains left out
    placed = to_article_with_spans(doc)
    start = placed.article.text.index("felt")
    assert placed.sentence_at(start) == 2
    # The page address is kept as metadata, so the product reads the outlet from it.
    assert doc.url == "http://example.org/made-up" and "example.org" not in placed.article.text
    assert placed.article.outlet == "example.org"


def test_only_annotated_pairs_from_two_documents_are_judged(tmp_path: Path) -> None:
    (tmp_path / "9").mkdir()
    a = tmp_path / "9" / "9_1ecbplus.xml"
    a.write_text(DOC, encoding="utf-8")
    b = tmp_path / "9" / "9_2ecbplus.xml"
    b.write_text(DOC.replace("ACT111", "ACT333"), encoding="utf-8")
    docs = [read_doc(a), read_doc(b)]
    pairs, _ = judged_pairs(docs, {("9_1ecbplus", 1), ("9_1ecbplus", 2), ("9_2ecbplus", 2)})
    assert sorted((x[1], y[1], gold) for x, y, gold in pairs) == [(1, 2, False), (2, 2, False)]


def test_detokenize() -> None:
    tokens = ["He", "said", "(", "twice", ")", "it", "'s", "over", "."]
    assert detokenize(tokens) == "He said (twice) it's over."


def test_story_clustering_in_random_orders_is_pooled_per_order() -> None:
    from bench.tasks.ecbplus import TopicRun, shuffled_f1

    def right(t: int) -> tuple[list[str], list[str]]:
        return [f"{t}:x", f"{t}:x", f"{t}:y"], [f"{t}ecb", f"{t}ecb", f"{t}ecbplus"]

    merged = (["3:z", "3:z", "3:z"], ["3ecb", "3ecb", "3ecbplus"])
    runs = [TopicRun(topic=1, shuffled_story=[right(1), right(1)]),
            TopicRun(topic=3, shuffled_story=[right(3), merged])]
    first, second = shuffled_f1(runs)
    assert first == 1.0 and second < 1.0
    assert shuffled_f1([*runs, TopicRun(topic=5)]) == ()  # a topic that ran no order: nothing to pool


def test_stressed_samples_keep_both_events_and_cut_one_to_a_few() -> None:
    from bench.tasks.ecbplus import STRESS_FEW, STRESS_SEEDS, stressed_samples

    gold = ["3ecb"] * 12 + ["3ecbplus"] * 9
    samples = stressed_samples(gold, 3)
    assert samples == stressed_samples(gold, 3)  # seeded: a run is reproducible
    assert len([k for k, _ in samples if k == "few"]) == STRESS_SEEDS * len(STRESS_FEW)
    for kind, keep in samples:
        stories = [gold[i] for i in keep]
        assert set(stories) == {"3ecb", "3ecbplus"}
        if kind == "few":
            assert min(stories.count("3ecb"), stories.count("3ecbplus")) <= max(STRESS_FEW)
            assert max(stories.count("3ecb"), stories.count("3ecbplus")) in (9, 12)  # the other kept whole


def test_pair_counts_and_pooled_scores() -> None:
    from bench.tasks.clustering import pair_counts, pooled_pairwise

    # a stray of story y put with story x: 1 pair right, 2 wrong pairs, 1 pair missed
    counts = pair_counts(["p", "p", "p", "q"], ["x", "x", "y", "y"])
    assert counts == (1, 2, 1)
    p, r, f = pooled_pairwise([counts, (3, 0, 0)])
    assert (p, r) == (4 / 6, 4 / 5)
    assert abs(f - 2 * p * r / (p + r)) < 1e-12
