"""Stored-story labels: an exact copy that the store keeps once is in its twin's story."""

from __future__ import annotations

from bench.trust.stored_stories import stored_labels

from newsweave.models import Article

REPORT = ("The Quell river flooded Portville on Tuesday, and Mayor Ann Example said the levee held while "
          "shelters across Atlantis filled with residents.")
OTHER = ("Portville residents returned home on Wednesday after the Quell river fell, Mayor Ann Example said, "
         "and the levee was inspected.")


def test_an_exact_copy_is_labelled_with_its_twin_s_story() -> None:
    articles = [
        Article(id="wire-1", text=REPORT, published="2031-03-04"),
        Article(id="paper-copy", text=REPORT, published="2031-03-04"),
        Article(id="wire-2", text=OTHER, published="2031-03-05"),
    ]
    labels = stored_labels(articles, runs=2)
    assert labels[1] == labels[0]
    assert labels[1] != "paper-copy"
