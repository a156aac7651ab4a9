"""The parse's sentences, with its cuts after a slash mended.

spaCy's parser sometimes ends a sentence at a slash inside a name given two ways ("Aoraki / Mt. Cook
National Park"): each half then reads as a statement of its own, and a place in one half can be set against
a place in the other (ECB+ odd topics: "Aoraki" against "Mt Cook" as a rival place of one fall). A sentence
cannot end with a slash, so a sentence that does is joined with the one after it when that one goes on in
the same line. Presetting the boundary does not help: the parser overrides a preset "no sentence start".
"""

from __future__ import annotations

from collections.abc import Iterable

# Characters no sentence ends with: a sentence cut right after one of them goes on in the next.
OPEN_ENDINGS = ("/",)


def mended_sentences(bounds: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, with a cut after an open ending joined across (only within
    one line: a line break is a boundary whatever precedes it)."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out:
            prev_start, prev_end = out[-1]
            if (text[prev_start:prev_end].rstrip().endswith(OPEN_ENDINGS)
                    and "\n" not in text[prev_end:start]):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out
