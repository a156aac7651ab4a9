"""Headline lines: lines of an article in Title Case or capitals, whose names are left out of the entities
unless the running text names them too."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from newsweave.text import LATIN_WORD

# A line is headline-like when at least this share of its words (of 4+ letters) start with a capital.
HEADLINE_CAPITALISED_SHARE = 0.7
HEADLINE_MIN_WORDS = 3


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines in Title Case or ALL CAPS. A line in capitals is a heading however short:
    a paper's section subhead ("BUSINESS" alone on a line of NYT copy was listed among a DUC 2003 tune
    cluster's organisations, read as a user)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        words = LATIN_WORD.findall(line)
        if words and line.upper() == line:
            out.append((pos, pos + len(line)))
        elif len(words) >= HEADLINE_MIN_WORDS and not _a_sentence(line):
            capitalised = sum(1 for w in words if w[0].isupper())
            if capitalised / len(words) >= HEADLINE_CAPITALISED_SHARE:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# A line that ends as a sentence does and has lower-case words is running text, however many names it holds
# ("Robert Buckley, 32, was climbing to a small hut on Mount Sefton ... on Saturday."): headlines end with
# no stop. ECB+ odd topics and the DUC 2003 tune half: 30 of 128 lines read as Title Case ended so, all
# sentences, and their people and places were dropped unless named again in the same words.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*\s*$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019-]*\b")
SENTENCE_MIN_LOWER_WORDS = 2


def _a_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(_LOWER_WORD.findall(line)) >= SENTENCE_MIN_LOWER_WORDS


def in_lines(span: SpacySpan, lines: list[tuple[int, int]]) -> bool:
    return any(a <= span.start_char < b for a, b in lines)
