from __future__ import annotations

from tests.render.briefing_sample import make_briefing

from newsweave.models import Briefing
from newsweave.render.markdown import to_markdown


def test_markdown_has_every_section_an_editor_needs(briefing: Briefing) -> None:
    md = to_markdown([briefing])
    assert md.startswith("# Estuary bridge collapse\n")
    assert "2031-03-10 to 2031-03-11" in md
    headings = ("## Summary", "## Claims", "## Conflicts", "## Timeline", "## Who said what", "## Numbers",
                "## Events", "## Who and where", "## Coverage by outlet", "## Sources")
    for heading in headings:
        assert heading in md
    assert "on Sunday. [s1][s2]" in md  # citation markers after the sentence
    assert "or dozens. [s1][s2] _(disputed: at least 12 killed vs dozens killed)_" in md
    assert "### Corroborated (1)" in md and "### Disputed (2)" in md and "### Single source (1)" in md
    assert "- [SINGLE SOURCE] Cracks were reported last week [s2]" in md
    assert "at least 12 killed vs dozens killed" in md
    assert "**Dana Obi** (told the Wire by telephone): “We are still searching the water” [s1]" in md
    assert "copy of s1" in md
    assert "cleaning removed 2: 1 caption, 1 related" in md
    assert "Background:" in md and "**1971**" in md
    assert "rejected bad.bin: binary" in md


def test_markdown_keeps_list_items_on_one_line_when_text_has_newlines() -> None:
    title = "Bridge\nfalls"
    md = to_markdown([make_briefing(title=title)])
    assert md.startswith("# Bridge falls\n")
    assert "\nfalls" not in md.split("## Sources")[1].split("\n  ")[0]


def test_markdown_separates_stories(briefing: Briefing) -> None:
    assert to_markdown([briefing, briefing]).count("\n---\n") == 1


def test_examples_markdown_cites_its_summary(examples_briefings: tuple[Briefing, ...]) -> None:
    md = to_markdown(examples_briefings)
    summary = md.split("## Summary")[1].split("\n## ")[0]
    for sentence in examples_briefings[0].summary:
        marks = "".join(dict.fromkeys(f"[{c.source}]" for c in sentence.citations))
        assert f"{' '.join(sentence.text.split())} {marks}" in summary
    if not examples_briefings[0].summary:
        assert "No summary could be cited" in summary
    assert md.count("\n- [s") == len(examples_briefings[0].sources)  # every source listed


def _with_update(b: Briefing) -> Briefing:
    import dataclasses

    from newsweave.models import Citation, FigureReport, Update

    text = b.sources[0].text
    start = text.index("12")
    first = FigureReport("12", 12, 12, 12, "s1", "2031-03-10", Citation("s1", start, start + 2))
    later = FigureReport("12", 12, 12, 12, "s1", "2031-03-11", Citation("s1", start, start + 2))
    return dataclasses.replace(b, updates=(Update("people killed", later, (first, later)),))


def test_markdown_and_html_show_families_and_running_figures(briefing: Briefing) -> None:
    from newsweave.render.html import to_html

    b = _with_update(briefing)
    md = to_markdown([b])
    assert "(families f1, f2)" in md
    assert "family f2" in md
    assert "## Running figures" in md and "**people killed**: latest 12" in md
    page = to_html([b])
    assert "families f1, f2" in page and "Running figures" in page
