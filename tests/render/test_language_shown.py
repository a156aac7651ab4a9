"""A source's language shows in Markdown and HTML when it is not English; English output is unchanged."""

from __future__ import annotations

import dataclasses

from tests.render.briefing_sample import make_briefing

from newsweave.render.html import to_html
from newsweave.render.markdown import to_markdown


def test_non_english_source_language_is_shown() -> None:
    b = make_briefing()
    first = dataclasses.replace(b.sources[0], language="fr")
    french = dataclasses.replace(b, sources=(first, *b.sources[1:]))
    md = to_markdown([french])
    (line,) = [ln for ln in md.splitlines() if ln.startswith("- [s1]")]
    assert "language fr" in line
    assert "language" not in "".join(ln for ln in md.splitlines() if ln.startswith(("- [s2]", "- [s3]")))
    assert "language fr" in to_html([french])
    assert "language en" not in to_html([b]) and "language en" not in to_markdown([b])


def test_undated_story_header_says_date_unknown_in_full() -> None:
    b = make_briefing()
    undated = dataclasses.replace(b, story=dataclasses.replace(b.story, first_published=None,
                                                               last_published=None))
    assert "date unknown" in to_markdown([undated]).splitlines()[2]
