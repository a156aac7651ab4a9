"""Word stems for similarity: a light English suffix stripper and a text's content-word stems.

Shared by the stages that compare texts by their words: story ordering in group (batch_order) and claim
alignment, ranking and corroboration in weave. It lives with the language's word lists, not in either stage,
so that group never imports weave.
"""

from __future__ import annotations

from newsweave.lang.en.stop_words import stop_words
from newsweave.text import TERM

# Longest first; a suffix is stripped only when a stem of at least MIN_STEM letters remains.
_SUFFIXES = (("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"),
             ("ousness", "ous"), ("ingly", ""), ("ments", "ment"), ("ities", "ity"), ("sses", "ss"),
             ("ies", "y"), ("ing", ""),
             ("edly", ""), ("ied", "y"), ("ed", ""), ("ly", ""), ("es", ""), ("s", ""))
MIN_STEM = 3


def stem(word: str) -> str:
    """A light suffix stripper: enough to match "fighters"/"fighter", "killed"/"kill" for similarity."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in _SUFFIXES:
        if suffix == "s" and w.endswith("ss"):
            continue
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM:
            return w[: -len(suffix)] + repl
    return w


def terms(text: str) -> list[str]:
    """Content-word stems of a text (stop words and numbers-only tokens dropped)."""
    out = []
    stop = stop_words()
    for w in TERM.findall(text):
        low = w.casefold()
        if low in stop or not any(c.isalpha() for c in low):
            continue
        out.append(stem(low))
    return out
