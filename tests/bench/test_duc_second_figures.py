"""The second labelling's figures of the DUC 2003 test half keep the schema's rules; where the DUC data is
present, every phrase stands at its offset in the raw file (whitespace runs collapsed, as the README says)."""

from __future__ import annotations

import re

import pytest
from bench.harness import DEFAULT_DATA
from bench.trust.labels import SECOND_LABELS, TEST, load_labels
from tests.bench.figure_fixtures import check_figure_labels

_SPACES = re.compile(r"\s+")


@pytest.mark.parametrize("cluster", TEST)
def test_second_labelling_figures_keep_the_schema(cluster: str) -> None:
    labels = load_labels(cluster, SECOND_LABELS)
    assert labels is not None and labels.quantities
    docs = DEFAULT_DATA / "duc2003" / "docs" / cluster
    check_figure_labels(labels, lambda doc: re.fullmatch(r"(?:APW|NYT|XIE)\d{8}\.\d{4}", doc) is not None)
    if not docs.is_dir():
        return
    for _quantity, m in labels.number_mentions().values():
        raw = (docs / m.doc).read_text(encoding="ascii")
        phrase = _SPACES.sub(" ", m.phrase)
        assert _SPACES.sub(" ", raw[m.offset : m.offset + len(m.phrase) + 40]).startswith(phrase), m.id
