"""A sentence the parser cut right after a slash goes on in the next one."""

from __future__ import annotations

from newsweave.analyze.sentence_cuts import mended_sentences

TEXT = "He fell from a ridge in Kestrel / Mt. Harrow National Park. Rangers found him.\nRoutes: north / south"


def _cut(*pieces: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for p in pieces:
        start = TEXT.index(p, at)
        out.append((start, start + len(p)))
        at = start + len(p)
    return out


def test_a_cut_after_a_slash_is_joined_with_the_next_sentence() -> None:
    bounds = _cut("He fell from a ridge in Kestrel /", "Mt. Harrow National Park.", "Rangers found him.")
    assert [TEXT[a:b] for a, b in mended_sentences(bounds, TEXT)] == [
        "He fell from a ridge in Kestrel / Mt. Harrow National Park.", "Rangers found him."]


def test_other_cuts_and_a_slash_before_a_line_break_stay() -> None:
    text = "Routes: north /\nsouth. Rangers found him."
    bounds = [(0, 15), (16, 22), (23, len(text))]
    assert mended_sentences(bounds, text) == bounds
    plain = _cut("He fell from a ridge in Kestrel / Mt. Harrow National Park.", "Rangers found him.")
    assert mended_sentences(plain, TEXT) == plain
