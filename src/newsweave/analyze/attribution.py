"""Attributions: who a stretch of text rests on, as a normalised source name for corroboration.

Built from the same reported-speech analysis as quotes. The source is the news organisation the statement was
given to or reported by when there is one ("X told AFP" -> AFP, "according to Reuters" -> Reuters,
"Reuters reported" -> Reuters), else the resolved speaker ("the group said" -> the group's name, "media
reports said" -> "media reports"). A statement whose speaker cannot be resolved is not an attribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsweave.analyze.cues import indefinite, normalise_source
from newsweave.analyze.quotes import Speech, find_speech
from newsweave.models import Article, Attribution, Span


def find_attributions(doc: Doc, article: Article) -> tuple[Attribution, ...]:
    return attributions_from_speech(find_speech(doc, ()), article)


def attributions_from_speech(statements: Sequence[Speech], article: Article) -> tuple[Attribution, ...]:
    """Attribution records of an article's reported speech (shared with the quotes, computed once)."""
    out: list[Attribution] = []
    seen: set[tuple[int, int, str]] = set()
    for speech in statements:
        source = speech.outlet or _source(speech, article.text)
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


def _source(speech: Speech, text: str) -> str | None:
    """The speaker as a source name. A description written indefinitely was normalised once already, and
    normalising it again loses its noun ("a Kurdish news agency" -> "Kurdish news agency" -> "Kurdish":
    DUC 2003 tune half, read as a user, showed a claim resting on "Kurdish")."""
    if not speech.speaker:
        return None
    if speech.speaker_span is not None and indefinite(text[slice(*speech.speaker_span)]):
        return speech.speaker
    return normalise_source(speech.speaker)
