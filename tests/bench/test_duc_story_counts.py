"""DUC 2003 story counts in the clustering bench: per cluster outside the trust test half, on made-up wire."""

from __future__ import annotations

from pathlib import Path

from bench.tasks.clustering import duc_mixed, duc_rows, duc_story_counts
from bench.trust.labels import TEST

DOC = """
<DOC>
<DOCNO> {docno} </DOCNO>
<DATE_TIME> 1999-01-0{day} 18:30 </DATE_TIME>
<BODY>
<SLUG> BC-ATLANTIS-FLOOD-NYT </SLUG>
<TEXT>
<P>
   PORTVILLE, Atlantis _ The Quell river flooded Portville again on day {day}; Mayor Ann Example said
   the levee at Portville held while shelters in Atlantis filled with residents.
</P>
</TEXT>
</BODY>
</DOC>
"""


def _cluster(root: Path, name: str, days: range) -> None:
    folder = root / "duc2003" / "docs" / name
    folder.mkdir(parents=True)
    for day in days:
        docno = f"NYT1999010{day}.000{day}"
        (folder / docno).write_text(DOC.format(docno=docno, day=day), encoding="latin-1")


def test_counts_stories_per_cluster_and_leaves_the_test_half_out(tmp_path: Path) -> None:
    _cluster(tmp_path, "d99001t", range(1, 4))
    _cluster(tmp_path, TEST[0], range(1, 3))
    assert duc_story_counts(tmp_path) == {"d99001t": (1, 3)}
    rows = {r.metric: r for r in duc_rows(tmp_path)}
    assert rows["clusters split"].newsweave == 0.0
    assert rows["stories per cluster"].newsweave == 1.0
    assert not rows["clusters split"].higher_is_better
    assert "split: none" in rows["clusters split"].note


def test_each_half_is_mixed_into_one_stream_and_a_shared_report_counts_once(tmp_path: Path) -> None:
    _cluster(tmp_path, "d99001t", range(1, 4))
    _cluster(tmp_path, "d99002t", range(3, 6))  # its day-3 report is d99001t's too (same DOCNO)
    _cluster(tmp_path, TEST[0], range(6, 8))
    articles, gold = duc_mixed(tmp_path, test=False)
    assert gold == ["d99001t"] * 3 + ["d99002t"] * 2
    assert len({a.id for a in articles}) == 5
    articles, gold = duc_mixed(tmp_path, test=True)
    assert gold == [TEST[0]] * 2
