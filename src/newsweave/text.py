"""Text helpers every stage shares and no language owns (neutral, like ``newsweave.identity``)."""

from __future__ import annotations

import re

# A sentence when no sentence boundaries were annotated: up to a full stop, "!" or "?" (with any closing
# quote or bracket after it), or a line break.
FALLBACK_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|\n|$)")


def fallback_sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each rough sentence of ``text``, for annotations that hold none."""
    return [(m.start(), m.end()) for m in FALLBACK_SENTENCE.finditer(text)]
