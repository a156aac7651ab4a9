"""Acceptance on the five seed reports, read as JSONL with their publication dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.models import Briefing, Claim
from newsweave.pipeline import brief_paths

# Publication days of the seed reports (from the outlets' pages), keyed by file-name prefix.
PUBLISHED = {
    "000": "2021-08-23",
    "001": "2021-08-22",
    "002": "2021-08-24",
    "003": "2021-08-23",
    "004": "2021-09-03",
}


@pytest.fixture(scope="module")
def briefing(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Briefing:
    path = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for f in sorted(seeds_dir.glob("*.txt")):
            line = {"id": f.stem, "text": f.read_text(encoding="utf-8"), "published": PUBLISHED[f.name[:3]]}
            out.write(json.dumps(line) + "\n")
    (b,) = brief_paths([str(path)]).briefings
    return b


def texts(b: Briefing) -> dict[str, str]:
    return {s.id: s.text for s in b.sources}


def claims_saying(b: Briefing, *words: str) -> list[Claim]:
    t = texts(b)
    return [
        c
        for c in b.claims
        if any(
            all(w.casefold() in t[m.source][m.start : m.end].casefold() for w in words) for m in c.mentions
        )
    ]


def test_the_reuters_interview_is_one_origin(briefing: Briefing) -> None:
    (claim,) = claims_saying(briefing, "only way forward is through negotiation")
    assert len(claim.sources) >= 2
    assert claim.independent_origins == 1
    assert "Reuters" in claim.origins


def test_fighters_heading_to_panjshir_has_three_sources_and_one_origin(briefing: Briefing) -> None:
    claims = claims_saying(briefing, "hundreds", "heading")
    best = max(claims, key=lambda c: len(c.sources))
    assert len(best.sources) >= 3
    assert best.independent_origins == 1
    assert best.status != "corroborated"


def test_the_300_killed_figure_is_single_source_and_conflicts_with_dozens(briefing: Briefing) -> None:
    (big,) = claims_saying(briefing, "300", "killed")
    assert len(big.sources) == 1 and big.independent_origins == 1
    (dozens,) = claims_saying(briefing, "dozens", "Taliban fighters")
    assert [(r.claim, r.kind) for r in big.conflicts] == [(dozens.id, "number")]
    assert "300" in big.conflicts[0].detail and "dozens" in big.conflicts[0].detail
    assert big.status == "single_source"


def test_the_later_report_is_not_a_contradiction(briefing: Briefing) -> None:
    later = next(s.id for s in briefing.sources if s.published == PUBLISHED["004"])
    for claim in briefing.claims:
        if later in claim.sources:
            assert claim.conflicts == (), claim
    conflicting = {r.claim for c in briefing.claims for r in c.conflicts}
    assert not any(later in c.sources for c in briefing.claims if c.id in conflicting)


def test_the_district_fighting_falls_on_its_real_days(briefing: Briefing) -> None:
    t = texts(briefing)

    def days_of(words: str) -> set[str | None]:
        return {
            e.date
            for e in briefing.timeline
            if any(words in t[c.source][c.start : c.end] for c in e.citations)
        }

    days = days_of("seized the Pul-e-Hisar")
    assert {"2021-08-20", "2021-08-21"} <= days
    assert all(not e.background for e in briefing.timeline if e.date and e.date.startswith("2021-08"))
    assert all(e.background for e in briefing.timeline if e.date in ("198", "2001"))


def test_every_citation_reproduces_its_words(briefing: Briefing) -> None:
    t = texts(briefing)
    for c in briefing.claims:
        assert c.text in {t[m.source][m.start : m.end] for m in c.mentions}
    for q in briefing.quotes:
        assert q.text in {t[c.source][c.start : c.end] for c in q.citations}
    for e in briefing.timeline:
        assert e.text == t[e.citations[0].source][e.citations[0].start : e.citations[0].end]
