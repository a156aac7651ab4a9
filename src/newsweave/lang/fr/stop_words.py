"""French stop words: spaCy's list (``spacy.lang.fr.stop_words``, a word list, no model)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
