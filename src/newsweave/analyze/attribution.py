"""Attributions: who a stretch of text rests on, as a normalised source name for corroboration.

Built from the same reported-speech analysis as quotes. The source is the news organisation the statement was
given to or reported by when there is one ("X told AFP" -> AFP, "according to Reuters" -> Reuters,
"Reuters reported" -> Reuters), else the resolved speaker ("the group said" -> the group's name, "media
reports said" -> "media reports"). A statement whose speaker cannot be resolved is not an attribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsweave.analyze.cues import normalise_source
from newsweave.analyze.quotes import Speech, find_speech
from newsweave.models import Article, Attribution, Span


def find_attributions(doc: Doc, article: Article) -> tuple[Attribution, ...]:
    return attributions_from_speech(find_speech(doc, ()), article)


def attributions_from_speech(statements: Sequence[Speech], article: Article) -> tuple[Attribution, ...]:
    """Attribution records of an article's reported speech (shared with the quotes, computed once)."""
    out: list[Attribution] = []
    seen: set[tuple[int, int, str]] = set()
    for speech in statements:
        source = speech.outlet or (normalise_source(speech.speaker) if speech.speaker else None)
        if not source:
            continue
        key = (speech.start, speech.end, source)
        if key in seen:
            continue
        seen.add(key)
        out.append(Attribution(
            span=Span(article.id, speech.start, speech.end),
            source=source,
            cue=Span(article.id, *speech.cue) if speech.cue else None,
            channel=speech.channel,
        ))
    return tuple(out)
